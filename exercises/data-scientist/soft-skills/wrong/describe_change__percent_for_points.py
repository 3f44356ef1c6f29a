# Wrong: writes a difference of percentage points with a % sign, as if it were a percent change.
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
    se = math.sqrt(p_t * (1 - p_t) / n_treatment + p_c * (1 - p_c) / n_control)
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
        f"{r['difference_points']:+.1f}% ({100 * confidence:.0f}% interval "
        f"{low:+.1f}% to {high:+.1f}%), {r['relative_percent']:+.0f}% relative to {control:.1f}%."
    )
    if low <= 0 <= high:
        text += " The interval includes zero: the data cannot tell a fall from a rise."
    return text
