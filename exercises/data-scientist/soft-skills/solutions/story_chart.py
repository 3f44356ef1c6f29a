"""Reference solution: the redesigned chart of the data storytelling page."""

import matplotlib.pyplot as plt
import pandas as pd

EMPHASIS = "#d95f02"
OTHER = "#bdbdbd"


def story_bar_chart(
    values: pd.Series,
    highlight: str,
    title: str,
    xlabel: str,
    fmt: str = "{:.0%}",
    ax=None,
):
    if highlight not in values.index:
        raise ValueError(f"{highlight!r} is not one of the categories")
    if ax is None:
        _, ax = plt.subplots()
    ranked = values.sort_values()  # ascending: barh draws the first at the bottom
    names = [str(name) for name in ranked.index]
    colors = [EMPHASIS if name == highlight else OTHER for name in ranked.index]
    bars = ax.barh(names, ranked.to_numpy(), color=colors)
    ax.bar_label(bars, labels=[fmt.format(v) for v in ranked], padding=3)
    ax.set_title(title, loc="left")
    ax.set_xlabel(xlabel)
    ax.spines[["top", "right"]].set_visible(False)
    return ax
