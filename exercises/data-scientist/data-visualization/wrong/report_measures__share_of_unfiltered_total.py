# Wrong: the share divides by the revenue of every week, as if ALL removed the date filter too.
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
    total_revenue = float(deliveries["price_eur"].sum())
    table = {region: measures(rows[rows["region"] == region], total_revenue) for region in REGIONS}
    table["Total"] = measures(rows, total_revenue)
    return pd.DataFrame.from_dict(table, orient="index")
