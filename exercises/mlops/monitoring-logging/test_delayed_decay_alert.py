"""Tests for the decay alert exercise (delayed_decay_alert.py).

The synthetic prediction log has 200 predictions a day from 1 January to
30 June 2025, all scored 0.07. Until the end of February 7% of the customers
cancel within 30 days; from 1 March, 12% do: the model decays on 1 March.
"""

import math

import numpy as np
import pandas as pd
import pytest


@pytest.fixture
def module(exercise):
    return exercise("delayed_decay_alert")


def T(text):
    return pd.Timestamp(text)


@pytest.fixture(scope="module")
def log():
    rng = np.random.default_rng(7)
    days = pd.date_range("2025-01-01", "2025-06-30", freq="D")
    scored_at = np.repeat(days.to_numpy(), 200)
    rate = np.where(scored_at >= np.datetime64("2025-03-01"), 0.12, 0.07)
    churns = rng.random(len(scored_at)) < rate
    after = pd.to_timedelta(rng.uniform(0, 30, len(scored_at)), unit="D")
    cancelled = pd.Series(scored_at + after).where(churns)
    return pd.DataFrame({"scored_at": scored_at, "score": 0.07, "cancelled_at": cancelled})


SMALL = pd.DataFrame(
    {
        "scored_at": [
            T(d)
            for d in [
                "2024-12-19",
                "2024-12-21",
                "2025-01-02",
                "2025-01-10",
                "2025-01-16",
                "2025-01-17",
            ]
        ],
        "score": [0.5, 0.2, 0.1, 0.3, 0.4, 0.6],
        "cancelled_at": [
            T("2024-12-25"),
            T("2025-01-05"),
            pd.NaT,
            T("2025-03-01"),
            T("2025-01-20"),
            T("2025-01-18"),
        ],
    }
)


def test_a_small_log_by_hand(module):
    # On 15 February the window is 21 December .. 16 January: rows 2-5. Two of them
    # churned within 30 days (row 4 cancelled after 50 days), their scores add to 1.0.
    ratio, alert = module.decay_alert(SMALL, T("2025-02-15"))
    assert isinstance(ratio, float) and isinstance(alert, bool), (
        "return a Python float and a Python bool"
    )
    assert ratio == pytest.approx(2.0), (
        f"expected 2 churned over scores summing to 1.0, a ratio of 2.0, got {ratio}: take "
        "the predictions scored in the 28 days up to today - 30 days, and count a "
        "cancellation only within 30 days of the prediction"
    )
    assert alert is True
    ratio, alert = module.decay_alert(SMALL, T("2025-02-15"), threshold=2.5)
    assert alert is False, "use the threshold argument"


def test_an_empty_window(module):
    ratio, alert = module.decay_alert(SMALL, T("2025-01-10"))
    assert math.isnan(ratio) and alert is False, (
        "on 10 January no prediction's 30 days have closed: return (nan, False)"
    )


def test_the_alert_cannot_fire_before_the_labels_exist(module, log):
    ratio, alert = module.decay_alert(log, T("2025-03-20"))
    assert not alert, (
        f"on 20 March the newest known outcomes are those of predictions made by 18 February, "
        f"before the decay, yet the ratio is {ratio:.2f}: is the monitor using outcomes "
        "that are not known yet?"
    )
    assert ratio == pytest.approx(1.0, abs=0.15), (
        f"before the decay the ratio is near 1, got {ratio}"
    )


def test_the_alert_fires_on_the_decayed_window(module, log):
    ratio, alert = module.decay_alert(log, T("2025-05-15"))
    assert alert, (
        f"on 15 May the labelled window (19 March .. 15 April) is all after the decay: "
        f"12% churn against 7% predicted, yet the ratio is {ratio:.2f}; outcomes that are "
        "not known yet must be left out, not counted as stayed"
    )
    assert ratio == pytest.approx(12 / 7, abs=0.15), f"expected about 1.71, got {ratio:.2f}"


def test_only_the_last_window_counts(module, log):
    ratio, alert = module.decay_alert(log, T("2025-04-20"))
    assert alert, (
        f"on 20 April the labelled window (22 February .. 21 March) is mostly after the "
        f"decay and the ratio should be about 1.54, got {ratio:.2f}: use only the "
        "window_days before today - horizon, not all the history"
    )
    ratio, alert = module.decay_alert(log, T("2025-04-20"), window_days=80)
    assert not alert, f"with an 80-day window the decay is diluted (about 1.18), got {ratio:.2f}"
