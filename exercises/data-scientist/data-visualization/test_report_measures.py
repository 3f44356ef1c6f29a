"""Tests for the Power BI matrix exercise (report_measures.py)."""

import numpy as np
import pandas as pd
import pytest

from ai_roadmaps.case_study import REGIONS, clean, generate

# Both ends are Mondays that are delivery weeks: an end left out changes the numbers.
START, END = "2025-03-31", "2025-05-26"
COLUMNS = ["revenue", "revenue_share", "late_share", "revenue_per_week"]


@pytest.fixture(scope="module")
def case():
    return clean(generate(seed=21, n_customers=800))


@pytest.fixture(scope="module")
def rows(case):
    """The slicer's rows with their region, computed here in another way than a merge."""
    region = case.customers.set_index("customer_id")["region"]
    d = case.deliveries.assign(region=case.deliveries["customer_id"].map(region))
    keep = (d["week_start"] >= pd.Timestamp(START)) & (d["week_start"] <= pd.Timestamp(END))
    return d[keep]


@pytest.fixture
def matrix(exercise, case):
    def compute():
        return exercise("report_measures").region_matrix(
            case.deliveries, case.customers, START, END
        )

    return compute


def test_rows_and_columns(matrix):
    table = matrix()
    assert list(table.index) == [*REGIONS, "Total"], (
        f"rows {list(table.index)}: the regions in the order of REGIONS, then 'Total'"
    )
    assert list(table.columns) == COLUMNS, f"columns {list(table.columns)}; expected {COLUMNS}"


def test_revenue_per_region_and_in_total(matrix, rows):
    table = matrix()
    expected = rows.groupby("region")["price_eur"].sum().reindex(list(REGIONS))
    got = table.loc[list(REGIONS), "revenue"].astype(float)
    assert np.allclose(got, expected), (
        f"revenue per region {got.round(0).to_dict()}, expected "
        f"{expected.round(0).to_dict()}: keep the weeks from start to end, both included"
    )
    assert table.loc["Total", "revenue"] == pytest.approx(rows["price_eur"].sum()), (
        "the total row's revenue is the revenue of all the slicer's rows"
    )


def test_revenue_share_is_of_all_regions_in_the_slicer(matrix, rows):
    table = matrix()
    shares = table.loc[list(REGIONS), "revenue_share"].astype(float)
    assert shares.sum() == pytest.approx(1.0), (
        f"the regions' shares add up to {shares.sum():.3f}, not 1: divide by the revenue of "
        "all regions in the slicer's weeks (ALL removes the region filter, not the dates)"
    )
    expected = rows.groupby("region")["price_eur"].sum() / rows["price_eur"].sum()
    assert np.allclose(shares, expected.reindex(list(REGIONS))), "revenue / all regions' revenue"
    assert table.loc["Total", "revenue_share"] == pytest.approx(1.0), "the total's share is 1"


def test_late_share_per_region_and_in_total(matrix, rows):
    table = matrix()
    shipped = rows[rows["status"] != "skipped"]
    expected = shipped["status"].eq("late").groupby(shipped["region"]).mean()
    got = table.loc[list(REGIONS), "late_share"].astype(float)
    assert np.allclose(got, expected.reindex(list(REGIONS))), (
        f"late share per region {got.round(4).to_dict()}, expected "
        f"{expected.reindex(list(REGIONS)).round(4).to_dict()}: late rows divided by the "
        "rows that are not skipped"
    )
    total = shipped["status"].eq("late").mean()
    assert table.loc["Total", "late_share"] == pytest.approx(total), (
        f"the total row's late share is {table.loc['Total', 'late_share']:.4f}, expected "
        f"{total:.4f}: compute it from all the rows, not as an average of the regions' shares"
    )


def test_revenue_per_distinct_week(matrix, rows):
    table = matrix()
    weeks = rows.groupby("region")["week_start"].nunique().reindex(list(REGIONS))
    revenue = rows.groupby("region")["price_eur"].sum().reindex(list(REGIONS))
    got = table.loc[list(REGIONS), "revenue_per_week"].astype(float)
    assert np.allclose(got, revenue / weeks), (
        f"revenue per week {got.round(0).to_dict()}: divide the revenue by the number of "
        "distinct delivery weeks (DISTINCTCOUNT), not by the number of rows"
    )
    total = rows["price_eur"].sum() / rows["week_start"].nunique()
    assert table.loc["Total", "revenue_per_week"] == pytest.approx(total)
