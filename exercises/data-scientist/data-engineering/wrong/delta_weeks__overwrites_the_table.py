# Wrong: write_week overwrites the whole table instead of only the week being written.
"""Wrong solution: delivery weeks in a Delta table."""

from pathlib import Path

import pandas as pd
from deltalake import DeltaTable, write_deltalake


def write_week(path: str | Path, rows: pd.DataFrame) -> int:
    weeks = rows["week_start"].unique()
    if len(weeks) != 1:
        raise ValueError(f"rows must hold one delivery week, not {len(weeks)}")
    data = rows.reset_index(drop=True)  # a slice's index would become a column
    if DeltaTable.is_deltatable(str(path)):
        write_deltalake(path, data, mode="overwrite", schema_mode="merge")
    else:
        write_deltalake(path, data)
    return DeltaTable(path).version()


def revenue_by_week(path: str | Path, version: int | None = None) -> pd.Series:
    table = DeltaTable(path) if version is None else DeltaTable(path, version=version)
    frame = table.to_pandas(columns=["week_start", "boxes", "price_eur"])
    shipped = frame[frame["boxes"] > 0]
    revenue = shipped.groupby("week_start")["price_eur"].sum().sort_index()
    return revenue.rename("revenue_eur")
