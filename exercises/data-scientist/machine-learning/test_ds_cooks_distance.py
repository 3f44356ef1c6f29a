"""Tests for the leverage and Cook's distance exercise (ds_cooks_distance.py)."""

import numpy as np
import pytest
import statsmodels.api as sm


@pytest.fixture
def influence(exercise):
    return exercise("ds_cooks_distance")


def test_leverage_of_a_simple_regression_by_hand(influence):
    x = np.array([0.0, 1.0, 2.0, 3.0, 10.0])
    # With one feature and an intercept, h_i = 1/n + (x_i - mean)^2 / sum((x - mean)^2).
    expected = 1 / len(x) + (x - x.mean()) ** 2 / np.sum((x - x.mean()) ** 2)
    h = influence.leverage(x.reshape(-1, 1))
    assert np.asarray(h).shape == (5,), "one leverage per row"
    assert np.allclose(h, expected), (
        "not the hat matrix's diagonal for a model with an intercept: add a column of ones "
        "in front of X"
    )


@pytest.mark.parametrize("d", [1, 3])
def test_leverages_sum_to_the_number_of_coefficients(influence, d):
    X = np.random.default_rng(d).normal(size=(25, d)) * [1, 100, 0.01][:d]
    assert np.sum(influence.leverage(X)) == pytest.approx(d + 1), (
        "the leverages add up to the number of coefficients, the intercept included"
    )


def statsmodels_cooks(X, y):
    fit = sm.OLS(y, sm.add_constant(X)).fit()
    return fit.get_influence().cooks_distance[0]


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_cooks_distance_matches_statsmodels(influence, seed):
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(12, 2))
    y = 3.0 + X @ np.array([2.0, -1.0]) + rng.normal(size=12)
    y[0] += 6.0  # one outlier
    result = influence.cooks_distance(X, y)
    assert np.asarray(result).shape == (12,), "one distance per row"
    assert np.allclose(result, statsmodels_cooks(X, y)), (
        "differs from statsmodels: check the intercept column, p (it counts the intercept), "
        "the residual variance (divide by n - p) and the square on (1 - h)"
    )


def test_the_outlier_at_high_leverage_is_the_most_influential(influence):
    rng = np.random.default_rng(5)
    x = np.append(rng.uniform(0, 10, size=29), 25.0)  # the last point is far to the right
    y = 1.0 + 0.5 * x + rng.normal(scale=0.5, size=30)
    y[-1] -= 8.0  # and far below the line
    distances = np.asarray(influence.cooks_distance(x.reshape(-1, 1), y))
    assert int(np.argmax(distances)) == 29, "the far-out, off-the-line point moves the fit most"
    assert distances[29] == pytest.approx(statsmodels_cooks(x.reshape(-1, 1), y)[29])
