"""Exercise: small multiples of the weekly share of late boxes, on one shared scale.

Write two functions.

``weekly_late_share(deliveries, customers)`` returns a DataFrame of the share of Harvest
Crate's shipped delivery weeks that arrived late, per delivery week and region:

- ``deliveries`` and ``customers`` are the cleaned tables of the case study
  (``clean(generate(...))``); a delivery row's region is its customer's ``region``.
- A row with ``status == "skipped"`` shipped nothing: leave it out. The share is the number of
  rows with ``status == "late"`` divided by the number of rows whose status is not
  ``"skipped"`` (delivered, late or failed), per ``week_start`` and region.
- The index is ``week_start``, sorted; the columns are the regions in the order of
  ``ai_roadmaps.case_study.REGIONS`` (north, south, east, west, central), not alphabetical.
- The values are fractions between 0 and 1 (0.3 for 30%).

``late_share_panels(share)`` draws a table like that as small multiples and returns the
Matplotlib ``Figure``:

- One Axes per column of ``share``, side by side in one row, in the order of the columns;
  each Axes has exactly one line, the column's values against the index, and the column's
  name as its title.
- All panels share one y scale (``sharey=True``), from exactly 0 at the bottom to at least the
  largest value in the table at the top.
- The y tick labels are percentages: plot the fractions as they are and format the axis
  with ``matplotlib.ticker.PercentFormatter(xmax=1)``, so that 0.3 shows as 30%.

Build the figure with ``plt.subplots`` and draw with the Axes' methods.

Check your work:  pytest exercises/data-scientist/data-visualization/test_late_share_panels.py
The book's page "Matplotlib: figures that say one thing clearly" shows how.
"""

import matplotlib.pyplot as plt  # noqa: F401
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.ticker import PercentFormatter  # noqa: F401

from ai_roadmaps.case_study import REGIONS  # noqa: F401


def weekly_late_share(deliveries: pd.DataFrame, customers: pd.DataFrame) -> pd.DataFrame:
    raise NotImplementedError("write weekly_late_share")


def late_share_panels(share: pd.DataFrame) -> Figure:
    raise NotImplementedError("write late_share_panels")
