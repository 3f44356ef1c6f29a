"""Exercise: scaled dot-product attention with a mask, in NumPy.

Write ``causal_mask`` and ``attention`` with NumPy only (no PyTorch): the tests compare them with
``torch.nn.functional.scaled_dot_product_attention``.

Check your work:  pytest exercises/ai-engineer/deep-learning/test_masked_attention.py
The book's page "Transformers and attention" explains every step.
"""

import numpy as np


def causal_mask(n: int) -> np.ndarray:
    """Return an (n, n) boolean array where entry [i, j] is True when query i may attend to key j.

    In a causal mask, position i may attend to positions 0..i (itself and earlier ones) only.
    """
    raise NotImplementedError("write causal_mask")


def attention(
    q: np.ndarray, k: np.ndarray, v: np.ndarray, mask: np.ndarray | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """Return ``(output, weights)`` of scaled dot-product attention.

    ``q`` has shape (..., n_q, d), ``k`` has shape (..., n_k, d) and ``v`` has shape
    (..., n_k, d_v); the leading axes (batch, heads) may be absent or any number. ``weights`` is
    the softmax over the keys of ``q @ k^T / sqrt(d)``, shape (..., n_q, n_k), and ``output`` is
    ``weights @ v``, shape (..., n_q, d_v).

    ``mask``, when given, is a boolean array that broadcasts to (..., n_q, n_k); True means the
    query may attend to that key, False that its weight must be exactly 0. Every query keeps at
    least one allowed key. The function must stay finite for large scores (hundreds or more):
    ``np.exp`` of a large number overflows.
    """
    raise NotImplementedError("write attention")
