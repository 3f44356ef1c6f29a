"""Exercise: an idempotent, incremental load of Harvest Crate's deliveries into DuckDB.

Write ``upsert_deliveries(con, batch)``. ``con`` is a DuckDB connection (``duckdb.connect()``);
``batch`` is a pandas DataFrame of delivery rows as an export sends them, with the columns of
``ai_roadmaps.case_study.generate().deliveries``: delivery_id, customer_id, week_start, status,
boxes, price_eur, delivered_at, rating. Load the batch into the table ``deliveries``:

- Create the table with ``CREATE_TABLE`` (below) if it does not exist yet.
- A delivery is identified by its customer and week, ``(customer_id, week_start)``.
  ``delivery_id`` is not a key: an export duplicate repeats a customer's week with a new
  ``delivery_id``. When the batch holds several rows with one key, load only the one with the
  smallest ``delivery_id``.
- A row whose key is already in the table replaces the stored row (it is a correction); a row
  whose key is not in the table is inserted. Rows of the table whose key is not in the batch
  stay as they are.
- A batch may hold rows of any week, including weeks that earlier batches loaded (rows that
  arrived late): load all of them.
- Loading the same batch twice leaves the table exactly as after the first time.
- Do not change ``batch``.

Return a dict ``{"inserted": i, "updated": u}``: how many keys were inserted and how many
stored rows were replaced by this call.

Check your work:
    pytest exercises/data-scientist/data-engineering/test_upsert_deliveries.py
The book's page "ETL and ELT: pipelines into a warehouse, by hand and with dbt" shows every
piece.
"""

import duckdb
import pandas as pd

CREATE_TABLE = """
    CREATE TABLE IF NOT EXISTS deliveries (
        delivery_id  BIGINT,
        customer_id  BIGINT,
        week_start   TIMESTAMP,
        status       VARCHAR,
        boxes        BIGINT,
        price_eur    DOUBLE,
        delivered_at TIMESTAMP,
        rating       DOUBLE
    )
"""


def upsert_deliveries(con: duckdb.DuckDBPyConnection, batch: pd.DataFrame) -> dict:
    raise NotImplementedError("write upsert_deliveries")
