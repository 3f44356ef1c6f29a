# Wrong: eur_per_box is the mean of each row's price per box, not total revenue over boxes.
"""Wrong solution: revenue per box by region with Dask, in one pass over the data."""

import dask
import dask.dataframe as dd
import pandas as pd


def region_summary(deliveries: dd.DataFrame) -> pd.DataFrame:
    totals = deliveries.groupby("region")[["boxes", "price_eur"]].sum()
    shipped = deliveries[deliveries["boxes"] > 0]
    row_price = (shipped["price_eur"] / shipped["boxes"]).rename("eur_per_box")
    prices = row_price.groupby(shipped["region"]).mean()
    totals, prices = dask.compute(totals, prices)
    result = totals.rename(columns={"price_eur": "revenue_eur"}).sort_index()
    result["eur_per_box"] = prices.sort_index()
    return result
