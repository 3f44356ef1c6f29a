# Wrong: the revenue interval and p-value use the normal distribution instead of Welch's t.
"""Wrong solution: analyze an A/B test."""

import math

import numpy as np
from scipy import stats
from statsmodels.stats.power import NormalIndPower
from statsmodels.stats.proportion import proportion_effectsize


def conversion_test(
    conv_control: int,
    n_control: int,
    conv_treatment: int,
    n_treatment: int,
    alpha: float = 0.05,
) -> dict:
    rate_c = conv_control / n_control
    rate_t = conv_treatment / n_treatment
    difference = rate_t - rate_c
    # the interval: each group's own variance (no assumption that the rates are equal)
    se = math.sqrt(rate_t * (1 - rate_t) / n_treatment + rate_c * (1 - rate_c) / n_control)
    z_crit = stats.norm.ppf(1 - alpha / 2)
    # the test: under the null both groups share one rate, estimated by pooling
    pooled = (conv_control + conv_treatment) / (n_control + n_treatment)
    se_null = math.sqrt(pooled * (1 - pooled) * (1 / n_control + 1 / n_treatment))
    z = difference / se_null
    return {
        "difference": float(difference),
        "lift": float(difference / rate_c),
        "ci": (float(difference - z_crit * se), float(difference + z_crit * se)),
        "p_value": float(2 * stats.norm.sf(abs(z))),
    }


def revenue_test(control: np.ndarray, treatment: np.ndarray, alpha: float = 0.05) -> dict:
    control = np.asarray(control, dtype=float)
    treatment = np.asarray(treatment, dtype=float)
    difference = treatment.mean() - control.mean()
    se = np.sqrt(treatment.var(ddof=1) / len(treatment) + control.var(ddof=1) / len(control))
    z_crit = stats.norm.ppf(1 - alpha / 2)
    return {
        "difference": float(difference),
        "ci": (float(difference - z_crit * se), float(difference + z_crit * se)),
        "p_value": float(2 * stats.norm.sf(abs(difference / se))),
    }


def required_n_per_group(
    p_control: float, min_effect: float, alpha: float = 0.05, power: float = 0.8
) -> int:
    h = abs(proportion_effectsize(p_control + min_effect, p_control))
    n = NormalIndPower().solve_power(effect_size=h, alpha=alpha, power=power, ratio=1.0)
    return math.ceil(n)


def analyse_conversion(
    conv_control: int,
    n_control: int,
    conv_treatment: int,
    n_treatment: int,
    min_effect: float,
    alpha: float = 0.05,
    power: float = 0.8,
) -> dict:
    result = conversion_test(conv_control, n_control, conv_treatment, n_treatment, alpha)
    rate_c = conv_control / n_control
    h = abs(proportion_effectsize(rate_c + min_effect, rate_c))
    achieved = NormalIndPower().power(
        effect_size=h, nobs1=n_control, alpha=alpha, ratio=n_treatment / n_control
    )
    result["power"] = float(achieved)
    result["n_needed"] = required_n_per_group(rate_c, min_effect, alpha, power)
    if result["p_value"] < alpha:
        result["decision"] = "ship" if result["difference"] > 0 else "do not ship"
    elif achieved < power:
        result["decision"] = "inconclusive"
    else:
        result["decision"] = "no worthwhile effect"
    return result
