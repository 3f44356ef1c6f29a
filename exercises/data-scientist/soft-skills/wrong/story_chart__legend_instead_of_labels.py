# Wrong: gives every bar a label and draws a legend instead of writing the values on the bars.
"""Wrong solution: the redesigned chart of the data storytelling page."""

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
    ranked = values.sort_values()
    for name, value in ranked.items():
        color = EMPHASIS if name == highlight else OTHER
        ax.barh(str(name), value, color=color, label=f"{name}: {fmt.format(value)}")
    ax.legend()
    ax.set_title(title, loc="left")
    ax.set_xlabel(xlabel)
    ax.spines[["top", "right"]].set_visible(False)
    return ax
