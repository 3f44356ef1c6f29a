# Wrong: each total is computed with its own .compute(), so every partition is read twice.
"""Wrong solution: revenue per box by region with Dask, in one pass over the data."""

import dask.dataframe as dd
import pandas as pd


def region_summary(deliveries: dd.DataFrame) -> pd.DataFrame:
    by_region = deliveries.groupby("region")
    boxes = by_region["boxes"].sum().compute()
    revenue = by_region["price_eur"].sum().compute()
    result = pd.DataFrame({"boxes": boxes, "revenue_eur": revenue}).sort_index()
    result["eur_per_box"] = result["revenue_eur"] / result["boxes"]
    return result
