# Wrong: customers counts the login rows, not the different customers among them.
"""Wrong solution: weekly logins as a PySpark transformation."""

from pyspark.sql import DataFrame
from pyspark.sql import functions as F


def weekly_logins(events: DataFrame) -> DataFrame:
    logins = events.filter(F.col("event_type") == "login")
    week_start = F.to_date(F.date_trunc("week", "ts"))  # date_trunc gives a Monday
    return (
        logins.groupBy(week_start.alias("week_start"))
        .agg(
            F.count("*").alias("logins"),
            F.count("customer_id").alias("customers"),
        )
        .orderBy("week_start")
    )
