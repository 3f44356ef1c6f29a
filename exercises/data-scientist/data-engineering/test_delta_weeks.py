"""Tests for the Delta Lake exercise (delta_weeks.py)."""

import pandas as pd
import pytest
from deltalake import DeltaTable

from ai_roadmaps.case_study import clean, generate

WEEKS = [pd.Timestamp(d) for d in ["2025-03-03", "2025-03-10", "2025-03-17"]]


@pytest.fixture(scope="module")
def deliveries():
    return clean(generate(seed=9, n_customers=300)).deliveries


@pytest.fixture
def weeks(deliveries):
    """One slice of the table per week: their index is not 0, 1, 2, ..."""
    return [deliveries[deliveries["week_start"] == week] for week in WEEKS]


@pytest.fixture
def delta(exercise):
    return exercise("delta_weeks")


@pytest.fixture
def path(tmp_path):
    return str(tmp_path / "deliveries")


def content(path, version=None):
    table = DeltaTable(path) if version is None else DeltaTable(path, version=version)
    frame = table.to_pandas()
    for column in frame.columns:  # Delta stores microseconds; pandas uses nanoseconds
        if pd.api.types.is_datetime64_any_dtype(frame[column]):
            frame[column] = frame[column].astype("datetime64[ns]")
    return frame.sort_values(["week_start", "customer_id"]).reset_index(drop=True)


def revenue(*frames):
    rows = pd.concat(frames)
    shipped = rows[rows["boxes"] > 0]
    return shipped.groupby("week_start")["price_eur"].sum().sort_index()


def test_the_first_write_creates_the_table(delta, path, weeks):
    version = delta.write_week(path, weeks[0])
    assert version == 0, "the first write creates the table: its version is 0"
    table = content(path)
    assert list(table.columns) == list(weeks[0].columns), (
        f"the table's columns are {list(table.columns)}: write the rows without their pandas "
        "index (reset_index(drop=True)), or the index becomes a column"
    )
    expected = weeks[0].sort_values(["week_start", "customer_id"]).reset_index(drop=True)
    pd.testing.assert_frame_equal(table, expected, check_dtype=False)


def test_writing_a_week_again_replaces_it(delta, path, weeks):
    delta.write_week(path, weeks[0])
    version = delta.write_week(path, weeks[0])
    assert len(content(path)) == len(weeks[0]), (
        "the week was written twice and the table holds it twice: a rerun must replace the "
        "week (overwrite with a predicate on week_start), not append"
    )
    assert version == 1, "each write is one commit, so the second write makes version 1"


def test_other_weeks_are_left_alone(delta, path, weeks):
    delta.write_week(path, weeks[0])
    delta.write_week(path, weeks[1])
    delta.write_week(path, weeks[0])
    table = content(path)
    assert (table["week_start"] == WEEKS[1]).sum() == len(weeks[1]), (
        "rewriting the week of 3 March removed the week of 10 March: limit the overwrite "
        "to the rows of the week being written"
    )
    assert len(table) == len(weeks[0]) + len(weeks[1])


def test_a_new_column_is_added(delta, path, weeks):
    delta.write_week(path, weeks[0])
    with_carrier = weeks[1].assign(carrier="own fleet")
    delta.write_week(path, with_carrier)
    table = content(path)
    assert "carrier" in table.columns, "a column the table lacks must be added to it"
    first, second = (table[table["week_start"] == week] for week in WEEKS[:2])
    assert first["carrier"].isna().all(), "rows written before the column existed read as missing"
    assert (second["carrier"] == "own fleet").all()
    assert len(table) == len(weeks[0]) + len(weeks[1])


def test_revenue_of_the_latest_version(delta, path, weeks):
    for week in weeks:
        delta.write_week(path, week)
    result = delta.revenue_by_week(path)
    assert result.name == "revenue_eur", "name the Series 'revenue_eur'"
    expected = revenue(*weeks)
    assert list(result.index) == list(expected.index), "one value per week, weeks in order"
    assert result.to_numpy() == pytest.approx(expected.to_numpy()), (
        "revenue: the sum of price_eur over rows with boxes > 0, missing prices skipped"
    )


def test_revenue_as_the_table_was_at_a_version(delta, path, weeks):
    delta.write_week(path, weeks[0])  # version 0
    delta.write_week(path, weeks[1])  # version 1
    repriced = weeks[0].assign(price_eur=weeks[0]["price_eur"] * 2)
    delta.write_week(path, repriced)  # version 2: the first week corrected
    at_1 = delta.revenue_by_week(path, version=1)
    assert at_1.to_numpy() == pytest.approx(revenue(weeks[0], weeks[1]).to_numpy()), (
        "at version 1 the first week still had its original prices: open the table at the "
        "version asked for (DeltaTable(path, version=...)), not the latest"
    )
    at_0 = delta.revenue_by_week(path, version=0)
    assert list(at_0.index) == WEEKS[:1], (
        "version 0 held only the week of 3 March; version=0 must not mean 'the latest' "
        "(0 is falsy: compare the version with None)"
    )
    assert at_0.iloc[0] == pytest.approx(revenue(weeks[0]).iloc[0])
    latest = delta.revenue_by_week(path)
    assert latest.to_numpy() == pytest.approx(revenue(repriced, weeks[1]).to_numpy())
