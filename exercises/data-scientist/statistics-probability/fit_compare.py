"""Exercise: rank fitted distributions by AIC, and test counts for overdispersion.

Write two functions with NumPy, pandas and ``scipy.stats``.

- ``aic_table(data, names)``: ``data`` is a 1-D array of positive values and ``names`` a list
  of names of continuous distributions in ``scipy.stats`` (such as ``"expon"``, ``"gamma"``,
  ``"weibull_min"``, ``"lognorm"``; ``getattr(stats, name)`` gives the distribution). Fit
  each by maximum likelihood with its location fixed at zero (``dist.fit(data, floc=0)``).
  Its log-likelihood is the sum of ``dist.logpdf(data, *params)``, and its
  ``AIC = 2 k - 2 log-likelihood``, where ``k`` counts the parameters that the fit estimated:
  the shape parameters and the scale, not the fixed location. Return a pandas DataFrame with
  the columns ``"distribution"`` (the name), ``"k"``, ``"log_likelihood"`` and ``"aic"``, one
  row per name, sorted by AIC from best (lowest) to worst, with a fresh index 0, 1, 2, ...
- ``dispersion_test(counts)``: test whether counts vary more than a Poisson distribution
  allows. Return ``(index, p_value)``: the dispersion index ``index = s^2 / mean``, with the
  sample variance ``s^2`` (``ddof=1``), and the p-value of the dispersion test: under the
  Poisson null hypothesis the statistic ``sum((x - mean)^2) / mean`` follows a chi-square
  distribution with ``n - 1`` degrees of freedom, and the alternative is *over*dispersion, so
  the p-value is the upper tail, ``P(chi-square >= statistic)``. Both as floats.

Check your work:  pytest exercises/data-scientist/statistics-probability/test_fit_compare.py
The book's page "Distributions: fitting, checking and heavy tails" shows how.
"""

import numpy as np
import pandas as pd
from scipy import stats  # noqa: F401 (the functions you write need it)


def aic_table(data: np.ndarray, names: list[str]) -> pd.DataFrame:
    raise NotImplementedError("write aic_table")


def dispersion_test(counts: np.ndarray) -> tuple[float, float]:
    raise NotImplementedError("write dispersion_test")
