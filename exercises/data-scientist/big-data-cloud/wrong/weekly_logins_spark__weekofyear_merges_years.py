# Wrong: weeks are grouped by their week number, which is the same in every year.
"""Wrong solution: weekly logins as a PySpark transformation."""

from pyspark.sql import DataFrame
from pyspark.sql import functions as F


def weekly_logins(events: DataFrame) -> DataFrame:
    logins = events.filter(F.col("event_type") == "login")
    week_start = F.to_date(F.date_trunc("week", "ts"))  # date_trunc gives a Monday
    return (
        logins.groupBy(F.weekofyear("ts").alias("week"))
        .agg(
            F.min(week_start).alias("week_start"),
            F.count("*").alias("logins"),
            F.countDistinct("customer_id").alias("customers"),
        )
        .select("week_start", "logins", "customers")
        .orderBy("week_start")
    )
