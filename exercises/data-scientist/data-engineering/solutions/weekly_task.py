"""Reference solution: the logic of an Airflow task, written and tested without Airflow."""

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pandas as pd


def week_for_run(logical_date: datetime) -> date:
    if logical_date.tzinfo is None or logical_date.utcoffset() is None:
        raise ValueError("logical_date must be timezone-aware")
    utc = logical_date.astimezone(UTC)
    this_monday = utc.date() - timedelta(days=utc.weekday())
    return this_monday - timedelta(days=7)  # the week before the current one has ended


def load_week(lake: Path, logical_date: datetime, deliveries: pd.DataFrame) -> dict:
    week = week_for_run(logical_date)
    rows = deliveries[deliveries["week_start"] == pd.Timestamp(week)]
    rows = rows.sort_values("delivery_id").drop_duplicates(["customer_id", "week_start"])
    target = Path(lake) / f"week={week.isoformat()}" / "part-0.parquet"
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name("part-0.parquet.partial")
    rows.to_parquet(partial, index=False)
    partial.replace(target)  # readers never see a half-written file
    return {"week": week.isoformat(), "rows": len(rows)}
