# Wrong: k counts every value fit returns, including the location that was fixed at zero.
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
        k = len(params)
        rows.append((name, k, log_likelihood, 2 * k - 2 * log_likelihood))
    table = pd.DataFrame(rows, columns=["distribution", "k", "log_likelihood", "aic"])
    return table.sort_values("aic").reset_index(drop=True)


def dispersion_test(counts: np.ndarray) -> tuple[float, float]:
    counts = np.asarray(counts, dtype=float)
    mean = counts.mean()
    index = counts.var(ddof=1) / mean
    statistic = ((counts - mean) ** 2).sum() / mean
    p_value = stats.chi2.sf(statistic, df=len(counts) - 1)  # overdispersion: upper tail
    return float(index), float(p_value)
