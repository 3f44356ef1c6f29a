"""Tests for the point-in-time join exercise (point_in_time_join.py).

The small tables below are built so that each mistake shows: a later value closer in time
than the right one, another customer's value at a closer time, values exactly at the
bounds of the time to live, and customers with no value at all.
"""

import numpy as np
import pandas as pd

TTL = pd.Timedelta(days=14)


def ts(text):
    return pd.Timestamp(text, tz="UTC")


def feature_table():
    """Weekly values of two customers, deliberately not sorted."""
    rows = [
        (1, "2025-01-20", 3.0, "c"),
        (2, "2025-01-06", 10.0, "x"),
        (1, "2025-01-06", 1.0, "a"),
        (2, "2025-01-27", 40.0, "y"),
        (1, "2025-01-13", 2.0, "b"),
    ]
    return pd.DataFrame(
        {
            "customer_id": [r[0] for r in rows],
            "event_timestamp": [ts(r[1]) for r in rows],
            "orders_8w": [r[2] for r in rows],
            "plan": [r[3] for r in rows],
        }
    )


# (name, customer, moment, expected orders_8w or None for missing)
CASES = [
    ("exactly at a value's moment", 1, "2025-01-13 00:00:00", 2.0),
    ("an hour before a newer value", 1, "2025-01-19 23:00:00", 2.0),
    ("another customer has a closer value", 2, "2025-01-19 00:00:00", 10.0),
    ("exactly 14 days old", 2, "2025-01-20 00:00:00", 10.0),
    ("14 days and one second old", 2, "2025-01-20 00:00:01", None),
    ("customer without any value", 3, "2025-01-15 00:00:00", None),
    ("before the customer's first value", 1, "2025-01-01 00:00:00", None),
]


def entity_table():
    frame = pd.DataFrame(
        {
            "customer_id": [c[1] for c in CASES],
            "event_timestamp": [ts(c[2]) for c in CASES],
            "churned_30d": [0, 1, 0, 1, 0, 1, 0],
        },
        index=[70, 60, 50, 40, 30, 20, 10],
    )
    return frame


def joined(exercise):
    return exercise("point_in_time_join").point_in_time_join(
        entity_table(), feature_table(), "customer_id", TTL
    )


def value_of(result, position):
    return result["orders_8w"].to_numpy()[position]


def check_cases(result, names):
    assert len(result) == len(CASES), (
        f"{len(CASES)} entity rows went in and {len(result)} came out: keep every "
        "row, with missing features where no value qualifies"
    )
    for position, (name, customer, moment, expected) in enumerate(CASES):
        if name not in names:
            continue
        got = value_of(result, position)
        if expected is None:
            assert pd.isna(got), (
                f"{name} (customer {customer} at {moment}): expected a missing value, "
                f"got orders_8w={got}"
            )
        else:
            assert got == expected, (
                f"{name} (customer {customer} at {moment}): expected orders_8w="
                f"{expected}, got {got}"
            )


def test_uses_no_value_from_the_future(exercise):
    check_cases(
        joined(exercise),
        {
            "exactly at a value's moment",
            "an hour before a newer value",
            "before the customer's first value",
        },
    )


def test_uses_only_the_same_customers_values(exercise):
    check_cases(
        joined(exercise),
        {"another customer has a closer value", "customer without any value"},
    )


def test_time_to_live_bounds(exercise):
    check_cases(joined(exercise), {"exactly 14 days old", "14 days and one second old"})


def test_keeps_rows_order_index_and_columns(exercise):
    entities, features = entity_table(), feature_table()
    before = (entities.copy(), features.copy())
    result = exercise("point_in_time_join").point_in_time_join(
        entities, features, "customer_id", TTL
    )
    pd.testing.assert_frame_equal(entities, before[0], obj="entities (changed!)")
    pd.testing.assert_frame_equal(features, before[1], obj="features (changed!)")
    assert list(result.columns) == [
        "customer_id",
        "event_timestamp",
        "churned_30d",
        "orders_8w",
        "plan",
    ], f"columns should be the entity columns, then the features: {list(result.columns)}"
    assert list(result.index) == list(entities.index), (
        "keep the entity rows in their original order, with their original index"
    )
    assert list(result["churned_30d"]) == list(entities["churned_30d"]), (
        "the label column must stay with its row"
    )
    assert list(result["plan"].fillna("-")) == ["b", "b", "x", "x", "-", "-", "-"], (
        "every feature column comes from the chosen row, the text ones too"
    )


def brute_force(entities, features, ttl):
    values = []
    for _, row in entities.iterrows():
        mine = features[
            (features["customer_id"] == row["customer_id"])
            & (features["event_timestamp"] <= row["event_timestamp"])
            & (features["event_timestamp"] >= row["event_timestamp"] - ttl)
        ]
        if mine.empty:
            values.append(np.nan)
        else:
            values.append(mine.loc[mine["event_timestamp"].idxmax(), "orders_8w"])
    return np.array(values, dtype=float)


def test_random_tables_against_a_loop(exercise):
    rng = np.random.default_rng(3)
    start = ts("2025-01-01")
    rows = []
    for customer in range(1, 7):
        hours = rng.choice(24 * 60, size=12, replace=False)
        for hour in hours:
            rows.append((customer, start + pd.Timedelta(hours=int(hour))))
    features = pd.DataFrame(rows, columns=["customer_id", "event_timestamp"])
    features["orders_8w"] = rng.integers(0, 50, len(features)).astype(float)
    features["plan"] = "p" + features["orders_8w"].astype(int).astype(str)
    features = features.sample(frac=1, random_state=1).reset_index(drop=True)
    entities = pd.DataFrame(
        {
            "customer_id": rng.integers(1, 8, 300),
            "event_timestamp": start + pd.to_timedelta(rng.integers(0, 24 * 70, 300), unit="h"),
        }
    )
    entities["churned_30d"] = rng.integers(0, 2, 300)
    ttl = pd.Timedelta(days=5)
    result = exercise("point_in_time_join").point_in_time_join(
        entities, features, "customer_id", ttl
    )
    expected = brute_force(entities, features, ttl)
    assert len(result) == len(entities), "keep every entity row"
    got = result["orders_8w"].to_numpy(dtype=float)
    wrong = ~((got == expected) | (np.isnan(got) & np.isnan(expected)))
    assert not wrong.any(), (
        f"{wrong.sum()} of {len(entities)} random rows differ from a plain loop over "
        "the rules (same customer, at or before the moment, at most ttl old, latest)"
    )
