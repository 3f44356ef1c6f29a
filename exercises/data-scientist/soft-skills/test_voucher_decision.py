"""Tests for the voucher decision exercise (voucher_decision.py)."""

import numpy as np
import pytest

from ai_roadmaps.case_study import GROSS_MARGIN, VOUCHER_EUR

SUCCESS = 0.42  # share of would-be churners a voucher keeps
# A customer base like Harvest Crate's: mostly low risk, a few high; outcomes drawn from it.
_rng = np.random.default_rng(11)
P_CHURN = _rng.beta(1.0, 12.0, size=3000)
CHURNED = (_rng.random(3000) < P_CHURN).astype(int)
PRICES = np.where(_rng.random(3000) < 0.6, 49.9, 79.9)
VALUES = GROSS_MARGIN * PRICES * 0.95 * 8  # eight weeks of margin
THRESHOLDS = [round(t, 2) for t in np.arange(0.05, 0.96, 0.05)]


@pytest.fixture
def vd(exercise):
    return exercise("voucher_decision")


def profit(send):
    return float(np.sum(np.where(send, CHURNED * SUCCESS * VALUES - VOUCHER_EUR, 0.0)))


def test_a_kept_customer_is_worth_the_margin_not_the_revenue(vd):
    prices = np.array([49.9, 79.9])
    value = vd.value_kept(prices, 8, boxes_per_week=0.95)
    expected = GROSS_MARGIN * prices * 0.95 * 8
    assert np.allclose(value, expected), (
        f"value_kept gives {np.round(value, 2)}, expected {np.round(expected, 2)}: "
        "GROSS_MARGIN x price x boxes per week x weeks; the company keeps only the margin"
    )
    assert np.allclose(vd.value_kept(prices, 4, margin=0.25), 0.25 * prices * 4), (
        "use the margin argument (boxes_per_week defaults to 1)"
    )


def test_the_voucher_is_paid_for_customers_who_would_have_stayed(vd):
    p = np.array([0.0, 0.1, 0.5])
    ev = vd.expected_value(p, SUCCESS, 140.0)
    expected = p * SUCCESS * 140.0 - VOUCHER_EUR
    assert np.allclose(ev, expected), (
        f"expected values {np.round(ev, 2)} for p = {p}, expected {np.round(expected, 2)}: a "
        f"customer who will stay (p = 0) still redeems the EUR {VOUCHER_EUR:.0f} voucher, and "
        "the discount comes out of the margin in full"
    )


def test_send_where_the_expected_value_is_positive(vd):
    p = np.array([0.30, 0.30, 0.20, 0.05])
    value = np.array([100.0, 200.0, 200.0, 900.0])
    send = np.asarray(vd.send_voucher(p, SUCCESS, value))
    expected = p * SUCCESS * value > VOUCHER_EUR  # [False, True, True, True]
    assert send.dtype == bool, "return a boolean array"
    assert send.tolist() == expected.tolist(), (
        f"send {send.tolist()}, expected {expected.tolist()}: send when p x s x V > C; "
        "a customer's break-even probability is C / (s V), lower for a more valuable customer"
    )


def test_realized_profit_counts_every_voucher_sent(vd):
    send = P_CHURN >= 0.2
    result = vd.realized_profit(send, CHURNED, SUCCESS, VALUES)
    assert isinstance(result, float), "return a float"
    assert result == pytest.approx(profit(send)), (
        f"realized profit {result:,.2f}, expected {profit(send):,.2f}: each of the "
        f"{send.sum()} vouchers costs EUR {VOUCHER_EUR:.0f}, and each of the "
        f"{np.sum(send & (CHURNED == 1))} churners among them is kept with probability s"
    )
    assert vd.realized_profit(np.zeros(3000, dtype=bool), CHURNED, SUCCESS, VALUES) == 0, (
        "sending nothing costs and gains nothing"
    )


def test_the_threshold_is_chosen_by_profit_not_accuracy(vd):
    profits = [profit(P_CHURN >= t) for t in THRESHOLDS]
    accuracy = [np.mean((P_CHURN >= t) == CHURNED) for t in THRESHOLDS]
    best = THRESHOLDS[int(np.argmax(profits))]
    assert THRESHOLDS[int(np.argmax(accuracy))] != best  # the data must tell the two apart
    threshold, result = vd.best_threshold(P_CHURN, CHURNED, THRESHOLDS, SUCCESS, VALUES)
    assert threshold == pytest.approx(best), (
        f"threshold {threshold} gives EUR {profit(P_CHURN >= threshold):,.0f}; the best is "
        f"{best} with EUR {max(profits):,.0f}. Choose by realized profit, with every cost in "
        "it: the most accurate rule sends (almost) no vouchers"
    )
    assert result == pytest.approx(max(profits)), "return the best threshold's profit with it"
