"""Exercise: the numbers of a Power BI matrix, computed in pandas.

A Power BI report shows a matrix with one row per region and a total row, for the delivery
weeks chosen in a date slicer. Its measures are written in DAX (see the book's page on
Power BI):

    Revenue          = SUM ( fact_deliveries[price_eur] )
    Revenue Share    = DIVIDE ( [Revenue], CALCULATE ( [Revenue], ALL ( dim_customer[region] ) ) )
    Late Share       = DIVIDE ( CALCULATE ( COUNTROWS ( fact_deliveries ),
                                            fact_deliveries[status] = "late" ),
                                CALCULATE ( COUNTROWS ( fact_deliveries ),
                                            fact_deliveries[status] <> "skipped" ) )
    Revenue per Week = DIVIDE ( [Revenue], DISTINCTCOUNT ( fact_deliveries[week_start] ) )

Write ``region_matrix(deliveries, customers, start, end)`` that returns the same numbers as
a DataFrame, so that you can check the report against them:

- ``deliveries`` and ``customers`` are the case study's cleaned tables; a delivery's region is
  its customer's ``region``.
- The slicer keeps the rows whose ``week_start`` is from ``start`` to ``end``, **both
  included** (``start`` and ``end`` are strings such as ``"2025-04-07"``).
- The index is the five regions in the order of ``ai_roadmaps.case_study.REGIONS``, then
  ``"Total"``; the columns are ``revenue``, ``revenue_share``, ``late_share`` and
  ``revenue_per_week``, as floats.
- Each measure is evaluated on the rows of its matrix row (the region's rows in the slicer's
  weeks); the total row evaluates it on all the rows in the slicer's weeks. So:

  - ``revenue_share`` divides by the revenue of all regions *in the slicer's weeks*
    (``ALL`` removes the region filter, not the date filter); the total row's share is 1.
  - ``late_share`` divides the late rows by the rows that are not skipped. The total row's
    share is computed from all the rows, not as an average of the regions' shares.
  - ``revenue_per_week`` divides by the number of *distinct* delivery weeks in the rows.

Check your work:  pytest exercises/data-scientist/data-visualization/test_report_measures.py
The book's page "Power BI: dashboards for the business, and the tables behind them" shows how.
"""

import pandas as pd

from ai_roadmaps.case_study import REGIONS  # noqa: F401


def region_matrix(
    deliveries: pd.DataFrame, customers: pd.DataFrame, start: str, end: str
) -> pd.DataFrame:
    raise NotImplementedError("write region_matrix")
