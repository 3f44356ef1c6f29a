"""Tests for the Airflow-free task exercise (weekly_task.py)."""

import os
from datetime import UTC, date, datetime, timedelta, timezone

import pandas as pd
import pytest

from ai_roadmaps.case_study import generate

BERLIN_WINTER = timezone(timedelta(hours=1))
PACIFIC_SUMMER = timezone(timedelta(hours=-7))


@pytest.fixture
def task(exercise):
    return exercise("weekly_task")


@pytest.mark.parametrize(
    ("logical_date", "week"),
    [
        (datetime(2025, 3, 10, 6, 0, tzinfo=UTC), date(2025, 3, 3)),
        (datetime(2025, 3, 17, 6, 0, tzinfo=UTC), date(2025, 3, 10)),
        (datetime(2024, 1, 15, 6, 0, tzinfo=UTC), date(2024, 1, 8)),
    ],
    ids=["10-march", "17-march", "a-backfill-in-2024"],
)
def test_a_scheduled_run_loads_the_week_that_just_closed(task, logical_date, week):
    result = task.week_for_run(logical_date)
    assert type(result) is date, f"return a datetime.date, not {type(result).__name__}"
    assert result == week, (
        f"the run of {logical_date:%a %d %b %Y %H:%M} UTC loads the week that started on "
        f"{week:%a %d %b %Y}, not {result}; derive it from the logical date, never the clock"
    )


@pytest.mark.parametrize(
    ("logical_date", "week"),
    [
        (datetime(2025, 3, 12, 15, 0, tzinfo=UTC), date(2025, 3, 3)),
        (datetime(2025, 3, 16, 23, 59, tzinfo=UTC), date(2025, 3, 3)),
        (datetime(2025, 3, 17, 0, 0, tzinfo=UTC), date(2025, 3, 10)),
    ],
    ids=["wednesday", "sunday-night", "monday-midnight"],
)
def test_a_manual_run_on_any_day_loads_a_whole_closed_week(task, logical_date, week):
    result = task.week_for_run(logical_date)
    assert result == week, (
        f"a run at {logical_date:%a %d %b %H:%M} UTC loads the last week that had ended by "
        f"then, which started on Monday {week:%d %b}; got {result} (a week starts on a "
        "Monday: subtracting seven days only works for runs on Mondays)"
    )


@pytest.mark.parametrize(
    ("logical_date", "week"),
    [
        (datetime(2025, 3, 10, 0, 30, tzinfo=BERLIN_WINTER), date(2025, 2, 24)),
        (datetime(2025, 3, 16, 20, 0, tzinfo=PACIFIC_SUMMER), date(2025, 3, 10)),
    ],
    ids=["berlin-00-30-is-sunday-in-utc", "pacific-sunday-is-monday-in-utc"],
)
def test_the_week_is_decided_in_utc(task, logical_date, week):
    result = task.week_for_run(logical_date)
    in_utc = logical_date.astimezone(UTC)
    assert result == week, (
        f"{logical_date.isoformat()} is {in_utc:%a %d %b %H:%M} in UTC, so the week to load "
        f"started on {week}, not {result}: convert the logical date to UTC first"
    )


def test_a_naive_datetime_is_refused(task):
    try:
        result = task.week_for_run(datetime(2025, 3, 10, 6, 0))
    except ValueError:
        return
    pytest.fail(
        f"datetime(2025, 3, 10, 6, 0) has no time zone, so the moment it means is unknown; "
        f"raise ValueError instead of guessing (you returned {result})"
    )


@pytest.fixture(scope="module")
def deliveries():
    rows = generate(seed=13, n_customers=300).deliveries
    duplicate = rows[rows["week_start"] == "2025-03-03"].iloc[[4]]
    duplicate = duplicate.assign(delivery_id=rows["delivery_id"].max() + 1)
    return pd.concat([rows, duplicate], ignore_index=True)  # an export duplicate


def expected_rows(deliveries, week):
    rows = deliveries[deliveries["week_start"] == pd.Timestamp(week)]
    return rows.sort_values("delivery_id").drop_duplicates(["customer_id", "week_start"])


def partition(lake, week):
    folder = lake / f"week={week}"
    assert folder.is_dir(), f"no folder week={week} in the lake, which holds {os.listdir(lake)}"
    files = sorted(p.name for p in folder.iterdir())
    frame = pd.read_parquet(folder).sort_values("delivery_id").reset_index(drop=True)
    return files, frame


def test_load_week_writes_the_week_once(task, tmp_path, deliveries):
    result = task.load_week(tmp_path, datetime(2025, 3, 10, 6, 0, tzinfo=UTC), deliveries)
    truth = expected_rows(deliveries, "2025-03-03")
    assert result == {"week": "2025-03-03", "rows": len(truth)}, (
        f"expected {{'week': '2025-03-03', 'rows': {len(truth)}}} (one row per customer and "
        f"week: the export holds a duplicate), got {result}"
    )
    files, frame = partition(tmp_path, "2025-03-03")
    assert files == ["part-0.parquet"], f"write one file, part-0.parquet, not {files}"
    pd.testing.assert_frame_equal(frame, truth.reset_index(drop=True), check_dtype=False)


def test_running_the_task_twice_leaves_the_same_files(task, tmp_path, deliveries):
    when = datetime(2025, 3, 10, 6, 0, tzinfo=UTC)
    task.load_week(tmp_path, when, deliveries)
    task.load_week(tmp_path, when, deliveries)  # the retry
    files, frame = partition(tmp_path, "2025-03-03")
    assert files == ["part-0.parquet"] and len(frame) == len(
        expected_rows(deliveries, "2025-03-03")
    ), (
        f"after a rerun the week's folder holds {files} with {len(frame)} rows: replace "
        "part-0.parquet instead of adding a file"
    )


def test_a_backfill_writes_each_week_and_touches_no_other(task, tmp_path, deliveries):
    mondays = [datetime(2025, 3, day, 6, 0, tzinfo=UTC) for day in (24, 10, 17)]
    for when in mondays + mondays[:1]:  # in any order, and one of them again
        task.load_week(tmp_path, when, deliveries)
    folders = sorted(p.name for p in tmp_path.iterdir())
    assert folders == ["week=2025-03-03", "week=2025-03-10", "week=2025-03-17"], (
        f"three runs, three weeks; the lake holds {folders}"
    )
    for week in ["2025-03-03", "2025-03-10", "2025-03-17"]:
        files, frame = partition(tmp_path, week)
        assert len(frame) == len(expected_rows(deliveries, week)), f"week {week}"
