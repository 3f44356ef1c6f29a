"""Reference solution: an idempotent, incremental load of deliveries into DuckDB."""

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

UPSERT = """
    MERGE INTO deliveries
    USING (
        SELECT * FROM incoming
        QUALIFY row_number() OVER (
            PARTITION BY customer_id, week_start ORDER BY delivery_id) = 1
    ) AS batch
    ON deliveries.customer_id = batch.customer_id
       AND deliveries.week_start = batch.week_start
    WHEN MATCHED THEN UPDATE SET
        delivery_id = batch.delivery_id, status = batch.status, boxes = batch.boxes,
        price_eur = batch.price_eur, delivered_at = batch.delivered_at,
        rating = batch.rating
    WHEN NOT MATCHED THEN INSERT BY NAME
    RETURNING merge_action
"""


def upsert_deliveries(con: duckdb.DuckDBPyConnection, batch: pd.DataFrame) -> dict:
    con.execute(CREATE_TABLE)
    con.register("incoming", batch)
    con.execute("BEGIN TRANSACTION")
    try:
        actions = [row[0] for row in con.execute(UPSERT).fetchall()]
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    finally:
        con.unregister("incoming")
    return {"inserted": actions.count("INSERT"), "updated": actions.count("UPDATE")}
