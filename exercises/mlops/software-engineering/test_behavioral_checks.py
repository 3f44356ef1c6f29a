"""Tests for the behavioral checks exercise (behavioral_checks.py).

The checks run against the case's churn model, trained on a smaller Harvest Crate, and
against planted buggy models: wrappers around it whose probabilities move a little with
the customer's id or name, or fall with late boxes for some customers only.
"""

import numpy as np
import pandas as pd
import pytest

from ai_roadmaps.case_study import churn_snapshots, generate, train_churn_model

IDENTITY = ["customer_id", "name", "email"]


@pytest.fixture(scope="module")
def model():
    return train_churn_model(generate(n_customers=2000, seed=7))[0]


@pytest.fixture(scope="module")
def base(model):
    """January 2025's customers with names; risks between 0.01 and 0.4, so that a shift
    of 0.002 neither leaves [0, 1] nor changes a predicted label. The first row is a
    customer in the central region with no late boxes."""
    data = generate(n_customers=2000, seed=7)
    people = data.customers[["customer_id", "name", "email"]]
    X = churn_snapshots(data, ["2025-01-01"]).merge(people, on="customer_id")
    risk = model.predict_proba(X)[:, 1]
    X = X[(risk > 0.01) & (risk < 0.4)]
    return X.sort_values(["region", "late_8w", "customer_id"]).reset_index(drop=True)


@pytest.fixture
def customers(base):
    return base.copy()  # a fresh copy per test, so one test's changes cannot leak


class Planted:
    """A model with a planted bug, built around the good model."""

    classes_ = np.array([0, 1])

    def __init__(self, model):
        self.model = model

    def risk(self, X):
        raise NotImplementedError

    def predict_proba(self, X):
        risk = self.risk(X)
        return np.column_stack([1 - risk, risk])

    def predict(self, X):
        return (self.predict_proba(X)[:, 1] >= 0.5).astype(int)


class UsesTheId(Planted):
    """customer_id leaked into the features: each risk moves by at most 0.002."""

    def risk(self, X):
        shift = 0.001 * (X["customer_id"].to_numpy() % 5 - 2)
        return self.model.predict_proba(X)[:, 1] + shift


class UsesTheName(Planted):
    """A feature built from the name: longer names churn a little more."""

    def risk(self, X):
        shift = 0.0002 * (X["name"].str.len().to_numpy() - 12)
        return self.model.predict_proba(X)[:, 1] + shift


class LateHelpsInTheEast(Planted):
    """The east's late boxes enter the model with the wrong sign."""

    def risk(self, X):
        seen = X.copy()
        east = seen["region"] == "east"
        seen.loc[east, "late_8w"] = -seen.loc[east, "late_8w"]
        return self.model.predict_proba(seen)[:, 1]


class LateHelpsAfterTwo(Planted):
    """A bucketing bug: beyond two late boxes, more late boxes look better."""

    def risk(self, X):
        seen = X.copy()
        late = seen["late_8w"]
        seen["late_8w"] = late.where(late <= 2, 4 - late)
        return self.model.predict_proba(seen)[:, 1]


def rejects(check, *args) -> str | None:
    """The message of the AssertionError the check raised, or None if it passed."""
    try:
        check(*args)
    except AssertionError as error:
        return str(error) or "(no message)"
    return None


def test_the_good_model_keeps_its_risk_when_identities_change(exercise, model, customers):
    exercise("behavioral_checks").check_invariance(model, customers, IDENTITY)


def test_a_model_that_uses_the_id_is_caught(exercise, model, customers):
    check = exercise("behavioral_checks").check_invariance
    message = rejects(check, UsesTheId(model), customers, ["customer_id"])
    assert message is not None, (
        "a model whose churn probabilities move by up to 0.002 with customer_id passed "
        "your check: compare predict_proba row by row, not labels or the average"
    )
    assert "customer_id" in message, f"name the column in the message: {message!r}"


def test_a_model_that_uses_the_name_is_caught(exercise, model, customers):
    check = exercise("behavioral_checks").check_invariance
    message = rejects(check, UsesTheName(model), customers, ["customer_id", "name"])
    assert message is not None, (
        "a model whose probabilities move with the length of the name passed your check "
        "of ['customer_id', 'name']: check every column of the list, row by row"
    )
    assert "name" in message, f"name the column in the message: {message!r}"


@pytest.mark.parametrize("column", ["late_8w", "failed_8w", "tickets_8w"])
def test_the_good_model_never_gets_safer_with_more_trouble(exercise, model, customers, column):
    exercise("behavioral_checks").check_direction(model, customers, column, 1)


def test_the_case_model_is_caught_getting_safer_when_prices_rise(exercise, model, customers):
    message = rejects(
        exercise("behavioral_checks").check_direction,
        model,
        customers,
        "price_per_box_eur",
        1.0,
    )
    assert message is not None, (
        "the case's model lowers every customer's risk when the price rises by 1 EUR, "
        "and your check passed it"
    )
    assert "price_per_box_eur" in message, f"name the column in the message: {message!r}"


@pytest.mark.parametrize(
    "planted", [LateHelpsInTheEast, LateHelpsAfterTwo], ids=["east", "after-two"]
)
def test_a_model_that_gets_safer_for_some_customers_is_caught(exercise, model, customers, planted):
    message = rejects(
        exercise("behavioral_checks").check_direction,
        planted(model),
        customers,
        "late_8w",
        1,
    )
    assert message is not None, (
        f"{planted.__doc__} Your check passed it: the risk falls for some customers "
        "only, so check every customer, not one row or the average"
    )
    assert "late_8w" in message, f"name the column in the message: {message!r}"


def test_the_checks_leave_the_callers_frame_alone(exercise, model, customers):
    module = exercise("behavioral_checks")
    before = customers.copy()
    module.check_invariance(model, customers, IDENTITY)
    module.check_direction(model, customers, "late_8w", 1)
    pd.testing.assert_frame_equal(customers, before, obj="X after the checks")
