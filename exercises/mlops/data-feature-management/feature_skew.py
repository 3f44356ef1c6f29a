"""Exercise: a training-serving skew check.

After each materialization, and in the serving code's tests, compare the features a
service is given with the features the offline store returns for the same keys and the
same moment (see "Training-serving skew, shown and prevented" on the page "Feature stores
with Feast").

Check your work:  pytest exercises/mlops/data-feature-management/test_feature_skew.py
"""

import pandas as pd


def skew_report(
    offline: pd.DataFrame,
    online: pd.DataFrame,
    key: str,
    features: list[str],
    rtol: float = 1e-9,
    atol: float = 1e-9,
) -> pd.Series:
    """The share of keys whose value differs between the two tables, per feature.

    Both tables have one row per value of the column `key` (raise ValueError if a key
    appears twice in either) and the columns in `features`; their rows may be in any
    order. Compare the rows of the same key, for the keys present in both tables only.

    A numeric feature (a column of integers or floats in `offline`) differs for a key
    unless both values are missing (NaN) or they are close: abs(online - offline) <=
    atol + rtol * abs(offline). Any other feature (text, categories) differs unless the
    two values are equal or both are missing (None or NaN).

    Return a float Series indexed by `features`, in their order: for each feature, the
    number of keys whose value differs divided by the number of keys in both tables.
    """
    raise NotImplementedError("write skew_report")
