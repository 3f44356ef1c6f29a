"""Tests for the PySpark weekly logins exercise (weekly_logins_spark.py).

One local Spark session serves every test of this file (starting one takes seconds); its JVM
writes its log to a file in pytest's temporary folder, not to the terminal.
"""

import os
import shutil
from datetime import date, datetime

import pytest
from pyspark import SparkConf, SparkContext
from pyspark.java_gateway import launch_gateway
from pyspark.sql import DataFrame, SparkSession
from pyspark.sql.types import DateType, LongType

from ai_roadmaps.case_study import generate

SCHEMA = "customer_id long, ts timestamp, event_type string"


@pytest.fixture(scope="module")
def spark(tmp_path_factory):
    if not (os.environ.get("JAVA_HOME") or shutil.which("java")):
        pytest.fail("these tests need a Java runtime (17 or 21) for Spark", pytrace=False)
    conf = (
        SparkConf()
        .setMaster("local[1]")
        .setAppName("exercise-weekly-logins")
        .set("spark.driver.host", "127.0.0.1")
        .set("spark.driver.bindAddress", "127.0.0.1")
        .set("spark.ui.enabled", "false")
        .set("spark.ui.showConsoleProgress", "false")
        .set("spark.sql.session.timeZone", "UTC")
        .set("spark.sql.shuffle.partitions", "2")
        .set("spark.sql.execution.arrow.pyspark.enabled", "true")
        .set("spark.driver.extraJavaOptions", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC")
    )
    log = (tmp_path_factory.mktemp("spark") / "driver.log").open("w")
    gateway = launch_gateway(conf, popen_kwargs={"stdout": log, "stderr": log})
    session = SparkSession(SparkContext(conf=conf, gateway=gateway))
    yield session
    session.stop()
    log.close()


def frame(spark, rows):
    return spark.createDataFrame(rows, SCHEMA)


def result_rows(result):
    assert isinstance(result, DataFrame), "weekly_logins returns a Spark DataFrame"
    return [tuple(row) for row in result.collect()]


def test_counts_logins_and_customers_per_week(exercise, spark):
    module = exercise("weekly_logins_spark")
    events = frame(
        spark,
        [
            (1, datetime(2024, 3, 4, 8, 0), "login"),  # Monday
            (1, datetime(2024, 3, 6, 21, 30), "login"),  # the same customer again
            (2, datetime(2024, 3, 10, 23, 59), "login"),  # Sunday: still the same week
            (2, datetime(2024, 3, 11, 0, 1), "login"),  # Monday: the next week
            (3, datetime(2024, 3, 11, 9, 0), "login"),
        ],
    )
    assert result_rows(module.weekly_logins(events)) == [
        (date(2024, 3, 4), 3, 2),
        (date(2024, 3, 11), 2, 2),
    ], (
        "rows (week_start, logins, customers): the week of 4 March has 3 logins by 2 "
        "customers, the week of 11 March 2 logins by 2 customers"
    )


def test_weeks_start_on_monday_and_years_stay_apart(exercise, spark):
    module = exercise("weekly_logins_spark")
    events = frame(
        spark,
        [
            (1, datetime(2024, 1, 2, 10, 0), "login"),  # week of Monday 1 January 2024
            (2, datetime(2024, 12, 29, 18, 0), "login"),  # a Sunday: week of 23 December
            (3, datetime(2024, 12, 30, 7, 0), "login"),  # Monday 30 December 2024 ...
            (4, datetime(2025, 1, 1, 12, 0), "login"),  # ... and its Wednesday, in 2025
        ],
    )
    assert result_rows(module.weekly_logins(events)) == [
        (date(2024, 1, 1), 1, 1),
        (date(2024, 12, 23), 1, 1),
        (date(2024, 12, 30), 2, 2),
    ], (
        "weeks run Monday to Sunday across the new year; the weeks of 1 January 2024 and 30 "
        "December 2024 have the same week number (1) but are different weeks"
    )


def test_other_event_types_do_not_count(exercise, spark):
    module = exercise("weekly_logins_spark")
    events = frame(
        spark,
        [
            (1, datetime(2025, 5, 5, 8, 0), "login"),
            (1, datetime(2025, 5, 5, 8, 1), "browse"),
            (2, datetime(2025, 5, 6, 9, 0), "skip"),
            (3, datetime(2025, 5, 13, 9, 0), "rate"),
        ],
    )
    assert result_rows(module.weekly_logins(events)) == [(date(2025, 5, 5), 1, 1)], (
        "only login events count, and a week without logins has no row"
    )


def test_columns_and_types(exercise, spark):
    module = exercise("weekly_logins_spark")
    events = frame(spark, [(1, datetime(2025, 5, 5, 8, 0), "login")])
    schema = module.weekly_logins(events).schema
    got = [(field.name, type(field.dataType)) for field in schema.fields]
    assert got == [("week_start", DateType), ("logins", LongType), ("customers", LongType)], (
        f"columns week_start (date), logins (long), customers (long); got {got}"
    )


def test_returns_a_plan_without_running_a_job(exercise, spark):
    module = exercise("weekly_logins_spark")
    events = frame(
        spark,
        [
            (1, datetime(2025, 5, 5, 8, 0), "login"),
            (2, datetime(2025, 5, 12, 8, 0), "login"),
        ],
    )
    sc = spark.sparkContext
    sc.setJobGroup("weekly-logins-call", "the call of weekly_logins")
    try:
        result = module.weekly_logins(events)
        jobs = sc.statusTracker().getJobIdsForGroup("weekly-logins-call")
    finally:
        sc.setJobGroup("tests", "the tests themselves")
    assert isinstance(result, DataFrame), "weekly_logins returns a Spark DataFrame"
    assert list(jobs) == [], (
        f"weekly_logins ran {len(jobs)} Spark job(s): build the result with transformations "
        "only (filter, groupBy, agg, orderBy) and leave collect, toPandas, count and show to "
        "the caller"
    )


def test_matches_pandas_on_the_case_study(exercise, spark):
    module = exercise("weekly_logins_spark")
    events = generate(seed=17, n_customers=300).events
    sdf = spark.createDataFrame(events[["customer_id", "ts", "event_type"]])
    got = result_rows(module.weekly_logins(sdf))
    logins = events[events["event_type"] == "login"]
    monday = logins["ts"].dt.to_period("W").dt.start_time.dt.date
    table = logins.groupby(monday)["customer_id"].agg(["size", "nunique"])
    expected = [(week, int(n), int(u)) for week, (n, u) in table.iterrows()]
    assert len(got) == len(expected), f"{len(got)} weeks, expected {len(expected)}"
    assert got == expected, "weekly logins and customers as pandas computes them"
