# Wrong: counts only the margin share of the voucher as its cost, though the discount is all margin.
"""Wrong solution: whom to send the retention voucher, decided by expected value."""

import numpy as np

from ai_roadmaps.case_study import GROSS_MARGIN, VOUCHER_EUR


def value_kept(price_per_box, weeks_kept, boxes_per_week=1.0, margin=GROSS_MARGIN):
    return margin * np.asarray(price_per_box, dtype=float) * boxes_per_week * weeks_kept


def expected_value(p_churn, success_rate, value, voucher=VOUCHER_EUR):
    return np.asarray(p_churn, dtype=float) * success_rate * value - GROSS_MARGIN * voucher


def send_voucher(p_churn, success_rate, value, voucher=VOUCHER_EUR):
    return expected_value(p_churn, success_rate, value, voucher) > 0


def realized_profit(send, churned, success_rate, value, voucher=VOUCHER_EUR) -> float:
    send = np.asarray(send, dtype=bool)
    churned = np.asarray(churned, dtype=float)
    per_customer = churned * success_rate * value - GROSS_MARGIN * voucher
    return float(np.sum(np.where(send, per_customer, 0.0)))


def best_threshold(p_churn, churned, thresholds, success_rate, value, voucher=VOUCHER_EUR):
    p_churn = np.asarray(p_churn, dtype=float)
    best, best_profit = None, -np.inf
    for threshold in thresholds:
        profit = realized_profit(p_churn >= threshold, churned, success_rate, value, voucher)
        if profit > best_profit:
            best, best_profit = threshold, profit
    return best, best_profit
