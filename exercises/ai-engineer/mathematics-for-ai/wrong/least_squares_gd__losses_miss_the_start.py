# Wrong: gradient_descent records the loss only after each step, not at the start as well.
"""Wrong solution: gradient descent for least squares, with a numerical gradient check."""

from collections.abc import Callable

import numpy as np


def mse_loss(X: np.ndarray, y: np.ndarray, theta: np.ndarray) -> float:
    residual = X @ theta - y
    return float(residual @ residual / len(y))


def mse_gradient(X: np.ndarray, y: np.ndarray, theta: np.ndarray) -> np.ndarray:
    # Chain rule: d/dtheta of mean(r^2) with r = X theta - y is (2/n) X^T r.
    return 2 / len(y) * X.T @ (X @ theta - y)


def numerical_gradient(
    f: Callable[[np.ndarray], float], theta: np.ndarray, h: float = 1e-6
) -> np.ndarray:
    theta = np.asarray(theta, dtype=float)
    grad = np.zeros_like(theta)
    for i in range(theta.size):
        step = np.zeros_like(theta)
        step[i] = h
        grad[i] = (f(theta + step) - f(theta - step)) / (2 * h)
    return grad


def gradient_descent(
    X: np.ndarray, y: np.ndarray, learning_rate: float, n_steps: int
) -> tuple[np.ndarray, list[float]]:
    theta = np.zeros(X.shape[1])
    losses = []
    for _ in range(n_steps):
        theta = theta - learning_rate * mse_gradient(X, y, theta)
        losses.append(mse_loss(X, y, theta))  # the loss at the start is never kept
    return theta, losses
