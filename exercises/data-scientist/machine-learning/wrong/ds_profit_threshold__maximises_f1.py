# Wrong: it chooses the threshold with the best F1 score instead of the best expected profit.
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
    y_true = np.asarray(y_true)
    best, best_f1 = float("inf"), 0.0
    for candidate in np.unique(proba)[::-1]:
        send = np.asarray(proba) >= candidate
        true_positives = y_true[send].sum()
        f1 = 2 * true_positives / (send.sum() + y_true.sum())
        if f1 > best_f1:
            best, best_f1 = float(candidate), f1
    if best == float("inf"):
        return best, 0.0
    profit = expected_profit(y_true, proba, best, value_kept, success_rate, voucher_cost)
    return best, profit
