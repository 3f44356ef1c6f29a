# Wrong: the week starts dayofweek - 1 days before each date, but dayofweek counts from Sunday.
"""Wrong solution: weekly logins as a PySpark transformation."""

from pyspark.sql import DataFrame
from pyspark.sql import functions as F


def weekly_logins(events: DataFrame) -> DataFrame:
    logins = events.filter(F.col("event_type") == "login")
    day = F.to_date("ts")
    week_start = F.date_sub(day, F.dayofweek(day) - 1)  # back to the first day of the week
    return (
        logins.groupBy(week_start.alias("week_start"))
        .agg(
            F.count("*").alias("logins"),
            F.countDistinct("customer_id").alias("customers"),
        )
        .orderBy("week_start")
    )
