"""Tests for the churn chart exercise (churn_figure.py).

The figure is checked as the JSON that Plotly sends to the browser (``fig.to_json()``), the
same data a reader's browser draws.
"""

import json

import numpy as np
import pandas as pd
import pytest

CHANNELS = ["tv", "creator", "search", "referral"]  # not in alphabetical order
MONTHS = pd.date_range("2024-01-01", "2025-06-01", freq="MS")
PRICE_RISE = pd.Timestamp("2025-03-01")


def churn_table():
    """Monthly rates per channel, the creator channel only from March 2025, rows shuffled."""
    rng = np.random.default_rng(5)
    rows = []
    for channel in CHANNELS:
        for month in MONTHS:
            if channel == "creator" and month < PRICE_RISE:
                continue
            base = 300.0 if channel == "creator" else 60.0 + 8 * CHANNELS.index(channel)
            rows.append((month, channel, base + rng.uniform(0, 40) + 1 / 3))
    table = pd.DataFrame(rows, columns=["month", "channel", "per_1000"])
    return table.sample(frac=1, random_state=8).reset_index(drop=True)


@pytest.fixture
def churn():
    return churn_table()


@pytest.fixture
def charts(exercise):
    return exercise("churn_figure")


def spec_of(charts, churn):
    """The learner's figure for the table, as the JSON the browser gets."""
    return json.loads(charts.churn_figure(churn.copy()).to_json())


def as_time(value):
    if isinstance(value, (int, float)):
        return pd.Timestamp(value, unit="ms")
    return pd.Timestamp(value)


def test_one_named_line_per_channel_in_alphabetical_order(charts, churn):
    spec = spec_of(charts, churn)
    traces = spec["data"]
    names = [t.get("name") for t in traces]
    assert names == sorted(CHANNELS), (
        f"the traces are named {names}: draw one trace per channel (color='channel'), "
        f"in alphabetical order {sorted(CHANNELS)}"
    )
    for trace in traces:
        assert "lines" in trace.get("mode", "lines"), f"{trace['name']}: draw it as a line"


def test_each_line_runs_forward_in_time(charts, churn):
    spec = spec_of(charts, churn)
    for trace in spec["data"]:
        x = [pd.Timestamp(v) for v in trace["x"]]
        assert x == sorted(x), (
            f"the points of {trace.get('name')!r} are not in date order, so its line "
            "zigzags: sort the rows by month before drawing"
        )
        rows = churn[churn["channel"] == trace.get("name")].sort_values("month")
        assert np.allclose(trace["y"], rows["per_1000"]), (
            f"the y values of {trace.get('name')!r} are not that channel's rates by month"
        )


def test_axis_titles_name_the_quantity_and_unit(charts, churn):
    spec = spec_of(charts, churn)
    layout = spec["layout"]
    y_title = layout.get("yaxis", {}).get("title", {}).get("text") or ""
    x_title = layout.get("xaxis", {}).get("title", {}).get("text") or ""
    assert "per 1,000" in y_title, (
        f"the y axis is titled {y_title!r}: name the quantity and its unit, "
        "e.g. 'cancellations per 1,000 active customers' (px: labels={...})"
    )
    assert x_title == "month", f"the x axis is titled {x_title!r}; expected 'month'"


def test_y_axis_includes_zero(charts, churn):
    spec = spec_of(charts, churn)
    yaxis = spec["layout"].get("yaxis", {})
    from_zero = yaxis.get("rangemode") == "tozero" or (yaxis.get("range") or [None])[0] == 0
    assert from_zero, (
        "the y axis autoranges from near the smallest rate: set rangemode='tozero' "
        "(fig.update_yaxes) so that the chart does not exaggerate changes"
    )


def test_vertical_line_marks_the_price_rise(charts, churn):
    spec = spec_of(charts, churn)
    lines = [s for s in spec["layout"].get("shapes", []) if s.get("type") == "line"]
    assert len(lines) == 1, f"expected one line shape (the price rise), found {len(lines)}"
    line = lines[0]
    assert as_time(line["x0"]) == PRICE_RISE == as_time(line["x1"]), (
        f"the line runs from x={line['x0']} to x={line['x1']}: put both ends at 1 March 2025"
    )
    assert line.get("yref") in ("paper", "y domain") and (line["y0"], line["y1"]) == (0, 1), (
        "make the line span the plot's height (yref 'paper', y0=0, y1=1): fig.add_vline does"
    )


def test_hover_shows_the_rate_with_one_decimal(charts, churn):
    spec = spec_of(charts, churn)
    for trace in spec["data"]:
        template = trace.get("hovertemplate", "")
        assert "%{y:.1f}" in template, (
            f"the hover text of {trace.get('name')!r} is {template!r}: show the rate with "
            "one decimal, %{y:.1f}"
        )


def test_the_input_is_left_unchanged(charts, churn):
    original = churn.copy()
    charts.churn_figure(churn)
    pd.testing.assert_frame_equal(churn, original, obj="the churn table you were given")
