"""Tests for the cleaning and summary exercise (clean_summary.py)."""

import pandas as pd
import pytest

from ai_roadmaps.case_study import clean, generate

# Six customers: three spellings of north, two of central, one east; two age sentinels.
CUSTOMERS = pd.DataFrame(
    {
        "customer_id": [1, 2, 3, 4, 5, 6],
        "region": [" North", "N.", "north", "Centre", "C.", "EAST"],
        "plan": ["2-person", "2-person", "2-person", "4-person", "4-person", "2-person"],
        "age": [30.0, 999.0, 0.0, 40.0, float("nan"), 50.0],
    }
)
# Delivery 3 repeats customer 1's week of 8 January; 5 is a skipped week; 6 has a price
# with its sign flipped in the export.
DELIVERIES = pd.DataFrame(
    {
        "delivery_id": [1, 2, 3, 4, 5, 6, 7, 8, 9],
        "customer_id": [1, 1, 1, 2, 2, 3, 4, 5, 6],
        "week_start": pd.to_datetime(
            [
                "2024-01-01",
                "2024-01-08",
                "2024-01-08",
                "2024-01-01",
                "2024-01-08",
                "2024-01-01",
                "2024-01-01",
                "2024-01-01",
                "2024-01-01",
            ]
        ),
        "status": ["delivered"] * 4 + ["skipped"] + ["delivered"] * 4,
        "boxes": [1, 1, 1, 3, 0, 1, 1, 2, 1],
        "price_eur": [50.0, 50.0, 50.0, 150.0, 0.0, -50.0, 80.0, 160.0, 47.0],
    }
)
NORTH = ("north", "2-person")


def summarize(exercise):
    return exercise("clean_summary").clean_summary(CUSTOMERS.copy(), DELIVERIES.copy())


def test_one_row_per_clean_region_and_plan(exercise):
    summary = summarize(exercise)
    expected = [("central", "4-person"), ("east", "2-person"), NORTH]
    assert list(summary.index) == expected, (
        "one row per (region, plan), sorted; ' North', 'N.' and 'north' are the same region, "
        "so strip spaces, lowercase and map the abbreviations"
    )
    assert list(summary.columns) == ["customers", "mean_age", "boxes", "price_per_box"]
    assert summary.loc[NORTH, "customers"] == 3


def test_sentinel_ages_do_not_count(exercise):
    summary = summarize(exercise)
    assert summary.loc[NORTH, "mean_age"] == pytest.approx(30.0), (
        "north's known ages are 30, 999 and 0; 0 and 999 mean 'unknown', so the mean is 30"
    )
    assert summary.loc[("central", "4-person"), "mean_age"] == pytest.approx(40.0)


def test_a_duplicated_delivery_counts_once(exercise):
    summary = summarize(exercise)
    assert summary.loc[NORTH, "boxes"] == 6, (
        "north's boxes are 1 + 1 (customer 1; the second 8 January row is a duplicate "
        "with a new delivery_id, so drop duplicates on customer_id and week_start) "
        "+ 3 (customer 2) + 1 (customer 3)"
    )
    assert summary.loc[("central", "4-person"), "boxes"] == 3


def test_price_per_box_is_weighted_by_boxes(exercise):
    summary = summarize(exercise)
    central = summary.loc[("central", "4-person"), "price_per_box"]
    assert central == pytest.approx(80.0), (
        "central paid 80 for 1 box and 160 for 2: 240 / 3 boxes = 80 a box; the mean of the "
        "two row prices (120) is not a price per box"
    )


def test_an_export_error_price_is_unknown(exercise):
    summary = summarize(exercise)
    assert summary.loc[NORTH, "price_per_box"] == pytest.approx(50.0), (
        "north's known prices are 50 + 50 + 150 for 5 boxes; customer 3's box had a price "
        "of -50, an export error: leave it out of both the prices and the boxes they divide"
    )


def test_the_raw_tables_are_not_changed(exercise):
    customers, deliveries = CUSTOMERS.copy(), DELIVERIES.copy()
    exercise("clean_summary").clean_summary(customers, deliveries)
    pd.testing.assert_frame_equal(customers, CUSTOMERS, obj="the customers table")
    pd.testing.assert_frame_equal(deliveries, DELIVERIES, obj="the deliveries table")


@pytest.fixture(scope="module")
def case():
    return generate(seed=11, n_customers=900)


def test_matches_the_reference_cleaning_on_case_data(exercise, case):
    result = exercise("clean_summary").clean_summary(case.customers.copy(), case.deliveries.copy())
    tidy = clean(case)
    people = tidy.customers
    rows = tidy.deliveries[tidy.deliveries["boxes"] > 0].merge(
        people[["customer_id", "region", "plan"]], on="customer_id"
    )
    priced = rows[rows["price_eur"].notna()]
    keys = ["region", "plan"]
    expected = pd.DataFrame(
        {
            "customers": people.groupby(keys).size(),
            "mean_age": people.groupby(keys)["age"].mean(),
            "boxes": rows.groupby(keys)["boxes"].sum(),
            "price_per_box": priced.groupby(keys)["price_eur"].sum()
            / priced.groupby(keys)["boxes"].sum(),
        }
    )
    assert list(result.index) == list(expected.index), "one row per (region, plan), sorted"
    for column in expected.columns:
        assert result[column].to_numpy() == pytest.approx(expected[column].to_numpy()), (
            f"column {column!r} differs from the reference cleaning on generated data"
        )
