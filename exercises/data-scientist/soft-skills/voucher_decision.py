"""Exercise: whom to send the retention voucher, decided by expected value, not by accuracy.

A voucher costs ``voucher`` euros for every customer who gets it (a customer who would have
stayed redeems it too). A customer who would have cancelled keeps buying with probability
``success_rate`` if they get one, and a kept customer is worth the *margin* of the weeks they
stay. Write five functions; every argument called ``p_churn``, ``churned``, ``send``,
``price_per_box`` or ``value`` may be a NumPy array (one entry per customer), and the
functions must work element-wise on arrays.

- ``value_kept(price_per_box, weeks_kept, boxes_per_week=1.0, margin=GROSS_MARGIN)``: the EUR
  a kept customer brings: the margin (a fraction of the price) of ``boxes_per_week`` boxes
  at ``price_per_box`` for ``weeks_kept`` weeks.
- ``expected_value(p_churn, success_rate, value, voucher=VOUCHER_EUR)``: the expected EUR of
  sending one voucher to a customer with churn probability ``p_churn``, against sending
  none.
- ``send_voucher(p_churn, success_rate, value, voucher=VOUCHER_EUR)``: a boolean array,
  True where sending has a positive expected value.
- ``realized_profit(send, churned, success_rate, value, voucher=VOUCHER_EUR)``: the expected
  EUR of a sending decision on customers whose outcome is known (``churned`` is 1 for a
  customer who cancelled, 0 for one who stayed): every voucher sent costs ``voucher``; every
  churner who got one is kept with probability ``success_rate`` and brings ``value``. Return
  the sum over all customers, a float.
- ``best_threshold(p_churn, churned, thresholds, success_rate, value, voucher=VOUCHER_EUR)``:
  of the candidate ``thresholds``, the one whose rule "send if ``p_churn >= threshold``" has
  the largest ``realized_profit`` on these customers (the first such threshold in the list if
  several tie); return ``(threshold, profit)``.

Check your work:  pytest exercises/data-scientist/soft-skills/test_voucher_decision.py
The book's page "Business understanding: from a question to a decision" makes this decision
for Harvest Crate.
"""

import numpy as np  # noqa: F401 (the functions you write need it)

from ai_roadmaps.case_study import GROSS_MARGIN, VOUCHER_EUR


def value_kept(price_per_box, weeks_kept, boxes_per_week=1.0, margin=GROSS_MARGIN):
    raise NotImplementedError("write value_kept")


def expected_value(p_churn, success_rate, value, voucher=VOUCHER_EUR):
    raise NotImplementedError("write expected_value")


def send_voucher(p_churn, success_rate, value, voucher=VOUCHER_EUR):
    raise NotImplementedError("write send_voucher")


def realized_profit(send, churned, success_rate, value, voucher=VOUCHER_EUR) -> float:
    raise NotImplementedError("write realized_profit")


def best_threshold(p_churn, churned, thresholds, success_rate, value, voucher=VOUCHER_EUR):
    raise NotImplementedError("write best_threshold")
