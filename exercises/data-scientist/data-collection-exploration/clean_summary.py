"""Exercise: clean Harvest Crate's raw customers and deliveries, then summarize them.

Write ``clean_summary(customers, deliveries)``. Its arguments are the raw tables as
``ai_roadmaps.case_study.generate()`` returns them (``data.customers`` and
``data.deliveries``), dirty as they are; do not change them. Write the cleaning yourself, without
the package's ``clean`` or ``clean_region``.

Clean:

- ``region``: strip the spaces, lowercase, and map the abbreviations ``n.``, ``s.``, ``e.``,
  ``w.``, ``c.`` and ``centre`` to north, south, east, west and central;
- ``age``: 0 and 999 are stand-ins for "unknown", exactly like a missing value;
- deliveries: a row that repeats the ``customer_id`` and ``week_start`` of an earlier row is an
  export duplicate (it has a new ``delivery_id``): keep only the first;
- ``price_eur``: on a row with ``boxes > 0``, a price of 0 or below is an export error, and
  the price of that row is unknown.

Return a DataFrame with one row per region and plan, indexed by ``(region, plan)`` and sorted,
with these columns:

- ``customers``: the number of customers with that region and plan;
- ``mean_age``: their mean age, over the customers whose age is known;
- ``boxes``: the boxes shipped to them (the sum of ``boxes``, duplicates removed);
- ``price_per_box``: what a box cost them on average: the sum of the known prices divided by
  the boxes of the rows with a known price (a mean weighted by boxes, over rows with
  ``boxes > 0``).

Check your work:
    pytest exercises/data-scientist/data-collection-exploration/test_clean_summary.py
The book's page "Pandas: loading, cleaning, joining and reshaping tables" shows every piece.
"""

import pandas as pd


def clean_summary(customers: pd.DataFrame, deliveries: pd.DataFrame) -> pd.DataFrame:
    raise NotImplementedError("write clean_summary")
