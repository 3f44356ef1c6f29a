"""Exercise: an interactive churn chart, checked as the data Plotly sends to the browser.

Write ``churn_figure(churn)`` with Plotly (Plotly Express or graph_objects) and return the
figure, without showing it.

``churn`` is a long DataFrame with one row per month and acquisition channel, in no particular
order: ``month`` (a Timestamp, the first day of the month), ``channel`` (a string) and
``per_1000`` (cancellations per 1,000 active customers that month). The figure must have:

1. One line trace per channel (``mode`` containing ``"lines"``), named after its channel, the
   traces in alphabetical order of the channel names.
2. Each trace's points in date order: Plotly joins the points in the order it gets them.
3. A y axis titled with the quantity and its unit: the title must contain ``"per 1,000"``,
   for example ``"cancellations per 1,000 active customers"``. The x axis title is ``"month"``.
4. A y axis that includes zero: ``rangemode="tozero"`` (``fig.update_yaxes``).
5. A vertical line at 1 March 2025, the price rise: one layout shape of type ``"line"``
   whose ``x0`` and ``x1`` are both that date and that spans the plot's height (``yref``
   ``"paper"``, from 0 to 1). ``fig.add_vline`` makes such a shape; on a date axis give it
   the date as milliseconds since 1970 (``pd.Timestamp("2025-03-01").timestamp() * 1000``)
   or as the string ``"2025-03-01"``.
6. Hover text showing the rate with one decimal: every trace's ``hovertemplate`` contains
   ``%{y:.1f}``.

Do not change ``churn``.

Check your work:  pytest exercises/data-scientist/data-visualization/test_churn_figure.py
The book's page "Plotly: interactive charts for the browser" shows how.
"""

import pandas as pd
import plotly.express as px  # noqa: F401
import plotly.graph_objects as go


def churn_figure(churn: pd.DataFrame) -> go.Figure:
    raise NotImplementedError("write churn_figure")
