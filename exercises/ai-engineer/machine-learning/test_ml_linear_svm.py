"""Tests for the linear SVM exercise (ml_linear_svm.py), checked against scikit-learn's SVC."""

import numpy as np
import pytest
from sklearn.datasets import load_breast_cancer, make_blobs
from sklearn.preprocessing import StandardScaler
from sklearn.svm import SVC

# Overlapping blobs away from the origin (the best bias is about 1), labels 0 and 1.
X_BLOBS, Y_BLOBS = make_blobs(n_samples=200, centers=2, cluster_std=2.5, random_state=0)
CANCER = load_breast_cancer()
X_CANCER = StandardScaler().fit_transform(CANCER.data)
Y_CANCER = CANCER.target_names[CANCER.target]  # "malignant" / "benign": strings

# (name, X, y, C, epochs, lr)
CASES = [
    ("blobs", X_BLOBS, Y_BLOBS, 1.0, 2000, 0.01),
    ("cancer", X_CANCER, Y_CANCER, 0.1, 2000, 0.1),
]


@pytest.fixture
def svm(exercise):
    return exercise("ml_linear_svm")


def objective(w, b, X, y, C):
    return 0.5 * w @ w + C * np.maximum(0.0, 1.0 - y * (X @ w + b)).sum()


def signs(y):
    return np.where(y == np.unique(y)[1], 1.0, -1.0)


def test_objective_by_hand(svm):
    X = np.array([[1.0, 0.0], [0.0, 2.0], [-1.0, -1.0]])
    y = np.array([1.0, -1.0, -1.0])
    value = svm.hinge_objective(np.array([1.0, 1.0]), 0.5, X, y, 2.0)
    assert isinstance(value, float), "return a Python float"
    assert value == pytest.approx(8.0), (
        "margins y*(w@x+b) are 1.5, -2.5 and 1.5, so the hinge losses are 0, 3.5 and 0; "
        "0.5*||w||^2 = 1 and C * 3.5 = 7 (the losses are summed, and b is not penalized)"
    )


def test_subgradient_matches_a_numerical_gradient(svm):
    rng = np.random.default_rng(0)
    X, y = rng.normal(size=(40, 3)), np.where(rng.random(40) < 0.5, -1.0, 1.0)
    w, b, C, h = rng.normal(size=3), 0.3, 0.7, 1e-6
    grad_w, grad_b = svm.hinge_subgradient(w, b, X, y, C)
    numeric_w = [
        (objective(w + h * e, b, X, y, C) - objective(w - h * e, b, X, y, C)) / (2 * h)
        for e in np.eye(3)
    ]
    numeric_b = (objective(w, b + h, X, y, C) - objective(w, b - h, X, y, C)) / (2 * h)
    np.testing.assert_allclose(
        grad_w, numeric_w, rtol=1e-5,
        err_msg="grad_w = w - C * sum(y_i * x_i) over the points with y_i * f(x_i) < 1",
    )  # fmt: skip
    assert grad_b == pytest.approx(numeric_b, rel=1e-5), (
        "grad_b = -C * sum(y_i) over the same points; b has no penalty term"
    )


@pytest.mark.parametrize(("name", "X", "y", "C", "epochs", "lr"), CASES, ids=[c[0] for c in CASES])
def test_training_reaches_the_objective_of_svc(svm, name, X, y, C, epochs, lr):
    w, b = svm.fit_linear_svm(X, y, C, epochs=epochs, lr=lr)
    reference = SVC(kernel="linear", C=C).fit(X, y)
    best = objective(reference.coef_[0], reference.intercept_[0], X, signs(y), C)
    reached = objective(np.asarray(w), b, X, signs(y), C)
    assert reached <= best * 1.01, (
        f"{name}: your (w, b) has objective {reached:.3f}, SVC's {best:.3f}; check the "
        "subgradient, the step size lr/sqrt(t), and that you keep the best (w, b) seen"
    )


@pytest.mark.parametrize(("name", "X", "y", "C", "epochs", "lr"), CASES, ids=[c[0] for c in CASES])
def test_boundary_and_margin_agree_with_svc(svm, name, X, y, C, epochs, lr):
    w, b = svm.fit_linear_svm(X, y, C, epochs=epochs, lr=lr)
    w = np.asarray(w)
    reference = SVC(kernel="linear", C=C).fit(X, y)
    classes = np.unique(y)
    predicted = np.where(X @ w + b > 0, classes[1], classes[0])
    agreement = (predicted == reference.predict(X)).mean()
    assert agreement >= 0.99, (
        f"{name}: only {agreement:.1%} of your predictions agree with SVC's; the larger "
        "label in sorted order is +1"
    )
    width, expected = 2 / np.linalg.norm(w), 2 / np.linalg.norm(reference.coef_)
    assert width == pytest.approx(expected, rel=0.03), (
        f"{name}: margin width 2/||w|| is {width:.3f}, SVC's {expected:.3f}"
    )


def test_the_bias_is_learned_freely(svm):
    # With a small C the hinge losses weigh little, so a penalty on b would pull it to 0.
    w, b = svm.fit_linear_svm(X_BLOBS, Y_BLOBS, 0.01, epochs=2000, lr=0.1)
    expected = SVC(kernel="linear", C=0.01).fit(X_BLOBS, Y_BLOBS).intercept_[0]
    assert isinstance(b, float), "return b as a Python float"
    assert b == pytest.approx(expected, abs=0.05), (
        f"b is {b:.3f}, SVC's intercept {expected:.3f}: leave b out of the penalty, "
        "so that nothing pulls it towards 0"
    )


def test_support_vectors_are_those_of_svc(svm):
    for C in (0.01, 1.0):
        reference = SVC(kernel="linear", C=C).fit(X_BLOBS, Y_BLOBS)
        found = svm.support_vectors(reference.coef_[0], reference.intercept_[0], X_BLOBS, Y_BLOBS)
        expected = np.sort(reference.support_)
        assert np.asarray(found).tolist() == expected.tolist(), (
            f"C={C}: with SVC's own w and b you find {len(found)} support vectors, SVC has "
            f"{len(expected)}: count points on the edge, inside the margin and on the wrong side"
        )


def test_a_misclassified_point_is_a_support_vector(svm):
    X = np.array([[3.0], [1.0], [0.5], [-2.0], [-1.0]])
    y = np.array(["b", "b", "b", "a", "a"])
    found = svm.support_vectors(np.array([1.0]), 0.0, X, y)
    assert np.asarray(found).tolist() == [1, 2, 4], (
        "with w=1, b=0 and 'b' as +1, the margins are 3, 1, 0.5, 2 and 1: points 1 and 4 lie "
        "on the edge, point 2 inside the margin"
    )
