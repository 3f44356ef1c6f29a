"""Tests for the late-share small multiples exercise (late_share_panels.py)."""

import matplotlib

matplotlib.use("Agg")  # no window: the tests only inspect the Figure

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from ai_roadmaps.case_study import REGIONS, clean, generate  # noqa: E402


@pytest.fixture(scope="module")
def case():
    # A smaller company than the book's, from another seed: the spring-2025 carrier change
    # in the east is in it, and about one row in ten is a skipped week.
    return clean(generate(seed=11, n_customers=900))


@pytest.fixture
def panels(exercise):
    yield exercise("late_share_panels")
    plt.close("all")


def expected_share(case):
    rows = case.deliveries.merge(case.customers[["customer_id", "region"]], on="customer_id")
    late = pd.crosstab(
        rows["week_start"], rows["region"], values=rows["status"] == "late", aggfunc="sum"
    )
    shipped = pd.crosstab(
        rows["week_start"], rows["region"], values=rows["status"] != "skipped", aggfunc="sum"
    )
    return (late / shipped)[list(REGIONS)].astype(float)


def synthetic_share():
    weeks = pd.date_range("2025-01-06", periods=20, freq="W-MON")
    rng = np.random.default_rng(3)
    share = pd.DataFrame(rng.uniform(0.03, 0.08, size=(20, 5)), index=weeks, columns=list(REGIONS))
    share.loc[weeks[12:18], "east"] = [0.31, 0.27, 0.32, 0.29, 0.3, 0.28]
    share.index.name = "week_start"
    return share


def test_share_is_late_over_shipped_weeks_per_region(panels, case):
    share = panels.weekly_late_share(case.deliveries, case.customers)
    expected = expected_share(case)
    assert list(share.columns) == list(REGIONS), (
        f"columns {list(share.columns)}: use the regions in the order of REGIONS {list(REGIONS)}"
    )
    assert share.index.equals(expected.index), "the index must be every week_start, sorted"
    difference = (share.astype(float) - expected).abs().max().max()
    ratio = float((share.astype(float) / expected).mean().mean())
    assert difference < 1e-9, (
        f"the shares differ from late / (rows not skipped) by up to {difference:.4f}; "
        f"yours are on average {ratio:.2f} times the expected ones: leave the skipped "
        "weeks out of the denominator"
    )


def test_one_panel_per_region_with_its_line(panels):
    share = synthetic_share()
    fig = panels.late_share_panels(share)
    axes = fig.axes
    assert len(axes) == 5, f"one Axes per region: found {len(axes)}"
    assert [ax.get_title() for ax in axes] == list(REGIONS), (
        "title each panel with its region, in the order of the columns"
    )
    for ax, region in zip(axes, REGIONS, strict=True):
        assert len(ax.lines) == 1, f"the {region} panel should have one line"
        y = np.asarray(ax.lines[0].get_ydata(), dtype=float)
        assert np.allclose(y, share[region].to_numpy()), (
            f"the {region} line does not show the shares as fractions (0.3 for 30%): "
            "plot the values as they are and let the formatter add the percent sign"
        )


def test_panels_share_one_y_scale_from_zero(panels):
    share = synthetic_share()
    fig = panels.late_share_panels(share)
    limits = {tuple(round(v, 9) for v in ax.get_ylim()) for ax in fig.axes}
    assert len(limits) == 1, (
        f"the panels have different y limits {sorted(limits)}: share the y axis "
        "(sharey=True), so that equal heights mean equal shares"
    )
    bottom, top = limits.pop()
    assert bottom == 0, f"the y axis starts at {bottom:g}: start it at 0"
    assert top >= share.max().max(), "the top of the y axis cuts off the largest share"


def test_y_ticks_are_percentages(panels):
    fig = panels.late_share_panels(synthetic_share())
    for ax in fig.axes:
        formatter = ax.yaxis.get_major_formatter()
        text = formatter(0.25, 0)
        assert text.replace("\\", "").rstrip("%") in {"25", "25.0", "25.00"} and "%" in text, (
            f"a share of 0.25 is labeled {text!r} on the y axis: use "
            "PercentFormatter(xmax=1), so that 0.25 reads 25%"
        )
