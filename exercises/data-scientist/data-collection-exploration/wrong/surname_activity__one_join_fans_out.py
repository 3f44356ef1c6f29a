# Wrong: surname_activity joins deliveries and tickets in one query, so rows multiply.
"""Wrong solution: a parameterized SQL query over Harvest Crate's SQLite database."""

import pandas as pd
from sqlalchemy import Engine, text

# Each one-to-many table is aggregated to one row per customer *before* the join, so the
# deliveries and the tickets of a customer never multiply each other. LEFT JOINs keep the
# customers without deliveries or tickets, and COALESCE turns their NULL into 0.
QUERY = text("""
    SELECT c.customer_id,
           c.name,
           COALESCE(SUM(d.boxes), 0) AS boxes,
           COUNT(DISTINCT t.ticket_id) AS tickets
    FROM customers AS c
    LEFT JOIN deliveries AS d
        ON d.customer_id = c.customer_id AND d.week_start >= :since
    LEFT JOIN tickets AS t
        ON t.customer_id = c.customer_id AND t.created_at >= :since
    WHERE substr(c.name, instr(c.name, ' ') + 1) = :surname
    GROUP BY c.customer_id, c.name
    ORDER BY c.customer_id
""")


def surname_activity(engine: Engine, surname: str, since: str) -> pd.DataFrame:
    with engine.connect() as conn:
        return pd.read_sql(QUERY, conn, params={"surname": surname, "since": since})
