# Wrong: bh_reject stops at the first p-value above its threshold (step-down), not stepping up.
"""Wrong solution: the Benjamini-Hochberg adjustment."""

import numpy as np


def bh_adjust(p_values: np.ndarray) -> np.ndarray:
    p = np.asarray(p_values, dtype=float)
    m = len(p)
    order = np.argsort(p)
    ranked = p[order] * m / np.arange(1, m + 1)
    # cumulative minimum from the largest p-value down, then back to increasing rank
    ranked = np.minimum.accumulate(ranked[::-1])[::-1]
    adjusted = np.empty(m)
    adjusted[order] = np.minimum(ranked, 1.0)  # back to the original order
    return adjusted


def bh_reject(p_values: np.ndarray, q: float = 0.05) -> np.ndarray:
    p = np.asarray(p_values, dtype=float)
    m = len(p)
    order = np.argsort(p)
    passes = p[order] <= q * np.arange(1, m + 1) / m
    reject = np.zeros(m, dtype=bool)
    for rank in range(m):
        if not passes[rank]:
            break  # stops at the first failure
        reject[order[rank]] = True
    return reject
