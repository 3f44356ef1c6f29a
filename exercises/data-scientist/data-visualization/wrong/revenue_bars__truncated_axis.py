# Wrong: the x axis starts just below the smallest bar, which exaggerates the differences.
"""Wrong solution: a bar chart of revenue by region."""

import pandas as pd
from matplotlib.axes import Axes


def plot_revenue_bars(revenue: pd.Series, ax: Axes, title: str) -> Axes:
    ordered = revenue.sort_values()  # ascending: barh draws its first bar at the bottom
    ax.barh(ordered.index.astype(str), ordered.to_numpy())
    ax.set_xlim(ordered.min() * 0.9, ordered.max() * 1.1)
    ax.set_xlabel("revenue (EUR thousand)")
    ax.set_title(title)
    return ax
