# Wrong: it sorts the caller's Series in place, changing data the caller still uses.
"""Wrong solution: a bar chart of revenue by region."""

import pandas as pd
from matplotlib.axes import Axes


def plot_revenue_bars(revenue: pd.Series, ax: Axes, title: str) -> Axes:
    revenue.sort_values(inplace=True)
    ax.barh(revenue.index.astype(str), revenue.to_numpy())
    ax.set_xlim(0, revenue.max() * 1.1)
    ax.set_xlabel("revenue (EUR thousand)")
    ax.set_title(title)
    return ax
