"""Tests for the distribution-fitting exercise (fit_compare.py)."""

import numpy as np
import pytest
from scipy import stats

NAMES = ["expon", "gamma", "weibull_min", "lognorm"]
_rng = np.random.default_rng(31)
# Exponential data: gamma and Weibull contain the exponential and fit a little better, but not
# by enough to pay for their extra parameter, so the exponential has the lowest AIC.
EXPONENTIAL = _rng.exponential(scale=40, size=300)
# Lognormal data: a free location would shift the fits and change their likelihoods.
LOGNORMAL = _rng.lognormal(3, 0.8, size=400)
POISSON = _rng.poisson(6, size=60)
OVERDISPERSED = _rng.negative_binomial(3, 0.3, size=60)  # variance about 3.3 times the mean
UNDERDISPERSED = _rng.binomial(12, 0.5, size=60)  # variance half the mean
SMALL = np.array([3, 7, 4, 9, 2, 6, 5, 8, 4, 12])


@pytest.fixture
def fit(exercise):
    return exercise("fit_compare")


def reference(data, name):
    dist = getattr(stats, name)
    params = dist.fit(data, floc=0)
    log_likelihood = dist.logpdf(data, *params).sum()
    k = len(params) - 1
    return k, log_likelihood, 2 * k - 2 * log_likelihood


def test_table_has_the_columns_and_one_row_per_distribution(fit):
    table = fit.aic_table(LOGNORMAL, NAMES)
    assert list(table.columns) == ["distribution", "k", "log_likelihood", "aic"]
    assert sorted(table["distribution"]) == sorted(NAMES)
    assert list(table.index) == list(range(len(NAMES))), "reset the index after sorting"


@pytest.mark.parametrize("name", NAMES)
def test_log_likelihood_of_the_fit_with_location_zero(fit, name):
    table = fit.aic_table(LOGNORMAL, NAMES).set_index("distribution")
    _, log_likelihood, _ = reference(LOGNORMAL, name)
    assert table.loc[name, "log_likelihood"] == pytest.approx(log_likelihood, rel=1e-6), (
        f"{name}: log-likelihood {table.loc[name, 'log_likelihood']:.3f}, expected "
        f"{log_likelihood:.3f} for the fit with floc=0"
    )


@pytest.mark.parametrize("name", NAMES)
def test_aic_counts_only_estimated_parameters(fit, name):
    table = fit.aic_table(LOGNORMAL, NAMES).set_index("distribution")
    k, _, aic = reference(LOGNORMAL, name)
    assert table.loc[name, "k"] == k, (
        f"{name}: k = {table.loc[name, 'k']}, expected {k}: count the shapes and the scale, "
        "not the fixed location"
    )
    assert table.loc[name, "aic"] == pytest.approx(aic, rel=1e-6)


def test_sorted_by_aic_lowest_first(fit):
    table = fit.aic_table(LOGNORMAL, NAMES)
    assert table["aic"].is_monotonic_increasing, "sort from the lowest AIC to the highest"
    assert table["distribution"].iloc[0] == "lognorm"


def test_simplest_model_wins_when_the_extra_parameter_does_not_pay(fit):
    table = fit.aic_table(EXPONENTIAL, NAMES)
    assert table["distribution"].iloc[0] == "expon", (
        f"on exponential data the exponential should rank first, you ranked "
        f"{table['distribution'].iloc[0]!r} first: gamma and Weibull have a higher "
        "log-likelihood but pay 2 AIC points for their extra parameter"
    )


def test_dispersion_index_uses_the_sample_variance(fit):
    index, _ = fit.dispersion_test(SMALL)
    expected = SMALL.var(ddof=1) / SMALL.mean()
    assert index == pytest.approx(expected), (
        f"index {index:.4f}, expected {expected:.4f}: the sample variance (ddof=1) over the mean"
    )


def test_dispersion_p_value_is_the_upper_tail(fit):
    for counts in (POISSON, OVERDISPERSED, UNDERDISPERSED):
        statistic = ((counts - counts.mean()) ** 2).sum() / counts.mean()
        expected = stats.chi2.sf(statistic, df=len(counts) - 1)
        _, p_value = fit.dispersion_test(counts)
        assert p_value == pytest.approx(expected, rel=1e-6, abs=1e-12), (
            f"p-value {p_value:.4g}, expected {expected:.4g}: the upper tail of chi-square "
            "with n - 1 degrees of freedom"
        )


def test_dispersion_test_flags_only_overdispersion(fit):
    assert fit.dispersion_test(OVERDISPERSED)[1] < 0.001, "overdispersed counts: a tiny p-value"
    assert fit.dispersion_test(UNDERDISPERSED)[1] > 0.99, (
        "counts that vary *less* than a Poisson are not evidence of overdispersion: p near 1"
    )
