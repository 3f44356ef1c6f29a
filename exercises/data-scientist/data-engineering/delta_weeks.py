"""Exercise: delivery weeks in a Delta table, with reruns, a new column and time travel.

Write two functions for a Delta Lake table of Harvest Crate's cleaned deliveries, with the
``deltalake`` package (``write_deltalake`` and ``DeltaTable``).

``write_week(path, rows)`` writes the deliveries of one delivery week into the table at
``path`` and returns the table's version number after the write. ``rows`` is a DataFrame
with the columns of ``clean(generate()).deliveries`` (perhaps with more), in which every row
has the same ``week_start``; it is often a slice of a larger table, so its index is not
0, 1, 2, ...

- If there is no table at ``path`` yet, create it.
- Otherwise replace that week: afterwards the table holds exactly ``rows`` for this week,
  and every other week is unchanged. Writing the same rows again leaves the table's content
  as it was (only its version grows).
- If ``rows`` has a column that the table lacks, add it to the table; the rows written
  earlier read as missing in that column.
- The pandas index is not data: the table's columns are the columns of the rows written.

``revenue_by_week(path, version=None)`` returns the revenue of every week as the table was
at ``version`` (the latest version when ``version`` is None): for the rows with
``boxes > 0``, the sum of ``price_eur``, in which a missing price counts as nothing. Return a
pandas Series indexed by ``week_start`` in ascending order and named ``"revenue_eur"``.

Check your work:
    pytest exercises/data-scientist/data-engineering/test_delta_weeks.py
The book's page "Data lakes: partitioned Parquet, Delta Lake and the medallion layout" shows
every piece.
"""

from pathlib import Path

import pandas as pd
from deltalake import DeltaTable, write_deltalake  # noqa: F401 (you need them)


def write_week(path: str | Path, rows: pd.DataFrame) -> int:
    raise NotImplementedError("write write_week")


def revenue_by_week(path: str | Path, version: int | None = None) -> pd.Series:
    raise NotImplementedError("write revenue_by_week")
