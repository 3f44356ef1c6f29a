"""Tests for the revenue bar chart exercise (revenue_bars.py)."""

import matplotlib

matplotlib.use("Agg")  # no window: the tests only inspect the Axes

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

# Revenue in EUR thousand, deliberately neither alphabetical nor sorted by value.
REVENUE = pd.Series(
    {"north": 1556.0, "central": 1464.4, "east": 1228.6, "west": 1515.8, "south": 1257.2}
)
# Another set, so that a chart built for the first one cannot pass by accident.
OTHER = pd.Series({"b": 40.0, "d": 7.5, "a": 22.0, "c": 61.25})


@pytest.fixture
def bars(exercise):
    yield exercise("revenue_bars")
    plt.close("all")


def draw(bars, revenue, title="Revenue by region, 2024"):
    fig, ax = plt.subplots()
    returned = bars.plot_revenue_bars(revenue.copy(), ax, title)
    return fig, ax, returned


def bars_top_to_bottom(ax):
    """(tick label, width) of every bar, from the top of the chart to the bottom."""
    labels = {round(t.get_position()[1], 6): t.get_text() for t in ax.get_yticklabels()}
    found = []
    for patch in ax.patches:
        center = round(patch.get_y() + patch.get_height() / 2, 6)
        found.append((center, labels.get(center, "?"), patch.get_width()))
    return [(label, width) for _, label, width in sorted(found, reverse=True)]


@pytest.mark.parametrize("revenue", [REVENUE, OTHER], ids=["regions", "other"])
def test_one_horizontal_bar_per_region(bars, revenue):
    _, ax, returned = draw(bars, revenue)
    assert returned is ax, "return the Axes you were given"
    drawn = bars_top_to_bottom(ax)
    assert len(drawn) == len(revenue), (
        f"expected {len(revenue)} bars on the Axes you were given, found {len(drawn)}"
    )
    widths = sorted(w for _, w in drawn)
    assert widths == pytest.approx(sorted(revenue)), (
        "draw horizontal bars (ax.barh) whose lengths are the revenues"
    )
    for label, width in drawn:
        assert width == pytest.approx(revenue[label]), (
            f"the bar labeled {label!r} has length {width}: label each bar with its region"
        )


@pytest.mark.parametrize("revenue", [REVENUE, OTHER], ids=["regions", "other"])
def test_bars_are_sorted_with_the_largest_at_the_top(bars, revenue):
    _, ax, _ = draw(bars, revenue)
    order = [label for label, _ in bars_top_to_bottom(ax)]
    expected = list(revenue.sort_values(ascending=False).index)
    assert order == expected, (
        f"from top to bottom the bars read {order}; expected {expected}. barh draws its "
        "first bar at the bottom, so sort ascending to put the largest at the top"
    )


@pytest.mark.parametrize("revenue", [REVENUE, OTHER], ids=["regions", "other"])
def test_x_axis_starts_at_zero(bars, revenue):
    _, ax, _ = draw(bars, revenue)
    left, right = ax.get_xlim()
    assert left == 0, (
        f"the x axis starts at {left:g}: a bar's length must be proportional to its value, "
        "so start the axis at zero (ax.set_xlim(0, ...))"
    )
    assert right >= revenue.max(), "the right limit cuts off the largest bar"


def test_x_label_names_the_unit_and_title_is_set(bars):
    _, ax, _ = draw(bars, REVENUE, title="Revenue by region, 2024")
    label = ax.get_xlabel()
    assert label, "label the x axis with the quantity and its unit"
    assert "EUR" in label, f"the x label {label!r} gives no unit: say 'EUR thousand'"
    assert ax.get_title() == "Revenue by region, 2024", "set the title you were given"


def test_draws_only_on_the_axes_it_was_given(bars):
    fig, ax = plt.subplots()
    other_fig, other_ax = plt.subplots()  # made last, so it is pyplot's current Axes
    bars.plot_revenue_bars(REVENUE.copy(), ax, "Revenue by region, 2024")
    leaked = []
    if other_ax.patches:
        leaked.append(f"{len(other_ax.patches)} bars")
    if other_ax.get_title() or other_ax.get_xlabel():
        leaked.append("the title or x label")
    assert not leaked, (
        f"{' and '.join(leaked)} landed on another figure's Axes (pyplot's current one): "
        "use ax.barh, ax.set_title and ax.set_xlabel, not plt.barh, plt.title, plt.xlabel"
    )
    assert len(ax.patches) == len(REVENUE), "draw the bars on the Axes you were given"


def test_the_input_is_left_unchanged(bars):
    revenue = REVENUE.copy()
    fig, ax = plt.subplots()
    bars.plot_revenue_bars(revenue, ax, "Revenue by region, 2024")
    assert list(revenue.index) == list(REVENUE.index), (
        "do not sort the caller's Series in place: sort a copy (revenue.sort_values())"
    )
