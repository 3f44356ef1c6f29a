# Wrong: the x axis label names the quantity but not its unit.
"""Wrong solution: a bar chart of revenue by region."""

import pandas as pd
from matplotlib.axes import Axes


def plot_revenue_bars(revenue: pd.Series, ax: Axes, title: str) -> Axes:
    ordered = revenue.sort_values()  # ascending: barh draws its first bar at the bottom
    ax.barh(ordered.index.astype(str), ordered.to_numpy())
    ax.set_xlim(0, ordered.max() * 1.1)
    ax.set_xlabel("revenue")
    ax.set_title(title)
    return ax
