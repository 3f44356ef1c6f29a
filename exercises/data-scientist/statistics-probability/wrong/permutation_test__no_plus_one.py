# Wrong: the p-value is count / n_resamples, without adding 1 for the observed labelling.
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
    pooled = np.concatenate([x, y])
    null = np.empty(n_resamples)
    for i in range(n_resamples):
        shuffled = rng.permutation(pooled)  # every value once: no replacement
        null[i] = shuffled[: len(x)].mean() - shuffled[len(x) :].mean()
    if alternative == "two-sided":
        extreme = np.abs(null) >= abs(observed) - TOLERANCE
    elif alternative == "greater":
        extreme = null >= observed - TOLERANCE
    elif alternative == "less":
        extreme = null <= observed + TOLERANCE
    else:
        raise ValueError(f"unknown alternative {alternative!r}")
    p_value = extreme.sum() / n_resamples
    return PermutationResult(float(observed), float(p_value), null)
