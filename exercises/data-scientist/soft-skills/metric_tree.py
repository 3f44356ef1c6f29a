"""Exercise: Harvest Crate's revenue tree, and an exact split of a change between its factors.

Billed revenue over a period is a product of four factors:

    revenue = weeks x active_customers x boxes_per_customer_week x revenue_per_box

Write two functions.

- ``revenue_tree(deliveries, freq="Q")``: ``deliveries`` has one row per customer and
  *subscribed* week, with the columns ``customer_id``, ``week_start`` (the Monday of the
  week, a timestamp), ``boxes`` (0 when the customer skipped that week) and ``price_eur``
  (what that week's boxes cost; 0.0 when skipped). Group the rows by the period of their
  ``week_start`` (``week_start.dt.to_period(freq)``: ``"Q"`` for quarters, ``"M"`` for
  months) and return a DataFrame with one row per period (the index: those periods, in
  order) and the columns of ``FACTORS`` followed by ``"revenue"``:

  - ``weeks``: the number of distinct weeks in the period;
  - ``active_customers``: the average number of subscribed customers per week, the number of
    rows divided by ``weeks`` (a customer who skips a week is still subscribed that week);
  - ``boxes_per_customer_week``: boxes divided by the number of rows;
  - ``revenue_per_box``: revenue divided by boxes;
  - ``revenue``: the sum of ``price_eur``.

  The four factors must multiply back to ``revenue`` in every period.

- ``split_change(tree, before, after)``: how much each factor contributed, in EUR, to the
  change in revenue from period ``before`` to period ``after`` (two index values of
  ``tree``). Use the logarithmic mean divisia index: with ``R0`` and ``R1`` the two revenues,
  ``L = (R1 - R0) / (ln R1 - ln R0)`` (and ``L = R0`` when ``R1 == R0``), the contribution of
  factor ``x`` is ``L * ln(x1 / x0)``. Return a Series indexed by ``FACTORS``; its sum is
  exactly ``R1 - R0``.

Check your work:  pytest exercises/data-scientist/soft-skills/test_metric_tree.py
The book's page "Business understanding: from a question to a decision" builds this tree.
"""

import numpy as np  # noqa: F401 (the functions you write need these)
import pandas as pd

FACTORS = ["weeks", "active_customers", "boxes_per_customer_week", "revenue_per_box"]


def revenue_tree(deliveries: pd.DataFrame, freq: str = "Q") -> pd.DataFrame:
    raise NotImplementedError("write revenue_tree")


def split_change(tree: pd.DataFrame, before, after) -> pd.Series:
    raise NotImplementedError("write split_change")
