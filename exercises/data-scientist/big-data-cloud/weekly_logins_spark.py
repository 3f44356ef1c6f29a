"""Exercise: weekly logins as a PySpark transformation.

Write ``weekly_logins(events)``. ``events`` is a Spark DataFrame with at least the columns
``customer_id`` (long), ``ts`` (timestamp) and ``event_type`` (string), like Harvest Crate's
event log. Return a DataFrame with one row for every week that has at least one login, and
these columns:

- ``week_start`` (date): the Monday of the week; weeks run from Monday to Sunday;
- ``logins`` (long): the number of events of type ``login`` in that week;
- ``customers`` (long): the number of different customers with a login in that week;

ordered by ``week_start``. Events of other types do not count.

Return the result as a transformation, without running a Spark job: no ``collect``,
``toPandas``, ``count`` or ``show`` inside the function. The caller decides when it runs
(and Spark can then plan it together with what the caller does next). Use the session the
DataFrame belongs to; do not create one.

Check your work:
    pytest exercises/data-scientist/big-data-cloud/test_weekly_logins_spark.py
The tests start one local Spark session for all of them, which takes a few seconds. The
book's page "Spark: DataFrames, lazy plans and partitions" computes the same table.
"""

from pyspark.sql import DataFrame
from pyspark.sql import functions as F  # noqa: F401  (the functions you will need)


def weekly_logins(events: DataFrame) -> DataFrame:
    raise NotImplementedError("write weekly_logins")
