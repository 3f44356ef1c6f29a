"""Tests for the A/B test analysis exercise (ab_test_analysis.py)."""

import math

import numpy as np
import pytest
from scipy import stats
from statsmodels.stats.power import NormalIndPower
from statsmodels.stats.proportion import (
    confint_proportions_2indep,
    proportion_effectsize,
    proportions_ztest,
)

# Rates far apart and groups of different sizes: 15% of 200 against 30% of 300. The pooled
# and the unpooled standard errors differ here by about 7%.
CONVERSIONS = (30, 200, 90, 300)  # conv_control, n_control, conv_treatment, n_treatment

# Revenue per customer: a small control group with a small spread, a larger treatment group
# with a large one, where Welch's test, Student's test and the normal approximation differ.
_rng = np.random.default_rng(21)
REVENUE_CONTROL = _rng.normal(50, 5, size=12).round(2)
REVENUE_TREATMENT = _rng.normal(58, 20, size=25).round(2)


@pytest.fixture
def ab(exercise):
    return exercise("ab_test_analysis")


def test_difference_and_lift_are_treatment_minus_control(ab):
    result = ab.conversion_test(*CONVERSIONS)
    assert result["difference"] == pytest.approx(0.15), (
        "difference: treatment rate (0.30) minus control rate (0.15)"
    )
    assert result["lift"] == pytest.approx(1.0), "lift: difference / control rate = 0.15 / 0.15"


@pytest.mark.parametrize("alpha", [0.05, 0.1])
def test_interval_uses_the_unpooled_standard_error(ab, alpha):
    low, high = ab.conversion_test(*CONVERSIONS, alpha=alpha)["ci"]
    conv_c, n_c, conv_t, n_t = CONVERSIONS
    ref_low, ref_high = confint_proportions_2indep(
        conv_t, n_t, conv_c, n_c, method="wald", compare="diff", alpha=alpha
    )
    assert (low, high) == pytest.approx((ref_low, ref_high), rel=1e-7), (
        f"alpha = {alpha}: your interval ({low:.5f}, {high:.5f}), the Wald interval "
        f"({ref_low:.5f}, {ref_high:.5f}): each group's own rate in the standard error, and "
        "the 1 - alpha/2 normal quantile"
    )


def test_p_value_uses_the_pooled_standard_error(ab):
    conv_c, n_c, conv_t, n_t = CONVERSIONS
    _, expected = proportions_ztest([conv_t, conv_c], [n_t, n_c])
    p_value = ab.conversion_test(*CONVERSIONS)["p_value"]
    assert p_value == pytest.approx(expected, rel=1e-6), (
        f"p-value {p_value:.3g}, the two-proportion z-test gives {expected:.3g}: under the "
        "null hypothesis both groups share one (pooled) rate"
    )


def test_revenue_uses_welchs_t_test(ab):
    result = ab.revenue_test(REVENUE_CONTROL, REVENUE_TREATMENT)
    welch = stats.ttest_ind(REVENUE_TREATMENT, REVENUE_CONTROL, equal_var=False)
    ci = welch.confidence_interval(confidence_level=0.95)
    assert result["difference"] == pytest.approx(
        REVENUE_TREATMENT.mean() - REVENUE_CONTROL.mean()
    ), "difference: mean of treatment minus mean of control"
    assert result["ci"] == pytest.approx((ci.low, ci.high), rel=1e-7), (
        f"interval {result['ci']}, Welch's is ({ci.low:.4f}, {ci.high:.4f}): t quantile with "
        f"the Welch-Satterthwaite degrees of freedom ({welch.df:.1f}), each group's own variance"
    )
    assert result["p_value"] == pytest.approx(welch.pvalue, rel=1e-6), (
        f"p-value {result['p_value']:.4g}, Welch's is {welch.pvalue:.4g}"
    )


def test_revenue_interval_follows_alpha(ab):
    result = ab.revenue_test(REVENUE_CONTROL, REVENUE_TREATMENT, alpha=0.2)
    ci = stats.ttest_ind(REVENUE_TREATMENT, REVENUE_CONTROL, equal_var=False).confidence_interval(
        confidence_level=0.8
    )
    assert result["ci"] == pytest.approx((ci.low, ci.high), rel=1e-7), "an 80% interval here"


@pytest.mark.parametrize(("p_control", "min_effect"), [(0.10, 0.02), (0.078, -0.019)])
def test_required_sample_size(ab, p_control, min_effect):
    h = abs(proportion_effectsize(p_control + min_effect, p_control))
    expected = math.ceil(NormalIndPower().solve_power(effect_size=h, alpha=0.05, power=0.8))
    n = ab.required_n_per_group(p_control, min_effect)
    assert isinstance(n, int), "return the sample size as an int"
    assert n == expected, f"{p_control} to {p_control + min_effect}: {n}, expected {expected}"


def test_power_of_the_test_as_run(ab):
    conv_c, n_c, conv_t, n_t = CONVERSIONS
    result = ab.analyse_conversion(*CONVERSIONS, min_effect=0.05)
    h = abs(proportion_effectsize(0.15 + 0.05, 0.15))
    expected = NormalIndPower().power(effect_size=h, nobs1=n_c, alpha=0.05, ratio=n_t / n_c)
    assert result["power"] == pytest.approx(expected, rel=1e-6), (
        f"power {result['power']:.4f}, expected {expected:.4f}: nobs1 is the control group's "
        "size and ratio = n_treatment / n_control"
    )
    assert result["n_needed"] == ab.required_n_per_group(0.15, 0.05)
    assert result["difference"] == pytest.approx(0.15), "include conversion_test's results"


@pytest.mark.parametrize(
    ("counts", "min_effect", "decision"),
    [
        ((100, 2000, 150, 2000), 0.01, "ship"),
        ((150, 2000, 100, 2000), 0.01, "do not ship"),
        ((10, 200, 13, 200), 0.02, "inconclusive"),
        ((5000, 100_000, 5030, 100_000), 0.005, "no worthwhile effect"),
    ],
    ids=["better", "worse", "too-small", "well-powered-null"],
)
def test_decision(ab, counts, min_effect, decision):
    result = ab.analyse_conversion(*counts, min_effect=min_effect)
    assert result["decision"] == decision, (
        f"{counts[0]}/{counts[1]} control against {counts[2]}/{counts[3]} treatment, "
        f"p = {result['p_value']:.3g}, power {result['power']:.2f}: expected {decision!r}, "
        f"got {result['decision']!r}"
    )
