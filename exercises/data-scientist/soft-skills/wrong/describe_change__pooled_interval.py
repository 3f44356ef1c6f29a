# Wrong: builds the interval with the pooled standard error, which belongs to the test.
"""Wrong solution: report a change in a rate in points, with its interval, in words."""

import math

from scipy import stats


def rate_change(
    events_control: int,
    n_control: int,
    events_treatment: int,
    n_treatment: int,
    confidence: float = 0.95,
) -> dict:
    p_c = events_control / n_control
    p_t = events_treatment / n_treatment
    difference = p_t - p_c
    pooled = (events_control + events_treatment) / (n_control + n_treatment)
    se = math.sqrt(pooled * (1 - pooled) * (1 / n_control + 1 / n_treatment))
    z = stats.norm.ppf(0.5 + confidence / 2)
    return {
        "control_rate": p_c,
        "treatment_rate": p_t,
        "difference_points": 100 * difference,
        "ci_points": (100 * (difference - z * se), 100 * (difference + z * se)),
        "relative_percent": 100 * (p_t / p_c - 1),
    }


def describe_change(
    events_control: int,
    n_control: int,
    events_treatment: int,
    n_treatment: int,
    metric: str,
    confidence: float = 0.95,
) -> str:
    r = rate_change(events_control, n_control, events_treatment, n_treatment, confidence)
    control, treatment = 100 * r["control_rate"], 100 * r["treatment_rate"]
    low, high = r["ci_points"]
    text = (
        f"{metric}: {control:.1f}% without, {treatment:.1f}% with; a change of "
        f"{r['difference_points']:+.1f} percentage points ({100 * confidence:.0f}% interval "
        f"{low:+.1f} to {high:+.1f}), {r['relative_percent']:+.0f}% relative to {control:.1f}%."
    )
    if low <= 0 <= high:
        text += " The interval includes zero: the data cannot tell a fall from a rise."
    return text
