# Wrong: the ReLU mask uses z >= 0, so the gradient flows where z is exactly 0.
"""Wrong solution: the ReLU derivative is taken as 1 where z is exactly 0."""

import numpy as np


def dense_forward(x: np.ndarray, W: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Return the layer's output ``max(x @ W + b, 0)``, shape (n, d_out)."""
    return np.maximum(x @ W + b, 0.0)


def dense_backward(
    x: np.ndarray, W: np.ndarray, b: np.ndarray, grad_y: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Return ``(grad_x, grad_W, grad_b)`` for the upstream gradient ``grad_y``."""
    z = x @ W + b
    grad_z = grad_y * (z >= 0)
    grad_x = grad_z @ W.T
    grad_W = x.T @ grad_z
    grad_b = grad_z.sum(axis=0)
    return grad_x, grad_W, grad_b
