"""Tests for the pandera checks exercise (customer_checks.py)."""

import pandas as pd
import pandera.pandas as pa
import pytest

from ai_roadmaps.case_study import REGIONS, clean, generate


@pytest.fixture(scope="module")
def case():
    return generate(seed=17, n_customers=400)


@pytest.fixture(scope="module")
def tidy(case):
    return clean(case).customers


@pytest.fixture
def checks(exercise):
    return exercise("customer_checks")


def with_value(frame, column, value, row=5):
    """A copy of the table with one value changed (the column keeps its dtype if it can)."""
    changed = frame.copy()
    changed[column] = changed[column].astype(object) if value is None else changed[column]
    changed.loc[changed.index[row], column] = value
    return changed


def test_every_clean_row_passes_unchanged(checks, tidy):
    assert tidy["age"].isna().any(), "test data: some clean customers have no age"
    try:
        validated = checks.customer_schema().validate(tidy.copy(), lazy=True)
    except pa.errors.SchemaErrors as errors:
        cases = errors.failure_cases
        failed = sorted({f"{c}: {k}" for c, k in zip(cases["column"], cases["check"], strict=True)})
        pytest.fail(
            f"clean customers failed these checks: {failed}; a clean table, with "
            "missing ages among its rows, must pass"
        )
    pd.testing.assert_frame_equal(validated, tidy, obj="the validated clean table")


def test_splitting_a_clean_table_rejects_nothing(checks, tidy):
    valid, rejected = checks.split_customers(tidy.copy())
    pd.testing.assert_frame_equal(valid, tidy, obj="valid (every clean row)")
    assert len(rejected) == 0, f"{len(rejected)} clean rows were rejected"
    assert "reason" in rejected.columns, "rejected needs a 'reason' column, even when empty"


DIRTY = [
    ("region", " North"),
    ("region", "NORTH"),
    ("region", "north "),
    ("region", "N."),
    ("region", "Centre"),
    ("age", 0.0),
    ("age", 999.0),
    ("age", 17.0),
    ("age", 101.0),
    ("plan", "3-person"),
    ("channel", "radio"),
    ("household_size", 0),
    ("email", None),
]


@pytest.mark.parametrize(("column", "value"), DIRTY, ids=lambda v: repr(v))
def test_each_dirty_value_is_rejected(checks, tidy, column, value):
    dirty = with_value(tidy, column, value)
    with pytest.raises(pa.errors.SchemaErrors):
        checks.customer_schema().validate(dirty, lazy=True)
    valid, rejected = checks.split_customers(dirty)
    bad = dirty.index[5]
    assert list(rejected.index) == [bad], (
        f"{column} = {value!r} must fail a check: only the row with it is rejected, "
        "without repairing the value first"
    )
    assert rejected.loc[bad, column] == value or value is None, "keep the value as it arrived"
    assert isinstance(rejected.loc[bad, "reason"], str) and rejected.loc[bad, "reason"], (
        "give each rejected row a non-empty reason"
    )
    assert len(valid) == len(dirty) - 1 and bad not in valid.index


def test_a_duplicated_customer_id_rejects_every_copy(checks, tidy):
    dirty = tidy.copy()
    dirty.loc[dirty.index[7], "customer_id"] = dirty.loc[dirty.index[3], "customer_id"]
    valid, rejected = checks.split_customers(dirty)
    assert sorted(rejected.index) == sorted([dirty.index[3], dirty.index[7]]), (
        "two rows share a customer_id: reject both (report_duplicates='all', pandera's "
        "default), since nobody can tell which one is right"
    )
    assert len(valid) + len(rejected) == len(dirty)


def test_a_column_of_the_wrong_dtype_rejects_the_table(checks, tidy):
    halves = tidy.assign(household_size=tidy["household_size"] + 0.5)
    with pytest.raises(pa.errors.SchemaErrors):
        checks.split_customers(halves)
    ints_as_floats = tidy.assign(household_size=tidy["household_size"].astype(float))
    with pytest.raises(pa.errors.SchemaErrors):
        checks.customer_schema().validate(ints_as_floats, lazy=True)


def test_no_value_is_converted(checks, tidy):
    halves = tidy.assign(household_size=tidy["household_size"] + 0.5)
    try:
        validated = checks.customer_schema().validate(halves, lazy=True)
    except pa.errors.SchemaErrors:
        return
    pytest.fail(
        "household sizes of 1.5, 2.5, ... passed, and came back as "
        f"{validated['household_size'].head(3).tolist()}: a schema that coerces turns a bad "
        "column into silently wrong numbers; do not use coerce=True"
    )


def test_a_missing_column_cannot_be_split(checks, tidy):
    with pytest.raises(pa.errors.SchemaErrors):
        checks.split_customers(tidy.drop(columns=["plan"]))


def test_the_raw_export_is_split_into_clean_and_dirty_rows(checks, case):
    raw = case.customers
    dirty = ~raw["region"].isin(REGIONS) | raw["age"].isin([0, 999])
    valid, rejected = checks.split_customers(raw.copy())
    assert sorted(rejected.index) == sorted(raw.index[dirty]), (
        f"the raw table has {int(dirty.sum())} customers with a misspelled region or an age "
        f"stand-in; {len(rejected)} were rejected"
    )
    assert sorted(valid.index) == sorted(raw.index[~dirty])
