"""Tests for the bootstrap confidence interval exercise (bootstrap_ci.py)."""

import numpy as np
import pytest
from scipy import stats

DATA = np.random.default_rng(11).exponential(scale=2.0, size=60)


@pytest.fixture
def boot(exercise):
    return exercise("bootstrap_ci")


def scipy_percentile_ci(data, statistic, confidence=0.95):
    result = stats.bootstrap(
        (data,),
        statistic,
        n_resamples=20_000,
        confidence_level=confidence,
        method="percentile",
        vectorized=False,
        rng=np.random.default_rng(0),
    )
    return result.confidence_interval.low, result.confidence_interval.high


@pytest.mark.parametrize("statistic", [np.mean, np.median], ids=["mean", "median"])
def test_matches_scipy_percentile_bootstrap(boot, statistic):
    low, high = boot.bootstrap_ci(DATA, statistic, n_resamples=4000, seed=5)
    ref_low, ref_high = scipy_percentile_ci(DATA, statistic)
    width = ref_high - ref_low
    assert low == pytest.approx(ref_low, abs=0.08 * width), "lower end: the 2.5th percentile"
    assert high == pytest.approx(ref_high, abs=0.08 * width), "upper end: the 97.5th percentile"


def test_confidence_level_sets_the_quantiles(boot):
    low, high = boot.bootstrap_ci(DATA, np.mean, n_resamples=4000, confidence=0.8, seed=5)
    ref_low, ref_high = scipy_percentile_ci(DATA, np.mean, confidence=0.8)
    width = ref_high - ref_low
    assert low == pytest.approx(ref_low, abs=0.1 * width), "use the 10th percentile for 80%"
    assert high == pytest.approx(ref_high, abs=0.1 * width), "use the 90th percentile for 80%"


def test_reproducible_with_a_seed_and_random_without_the_same_one(boot):
    first = boot.bootstrap_ci(DATA, np.mean, seed=1)
    assert boot.bootstrap_ci(DATA, np.mean, seed=1) == first, "same seed, same interval"
    assert boot.bootstrap_ci(DATA, np.mean, seed=2) != first, "resample with np.random"
    low, high = first
    assert low < np.mean(DATA) < high
    assert isinstance(low, float) and isinstance(high, float), "return plain floats"


def test_interval_narrows_with_more_data(boot):
    rng = np.random.default_rng(3)
    small = rng.normal(size=25)
    large = rng.normal(size=400)
    small_width = np.subtract(*boot.bootstrap_ci(small, np.mean)[::-1])
    large_width = np.subtract(*boot.bootstrap_ci(large, np.mean)[::-1])
    assert large_width < 0.5 * small_width, "16 times the data should give a 4 times narrower CI"


def test_coverage_is_near_the_confidence_level_for_normal_means(boot):
    def sampler(rng):
        return rng.normal(loc=5.0, scale=2.0, size=40)

    measured = boot.coverage(sampler, 5.0, np.mean, n_repeats=300, seed=0)
    assert 0.88 <= measured <= 0.99, (
        f"coverage {measured:.3f}; expected about 0.95. Every repeat draws a new sample with "
        "sampler(rng) and builds its own interval"
    )


def test_coverage_detects_an_interval_that_misses(boot):
    def sampler(rng):
        return rng.normal(loc=5.0, scale=2.0, size=40)

    # The intervals are for the mean 5, so they almost never contain 7.
    assert boot.coverage(sampler, 7.0, np.mean, n_repeats=100, seed=0) < 0.05
