# Wrong: it plots the shares times 100 with a formatter for fractions: 30% shows as 3000%.
"""Wrong solution: small multiples of the weekly share of late boxes."""

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.ticker import PercentFormatter

from ai_roadmaps.case_study import REGIONS


def weekly_late_share(deliveries: pd.DataFrame, customers: pd.DataFrame) -> pd.DataFrame:
    rows = deliveries.merge(
        customers[["customer_id", "region"]], on="customer_id", validate="many_to_one"
    )
    shipped = rows[rows["status"] != "skipped"]
    share = (
        shipped.assign(late=shipped["status"].eq("late"))
        .pivot_table(index="week_start", columns="region", values="late", aggfunc="mean")
        .sort_index()
    )
    return share[list(REGIONS)]


def late_share_panels(share: pd.DataFrame) -> Figure:
    n = share.shape[1]
    fig, axes = plt.subplots(1, n, figsize=(2.2 * n, 2.8), sharey=True, squeeze=False)
    for ax, column in zip(axes[0], share.columns, strict=True):
        ax.plot(share.index, share[column] * 100)
        ax.set_title(str(column))
    top = float(share.max().max()) * 100
    axes[0, 0].set_ylim(0, top * 1.05)
    axes[0, 0].yaxis.set_major_formatter(PercentFormatter(xmax=1))
    axes[0, 0].set_ylabel("boxes delivered late")
    return fig
