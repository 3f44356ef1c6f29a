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


def test_a_50_percent_interval_spans_the_quartiles(boot):
    low, high = boot.bootstrap_ci(DATA, np.mean, n_resamples=4000, confidence=0.5, seed=5)
    ref_low, ref_high = scipy_percentile_ci(DATA, np.mean, confidence=0.5)
    width = ref_high - ref_low
    assert low == pytest.approx(ref_low, abs=0.1 * width), (
        "for 50% the lower end is the 25th percentile: tail = (1 - confidence) / 2"
    )
    assert high == pytest.approx(ref_high, abs=0.1 * width), "upper end: the 75th percentile"


def test_the_defaults_are_2000_resamples_and_seed_0(boot):
    assert boot.bootstrap_ci(DATA, np.mean) == boot.bootstrap_ci(
        DATA, np.mean, n_resamples=2000, confidence=0.95, seed=0
    ), "without arguments use n_resamples=2000, confidence=0.95, seed=0"


def test_every_value_is_drawn_equally_often_with_replacement(boot):
    data = np.arange(8.0)
    seen = []

    def recording_mean(resample):
        seen.append(np.array(resample))
        return float(np.mean(resample))

    boot.bootstrap_ci(data, recording_mean, n_resamples=2000, seed=3)
    resamples = [r for r in seen if not np.array_equal(r, data)]
    assert len(resamples) >= 2000, "compute the statistic on each of the n_resamples resamples"
    assert all(len(r) == len(data) for r in resamples), "each resample has len(data) values"
    drawn = np.concatenate(resamples)
    shares = np.array([np.mean(drawn == value) for value in data])
    assert np.all(np.abs(shares - 1 / 8) < 0.02), (
        f"each of the 8 values should make about 1/8 of the draws, got {np.round(shares, 3)}: "
        "draw positions 0 … len(data) - 1, each equally likely"
    )


def constant_sampler(value=3.0):
    def sampler(rng):
        return np.full(10, value)

    return sampler


def test_coverage_counts_the_ends_of_the_interval_as_inside(boot):
    # Every resample of a constant sample has the same mean: the interval is (3.0, 3.0).
    assert boot.coverage(constant_sampler(), 3.0, np.mean, n_repeats=20) == 1.0, (
        "an interval contains true_value when low <= true_value <= high, ends included"
    )


def test_coverage_is_zero_below_and_above_the_interval(boot):
    below = boot.coverage(constant_sampler(), 2.0, np.mean, n_repeats=20)
    above = boot.coverage(constant_sampler(), 4.0, np.mean, n_repeats=20)
    assert (below, above) == (0.0, 0.0), (
        f"got {below} for a truth below every interval and {above} above: count a hit only "
        "when low <= true_value and true_value <= high, starting from 0 hits"
    )


def test_coverage_uses_a_new_seed_and_500_resamples_for_every_interval(boot):
    data = np.arange(12.0)
    repeats = []

    def sampler(rng):
        repeats.append([])
        return data.copy()

    def recording_mean(resample):
        repeats[-1].append(np.array(resample))
        return float(np.mean(resample))

    boot.coverage(sampler, 5.5, recording_mean, n_repeats=60)
    resamples = [[r for r in rep if not np.array_equal(r, data)] for rep in repeats]
    counts = {len(rep) for rep in resamples}
    assert counts == {500}, f"each interval needs n_resamples=500, got {sorted(counts)}"
    fingerprints = {np.concatenate(rep).tobytes() for rep in resamples}
    assert len(fingerprints) == 60, (
        f"the same sample gave only {len(fingerprints)} different intervals in 60 repeats: "
        "give bootstrap_ci a different seed each time (e.g. one drawn from rng)"
    )


def test_coverage_defaults_to_seed_0(boot):
    drawn = []

    def sampler(rng):
        drawn.append(rng.normal(size=15))
        return drawn[-1]

    boot.coverage(sampler, 0.0, np.mean, n_repeats=2)
    boot.coverage(sampler, 0.0, np.mean, n_repeats=2, seed=0)
    assert np.array_equal(np.concatenate(drawn[:2]), np.concatenate(drawn[2:])), (
        "without a seed argument coverage must use seed=0: rng = np.random.default_rng(seed)"
    )
