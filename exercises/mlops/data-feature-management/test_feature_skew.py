"""Tests for the skew check exercise (feature_skew.py).

The offline table has missing values (an unknown age, a region nobody cleaned yet, no
rating), a mean computed in another order online (so it differs in the last bits), and the
online table's rows come in another order, as a key-value store returns them.
"""

import numpy as np
import pandas as pd
import pytest

FEATURES = ["region", "age", "sessions_4w", "rating_mean_8w"]


def offline_table():
    ratings = [[4, 5, 3], [2], [], [5, 5], [1, 2, 4], [3], [4, 4, 5], [], [2, 3], [5]]
    return pd.DataFrame(
        {
            "customer_id": list(range(101, 111)),
            "region": [
                "north",
                "east",
                None,
                "west",
                "south",
                "east",
                "central",
                "north",
                "west",
                "south",
            ],
            "age": [34.0, np.nan, 51.0, 28.0, 45.0, np.nan, 39.0, 62.0, 23.0, 30.0],
            "sessions_4w": [12, 0, 3, 7, 1, 9, 4, 0, 15, 2],
            "rating_mean_8w": [sum(r) / len(r) if r else np.nan for r in ratings],
        }
    )


def online_copy(offline, seed=5):
    """The same values, rows in another order, means computed another way."""
    online = offline.sample(frac=1, random_state=seed).reset_index(drop=True)
    noisy = online["rating_mean_8w"] * (1 + 3e-16) + 1e-15
    online["rating_mean_8w"] = noisy.where(online["rating_mean_8w"].notna())
    return online


def report(exercise, offline, online, features=FEATURES):
    result = exercise("feature_skew").skew_report(offline, online, "customer_id", features)
    assert isinstance(result, pd.Series), "return a pandas Series"
    return result


def test_another_row_order_is_no_skew(exercise):
    offline = offline_table()
    online = offline.sample(frac=1, random_state=1).reset_index(drop=True)
    result = report(exercise, offline, online)
    assert (result == 0).all(), (
        "the online rows hold exactly the offline values, in another order, and the "
        f"report found skew: {result.to_dict()}. Compare the rows of the same key"
    )


def test_missing_on_both_sides_is_no_skew(exercise):
    offline = offline_table()
    online = offline.copy()
    result = report(exercise, offline, online)
    assert result["region"] == 0 and result["age"] == 0, (
        "a value missing on both sides (region None, age NaN) is the same value, "
        f"not skew: got {result.to_dict()}"
    )
    assert result["rating_mean_8w"] == 0, "a missing rating on both sides is no skew"


def test_rounding_noise_is_no_skew_but_a_real_difference_is(exercise):
    offline = offline_table()
    online = online_copy(offline)
    result = report(exercise, offline, online)
    assert result["rating_mean_8w"] == 0, (
        "the online means differ from the offline ones by about 1e-15 (another order "
        "of computation): that is within rtol/atol, not skew"
    )
    shifted = online.copy()
    chosen = shifted["customer_id"].isin([101, 104])
    shifted.loc[chosen, "rating_mean_8w"] += 0.01
    result = report(exercise, offline, shifted)
    assert result["rating_mean_8w"] == pytest.approx(0.2), (
        "2 of 10 customers have a mean rating 0.01 off: expected 0.2, got "
        f"{result['rating_mean_8w']}"
    )


def test_planted_skew_is_measured_over_the_common_keys(exercise):
    offline = offline_table()
    online = online_copy(offline)
    online = online[online["customer_id"] != 110]  # not materialized yet
    extra = online.iloc[[0]].assign(customer_id=999)  # only online
    online = pd.concat([online, extra], ignore_index=True)
    raw = {101: " North", 106: "E.", 109: "WEST"}
    for customer, spelling in raw.items():
        online.loc[online["customer_id"] == customer, "region"] = spelling
    online.loc[online["customer_id"] == 104, "age"] = 999.0
    online.loc[online["customer_id"] == 102, "age"] = 40.0  # NaN offline
    result = report(exercise, offline, online)
    expected = {"region": 3 / 9, "age": 2 / 9, "sessions_4w": 0.0, "rating_mean_8w": 0.0}
    for feature, share in expected.items():
        assert result[feature] == pytest.approx(share), (
            f"{feature}: expected {share:.3f} (the keys in both tables are the 9 "
            f"customers 101-109), got {result[feature]:.3f}; a value against a "
            "missing one differs"
        )


def test_the_report_follows_the_features_order(exercise):
    offline = offline_table()
    features = ["sessions_4w", "region"]
    result = report(exercise, offline, online_copy(offline), features)
    assert list(result.index) == features, (
        f"index the Series by the features in the order given: {list(result.index)}"
    )
    assert result.dtype == float, "the shares are floats"


def test_a_repeated_key_is_an_error(exercise):
    offline = offline_table()
    online = pd.concat([online_copy(offline), offline.iloc[[3]]])
    with pytest.raises(ValueError):
        exercise("feature_skew").skew_report(offline, online, "customer_id", FEATURES)
