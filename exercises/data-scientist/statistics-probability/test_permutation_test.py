"""Tests for the permutation test exercise (permutation_test.py)."""

import itertools

import numpy as np
import pytest

# Small groups, so that every split of the pooled values can be listed: C(11, 5) = 462.
X = np.array([12.1, 14.3, 9.8, 15.2, 13.7])
Y = np.array([10.2, 8.9, 11.5, 9.1, 10.8, 12.0])
# One large value among zeros: every shuffle puts it in x (difference +2) or in y (-2).
ONE_BIG = np.array([0.0, 0.0, 0.0, 0.0, 10.0])
ZEROS = np.zeros(5)


@pytest.fixture
def perm(exercise):
    return exercise("permutation_test")


def exact_p_values(x, y):
    """Exact permutation p-values from all splits: (two-sided, greater, less)."""
    pooled = np.concatenate([x, y])
    observed = x.mean() - y.mean()
    diffs = []
    for chosen in itertools.combinations(range(len(pooled)), len(x)):
        in_x = np.zeros(len(pooled), dtype=bool)
        in_x[list(chosen)] = True
        diffs.append(pooled[in_x].mean() - pooled[~in_x].mean())
    diffs = np.array(diffs)
    return (
        np.mean(np.abs(diffs) >= abs(observed) - 1e-9),
        np.mean(diffs >= observed - 1e-9),
        np.mean(diffs <= observed + 1e-9),
    )


def test_statistic_and_shapes(perm):
    result = perm.permutation_test(X, Y, 500, np.random.default_rng(0))
    assert result.statistic == pytest.approx(X.mean() - Y.mean()), "statistic: mean(x) - mean(y)"
    assert isinstance(result.statistic, float) and isinstance(result.p_value, float), (
        "return the statistic and the p-value as floats"
    )
    assert len(result.null_distribution) == 500, "one shuffled difference per resample"


def test_shuffles_move_values_between_the_groups_without_replacement(perm):
    result = perm.permutation_test(ONE_BIG, ZEROS, 2000, np.random.default_rng(1))
    values = np.round(result.null_distribution, 9)
    found = sorted(float(v) for v in np.unique(values))
    assert set(found) <= {-2.0, 2.0}, (
        "a shuffle uses each pooled value exactly once, so the 10 lands in the new x (+2) or "
        f"the new y (-2); your differences include {found[:6]}: are you drawing with "
        "replacement?"
    )
    share_in_x = np.mean(values == 2.0)
    assert 0.4 < share_in_x < 0.6, (
        f"the 10 landed in the new x in {share_in_x:.0%} of shuffles, expected about half: "
        "shuffle the pooled values of both groups, then split them"
    )


def test_two_sided_p_value_matches_the_exact_one(perm):
    exact, _, _ = exact_p_values(X, Y)
    result = perm.permutation_test(X, Y, 20_000, np.random.default_rng(2))
    assert result.p_value == pytest.approx(exact, abs=0.006), (
        f"two-sided p-value {result.p_value:.4f}, exact {exact:.4f}: count shuffles with "
        "abs(diff) >= abs(d), in both tails"
    )


@pytest.mark.parametrize("alternative", ["greater", "less"])
def test_one_sided_p_values_match_the_exact_ones(perm, alternative):
    _, greater, less = exact_p_values(X, Y)
    exact = greater if alternative == "greater" else less
    result = perm.permutation_test(X, Y, 20_000, np.random.default_rng(3), alternative)
    assert result.p_value == pytest.approx(exact, abs=0.006), (
        f"{alternative}: p-value {result.p_value:.4f}, exact {exact:.4f}"
    )


def test_two_sided_counts_a_large_negative_difference(perm):
    exact, _, _ = exact_p_values(Y, X)
    result = perm.permutation_test(Y, X, 20_000, np.random.default_rng(4))
    assert result.statistic < 0
    assert result.p_value == pytest.approx(exact, abs=0.006), (
        f"d is negative here: the two-sided p-value {result.p_value:.4f} should be the same "
        f"as for a positive d, {exact:.4f}"
    )


def test_ties_count_as_extreme(perm):
    # Every shuffle gives +2 or -2, exactly as extreme as the observed +2: p must be 1.
    result = perm.permutation_test(ONE_BIG, ZEROS, 999, np.random.default_rng(5))
    assert result.p_value == pytest.approx(1.0), (
        f"p-value {result.p_value:.4f}: a shuffled difference equal to the observed one is "
        "as extreme, so it counts (compare with the 1e-9 tolerance)"
    )


def test_p_value_adds_one_to_count_and_resamples(perm):
    rng = np.random.default_rng(6)
    far_apart = rng.normal(10, 1, size=30), rng.normal(0, 1, size=30)
    result = perm.permutation_test(*far_apart, 999, np.random.default_rng(7))
    assert result.p_value == pytest.approx(1 / 1000), (
        f"no shuffle comes near a difference of 10, so p = (0 + 1) / (999 + 1) = 0.001; "
        f"you returned {result.p_value}"
    )


def test_randomness_comes_from_the_rng_given(perm):
    first = perm.permutation_test(X, Y, 300, np.random.default_rng(8))
    again = perm.permutation_test(X, Y, 300, np.random.default_rng(8))
    other = perm.permutation_test(X, Y, 300, np.random.default_rng(9))
    assert np.array_equal(first.null_distribution, again.null_distribution), (
        "the same seed must give the same shuffles: draw them from the rng argument"
    )
    assert not np.array_equal(first.null_distribution, other.null_distribution), (
        "a different seed must give different shuffles: draw them from the rng argument"
    )


def test_inputs_are_left_unchanged(perm):
    x, y = X.copy(), Y.copy()
    perm.permutation_test(x, y, 200, np.random.default_rng(10))
    assert np.array_equal(x, X) and np.array_equal(y, Y), "do not shuffle x or y in place"
