"""Tests for the describe-a-change exercise (describe_change.py)."""

import math

import pytest
from scipy import stats
from statsmodels.stats.proportion import confint_proportions_2indep

VOUCHER = (62, 792, 36, 792)  # the case's voucher test: control, then treatment
# Rates far apart and groups of different sizes, where pooled and unpooled errors differ.
UNEQUAL = (30, 200, 90, 300)
# A small change in a small test: its interval includes zero.
UNCLEAR = (20, 200, 18, 190)
ZERO_NOTE = "The interval includes zero: the data cannot tell a fall from a rise."


def reference(events_c, n_c, events_t, n_t, confidence=0.95):
    p_c, p_t = events_c / n_c, events_t / n_t
    low, high = confint_proportions_2indep(
        events_t, n_t, events_c, n_c, method="wald", compare="diff", alpha=1 - confidence
    )
    return p_c, p_t, 100 * (p_t - p_c), (100 * low, 100 * high), 100 * (p_t / p_c - 1)


def sentence(counts, metric, confidence=0.95):
    p_c, p_t, diff, (low, high), rel = reference(*counts, confidence)
    text = (
        f"{metric}: {100 * p_c:.1f}% without, {100 * p_t:.1f}% with; a change of "
        f"{diff:+.1f} percentage points ({100 * confidence:.0f}% interval {low:+.1f} to "
        f"{high:+.1f}), {rel:+.0f}% relative to {100 * p_c:.1f}%."
    )
    return text + (" " + ZERO_NOTE if low <= 0 <= high else "")


@pytest.fixture
def dc(exercise):
    return exercise("describe_change")


@pytest.mark.parametrize("counts", [VOUCHER, UNEQUAL], ids=["voucher", "unequal"])
def test_points_and_percent_are_different_numbers(dc, counts):
    result = dc.rate_change(*counts)
    p_c, p_t, diff, _, rel = reference(*counts)
    assert result["control_rate"] == pytest.approx(p_c), "control_rate: a fraction"
    assert result["treatment_rate"] == pytest.approx(p_t), "treatment_rate: a fraction"
    assert result["difference_points"] == pytest.approx(diff), (
        f"difference_points {result['difference_points']:.2f}, expected {diff:.2f}: 100 x "
        "(treatment rate - control rate), percentage points, not a percent of the control rate"
    )
    assert result["relative_percent"] == pytest.approx(rel), (
        f"relative_percent {result['relative_percent']:.2f}, expected {rel:.2f}: 100 x "
        "(treatment / control - 1)"
    )


@pytest.mark.parametrize("counts", [VOUCHER, UNEQUAL], ids=["voucher", "unequal"])
@pytest.mark.parametrize("confidence", [0.95, 0.9])
def test_the_interval_uses_the_unpooled_standard_error(dc, counts, confidence):
    low, high = dc.rate_change(*counts, confidence=confidence)["ci_points"]
    _, _, _, (ref_low, ref_high), _ = reference(*counts, confidence)
    assert (low, high) == pytest.approx((ref_low, ref_high), rel=1e-7), (
        f"{confidence:.0%} interval ({low:.3f}, {high:.3f}) points, the Wald interval is "
        f"({ref_low:.3f}, {ref_high:.3f}): each group's own rate in the standard error, the "
        "normal quantile for the confidence asked, and percentage points"
    )


def test_the_sentence_gives_points_interval_and_base(dc):
    text = dc.describe_change(*VOUCHER, metric="30-day churn")
    assert "percentage points" in text, (
        f"{text!r}: a difference between two rates is in percentage points; '-3.3%' would "
        "read as a 3.3% fall of the rate"
    )
    assert "95% interval -5.7 to -0.9" in text, (
        f"{text!r}: give the interval with the estimate, '95% interval -5.7 to -0.9'"
    )
    assert text == sentence(VOUCHER, "30-day churn"), (
        f"got      {text!r}\nexpected {sentence(VOUCHER, '30-day churn')!r}"
    )


def test_the_sentence_follows_the_confidence_level(dc):
    text = dc.describe_change(*UNEQUAL, metric="Conversion", confidence=0.9)
    assert text == sentence(UNEQUAL, "Conversion", 0.9), (
        f"got      {text!r}\nexpected {sentence(UNEQUAL, 'Conversion', 0.9)!r}"
    )


def test_an_interval_that_includes_zero_is_said_in_words(dc):
    text = dc.describe_change(*UNCLEAR, metric="30-day churn")
    _, _, _, (low, high), _ = reference(*UNCLEAR)
    assert low < 0 < high  # the test data: an inconclusive change
    assert text.endswith(" " + ZERO_NOTE), (
        f"{text!r}: the interval ({low:.1f}, {high:.1f}) includes zero, so add {ZERO_NOTE!r}"
    )
    assert text == sentence(UNCLEAR, "30-day churn"), "and the first sentence as usual"
    assert ZERO_NOTE not in dc.describe_change(*VOUCHER, metric="30-day churn"), (
        "only when the interval includes zero"
    )


def test_the_quantile_is_the_normal_one(dc):
    # a check of the interval's half-width on a case small enough to do by hand
    low, high = dc.rate_change(50, 100, 60, 100)["ci_points"]
    se = math.sqrt(0.6 * 0.4 / 100 + 0.5 * 0.5 / 100)
    half = 100 * stats.norm.ppf(0.975) * se
    assert (high - low) / 2 == pytest.approx(half), (
        f"half-width {(high - low) / 2:.3f} points, expected {half:.3f} = 1.96 x SE x 100"
    )
