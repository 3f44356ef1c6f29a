"""Tests for the revenue tree exercise (metric_tree.py)."""

import numpy as np
import pandas as pd
import pytest


def make_deliveries(seed=7):
    """Delivery rows for a 13-week and a 12-week quarter, with everything that trips a tree up.

    Customers join and leave within a quarter (so distinct customers differ from customers per
    week), skip weeks (rows with 0 boxes and a price of 0.0), take two boxes in some weeks, and
    pay half price for their first box, so that prices per box differ from row to row.
    """
    rng = np.random.default_rng(seed)
    quarters = [
        pd.date_range("2024-04-01", periods=13, freq="W-MON"),
        pd.date_range("2025-04-07", periods=12, freq="W-MON"),
    ]
    rows = []
    for customer in range(60):
        price = 49.9 if customer % 3 else 79.9
        first = True
        for q, weeks in enumerate(quarters):
            start = int(rng.integers(0, len(weeks) - 2))
            stop = int(rng.integers(start + 1, len(weeks) + 1))
            for week in weeks[start:stop]:
                if rng.random() < 0.15:
                    boxes, paid = 0, 0.0
                else:
                    boxes = 2 if rng.random() < 0.25 else 1
                    unit = price * (1.12 if q else 1.0)
                    paid = boxes * unit - (unit / 2 if first else 0.0)
                    first = False
                rows.append((customer, week, boxes, round(paid, 2)))
    frame = pd.DataFrame(rows, columns=["customer_id", "week_start", "boxes", "price_eur"])
    return frame.sample(frac=1.0, random_state=seed).reset_index(drop=True)  # any order


DELIVERIES = make_deliveries()
Q1, Q2 = pd.Period("2024Q2", "Q"), pd.Period("2025Q2", "Q")


def expected_tree(rows):
    weeks = rows["week_start"].nunique()
    return {
        "weeks": weeks,
        "active_customers": len(rows) / weeks,
        "boxes_per_customer_week": rows["boxes"].sum() / len(rows),
        "revenue_per_box": rows["price_eur"].sum() / rows["boxes"].sum(),
        "revenue": rows["price_eur"].sum(),
    }


@pytest.fixture
def tree_module(exercise):
    return exercise("metric_tree")


def in_quarter(period):
    return DELIVERIES[DELIVERIES["week_start"].dt.to_period("Q") == period]


def test_one_row_per_period_with_the_factors_and_revenue(tree_module):
    tree = tree_module.revenue_tree(DELIVERIES)
    assert list(tree.columns) == tree_module.FACTORS + ["revenue"], (
        f"columns {list(tree.columns)}: FACTORS, then 'revenue'"
    )
    assert list(tree.index) == [Q1, Q2], (
        f"index {list(tree.index)}: one row per quarter of week_start (dt.to_period('Q'))"
    )


def test_the_factors_multiply_back_to_revenue(tree_module):
    tree = tree_module.revenue_tree(DELIVERIES)
    product = tree[tree_module.FACTORS].astype(float).prod(axis=1)
    assert np.allclose(product, tree["revenue"], rtol=1e-9), (
        f"the product of the four factors is {product.round(2).tolist()}, revenue is "
        f"{tree['revenue'].round(2).tolist()}: a metric tree must multiply back to its total"
    )


@pytest.mark.parametrize("period", [Q1, Q2], ids=str)
def test_weeks_and_active_customers_per_week(tree_module, period):
    row = tree_module.revenue_tree(DELIVERIES).loc[period]
    expected = expected_tree(in_quarter(period))
    assert row["weeks"] == expected["weeks"], f"{period}: {expected['weeks']} distinct weeks"
    assert row["active_customers"] == pytest.approx(expected["active_customers"]), (
        f"{period}: active_customers {row['active_customers']:.3f}, expected "
        f"{expected['active_customers']:.3f}, the rows (subscribed customer-weeks, skipped weeks "
        "included) per week; not the distinct customers of the whole period"
    )


@pytest.mark.parametrize("period", [Q1, Q2], ids=str)
def test_boxes_and_revenue_per_box(tree_module, period):
    row = tree_module.revenue_tree(DELIVERIES).loc[period]
    expected = expected_tree(in_quarter(period))
    assert row["boxes_per_customer_week"] == pytest.approx(expected["boxes_per_customer_week"]), (
        f"{period}: boxes per customer-week {row['boxes_per_customer_week']:.4f}, expected "
        f"{expected['boxes_per_customer_week']:.4f}: skipped weeks count, with 0 boxes"
    )
    assert row["revenue_per_box"] == pytest.approx(expected["revenue_per_box"]), (
        f"{period}: revenue per box {row['revenue_per_box']:.3f}, expected "
        f"{expected['revenue_per_box']:.3f}: total revenue over total boxes, so a two-box week "
        "weighs twice"
    )
    assert row["revenue"] == pytest.approx(expected["revenue"]), f"{period}: sum of price_eur"


def test_months_work_too(tree_module):
    tree = tree_module.revenue_tree(DELIVERIES, freq="M")
    months = DELIVERIES["week_start"].dt.to_period("M")
    assert list(tree.index) == sorted(months.unique()), "one row per month, in order"
    may = pd.Period("2024-05", "M")
    expected = expected_tree(DELIVERIES[months == may])
    assert tree.loc[may, "active_customers"] == pytest.approx(expected["active_customers"]), (
        "freq='M': the same factors per month"
    )


def test_split_change_adds_up_to_the_change(tree_module):
    tree = tree_module.revenue_tree(DELIVERIES)
    parts = tree_module.split_change(tree, Q1, Q2)
    change = tree.loc[Q2, "revenue"] - tree.loc[Q1, "revenue"]
    assert list(parts.index) == tree_module.FACTORS, "one contribution per factor, FACTORS order"
    assert parts.sum() == pytest.approx(change, rel=1e-9), (
        f"the contributions add up to {parts.sum():.2f}, the change is {change:.2f}: the split "
        "must leave no remainder"
    )


def test_split_change_uses_the_logarithmic_mean(tree_module):
    tree = tree_module.revenue_tree(DELIVERIES)
    parts = tree_module.split_change(tree, Q1, Q2)
    e0, e1 = expected_tree(in_quarter(Q1)), expected_tree(in_quarter(Q2))
    weight = (e1["revenue"] - e0["revenue"]) / np.log(e1["revenue"] / e0["revenue"])
    for factor in tree_module.FACTORS:
        expected = weight * np.log(e1[factor] / e0[factor])
        assert parts[factor] == pytest.approx(expected, rel=1e-7), (
            f"{factor}: {parts[factor]:.2f}, expected {expected:.2f} = L * ln(x1 / x0)"
        )


def test_split_change_when_revenue_did_not_change(tree_module):
    factors = tree_module.FACTORS
    tree = pd.DataFrame(
        [[13, 120.0, 0.95, 60.0, 13 * 120.0 * 0.95 * 60.0],
         [12, 130.0, 0.95, 60.0, 12 * 130.0 * 0.95 * 60.0]],
        index=["before", "after"], columns=factors + ["revenue"],
    )  # fmt: skip
    parts = tree_module.split_change(tree, "before", "after")
    revenue = tree.loc["before", "revenue"]
    assert np.all(np.isfinite(parts)), f"{parts.to_dict()}: with R1 == R0, L is R0, not 0 / 0"
    assert parts["weeks"] == pytest.approx(revenue * np.log(12 / 13)), "weeks: R0 * ln(12 / 13)"
    assert parts.sum() == pytest.approx(0, abs=1e-6), "no change in revenue: parts add up to 0"
