"""Tests for the idempotent incremental load exercise (upsert_deliveries.py)."""

import duckdb
import pandas as pd
import pytest

from ai_roadmaps.case_study import generate

WEEK_1, WEEK_2, WEEK_3 = (pd.Timestamp(d) for d in ["2025-03-03", "2025-03-10", "2025-03-17"])
COLUMNS = ["delivery_id", "customer_id", "week_start", "status", "boxes", "price_eur",
           "delivered_at", "rating"]  # fmt: skip
KEY = ["customer_id", "week_start"]


def batch(*rows):
    """Delivery rows from (delivery_id, customer_id, week_start, status, rating) tuples."""
    frame = pd.DataFrame(rows, columns=["delivery_id", "customer_id", "week_start", "status",
                                        "rating"])  # fmt: skip
    frame["boxes"] = (frame["status"] != "skipped").astype(int)
    frame["price_eur"] = 49.9 * frame["boxes"]
    shipped = frame["status"].isin(["delivered", "late"])
    frame["delivered_at"] = (frame["week_start"] + pd.Timedelta(hours=50)).where(shipped)
    frame["rating"] = frame["rating"].astype(float)
    return frame[COLUMNS]


FIRST_WEEK = batch(
    (1, 1, WEEK_1, "delivered", 5),
    (2, 2, WEEK_1, "late", None),
    (3, 3, WEEK_1, "skipped", None),
    (4, 4, WEEK_1, "delivered", 3),
)


def stored(con):
    """The table, sorted by key, with the columns and index of a batch."""
    frame = con.sql("SELECT * FROM deliveries ORDER BY customer_id, week_start").df()
    frame["week_start"] = frame["week_start"].astype("datetime64[ns]")
    frame["delivered_at"] = frame["delivered_at"].astype("datetime64[ns]")
    return frame[COLUMNS].reset_index(drop=True)


def expected(frame):
    return frame.sort_values(KEY).reset_index(drop=True)


@pytest.fixture
def load(exercise):
    return exercise("upsert_deliveries").upsert_deliveries


@pytest.fixture
def con():
    connection = duckdb.connect()
    yield connection
    connection.close()


def test_a_first_batch_is_inserted(load, con):
    counts = load(con, FIRST_WEEK.copy())
    pd.testing.assert_frame_equal(stored(con), expected(FIRST_WEEK), check_dtype=False)
    assert counts == {"inserted": 4, "updated": 0}, (
        "four new keys: return {'inserted': 4, 'updated': 0}"
    )


def test_loading_the_same_batch_twice_changes_nothing(load, con):
    load(con, FIRST_WEEK.copy())
    counts = load(con, FIRST_WEEK.copy())
    assert len(stored(con)) == 4, (
        "the second load of the same batch added rows: a rerun must replace the stored rows "
        "of its keys (customer_id, week_start), not append"
    )
    pd.testing.assert_frame_equal(stored(con), expected(FIRST_WEEK), check_dtype=False)
    assert counts == {"inserted": 0, "updated": 4}, (
        "on the rerun every key is already stored: all four rows are replaced, none inserted"
    )


def test_an_export_duplicate_is_loaded_once(load, con):
    duplicate = FIRST_WEEK[FIRST_WEEK["customer_id"] == 2].assign(delivery_id=5)
    with_duplicate = pd.concat([FIRST_WEEK, duplicate], ignore_index=True)
    counts = load(con, with_duplicate)
    table = stored(con)
    assert len(table) == 4, (
        "delivery 5 repeats customer 2's week with a new delivery_id: the key is "
        "(customer_id, week_start), so keep one row per key"
    )
    kept = table.loc[table["customer_id"] == 2, "delivery_id"].tolist()
    assert kept == [2], "of two rows with one key, keep the one with the smallest delivery_id"
    assert counts == {"inserted": 4, "updated": 0}
    again = load(con, with_duplicate)
    assert len(stored(con)) == 4 and again == {"inserted": 0, "updated": 4}, (
        "loading the batch with its duplicate again must replace the four stored rows"
    )


def test_a_correction_replaces_the_stored_row(load, con):
    load(con, FIRST_WEEK.copy())
    correction = batch((2, 2, WEEK_1, "delivered", 4))  # the late box, now rated
    counts = load(con, correction)
    table = stored(con)
    assert len(table) == 4, "a correction replaces its row; it is not a new delivery"
    row = table[table["customer_id"] == 2].iloc[0]
    assert (row["status"], row["rating"]) == ("delivered", 4.0), (
        "customer 2's week was sent again with a new status and a rating: the stored row must "
        "take the new values (insert-only loads keep the old ones)"
    )
    assert counts == {"inserted": 0, "updated": 1}


def test_rows_that_arrive_late_are_loaded(load, con):
    second_week = batch((10, 1, WEEK_2, "delivered", None), (11, 2, WEEK_2, "delivered", 2),
                        (12, 3, WEEK_2, "skipped", None))  # fmt: skip
    load(con, second_week)
    third_week_and_late = batch(
        (20, 1, WEEK_3, "delivered", None),
        (21, 2, WEEK_3, "late", None),
        (7, 1, WEEK_1, "delivered", 5),  # week 1's rows, arriving two weeks late
        (8, 2, WEEK_1, "failed", None),
    )
    counts = load(con, third_week_and_late)
    table = stored(con)
    late = table[table["week_start"] == WEEK_1]
    assert sorted(late["customer_id"]) == [1, 2], (
        "rows of 3 March arrived after 10 March was loaded: a load that takes only weeks newer "
        "than the newest one stored drops them; load every row of the batch"
    )
    assert len(table) == 7 and counts == {"inserted": 4, "updated": 0}


def test_rows_not_in_the_batch_stay(load, con):
    load(con, FIRST_WEEK.copy())
    load(con, batch((10, 1, WEEK_2, "delivered", None)))
    table = stored(con)
    assert (table["week_start"] == WEEK_1).sum() == 4, (
        "loading the week of 10 March removed rows of 3 March: keep the stored rows whose key "
        "is not in the batch"
    )
    assert len(table) == 5


def test_the_batch_is_not_changed(load, con):
    given = pd.concat([FIRST_WEEK, FIRST_WEEK.iloc[[1]].assign(delivery_id=5)])
    before = given.copy()
    load(con, given)
    pd.testing.assert_frame_equal(given, before, obj="the batch")


@pytest.mark.time_limit(40)
def test_weekly_arrivals_of_case_data_loaded_twice(load, con):
    deliveries = generate(seed=21, n_customers=400).deliveries
    weeks = pd.date_range("2025-03-03", periods=5, freq="7D")
    rows = deliveries[deliveries["week_start"].isin(weeks)]
    late = rows.sample(frac=0.05, random_state=3)  # each arrives one export later
    on_time = rows.drop(late.index)
    for week in weeks:
        arrival = pd.concat(
            [
                on_time[on_time["week_start"] == week],
                late[late["week_start"] == week - pd.Timedelta(days=7)],
            ]
        )
        for _ in range(2):  # every load is retried once
            load(con, arrival)
    last = weeks[-1]
    loaded = rows[(rows["week_start"] < last) | rows.index.isin(on_time.index)]
    truth = loaded.sort_values("delivery_id").drop_duplicates(KEY, keep="first")
    table = stored(con)
    assert len(table) == len(truth), (
        f"after five weekly arrivals, each loaded twice, the table has {len(table)} rows; "
        f"one row per customer and week makes {len(truth)}"
    )
    pd.testing.assert_frame_equal(table, expected(truth[COLUMNS]), check_dtype=False)
