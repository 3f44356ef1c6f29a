"""Exercise: the forward and backward pass of a dense layer with ReLU, in NumPy.

A dense (fully connected) layer with a ReLU activation computes, for a batch ``x`` of shape
(n, d_in), weights ``W`` of shape (d_in, d_out) and a bias ``b`` of shape (d_out,)::

    z = x @ W + b          # pre-activation, shape (n, d_out)
    y = max(z, 0)          # ReLU, element by element

Write both functions with NumPy only (no PyTorch): the tests compare them with PyTorch's
autograd.

Check your work:  pytest exercises/ai-engineer/deep-learning/test_dense_layer_backprop.py
The book's page "Neural networks from scratch" derives the backward pass of a layer.
"""

import numpy as np


def dense_forward(x: np.ndarray, W: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Return the layer's output ``max(x @ W + b, 0)``, shape (n, d_out)."""
    raise NotImplementedError("write dense_forward")


def dense_backward(
    x: np.ndarray, W: np.ndarray, b: np.ndarray, grad_y: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Return ``(grad_x, grad_W, grad_b)``.

    ``grad_y`` (shape (n, d_out)) is the gradient of some scalar loss with respect to the
    layer's output ``y``. Return the gradients of that loss with respect to ``x``, ``W`` and
    ``b``, with the shapes of ``x``, ``W`` and ``b``. Where the pre-activation ``z`` is exactly
    0, use a ReLU derivative of 0 (as PyTorch does).
    """
    raise NotImplementedError("write dense_backward")
