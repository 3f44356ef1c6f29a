"""Tests for the profit-maximizing threshold exercise (ds_profit_threshold.py)."""

import numpy as np
import pytest


@pytest.fixture
def profit(exercise):
    return exercise("ds_profit_threshold")


# Ten customers, sorted by the model's probability; 1 = churned.
PROBA = np.array([0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1, 0.05])


def reference_profit(y, proba, threshold, value, rate, cost):
    send = proba >= threshold
    return rate * value * y[send].sum() - cost * send.sum()


def test_expected_profit_by_hand(profit):
    y = np.array([1, 0, 1, 0, 0])
    proba = np.array([0.9, 0.8, 0.5, 0.5, 0.1])
    # Vouchers to the four customers with proba >= 0.5: two churners are kept with
    # probability 0.5 each (worth 100), and four vouchers cost 10 each: 100 - 40 = 60.
    result = profit.expected_profit(y, proba, 0.5, 100.0, 0.5, 10.0)
    assert isinstance(result, float), "return a Python float"
    assert result == pytest.approx(60.0), (
        "expected 0.5 * 100 * 2 kept churners - 10 * 4 vouchers = 60; check that a "
        "probability equal to the threshold gets a voucher and that every voucher costs"
    )


def test_every_voucher_costs_even_for_customers_who_stay(profit):
    y = np.zeros(5, dtype=int)  # nobody churns
    proba = np.array([0.9, 0.7, 0.6, 0.2, 0.1])
    result = profit.expected_profit(y, proba, 0.6, 300.0, 0.25, 15.0)
    assert result == pytest.approx(-45.0), (
        "three vouchers go to customers who stay: each costs 15 and keeps nobody"
    )


def test_a_probability_equal_to_the_threshold_gets_a_voucher(profit):
    y = np.array([1, 1, 0])
    proba = np.array([0.4, 0.3, 0.3])
    result = profit.expected_profit(y, proba, 0.3, 100.0, 0.5, 10.0)
    assert result == pytest.approx(70.0), "proba >= threshold: all three get a voucher"


def test_a_threshold_above_every_probability_gives_zero(profit):
    y = np.array([1, 0, 1])
    proba = np.array([0.4, 0.3, 0.2])
    assert profit.expected_profit(y, proba, 0.5, 100.0, 0.5, 10.0) == pytest.approx(0.0)


def test_best_threshold_is_the_profit_optimum_not_the_f1_one(profit):
    y = np.array([1, 1, 0, 1, 0, 0, 1, 0, 1, 0])
    # Each churner reached is worth 0.25 * 80 = 20 and a voucher costs 10: thresholds 0.8 and
    # 0.6 both make 20. The best F1 score is at 0.6, 0.3, 0.1 and below.
    threshold, best = profit.best_threshold(y, PROBA, 80.0, 0.25, 10.0)
    assert best == pytest.approx(20.0), "the highest expected profit here is 20"
    assert threshold == pytest.approx(0.8), (
        "0.8 and 0.6 both give the highest profit; return the largest, 0.8. (The F1 score "
        "and recall would prefer lower thresholds: they ignore what a voucher costs.)"
    )


def test_best_threshold_is_the_profit_optimum_not_the_accuracy_one(profit):
    y = np.array([1, 0, 0, 1, 0, 0, 0, 0, 0, 0])
    # A churner reached is worth 50, a voucher costs 10: sending down to 0.6 makes 60.
    # Accuracy is best at 0.9 (one voucher), F1 at 0.9 as well.
    threshold, best = profit.best_threshold(y, PROBA, 100.0, 0.5, 10.0)
    assert (threshold, best) == (pytest.approx(0.6), pytest.approx(60.0)), (
        "sending to the four riskiest customers (threshold 0.6) makes 2 * 50 - 4 * 10 = 60; "
        "accuracy and F1 would stop after the first"
    )


def test_the_largest_probability_is_a_candidate(profit):
    y = np.array([1, 0, 0, 0])
    proba = np.array([0.9, 0.5, 0.4, 0.3])
    threshold, best = profit.best_threshold(y, proba, 100.0, 0.5, 20.0)
    assert threshold == pytest.approx(0.9), (
        "a voucher for the riskiest customer only is the best plan (50 - 20 = 30): every "
        "distinct probability, the largest included, is a candidate"
    )
    assert best == pytest.approx(30.0)


def test_the_candidates_are_the_probabilities_themselves(profit):
    y = np.array([1, 0, 0, 0])
    proba = np.array([0.335, 0.334, 0.2, 0.1])  # the top two fall between steps of 0.01
    threshold, best = profit.best_threshold(y, proba, 100.0, 0.5, 20.0)
    assert (threshold, best) == (pytest.approx(0.335), pytest.approx(30.0)), (
        "the best plan is a voucher for the top customer only (50 - 20 = 30), at the threshold "
        "0.335; search the distinct probabilities, not a fixed grid such as 0.01, 0.02, ..., "
        "whose steps cannot separate 0.335 from 0.334"
    )


def test_a_threshold_that_only_breaks_even_is_not_worth_it(profit):
    y = np.array([1, 0, 0])
    proba = np.array([0.9, 0.5, 0.4])
    # The top customer alone: 0.5 * 40 - 20 = 0; more vouchers lose money.
    threshold, best = profit.best_threshold(y, proba, 40.0, 0.5, 20.0)
    assert threshold == float("inf") and best == 0.0, (
        "the best threshold only breaks even (profit 0), which is no better than sending no "
        "voucher: return (inf, 0.0) unless some profit is above 0"
    )


def test_no_profitable_threshold_means_no_vouchers(profit):
    y = np.zeros(4, dtype=int)
    proba = np.array([0.9, 0.5, 0.4, 0.3])
    threshold, best = profit.best_threshold(y, proba, 100.0, 0.5, 20.0)
    assert threshold == float("inf") and best == 0.0, (
        "when every threshold loses money, return (inf, 0.0): send no voucher"
    )


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_best_threshold_beats_every_threshold_on_random_data(profit, seed):
    rng = np.random.default_rng(seed)
    proba = np.round(rng.beta(1, 8, size=400), 2)  # rounded: many ties
    y = (rng.random(400) < proba).astype(int)
    value, rate, cost = 450.0, 0.25, 15.0
    profits = {t: reference_profit(y, proba, t, value, rate, cost) for t in np.unique(proba)}
    best_value = max(profits.values())
    expected_t = max(t for t, p in profits.items() if p == best_value)
    threshold, best = profit.best_threshold(y, proba, value, rate, cost)
    assert best == pytest.approx(best_value), "not the highest expected profit over the candidates"
    assert threshold == pytest.approx(expected_t), "not the threshold that gives it"
