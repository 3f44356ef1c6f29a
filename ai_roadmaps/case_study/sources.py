"""Files the Harvest Crate data arrive in: a SQLite database, a Parquet lake, CSV exports.

Each writer takes a `CaseData` and a destination, writes, and returns the path it wrote.
Timestamps become ISO-8601 text as real exports hold them, with a format per source:

=============  ======================  ============
source         timestamp               date
=============  ======================  ============
API (JSON)     2024-01-03T14:22:05Z    2024-01-01
SQLite         2024-01-03 14:22:05     2024-01-01
CSV            2024-01-03T14:22:05     2024-01-01
Parquet        timestamp[us] (typed)   timestamp[us]
=============  ======================  ============

All times are UTC. Missing values are null in JSON and SQLite, empty fields in CSV.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterable
from pathlib import Path

import numpy as np
import pandas as pd

from .generate import CaseData

DATE_COLUMNS = frozenset({"signup_date", "week_start"})  # dates without a time of day
_STYLES = {"api": ("T", "Z"), "sqlite": (" ", ""), "csv": ("T", "")}


def _iso(values: pd.Series, *, date_only: bool, style: str) -> np.ndarray:
    """Datetimes as ISO-8601 text in a source's style, None where missing."""
    sep, suffix = _STYLES[style]
    raw = values.to_numpy(dtype="datetime64[s]")
    text = np.datetime_as_string(raw, unit="D" if date_only else "s")
    if not date_only and sep != "T":
        text = np.char.replace(text, "T", sep)
    if not date_only and suffix:
        text = np.char.add(text, suffix)
    text = text.astype(object)
    text[np.isnat(raw)] = None
    return text


def export_frame(table: pd.DataFrame, style: str) -> pd.DataFrame:
    """A copy of a table as a raw export holds it: text timestamps, None for missing values.

    `style` is "api", "sqlite" or "csv" (the timestamp formats in the module docstring).
    Integer columns stay integers; other columns with missing values hold None there.
    """
    out = {}
    for name in table.columns:
        column = table[name]
        if pd.api.types.is_datetime64_any_dtype(column):
            out[name] = _iso(column, date_only=name in DATE_COLUMNS, style=style)
        elif pd.api.types.is_integer_dtype(column) and not column.hasnans:
            out[name] = column.to_numpy()
        elif column.hasnans:
            values = column.to_numpy(dtype=object)
            values[column.isna().to_numpy()] = None
            out[name] = values
        else:
            out[name] = column.to_numpy()
    return pd.DataFrame(out, index=table.index)


def _whole(values: pd.Series) -> pd.Series:
    """Ratings as whole stars (4, not 4.0), None where missing, in an object column."""
    stars = [None if v is None else int(v) for v in values]
    return pd.Series(stars, index=values.index, dtype=object)


def records(table: pd.DataFrame, style: str = "api") -> list[dict]:
    """The rows of a table as JSON-ready dicts (plain Python values, None for missing)."""
    frame = export_frame(table, style)
    if "rating" in frame:
        frame["rating"] = _whole(frame["rating"])
    columns = {name: frame[name].tolist() for name in frame.columns}
    return [dict(zip(columns, row, strict=True)) for row in zip(*columns.values(), strict=True)]


_SCHEMA = """
CREATE TABLE customers (
    customer_id    INTEGER PRIMARY KEY,
    name           TEXT NOT NULL,
    email          TEXT NOT NULL,
    postcode       TEXT NOT NULL,
    region         TEXT NOT NULL,
    signup_date    TEXT NOT NULL,
    channel        TEXT NOT NULL,
    plan           TEXT NOT NULL,
    household_size INTEGER NOT NULL,
    age            REAL,
    cancelled_at   TEXT
);
CREATE TABLE deliveries (
    delivery_id  INTEGER PRIMARY KEY,
    customer_id  INTEGER NOT NULL REFERENCES customers (customer_id),
    week_start   TEXT NOT NULL,
    status       TEXT NOT NULL,
    boxes        INTEGER NOT NULL,
    price_eur    REAL NOT NULL,
    delivered_at TEXT,
    rating       INTEGER
);
CREATE TABLE payments (
    payment_id  INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers (customer_id),
    charged_at  TEXT NOT NULL,
    amount_eur  REAL NOT NULL,
    status      TEXT NOT NULL
);
CREATE TABLE tickets (
    ticket_id   INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers (customer_id),
    created_at  TEXT NOT NULL,
    category    TEXT NOT NULL,
    text        TEXT NOT NULL
);
CREATE TABLE experiment (
    customer_id INTEGER PRIMARY KEY REFERENCES customers (customer_id),
    "group"     TEXT NOT NULL,
    assigned_at TEXT NOT NULL,
    churned_30d INTEGER NOT NULL
);
"""
_INDEXES = """
CREATE INDEX deliveries_by_customer ON deliveries (customer_id, week_start);
CREATE INDEX deliveries_by_week ON deliveries (week_start);
CREATE INDEX payments_by_customer ON payments (customer_id, charged_at);
CREATE INDEX tickets_by_customer ON tickets (customer_id, created_at);
"""
SQLITE_TABLES = ("customers", "deliveries", "payments", "tickets", "experiment")


def write_sqlite(data: CaseData, path: str | Path) -> Path:
    """Write customers, deliveries, payments, tickets and experiment to a SQLite file.

    An existing file at `path` is replaced. Every table has its id as INTEGER PRIMARY KEY
    (experiment: customer_id) and customer_id REFERENCES customers; indexes cover
    deliveries by customer and week, deliveries by week, payments and tickets by customer
    and time. Timestamps are TEXT ('2024-01-03 14:22:05', which SQLite's date functions
    read), dates are TEXT ('2024-01-01'), missing values NULL, churned_30d 0 or 1.
    The column "group" of experiment is an SQL keyword: quote it, SELECT "group" FROM ...
    Returns the path of the file.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.unlink(missing_ok=True)
    tables = data.tables()
    connection = sqlite3.connect(path)
    try:
        with connection:
            connection.executescript(_SCHEMA)
            for name in SQLITE_TABLES:
                frame = export_frame(tables[name], "sqlite")
                if name == "experiment":
                    frame["churned_30d"] = frame["churned_30d"].astype(int)
                if name == "deliveries":
                    frame["rating"] = _whole(frame["rating"])
                columns = ", ".join(f'"{c}"' for c in frame.columns)
                marks = ", ".join("?" for _ in frame.columns)
                rows = zip(*(frame[c].tolist() for c in frame.columns), strict=True)
                connection.executemany(f"INSERT INTO {name} ({columns}) VALUES ({marks})", rows)
            connection.executescript(_INDEXES)  # after the rows: faster than indexing each
    finally:
        connection.close()
    return path


LAKE_TABLES = {"events": "ts", "deliveries": "week_start"}  # table -> column it is split by


def write_lake(data: CaseData, root: str | Path) -> Path:
    """Write events and deliveries as Hive-partitioned Parquet files, one folder per month.

    Layout: ``root/events/month=2024-01/part-0.parquet`` (events by the month of ts) and
    ``root/deliveries/month=2024-01/part-0.parquet`` (deliveries by the month of
    week_start). The month is only in the folder name, as Hive partitioning has it; read a
    table back with ``pyarrow.dataset.dataset(root / "events", partitioning="hive")``,
    ``pandas.read_parquet`` or Spark. Timestamps are stored as timestamp[us] (which Spark
    reads; it rejects nanoseconds). Existing events/ and deliveries/ folders under `root`
    are replaced. Returns `root`.
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    root = Path(root)
    for name, column in LAKE_TABLES.items():
        table = getattr(data, name)
        folder = root / name
        if folder.exists():
            shutil.rmtree(folder)
        arrow = pa.Table.from_pandas(table, preserve_index=False)
        schema = pa.schema(
            [
                pa.field(f.name, pa.timestamp("us")) if pa.types.is_timestamp(f.type) else f
                for f in arrow.schema
            ]
        )
        arrow = arrow.cast(schema)
        months = table[column].to_numpy(dtype="datetime64[M]")
        for month in np.unique(months):
            target = folder / f"month={month}"
            target.mkdir(parents=True)
            rows = np.flatnonzero(months == month)
            pq.write_table(arrow.take(rows), target / "part-0.parquet")
    return root


def write_csv(data: CaseData, root: str | Path, tables: Iterable[str] | None = None) -> Path:
    """Write tables as raw CSV exports, ``root/<table>.csv`` (UTF-8, with a header).

    `tables` names the tables to write (default: all six). Timestamps as
    '2024-01-03T14:22:05', dates as '2024-01-01', missing values as empty fields, booleans
    as True/False. Returns `root`.
    """
    root = Path(root)
    root.mkdir(parents=True, exist_ok=True)
    chosen = data.tables()
    names = list(chosen) if tables is None else list(tables)
    unknown = sorted(set(names) - set(chosen))
    if unknown:
        raise ValueError(f"no such tables: {unknown}; the tables are {list(chosen)}")
    for name in names:
        export_frame(chosen[name], "csv").to_csv(root / f"{name}.csv", index=False)
    return root
