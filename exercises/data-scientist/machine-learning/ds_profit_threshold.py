"""Exercise: the voucher threshold that maximizes expected profit.

A churn model gives every customer a probability of cancelling within 30 days. Marketing sends a
retention voucher to every customer whose probability is at or above a threshold. Write the
expected profit of a threshold on customers whose outcome is known, and the search for the best
threshold, with NumPy.

Check your work:  pytest exercises/data-scientist/machine-learning/test_ds_profit_threshold.py
The book's page "Classification: the churn model" explains the arithmetic.
"""

import numpy as np


def expected_profit(
    y_true: np.ndarray,
    proba: np.ndarray,
    threshold: float,
    value_kept: float,
    success_rate: float,
    voucher_cost: float,
) -> float:
    """Return the expected profit in EUR of a voucher for every customer with proba >= threshold.

    - y_true holds 1 for a customer who churned and 0 for one who stayed; proba holds the
      model's churn probabilities, in the same order.
    - A customer gets a voucher when proba >= threshold (a probability equal to the threshold
      gets one).
    - Every voucher sent costs voucher_cost, whether the customer would have churned or not.
    - A churner who gets a voucher is kept with probability success_rate, and a kept customer is
      worth value_kept, so each such churner adds success_rate * value_kept in expectation.
    - A customer without a voucher adds nothing (the profit is measured against sending none).
    Return a Python float.
    """
    raise NotImplementedError("write expected_profit")


def best_threshold(
    y_true: np.ndarray,
    proba: np.ndarray,
    value_kept: float,
    success_rate: float,
    voucher_cost: float,
) -> tuple[float, float]:
    """Return (threshold, profit): the candidate threshold with the highest expected profit.

    - The candidates are the distinct values of proba, every one of them.
    - If several candidates reach the same highest profit, return the largest of them (it sends
      the fewest vouchers).
    - If no candidate has a profit above 0, sending no voucher is best: return
      (float("inf"), 0.0).
    Return Python floats.
    """
    raise NotImplementedError("write best_threshold")
