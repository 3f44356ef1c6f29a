"""Exercise: the redesigned chart of the data storytelling page, as a function.

Write ``story_bar_chart(values, highlight, title, xlabel, fmt="{:.0%}", ax=None)``, which draws
one number per category so that its message is visible at a glance, and returns the Axes:

- ``values`` is a pandas Series of numbers indexed by category name, in any order;
- draw horizontal bars (``ax.barh``), one per category, starting at zero, **sorted so that the
  largest value is at the top** of the chart and the smallest at the bottom (mind that
  ``barh`` draws the first value it is given at the bottom);
- color the bar of the category named ``highlight`` with ``EMPHASIS`` and every other bar with
  ``OTHER``; raise ``ValueError`` if ``highlight`` is not one of the categories;
- write each bar's value at the end of the bar, formatted with ``fmt.format(value)``
  (``ax.bar_label`` does this), and draw **no legend**: the category names are the y tick
  labels;
- set the title to ``title`` (it should state the message; the caller writes it) and the
  x-axis label to ``xlabel``;
- hide the top and right spines;
- draw on ``ax`` if one is given, otherwise on a new ``plt.subplots()``.

Check your work:  pytest exercises/data-scientist/soft-skills/test_story_chart.py
The book's page "Data storytelling: one chart, redesigned" explains each of these choices.
"""

import matplotlib.pyplot as plt  # noqa: F401 (the function you write needs it)
import pandas as pd

EMPHASIS = "#d95f02"  # the one bar the message is about
OTHER = "#bdbdbd"  # everything else


def story_bar_chart(
    values: pd.Series,
    highlight: str,
    title: str,
    xlabel: str,
    fmt: str = "{:.0%}",
    ax=None,
):
    raise NotImplementedError("write story_bar_chart")
