"""Reference solution: Harvest Crate's revenue tree and an exact split of a change."""

import numpy as np
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
    r0, r1 = tree.loc[before, "revenue"], tree.loc[after, "revenue"]
    weight = r0 if np.isclose(r0, r1) else (r1 - r0) / (np.log(r1) - np.log(r0))
    ratios = tree.loc[after, FACTORS].astype(float) / tree.loc[before, FACTORS].astype(float)
    return (weight * np.log(ratios)).rename("contribution")
