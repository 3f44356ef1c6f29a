"""Tests for the storytelling chart exercise (story_chart.py)."""

import matplotlib

matplotlib.use("Agg")  # draw without a screen

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402
from matplotlib.colors import to_hex  # noqa: E402
from matplotlib.patches import Rectangle  # noqa: E402

# Unsorted on purpose; the highlighted category is the second largest, so neither the first
# nor the last bar drawn, neither the top nor the bottom one.
VALUES = pd.Series({"north": 0.12, "east": 0.21, "south": 0.09, "west": 0.15, "central": 0.105})
HIGHLIGHT = "west"
TITLE = "West customers cancel more than all but the east"
XLABEL = "share who cancelled within 30 days"


@pytest.fixture
def chart(exercise):
    module = exercise("story_chart")
    yield module
    plt.close("all")


def draw(module, values=VALUES, highlight=HIGHLIGHT, fmt="{:.0%}"):
    fig, ax = plt.subplots()
    returned = module.story_bar_chart(values, highlight, TITLE, XLABEL, fmt=fmt, ax=ax)
    fig.canvas.draw()  # so that tick labels and texts are final
    return ax, returned


def bars_by_category(ax):
    """Category name -> bar, matched through the y tick label at each bar's center."""
    ticks = zip(ax.get_yticks(), ax.get_yticklabels(), strict=True)
    labels = {round(float(t), 6): label.get_text() for t, label in ticks}
    bars = {}
    for bar in ax.patches:
        if isinstance(bar, Rectangle):
            center = round(bar.get_y() + bar.get_height() / 2, 6)
            bars[labels.get(center, f"<no tick label at y={center}>")] = bar
    return bars


def top_to_bottom(ax):
    bars = bars_by_category(ax)
    order = sorted(bars, key=lambda name: bars[name].get_y())
    return order if ax.yaxis_inverted() else order[::-1]


def test_draws_on_the_axes_it_is_given_and_returns_them(chart):
    ax, returned = draw(chart)
    assert returned is ax, "draw on the ax passed in, and return it"
    assert bars_by_category(ax), "no bars drawn on the ax passed in"
    own = chart.story_bar_chart(VALUES, HIGHLIGHT, TITLE, XLABEL)
    assert hasattr(own, "patches") and own.patches, "without ax, draw on a new figure's Axes"


def test_one_horizontal_bar_per_category_from_zero(chart):
    ax, _ = draw(chart)
    bars = bars_by_category(ax)
    assert sorted(bars) == sorted(VALUES.index), (
        f"bars found for {sorted(bars)}: one bar per category, named by its y tick label"
    )
    for name, bar in bars.items():
        from_zero = bar.get_x() == pytest.approx(0)
        assert from_zero and bar.get_width() == pytest.approx(VALUES[name]), (
            f"{name}: a horizontal bar (ax.barh) from 0 to {VALUES[name]}"
        )


def test_largest_value_is_at_the_top(chart):
    ax, _ = draw(chart)
    expected = list(VALUES.sort_values(ascending=False).index)
    assert top_to_bottom(ax) == expected, (
        f"from the top down the bars are {top_to_bottom(ax)}, expected {expected}: barh draws "
        "the first value at the bottom"
    )


@pytest.mark.parametrize("highlight", [HIGHLIGHT, "east", "south"])
def test_the_named_bar_is_emphasized_and_the_others_are_gray(chart, highlight):
    ax, _ = draw(chart, highlight=highlight)
    colors = {name: to_hex(bar.get_facecolor()) for name, bar in bars_by_category(ax).items()}
    assert colors.get(highlight) == chart.EMPHASIS, (
        f"the {highlight!r} bar is {colors.get(highlight)}, expected EMPHASIS: color the bar "
        "of the category named highlight, wherever it lands"
    )
    wrong = {n: c for n, c in colors.items() if n != highlight and c != chart.OTHER}
    assert not wrong, f"every other bar must be OTHER; these are not: {wrong}"


@pytest.mark.parametrize("fmt", ["{:.0%}", "{:.3f}"])
def test_each_bar_carries_its_own_formatted_value(chart, fmt):
    ax, _ = draw(chart, fmt=fmt)
    bars = bars_by_category(ax)
    texts = []
    for text in ax.texts:
        y = text.xy[1] if hasattr(text, "xy") else text.get_position()[1]
        texts.append((text.get_text(), y))
    for name, bar in bars.items():
        center = bar.get_y() + bar.get_height() / 2
        here = [t for t, y in texts if y == pytest.approx(center)]
        expected = fmt.format(VALUES[name])
        assert expected in here, (
            f"the {name!r} bar should be labeled {expected!r} (fmt.format of its value) at its "
            f"end; texts at its height: {here}"
        )


def test_there_is_no_legend(chart):
    ax, _ = draw(chart)
    assert ax.get_legend() is None, "no legend: the names are on the axis, the values on the bars"


def test_title_and_axis_label(chart):
    ax, _ = draw(chart)
    titles = {ax.get_title(loc) for loc in ("center", "left", "right")}
    assert TITLE in titles, f"the title should be the message passed in, got {titles - {''}}"
    assert ax.get_xlabel() == XLABEL, "set the x-axis label to xlabel"


def test_top_and_right_spines_are_hidden(chart):
    ax, _ = draw(chart)
    visible = [side for side in ("top", "right") if ax.spines[side].get_visible()]
    assert not visible, f"hide the {visible} spine(s): they frame nothing"


def test_an_unknown_category_is_an_error(chart):
    with pytest.raises(ValueError):
        chart.story_bar_chart(VALUES, "everywhere", TITLE, XLABEL)
