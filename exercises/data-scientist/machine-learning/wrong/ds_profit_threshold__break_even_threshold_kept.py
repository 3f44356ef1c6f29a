# Wrong: when the best threshold only breaks even (profit 0), it returns it instead of inf.
"""A wrong solution: the voucher threshold that maximizes expected profit."""

import numpy as np


def expected_profit(
    y_true: np.ndarray,
    proba: np.ndarray,
    threshold: float,
    value_kept: float,
    success_rate: float,
    voucher_cost: float,
) -> float:
    """Return the expected profit in EUR of a voucher for every customer with proba >= threshold."""
    y_true = np.asarray(y_true)
    send = np.asarray(proba) >= threshold
    kept = success_rate * y_true[send].sum()
    return float(kept * value_kept - voucher_cost * send.sum())


def best_threshold(
    y_true: np.ndarray,
    proba: np.ndarray,
    value_kept: float,
    success_rate: float,
    voucher_cost: float,
) -> tuple[float, float]:
    """Return (threshold, profit): the candidate threshold with the highest expected profit."""
    candidates = np.unique(proba)[::-1]  # largest first, so argmax keeps the largest of ties
    profits = [
        expected_profit(y_true, proba, c, value_kept, success_rate, voucher_cost)
        for c in candidates
    ]
    best = int(np.argmax(profits))
    if profits[best] < 0:  # every threshold loses money: send no voucher
        return float("inf"), 0.0
    return float(candidates[best]), float(profits[best])
