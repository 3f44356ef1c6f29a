# Wrong: it charges the voucher only for the churners who get one, not for every voucher sent.
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
    return float(kept * value_kept - voucher_cost * y_true[send].sum())


def best_threshold(
    y_true: np.ndarray,
    proba: np.ndarray,
    value_kept: float,
    success_rate: float,
    voucher_cost: float,
) -> tuple[float, float]:
    """Return (threshold, profit): the candidate threshold with the highest expected profit."""
    best, best_profit = float("inf"), 0.0
    for candidate in np.unique(proba)[::-1]:  # largest first, so ties keep the largest
        profit = expected_profit(y_true, proba, candidate, value_kept, success_rate, voucher_cost)
        if profit > best_profit:
            best, best_profit = float(candidate), profit
    return best, best_profit
