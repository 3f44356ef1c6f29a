# Wrong: the dispersion p-value is the lower tail of the chi-square distribution.
"""Wrong solution: rank fitted distributions by AIC."""

import numpy as np
import pandas as pd
from scipy import stats


def aic_table(data: np.ndarray, names: list[str]) -> pd.DataFrame:
    data = np.asarray(data, dtype=float)
    rows = []
    for name in names:
        dist = getattr(stats, name)
        params = dist.fit(data, floc=0)
        log_likelihood = float(dist.logpdf(data, *params).sum())
        k = len(params) - 1  # the shapes and the scale; loc was fixed, not estimated
        rows.append((name, k, log_likelihood, 2 * k - 2 * log_likelihood))
    table = pd.DataFrame(rows, columns=["distribution", "k", "log_likelihood", "aic"])
    return table.sort_values("aic").reset_index(drop=True)


def dispersion_test(counts: np.ndarray) -> tuple[float, float]:
    counts = np.asarray(counts, dtype=float)
    mean = counts.mean()
    index = counts.var(ddof=1) / mean
    statistic = ((counts - mean) ** 2).sum() / mean
    p_value = stats.chi2.cdf(statistic, df=len(counts) - 1)
    return float(index), float(p_value)
