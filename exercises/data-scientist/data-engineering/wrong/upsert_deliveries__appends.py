# Wrong: upsert_deliveries appends every row of the batch, so a rerun duplicates the batch.
"""Wrong solution: an incremental load of deliveries that appends."""

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
    con.execute(CREATE_TABLE)
    con.register("incoming", batch)
    con.execute("INSERT INTO deliveries BY NAME SELECT * FROM incoming")
    con.unregister("incoming")
    return {"inserted": len(batch), "updated": 0}
