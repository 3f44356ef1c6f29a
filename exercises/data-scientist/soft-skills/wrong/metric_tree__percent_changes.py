# Wrong: old revenue times each factor's percentage change, which does not add up to the change.
"""Wrong solution: Harvest Crate's revenue tree and an exact split of a change."""

import pandas as pd

FACTORS = ["weeks", "active_customers", "boxes_per_customer_week", "revenue_per_box"]


def revenue_tree(deliveries: pd.DataFrame, freq: str = "Q") -> pd.DataFrame:
    period = deliveries["week_start"].dt.to_period(freq)
    grouped = deliveries.groupby(period)
    weeks = grouped["week_start"].nunique()
    customer_weeks = grouped.size()  # every row is a subscribed week, skipped or not
    boxes = grouped["boxes"].sum()
    revenue = grouped["price_eur"].sum()
    tree = pd.DataFrame(
        {
            "weeks": weeks,
            "active_customers": customer_weeks / weeks,
            "boxes_per_customer_week": boxes / customer_weeks,
            "revenue_per_box": revenue / boxes,
            "revenue": revenue,
        }
    )
    return tree.sort_index()


def split_change(tree: pd.DataFrame, before, after) -> pd.Series:
    r0 = tree.loc[before, "revenue"]
    ratios = tree.loc[after, FACTORS].astype(float) / tree.loc[before, FACTORS].astype(float)
    return (r0 * (ratios - 1)).rename("contribution")
