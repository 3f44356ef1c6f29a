"""Exercise: a permutation test for a difference in means.

Write ``permutation_test(x, y, n_resamples, rng, alternative="two-sided")`` with NumPy (do not
call ``scipy.stats.permutation_test``: the tests compare your answer with exact ones).

The statistic is ``d = mean(x) - mean(y)``. Under the null hypothesis the group labels do not
matter, so:

1. Pool the values of ``x`` and ``y``. Repeat ``n_resamples`` times: shuffle the pooled values
   with ``rng.permutation`` (a shuffle uses every value exactly once: no replacement), call the
   first ``len(x)`` of them the new x and the rest the new y, and record
   ``mean(new x) - mean(new y)``.
2. Count the shuffled differences that are at least as extreme as ``d``:
   for ``"two-sided"``, those with ``abs(diff) >= abs(d)``; for ``"greater"``, ``diff >= d``;
   for ``"less"``, ``diff <= d``. Means of shuffled values carry rounding errors, so compare
   with a tolerance of ``1e-9`` that lets ties count as extreme, for example
   ``abs(diff) >= abs(d) - 1e-9``.
3. The p-value is ``(count + 1) / (n_resamples + 1)``: the observed labelling is one of the
   possible shuffles, which also keeps the p-value above 0.

Draw all the randomness from the generator ``rng`` that you are given (never create your own),
so that a caller who passes ``np.random.default_rng(seed)`` gets the same answer for the same
seed.

Return ``PermutationResult(statistic, p_value, null_distribution)``: ``d`` and the p-value as
floats, and the ``n_resamples`` shuffled differences as a NumPy array, in the order drawn.

Check your work:  pytest exercises/data-scientist/statistics-probability/test_permutation_test.py
The book's page "Hypothesis testing and A/B tests" shows how.
"""

from typing import NamedTuple

import numpy as np


class PermutationResult(NamedTuple):
    statistic: float
    p_value: float
    null_distribution: np.ndarray


def permutation_test(
    x: np.ndarray,
    y: np.ndarray,
    n_resamples: int,
    rng: np.random.Generator,
    alternative: str = "two-sided",
) -> PermutationResult:
    raise NotImplementedError("write permutation_test")
