# Wrong: the bars keep the order of the input instead of being sorted by value.
"""Wrong solution: a bar chart of revenue by region."""

import pandas as pd
from matplotlib.axes import Axes


def plot_revenue_bars(revenue: pd.Series, ax: Axes, title: str) -> Axes:
    ordered = revenue
    ax.barh(ordered.index.astype(str), ordered.to_numpy())
    ax.set_xlim(0, ordered.max() * 1.1)
    ax.set_xlabel("revenue (EUR thousand)")
    ax.set_title(title)
    return ax
