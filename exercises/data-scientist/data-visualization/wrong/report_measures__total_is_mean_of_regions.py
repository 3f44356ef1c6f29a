# Wrong: the total row averages the regions' ratios instead of computing them from all rows.
"""Wrong solution: the numbers of a Power BI matrix, computed in pandas."""

import pandas as pd

from ai_roadmaps.case_study import REGIONS


def measures(rows: pd.DataFrame, all_regions_revenue: float) -> dict:
    revenue = float(rows["price_eur"].sum())
    shipped = rows["status"] != "skipped"
    return {
        "revenue": revenue,
        "revenue_share": revenue / all_regions_revenue,
        "late_share": float((rows["status"] == "late").sum() / shipped.sum()),
        "revenue_per_week": revenue / rows["week_start"].nunique(),
    }


def region_matrix(
    deliveries: pd.DataFrame, customers: pd.DataFrame, start: str, end: str
) -> pd.DataFrame:
    rows = deliveries.merge(
        customers[["customer_id", "region"]], on="customer_id", validate="many_to_one"
    )
    rows = rows[rows["week_start"].between(pd.Timestamp(start), pd.Timestamp(end))]
    total_revenue = float(rows["price_eur"].sum())
    table = pd.DataFrame.from_dict(
        {region: measures(rows[rows["region"] == region], total_revenue) for region in REGIONS},
        orient="index",
    )
    total = table.mean()
    total["revenue"] = table["revenue"].sum()
    total["revenue_share"] = 1.0
    total["revenue_per_week"] = table["revenue_per_week"].sum()
    table.loc["Total"] = total
    return table
