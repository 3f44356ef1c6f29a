"""Exercise: a percentile bootstrap confidence interval, and its coverage measured.

Write two functions with NumPy (``scipy.stats.bootstrap`` is what the tests compare with, so
do not call it):

- ``bootstrap_ci(data, statistic, n_resamples=2000, confidence=0.95, seed=0)``: the percentile
  bootstrap interval of ``statistic(data)``. With ``rng = np.random.default_rng(seed)``, draw
  ``n_resamples`` resamples, each of ``len(data)`` values drawn from ``data`` with replacement;
  compute ``statistic`` on each (``statistic`` takes a 1-D array and returns a float, e.g.
  ``np.mean`` or ``np.median``); return ``(low, high)``, the ``(1 - confidence) / 2`` and
  ``(1 + confidence) / 2`` quantiles of those values, as floats.
- ``coverage(sampler, true_value, statistic, n_repeats, seed=0)``: measure how often your
  interval contains the truth. ``sampler(rng)`` returns one new random sample (a 1-D array) of a
  population whose parameter is ``true_value``. With ``rng = np.random.default_rng(seed)``,
  repeat ``n_repeats`` times: draw a sample with ``sampler(rng)``, compute a 95% interval with
  ``bootstrap_ci(sample, statistic, n_resamples=500, seed=...)`` using a different seed each
  time (for example one drawn from ``rng``), and count whether ``low <= true_value <= high``.
  Return the fraction of intervals that contained ``true_value``.

Check your work:  pytest exercises/ai-engineer/mathematics-for-ai/test_bootstrap_ci.py
The book's page "Statistics: estimates, standard errors and confidence intervals" shows how.
"""

from collections.abc import Callable

import numpy as np


def bootstrap_ci(
    data: np.ndarray,
    statistic: Callable[[np.ndarray], float],
    n_resamples: int = 2000,
    confidence: float = 0.95,
    seed: int = 0,
) -> tuple[float, float]:
    raise NotImplementedError("write bootstrap_ci")


def coverage(
    sampler: Callable[[np.random.Generator], np.ndarray],
    true_value: float,
    statistic: Callable[[np.ndarray], float],
    n_repeats: int,
    seed: int = 0,
) -> float:
    raise NotImplementedError("write coverage")
