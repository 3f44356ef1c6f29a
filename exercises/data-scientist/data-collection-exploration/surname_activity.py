"""Exercise: a parameterized SQL query over Harvest Crate's SQLite database.

Write ``surname_activity(engine, surname, since)``. ``engine`` is a SQLAlchemy engine for a
database written by ``ai_roadmaps.case_study.write_sqlite`` (tables customers, deliveries and
tickets, among others). Names in it are a first name, one space, and a surname, and surnames can
hold spaces and apostrophes: "Rafael de Vries", "Pia O'Brien".

Return a pandas DataFrame with one row for every customer whose surname is exactly ``surname``
(the whole of the name after its first space), ordered by customer_id, with the columns:

- ``customer_id`` and ``name``;
- ``boxes``: the sum of ``deliveries.boxes`` over that customer's deliveries with
  ``week_start >= since``, and 0 when there are none;
- ``tickets``: the number of that customer's tickets with ``created_at >= since``, and 0 when
  there are none.

``since`` is an ISO date such as "2025-01-01"; the database stores dates and timestamps as ISO
text, so comparing them with it as text is correct. Count every row as stored (this exercise is
about the query, not about cleaning). Do the filtering, joining and counting in SQL, and pass
``surname`` and ``since`` as bind parameters: never paste them into the SQL string.

Check your work:
    pytest exercises/data-scientist/data-collection-exploration/test_surname_activity.py
The book's page "Databases: SQL from Python, safely, and DuckDB over files" shows every piece.
"""

import pandas as pd
from sqlalchemy import Engine


def surname_activity(engine: Engine, surname: str, since: str) -> pd.DataFrame:
    raise NotImplementedError("write surname_activity")
