"""Exercise: a bar chart of revenue by region that makes its comparison easy and honest.

Write ``plot_revenue_bars(revenue, ax, title)`` with Matplotlib's explicit interface.

``revenue`` is a pandas Series: the index holds region names, the values are revenue in
thousands of euros, in no particular order. Draw on the Axes ``ax`` you are given:

1. One horizontal bar per region (``ax.barh``), with the region names as the tick labels.
2. Sorted by value with the **largest bar at the top** and the smallest at the bottom
   (careful: ``barh`` draws its first category at the bottom).
3. The x axis starts at zero: after your function, ``ax.get_xlim()[0]`` is exactly 0 and the
   right limit is at least the largest value.
4. The x axis label names the quantity and its unit; it must contain ``"EUR"``, for example
   ``"revenue (EUR thousand)"``.
5. The title is ``title``.

Use only the methods of ``ax`` (``ax.barh``, ``ax.set_xlabel``, ``ax.set_title``,
``ax.set_xlim``…), never the pyplot functions ``plt.barh``, ``plt.xlabel`` or ``plt.title``:
they act on pyplot's *current* Axes, which need not be ``ax``. Do not change ``revenue``.
Return ``ax``.

Check your work:  pytest exercises/data-scientist/data-visualization/test_revenue_bars.py
The book's page "Matplotlib: figures that say one thing clearly" shows how.
"""

import matplotlib.pyplot as plt  # noqa: F401  (you will not need pyplot here)
import pandas as pd
from matplotlib.axes import Axes


def plot_revenue_bars(revenue: pd.Series, ax: Axes, title: str) -> Axes:
    raise NotImplementedError("write plot_revenue_bars")
