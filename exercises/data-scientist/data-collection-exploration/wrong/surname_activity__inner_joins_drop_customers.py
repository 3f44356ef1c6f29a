# Wrong: surname_activity uses inner JOINs, which drop customers without rows.
"""Wrong solution: a parameterized SQL query over Harvest Crate's SQLite database."""

import pandas as pd
from sqlalchemy import Engine, text

# Each one-to-many table is aggregated to one row per customer *before* the join, so the
# deliveries and the tickets of a customer never multiply each other. LEFT JOINs keep the
# customers without deliveries or tickets, and COALESCE turns their NULL into 0.
QUERY = text("""
    SELECT c.customer_id,
           c.name,
           COALESCE(d.boxes, 0) AS boxes,
           COALESCE(t.tickets, 0) AS tickets
    FROM customers AS c
    JOIN (
        SELECT customer_id, SUM(boxes) AS boxes
        FROM deliveries
        WHERE week_start >= :since
        GROUP BY customer_id
    ) AS d ON d.customer_id = c.customer_id
    JOIN (
        SELECT customer_id, COUNT(*) AS tickets
        FROM tickets
        WHERE created_at >= :since
        GROUP BY customer_id
    ) AS t ON t.customer_id = c.customer_id
    WHERE substr(c.name, instr(c.name, ' ') + 1) = :surname
    ORDER BY c.customer_id
""")


def surname_activity(engine: Engine, surname: str, since: str) -> pd.DataFrame:
    with engine.connect() as conn:
        return pd.read_sql(QUERY, conn, params={"surname": surname, "since": since})
