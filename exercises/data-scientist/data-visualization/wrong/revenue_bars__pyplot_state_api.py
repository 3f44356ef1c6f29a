# Wrong: it draws with pyplot's functions, which act on the current Axes instead of ax.
"""Wrong solution: a bar chart of revenue by region."""

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.axes import Axes


def plot_revenue_bars(revenue: pd.Series, ax: Axes, title: str) -> Axes:
    ordered = revenue.sort_values()
    plt.barh(ordered.index.astype(str), ordered.to_numpy())
    plt.xlim(0, ordered.max() * 1.1)
    plt.xlabel("revenue (EUR thousand)")
    plt.title(title)
    return ax
