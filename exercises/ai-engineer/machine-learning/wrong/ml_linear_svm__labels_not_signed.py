# Wrong: trains on the 0/1 labels as they are, instead of turning them into -1 and +1.
"""A wrong solution (the first line names its mistake): a linear SVM."""

import numpy as np


def signed_labels(y: np.ndarray) -> np.ndarray:
    """Map the two labels of ``y`` to -1 and +1, the larger one (sorted) to +1."""
    y = np.asarray(y)
    classes = np.unique(y)
    return np.where(y == classes[1], 1.0, -1.0)


def hinge_objective(w: np.ndarray, b: float, X: np.ndarray, y: np.ndarray, C: float) -> float:
    """Return 0.5 * ||w||^2 + C * (sum of the hinge losses); b is not penalized."""
    margins = y * (X @ w + b)
    return float(0.5 * w @ w + C * np.maximum(0.0, 1.0 - margins).sum())


def hinge_subgradient(
    w: np.ndarray, b: float, X: np.ndarray, y: np.ndarray, C: float
) -> tuple[np.ndarray, float]:
    """Return a subgradient (grad_w, grad_b) of the objective at (w, b)."""
    active = y * (X @ w + b) < 1.0  # the points with a positive hinge loss
    grad_w = w - C * (y[active, np.newaxis] * X[active]).sum(axis=0)
    grad_b = -C * float(y[active].sum())
    return grad_w, grad_b


def fit_linear_svm(
    X: np.ndarray, y: np.ndarray, C: float, epochs: int = 2000, lr: float = 0.01
) -> tuple[np.ndarray, float]:
    """Train by subgradient descent with step lr / sqrt(t); return the best (w, b) seen."""
    signs = np.asarray(y, dtype=float)  # 0 and 1 used as they are
    w, b = np.zeros(X.shape[1]), 0.0
    best = (hinge_objective(w, b, X, signs, C), w, b)
    for t in range(1, epochs + 1):
        grad_w, grad_b = hinge_subgradient(w, b, X, signs, C)
        step = lr / np.sqrt(t)
        w, b = w - step * grad_w, b - step * grad_b
        value = hinge_objective(w, b, X, signs, C)
        if value < best[0]:
            best = (value, w, b)
    return best[1], float(best[2])


def support_vectors(
    w: np.ndarray, b: float, X: np.ndarray, y: np.ndarray, tol: float = 1e-3
) -> np.ndarray:
    """Indices of the points on the edge of the margin, inside it or on the wrong side."""
    margins = signed_labels(y) * (X @ w + b)
    return np.flatnonzero(margins <= 1.0 + tol)
