# Wrong: it adds 1/n to the leverage of X without an intercept, forgetting to centre X first.
"""A wrong solution: leverage and Cook's distance, by hand."""

import numpy as np


def _design(X: np.ndarray) -> np.ndarray:
    X = np.asarray(X, dtype=float)
    return np.column_stack([np.ones(len(X)), X])


def leverage(X: np.ndarray) -> np.ndarray:
    """Return the leverage of every row: the diagonal of the hat matrix H = Z (Z'Z)^-1 Z'."""
    X = np.asarray(X, dtype=float)
    inverse = np.linalg.inv(X.T @ X)
    # 1/n + x' (X'X)^-1 x, the simple-regression formula, but with uncentered X
    return 1 / len(X) + np.einsum("ij,jk,ik->i", X, inverse, X)


def cooks_distance(X: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Return Cook's distance of every row for the OLS fit of y on X with an intercept."""
    Z = _design(X)
    y = np.asarray(y, dtype=float)
    n, p = Z.shape
    coef, *_ = np.linalg.lstsq(Z, y, rcond=None)
    residuals = y - Z @ coef
    s2 = residuals @ residuals / (n - p)
    h = leverage(X)
    return residuals**2 / (p * s2) * h / (1 - h) ** 2
