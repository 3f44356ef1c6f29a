# Wrong: it takes the 1 - confidence and confidence quantiles, not (1 -/+ confidence) / 2.
"""Wrong solution: a percentile bootstrap confidence interval, and its coverage."""

from collections.abc import Callable

import numpy as np


def bootstrap_ci(
    data: np.ndarray,
    statistic: Callable[[np.ndarray], float],
    n_resamples: int = 2000,
    confidence: float = 0.95,
    seed: int = 0,
) -> tuple[float, float]:
    data = np.asarray(data)
    rng = np.random.default_rng(seed)
    positions = rng.integers(0, len(data), size=(n_resamples, len(data)))
    values = np.array([statistic(data[row]) for row in positions])
    low, high = np.quantile(values, [1 - confidence, confidence])  # both tails whole
    return float(low), float(high)


def coverage(
    sampler: Callable[[np.random.Generator], np.ndarray],
    true_value: float,
    statistic: Callable[[np.ndarray], float],
    n_repeats: int,
    seed: int = 0,
) -> float:
    rng = np.random.default_rng(seed)
    hits = 0
    for _ in range(n_repeats):
        sample = sampler(rng)
        interval_seed = int(rng.integers(2**32))  # a fresh seed for every interval
        low, high = bootstrap_ci(sample, statistic, n_resamples=500, seed=interval_seed)
        hits += low <= true_value <= high
    return hits / n_repeats
