# Wrong: the function collects the logins to pandas, computes there, and makes a new DataFrame.
"""Wrong solution: weekly logins as a PySpark transformation."""

from pyspark.sql import DataFrame
from pyspark.sql import functions as F


def weekly_logins(events: DataFrame) -> DataFrame:
    logins = events.filter(F.col("event_type") == "login").select("customer_id", "ts")
    frame = logins.toPandas()  # runs a job, and brings every login to the driver
    week = frame["ts"].dt.to_period("W").dt.start_time.dt.date.rename("week_start")
    table = frame.groupby(week)["customer_id"].agg(logins="size", customers="nunique")
    return events.sparkSession.createDataFrame(
        table.reset_index(), schema="week_start date, logins long, customers long"
    ).orderBy("week_start")
