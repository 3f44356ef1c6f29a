"""Exercise: a batch job that scores a partitioned Parquet data set.

``source`` is a folder in the Hive layout, one subfolder per partition, named like
``month=2025-01``. Each partition folder holds one or more Parquet files (``part-0.parquet``,
``part-1.parquet``, ...) whose rows have the columns ``customer_id``, ``as_of`` and the
model's input columns, ``features``. A partition may exist and hold no rows.

Write ``score_partitions(model, features, source, target)``. For every partition folder of
``source`` (every subfolder whose name contains ``=``, in sorted order) it

- reads all the rows of all the folder's Parquet files;
- computes ``model.predict_proba(rows[features])[:, 1]``, the churn probability of each row;
- writes ``target/<the same folder name>/scores.parquet`` with exactly three columns,
  ``customer_id``, ``as_of`` and ``churn_probability`` (float), one row per input row, each
  probability next to the id and date of the row it was computed from;
- for a partition with no rows, does not call the model (scikit-learn models raise on zero
  rows) and still writes ``scores.parquet``, with the three columns and no rows, so that
  readers see the partition.

It returns a dict from folder name to the number of rows written, for example
``{"month=2025-01": 2278, "month=2025-02": 0}``. Create folders as needed.

Check your work:  pytest exercises/mlops/model-deployment/test_partitioned_batch_scorer.py
The book's page "Real-time and batch inference" writes and scores such a data set.
"""

from pathlib import Path

import pandas as pd  # noqa: F401


def score_partitions(model, features: list[str], source: Path, target: Path) -> dict[str, int]:
    raise NotImplementedError("write score_partitions")
