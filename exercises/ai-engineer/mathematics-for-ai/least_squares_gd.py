"""Exercise: gradient descent for least squares, with a numerical gradient check.

``X`` is a design matrix of shape ``(n, d)`` (one row per example; add a column of ones
yourself if you want an intercept), ``y`` a vector of ``n`` targets and ``theta`` a vector of
``d`` parameters. The loss is the mean squared error ``L(theta) = mean((X @ theta - y) ** 2)``.
Use NumPy only: no PyTorch, no ``np.linalg.lstsq`` inside these functions.

Write four functions:

- ``mse_loss(X, y, theta)``: the loss above, as a float.
- ``mse_gradient(X, y, theta)``: the exact (analytic) gradient of the loss with respect to
  ``theta``, a vector of length ``d``.
- ``numerical_gradient(f, theta, h=1e-6)``: the central-difference estimate of the gradient of
  any function ``f`` (which takes a parameter vector and returns a float) at ``theta``: entry
  ``i`` is ``(f(theta + h e_i) - f(theta - h e_i)) / (2 h)``, where ``e_i`` is the ``i``-th
  unit vector. Do not change ``theta`` in place.
- ``gradient_descent(X, y, learning_rate, n_steps)``: start from ``theta = 0`` (all zeros),
  take ``n_steps`` steps ``theta <- theta - learning_rate * mse_gradient(X, y, theta)``, and
  return ``(theta, losses)``, where ``losses`` is a list or array of ``n_steps + 1`` losses:
  the loss at the start and after every step.

Check your work:  pytest exercises/ai-engineer/mathematics-for-ai/test_least_squares_gd.py
The book's page "Calculus: derivatives, gradients and gradient descent" shows every piece.
"""

from collections.abc import Callable

import numpy as np


def mse_loss(X: np.ndarray, y: np.ndarray, theta: np.ndarray) -> float:
    raise NotImplementedError("write mse_loss")


def mse_gradient(X: np.ndarray, y: np.ndarray, theta: np.ndarray) -> np.ndarray:
    raise NotImplementedError("write mse_gradient")


def numerical_gradient(
    f: Callable[[np.ndarray], float], theta: np.ndarray, h: float = 1e-6
) -> np.ndarray:
    raise NotImplementedError("write numerical_gradient")


def gradient_descent(
    X: np.ndarray, y: np.ndarray, learning_rate: float, n_steps: int
) -> tuple[np.ndarray, list[float]]:
    raise NotImplementedError("write gradient_descent")
