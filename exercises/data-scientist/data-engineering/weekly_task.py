"""Exercise: the logic of an Airflow task, written and tested without Airflow.

The weekly DAG of the book's Airflow page runs every Monday at 06:00 UTC, and each run loads
the delivery week that closed most recently before the run's logical date. A delivery week
runs from Monday 00:00 to the next Monday 00:00, in UTC. Airflow passes the logical date to the
task; the task must derive everything from it, so that a rerun or a backfill of an old run,
which happens today, still loads that run's own week. Write the two functions such a task
needs; neither may read the clock.

``week_for_run(logical_date)`` returns the Monday (a ``datetime.date``) that starts the
latest delivery week that had ended at ``logical_date``. ``logical_date`` is a timezone-aware
``datetime`` in any time zone; a timezone-naive one is ambiguous, so raise ``ValueError``.
Examples:

- Monday 10 March 2025, 06:00 UTC (a scheduled run): 3 March 2025;
- Wednesday 12 March 2025, 15:00 UTC (a manual run): also 3 March 2025;
- Monday 10 March 2025, 00:30 at UTC+01:00, which is Sunday 23:30 UTC: 24 February 2025,
  because in UTC the week of 3 March had not ended yet.

``load_week(lake, logical_date, deliveries)`` is the task itself. ``deliveries`` is a
delivery export (a DataFrame with the columns of ``generate().deliveries``). Take its rows of
the week ``week_for_run(logical_date)``, drop the export duplicates (rows with the same
``customer_id`` and ``week_start``: keep the one with the smallest ``delivery_id``) and write
them as one Parquet file, ``lake / f"week={week}" / "part-0.parquet"`` with the week as
``YYYY-MM-DD``, replacing what an earlier run wrote for that week and leaving everything else
in ``lake`` as it is. Return ``{"week": "YYYY-MM-DD", "rows": number of rows written}``.
Running it twice with the same arguments must leave the same files as running it once.

Check your work:
    pytest exercises/data-scientist/data-engineering/test_weekly_task.py
The book's page "Orchestrating pipelines with Airflow" explains logical dates and idempotent
tasks.
"""

from datetime import date, datetime
from pathlib import Path

import pandas as pd


def week_for_run(logical_date: datetime) -> date:
    raise NotImplementedError("write week_for_run")


def load_week(lake: Path, logical_date: datetime, deliveries: pd.DataFrame) -> dict:
    raise NotImplementedError("write load_week")
