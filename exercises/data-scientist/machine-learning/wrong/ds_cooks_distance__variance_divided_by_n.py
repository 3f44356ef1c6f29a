# Wrong: it estimates the residual variance with n instead of n - p.
"""A wrong solution: leverage and Cook's distance, by hand."""

import numpy as np


def _design(X: np.ndarray) -> np.ndarray:
    X = np.asarray(X, dtype=float)
    return np.column_stack([np.ones(len(X)), X])


def leverage(X: np.ndarray) -> np.ndarray:
    """Return the leverage of every row: the diagonal of the hat matrix H = Z (Z'Z)^-1 Z'."""
    Z = _design(X)
    inverse = np.linalg.inv(Z.T @ Z)
    return np.einsum("ij,jk,ik->i", Z, inverse, Z)


def cooks_distance(X: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Return Cook's distance of every row for the OLS fit of y on X with an intercept."""
    Z = _design(X)
    y = np.asarray(y, dtype=float)
    n, p = Z.shape
    coef, *_ = np.linalg.lstsq(Z, y, rcond=None)
    residuals = y - Z @ coef
    s2 = residuals @ residuals / n
    h = leverage(X)
    return residuals**2 / (p * s2) * h / (1 - h) ** 2
