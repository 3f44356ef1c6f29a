"""Tests for the parameterized SQL exercise (surname_activity.py)."""

import pandas as pd
import pytest
from sqlalchemy import create_engine

from ai_roadmaps.case_study import generate, write_sqlite


@pytest.fixture(scope="module")
def case():
    return generate(seed=5, n_customers=600)


@pytest.fixture(scope="module")
def engine(case, tmp_path_factory):
    path = write_sqlite(case, tmp_path_factory.mktemp("db") / "harvest.db")
    return create_engine(f"sqlite:///{path}")


def expected(case, surname, since):
    """What the query must return, computed with pandas from the same tables."""
    people = case.customers[case.customers["name"].str.split(" ", n=1).str[1] == surname]
    since = pd.Timestamp(since)
    deliveries = case.deliveries[case.deliveries["week_start"] >= since]
    tickets = case.tickets[case.tickets["created_at"] >= since]
    out = people[["customer_id", "name"]].sort_values("customer_id").reset_index(drop=True)
    out["boxes"] = out["customer_id"].map(deliveries.groupby("customer_id")["boxes"].sum())
    out["tickets"] = out["customer_id"].map(tickets.groupby("customer_id").size())
    return out.fillna({"boxes": 0, "tickets": 0}).astype({"boxes": int, "tickets": int})


def run(exercise, engine, surname, since):
    result = exercise("surname_activity").surname_activity(engine, surname, since)
    assert isinstance(result, pd.DataFrame), "return a pandas DataFrame"
    assert list(result.columns) == ["customer_id", "name", "boxes", "tickets"], (
        "the columns must be customer_id, name, boxes, tickets"
    )
    return result.reset_index(drop=True)


def same(result, wanted, what):
    assert result["customer_id"].tolist() == wanted["customer_id"].tolist(), (
        f"{what}: not the right customers (one row per customer with that surname, "
        "ordered by customer_id)"
    )
    for column in ["boxes", "tickets"]:
        assert result[column].astype(int).tolist() == wanted[column].tolist(), (
            f"{what}: column {column!r} is wrong"
        )


def test_a_surname_with_an_apostrophe(exercise, engine, case):
    result = run(exercise, engine, "O'Brien", "2024-06-01")
    same(
        result,
        expected(case, "O'Brien", "2024-06-01"),
        "O'Brien (an apostrophe inside the value needs a bind parameter)",
    )


def test_input_that_would_inject_sql_finds_nobody(exercise, engine):
    result = run(exercise, engine, "nobody' OR '1'='1", "2024-01-01")
    assert len(result) == 0, (
        f"a surname that nobody has returned {len(result)} rows: the value was pasted "
        "into the SQL, where it became a condition; pass it as a bind parameter"
    )


def test_deliveries_and_tickets_do_not_multiply(exercise, engine, case):
    wanted = expected(case, "Ziegler", "2025-01-01")
    assert (wanted["tickets"] >= 2).any()  # the data can catch a fan-out join
    result = run(exercise, engine, "Ziegler", "2025-01-01")
    assert result["boxes"].astype(int).tolist() == wanted["boxes"].tolist(), (
        "boxes are too high for customers with several tickets: joining deliveries and "
        "tickets to customers in one query repeats each delivery once per ticket; "
        "aggregate each table per customer before joining"
    )
    same(result, wanted, "Ziegler since 2025")


def test_customers_without_tickets_or_deliveries_get_zero(exercise, engine, case):
    wanted = expected(case, "Walsh", "2025-03-01")
    assert (wanted["tickets"] == 0).any() and (wanted["boxes"] == 0).any()
    result = run(exercise, engine, "Walsh", "2025-03-01")
    assert len(result) == len(wanted), (
        "customers with no tickets or no deliveries since the date are missing: an inner "
        "JOIN drops them; use LEFT JOIN and COALESCE(..., 0)"
    )
    same(result, wanted, "Walsh since March 2025")


def test_since_is_applied_to_both_tables(exercise, engine, case):
    early = run(exercise, engine, "Gruber", "2024-01-01")
    late = run(exercise, engine, "Gruber", "2025-06-01")
    same(early, expected(case, "Gruber", "2024-01-01"), "Gruber since 2024")
    same(late, expected(case, "Gruber", "2025-06-01"), "Gruber since June 2025")


def test_a_surname_with_a_space(exercise, engine, case):
    result = run(exercise, engine, "de Vries", "2024-01-01")
    same(result, expected(case, "de Vries", "2024-01-01"), "de Vries")
