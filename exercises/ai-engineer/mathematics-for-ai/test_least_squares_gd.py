"""Tests for the least-squares gradient descent exercise (least_squares_gd.py)."""

import numpy as np
import pytest

RNG = np.random.default_rng(7)
FEATURES = RNG.normal(size=(200, 3))
X = np.column_stack([FEATURES, np.ones(200)])  # three features and an intercept column
TRUE_THETA = np.array([1.5, -2.0, 0.5, 3.0])
Y = X @ TRUE_THETA + RNG.normal(scale=0.3, size=200)


@pytest.fixture
def gd(exercise):
    return exercise("least_squares_gd")


def test_loss_is_the_mean_squared_error(gd):
    theta = np.array([1.0, 0.0, -1.0, 2.0])
    expected = np.mean((X @ theta - Y) ** 2)
    assert gd.mse_loss(X, Y, theta) == pytest.approx(expected, rel=1e-10)
    assert gd.mse_loss(X, X @ TRUE_THETA, TRUE_THETA) == pytest.approx(0.0, abs=1e-20)


def test_numerical_gradient_of_a_known_function(gd):
    def f(w):
        return float(np.sin(w[0]) + w[0] * w[1] ** 2)

    w = np.array([0.7, -1.3])
    before = w.copy()
    expected = np.array([np.cos(0.7) + 1.3**2, 2 * 0.7 * -1.3])
    got = gd.numerical_gradient(f, w)
    assert np.allclose(got, expected, atol=1e-6), "use (f(w + h e_i) - f(w - h e_i)) / (2 h)"
    assert np.array_equal(w, before), "numerical_gradient must not change theta in place"


def test_numerical_gradient_is_central_not_forward(gd):
    # For a cubic with a large step, the central and forward differences differ clearly.
    got = gd.numerical_gradient(lambda w: float(w[0] ** 3), np.array([1.0]), h=0.1)
    assert got[0] == pytest.approx(3.01, abs=1e-9), "central difference expected, not forward"


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_analytic_gradient_matches_finite_differences(gd, seed):
    theta = np.random.default_rng(seed).normal(size=4)
    analytic = np.asarray(gd.mse_gradient(X, Y, theta))
    h = 1e-6
    finite = np.array(
        [
            (np.mean((X @ (theta + h * e) - Y) ** 2) - np.mean((X @ (theta - h * e) - Y) ** 2))
            / (2 * h)
            for e in np.eye(4)
        ]
    )
    assert analytic.shape == (4,)
    assert np.allclose(analytic, finite, rtol=1e-5, atol=1e-6), (
        "the gradient of mean((X @ theta - y) ** 2) is (2 / n) * X.T @ (X @ theta - y)"
    )


def test_gradient_descent_reaches_the_least_squares_solution(gd):
    theta, losses = gd.gradient_descent(X, Y, learning_rate=0.1, n_steps=500)
    best, *_ = np.linalg.lstsq(X, Y)
    assert np.allclose(theta, best, atol=1e-5), f"expected about {best.round(4)}"
    assert len(losses) == 501, "one loss before the first step, then one after each step"
    assert losses[0] == pytest.approx(np.mean(Y**2)), "start from theta = 0"
    assert np.all(np.diff(losses) <= 1e-12), "with a small learning rate the loss never rises"


def test_too_large_a_learning_rate_diverges(gd):
    _, losses = gd.gradient_descent(X, Y, learning_rate=1.5, n_steps=30)
    assert losses[-1] > 1e3 * losses[0], "each step must use the learning rate it is given"
