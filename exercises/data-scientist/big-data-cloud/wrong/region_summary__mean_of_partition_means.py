# Wrong: eur_per_box averages each partition's price per box, whatever the partition's size.
"""Wrong solution: revenue per box by region with Dask, in one pass over the data."""

import dask
import dask.dataframe as dd
import pandas as pd


def per_partition(part: pd.DataFrame) -> pd.DataFrame:
    sums = part.groupby("region")[["boxes", "price_eur"]].sum()
    sums["eur_per_box"] = sums["price_eur"] / sums["boxes"]
    return sums.reset_index()


def region_summary(deliveries: dd.DataFrame) -> pd.DataFrame:
    meta = pd.DataFrame(
        {
            "region": pd.Series(dtype=object),
            "boxes": pd.Series(dtype="int64"),
            "price_eur": pd.Series(dtype=float),
            "eur_per_box": pd.Series(dtype=float),
        }
    )
    parts = deliveries.map_partitions(per_partition, meta=meta)
    totals = parts.groupby("region")[["boxes", "price_eur"]].sum()
    prices = parts.groupby("region")["eur_per_box"].mean()  # the mean of the partitions' ratios
    totals, prices = dask.compute(totals, prices)
    result = totals.rename(columns={"price_eur": "revenue_eur"}).sort_index()
    result["eur_per_box"] = prices.sort_index()
    return result
