# Wrong: the scores are divided by d instead of sqrt(d).
"""Wrong solution: scaled dot-product attention with a mask, in NumPy."""

import numpy as np


def causal_mask(n: int) -> np.ndarray:
    """Return an (n, n) boolean array: True where query i may attend to key j (j <= i)."""
    return np.tril(np.ones((n, n), dtype=bool))


def attention(
    q: np.ndarray, k: np.ndarray, v: np.ndarray, mask: np.ndarray | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """Return ``(output, weights)`` of scaled dot-product attention."""
    scores = q @ np.swapaxes(k, -1, -2) / q.shape[-1]
    if mask is not None:
        scores = np.where(mask, scores, -np.inf)
    # Subtracting the row maximum leaves the softmax unchanged and keeps exp() from overflowing.
    scores = scores - scores.max(axis=-1, keepdims=True)
    e = np.exp(scores)
    weights = e / e.sum(axis=-1, keepdims=True)
    return weights @ v, weights
