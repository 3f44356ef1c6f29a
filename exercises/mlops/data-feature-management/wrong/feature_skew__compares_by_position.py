# Wrong: It compares rows by position, not by key, so another row order looks like skew.
"""Wrong solution: a training-serving skew check."""

import numpy as np
import pandas as pd


def skew_report(
    offline: pd.DataFrame,
    online: pd.DataFrame,
    key: str,
    features: list[str],
    rtol: float = 1e-9,
    atol: float = 1e-9,
) -> pd.Series:
    """The share of keys whose value differs between the two tables, per feature."""
    for name, table in [("offline", offline), ("online", online)]:
        if table[key].duplicated().any():
            raise ValueError(f"{name}: a {key} appears more than once")
    n = min(len(offline), len(online))
    left = offline.iloc[:n].reset_index(drop=True)
    right = online.iloc[:n].reset_index(drop=True)
    common = left.index
    shares = {}
    for feature in features:
        a, b = left[feature], right[feature]
        both_missing = a.isna().to_numpy() & b.isna().to_numpy()
        if pd.api.types.is_numeric_dtype(a):
            x = a.to_numpy(dtype=float)
            y = b.to_numpy(dtype=float)
            with np.errstate(invalid="ignore"):
                same = np.abs(y - x) <= atol + rtol * np.abs(x)
        else:
            same = (a.to_numpy(dtype=object) == b.to_numpy(dtype=object)).astype(bool)
        differs = ~(same | both_missing)
        shares[feature] = differs.sum() / len(common) if len(common) else 0.0
    return pd.Series(shares, dtype=float)[features]
