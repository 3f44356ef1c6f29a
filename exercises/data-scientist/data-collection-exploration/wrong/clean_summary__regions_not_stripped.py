# Wrong: clean_summary lowercases and maps regions without stripping the spaces.
"""Wrong solution: clean Harvest Crate's raw customers and deliveries, then summarize."""

import pandas as pd

REGIONS = ["north", "south", "east", "west", "central"]
ALIASES = {"n.": "north", "s.": "south", "e.": "east", "w.": "west", "c.": "central",
           "centre": "central"}  # fmt: skip


def clean_summary(customers: pd.DataFrame, deliveries: pd.DataFrame) -> pd.DataFrame:
    people = customers.assign(
        region=customers["region"].str.lower().replace(ALIASES),
        age=customers["age"].mask(customers["age"].isin([0, 999])),
    )
    people = people[people["region"].isin(REGIONS)]

    # Duplicates differ in delivery_id, so look for them on the key, not on every column.
    rows = deliveries.drop_duplicates(["customer_id", "week_start"], keep="first")
    rows = rows[rows["boxes"] > 0]
    price = rows["price_eur"].where(rows["price_eur"] > 0)  # NaN: unknown price
    rows = rows.assign(price=price, priced_boxes=rows["boxes"].where(price.notna(), 0)).merge(
        people[["customer_id", "region", "plan"]], on="customer_id", validate="many_to_one"
    )

    keys = ["region", "plan"]
    summary = people.groupby(keys).agg(customers=("customer_id", "size"), mean_age=("age", "mean"))
    shipped = rows.groupby(keys).agg(
        boxes=("boxes", "sum"), revenue=("price", "sum"), priced=("priced_boxes", "sum")
    )
    summary = summary.join(shipped)
    summary["boxes"] = summary["boxes"].fillna(0).astype(int)
    summary["price_per_box"] = summary["revenue"] / summary["priced"]
    return summary[["customers", "mean_age", "boxes", "price_per_box"]].sort_index()
