# Wrong: every p-value is multiplied by m and compared with q (Bonferroni), ignoring its rank.
"""Wrong solution: the Benjamini-Hochberg adjustment."""

import numpy as np


def bh_adjust(p_values: np.ndarray) -> np.ndarray:
    p = np.asarray(p_values, dtype=float)
    m = len(p)
    return np.minimum(p * m, 1.0)


def bh_reject(p_values: np.ndarray, q: float = 0.05) -> np.ndarray:
    p = np.asarray(p_values, dtype=float)
    m = len(p)
    return p * m <= q
