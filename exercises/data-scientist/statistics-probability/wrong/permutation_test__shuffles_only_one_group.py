# Wrong: only the values of x are shuffled among themselves, so no value ever changes group.
"""Wrong solution: a permutation test for a difference in means."""

from typing import NamedTuple

import numpy as np


class PermutationResult(NamedTuple):
    statistic: float
    p_value: float
    null_distribution: np.ndarray


TOLERANCE = 1e-9


def permutation_test(
    x: np.ndarray,
    y: np.ndarray,
    n_resamples: int,
    rng: np.random.Generator,
    alternative: str = "two-sided",
) -> PermutationResult:
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    observed = x.mean() - y.mean()
    null = np.empty(n_resamples)
    for i in range(n_resamples):
        shuffled_x = rng.permutation(x)
        null[i] = shuffled_x.mean() - y.mean()
    if alternative == "two-sided":
        extreme = np.abs(null) >= abs(observed) - TOLERANCE
    elif alternative == "greater":
        extreme = null >= observed - TOLERANCE
    elif alternative == "less":
        extreme = null <= observed + TOLERANCE
    else:
        raise ValueError(f"unknown alternative {alternative!r}")
    p_value = (extreme.sum() + 1) / (n_resamples + 1)
    return PermutationResult(float(observed), float(p_value), null)
