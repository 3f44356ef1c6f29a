# Wrong: the adjusted values are m * p_(i) / i without the cumulative minimum, so they can fall.
"""Wrong solution: the Benjamini-Hochberg adjustment."""

import numpy as np


def bh_adjust(p_values: np.ndarray) -> np.ndarray:
    p = np.asarray(p_values, dtype=float)
    m = len(p)
    order = np.argsort(p)
    ranked = p[order] * m / np.arange(1, m + 1)
    adjusted = np.empty(m)
    adjusted[order] = np.minimum(ranked, 1.0)  # back to the original order
    return adjusted


def bh_reject(p_values: np.ndarray, q: float = 0.05) -> np.ndarray:
    return bh_adjust(p_values) <= q
