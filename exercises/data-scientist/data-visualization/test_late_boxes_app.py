"""Tests for the Streamlit late-boxes app exercise (late_boxes_app.py).

The app runs in streamlit.testing.v1.AppTest: no server and no browser. The tests select
values in the app's widgets, run it again, and read the metric it shows.
"""

import logging

import pandas as pd
import pytest
from streamlit import config as streamlit_config
from streamlit.testing.v1 import AppTest

from ai_roadmaps.case_study import REGIONS, clean, generate

# An exception in the app is reported by the tests in one line: keep Streamlit from printing
# its traceback as well, and from logging that AppTest runs outside `streamlit run`.
streamlit_config.set_option("logger.enableRich", False)
for name in [
    "streamlit.error_util",
    "streamlit.runtime.scriptrunner_utils.script_run_context",
    "streamlit.runtime.caching.cache_data_api",
]:
    logging.getLogger(name).disabled = True

RED, GREEN = 0, 1  # the colors of a metric's delta in Streamlit's messages


@pytest.fixture(scope="module")
def deliveries():
    """The table load_deliveries() gives the app: region, month ("YYYY-MM") and status."""
    data = clean(generate())
    rows = data.deliveries.merge(data.customers[["customer_id", "region"]], on="customer_id")
    return pd.DataFrame(
        {
            "region": rows["region"],
            "month": rows["week_start"].dt.to_period("M").astype(str),
            "status": rows["status"],
        }
    )


def expected_share(deliveries, region, month):
    rows = deliveries[(deliveries["region"] == region) & (deliveries["month"] == month)]
    late = (rows["status"] == "late").sum()
    shipped = (rows["status"] != "skipped").sum()
    return late / shipped


@pytest.fixture
def app_module(exercise):
    return exercise("late_boxes_app")


def run_app(app_module, region=None, month=None):
    app = AppTest.from_file(app_module.__file__, default_timeout=120).run()
    check_no_exception(app)
    if region is not None or month is not None:
        boxes = {box.label: box for box in app.selectbox}
        assert {"Region", "Month"} <= set(boxes), (
            f"the app's select boxes are labeled {sorted(boxes)}: expected 'Region' and 'Month'"
        )
        if region is not None:
            boxes["Region"].select(region)
        if month is not None:
            boxes["Month"].select(month)
        app.run()
        check_no_exception(app)
    return app


def check_no_exception(app):
    if app.exception:
        error = app.exception[0]
        kind = getattr(error.proto, "type", "") or "an exception"
        pytest.fail(f"the app raised {kind}: {error.message}")


def late_metric(app):
    metrics = [m for m in app.metric if m.label == "Boxes late"]
    assert metrics, f"no metric labeled 'Boxes late'; found {[m.label for m in app.metric]}"
    return metrics[0]


def test_late_share_of_a_region_and_month(app_module, deliveries):
    for region, month in [("east", "2025-04"), ("north", "2024-12"), ("south", "2025-01")]:
        share = app_module.late_share(deliveries, region, month)
        expected = expected_share(deliveries, region, month)
        assert share == pytest.approx(expected), (
            f"late_share(deliveries, {region!r}, {month!r}) returned {share:.4f}, expected "
            f"{expected:.4f}: the late rows of that region and month divided by its rows "
            "that are not skipped"
        )


def test_app_shows_title_and_widgets(app_module, deliveries):
    app = run_app(app_module)
    assert [t.value for t in app.title] == ["Late boxes"], "st.title('Late boxes')"
    boxes = {box.label: box for box in app.selectbox}
    assert list(boxes) == ["Region", "Month"], (
        f"expected two select boxes, 'Region' then 'Month'; found {list(boxes)}"
    )
    assert list(boxes["Region"].options) == list(REGIONS), (
        f"the Region box offers {list(boxes['Region'].options)}; offer REGIONS in order"
    )
    months = sorted(deliveries["month"].unique())
    assert list(boxes["Month"].options) == months, (
        "the Month box must offer every month of the data as 'YYYY-MM', oldest first"
    )
    assert boxes["Region"].value == "north", "start with the first region, north"
    assert boxes["Month"].value == months[-1], (
        f"the Month box starts at {boxes['Month'].value!r}: start at the latest month"
    )


@pytest.mark.parametrize(("region", "month"), [("east", "2025-05"), ("west", "2024-08")])
def test_metric_shows_the_selected_share_as_a_percentage(app_module, deliveries, region, month):
    app = run_app(app_module, region, month)
    shown = late_metric(app).value
    expected = f"{expected_share(deliveries, region, month):.1%}"
    assert shown == expected, (
        f"for {region} in {month} the metric shows {shown!r}; expected {expected!r}: the "
        "selected region's and month's late share, formatted with :.1%"
    )


@pytest.mark.parametrize(("region", "month"), [("east", "2025-04"), ("east", "2025-06")])
def test_delta_is_the_change_in_percentage_points(app_module, deliveries, region, month):
    app = run_app(app_module, region, month)
    previous = str(pd.Period(month) - 1)
    change = expected_share(deliveries, region, month) - expected_share(
        deliveries, region, previous
    )
    expected = f"{100 * change:+.1f} pp"
    shown = late_metric(app).delta
    assert shown == expected, (
        f"for {region} in {month} the delta is {shown!r}; expected {expected!r}: the change "
        f"from {previous} in percentage points, with its sign and ' pp'"
    )


def test_first_month_has_no_delta(app_module):
    app = run_app(app_module, "north", "2024-01")
    assert not late_metric(app).delta, "the first month has no month before it: no delta"


def test_a_rise_in_late_boxes_is_red_and_a_fall_green(app_module):
    rise = late_metric(run_app(app_module, "east", "2025-04"))  # the carrier change
    fall = late_metric(run_app(app_module, "east", "2025-06"))  # back to normal
    assert rise.delta.startswith("+") and fall.delta.startswith("-"), (
        f"the east's late share rose in April 2025 and fell in June: deltas {rise.delta!r} "
        f"and {fall.delta!r}"
    )
    assert (rise.proto.color, fall.proto.color) == (RED, GREEN), (
        "more late boxes is bad news: draw the metric with delta_color='inverse', so that a "
        "rise shows in red and a fall in green"
    )
