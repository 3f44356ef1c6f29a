"""Tests for the Benjamini-Hochberg exercise (benjamini_hochberg.py)."""

import numpy as np
import pytest
from statsmodels.stats.multitest import multipletests

# 30 p-values in no particular order: ten small ones (real effects) among uniform ones.
_rng = np.random.default_rng(12)
P_MIXED = _rng.permutation(np.concatenate([_rng.uniform(0, 0.01, 10), _rng.uniform(0, 1, 20)]))
# Unsorted on purpose. Sorted they are 0.02, 0.024, 0.03, 0.6 with thresholds (i * 0.05 / 4)
# 0.0125, 0.025, 0.0375, 0.05: the smallest fails its own threshold, yet the third passes, so
# the three smallest are all rejected.
P_STEP_UP = np.array([0.024, 0.6, 0.02, 0.03])
ADJUSTED_STEP_UP = np.array([0.04, 0.6, 0.04, 0.04])


@pytest.fixture
def bh(exercise):
    return exercise("benjamini_hochberg")


def test_adjusted_values_match_statsmodels(bh):
    expected = multipletests(P_MIXED, method="fdr_bh")[1]
    adjusted = np.asarray(bh.bh_adjust(P_MIXED))
    assert adjusted.shape == P_MIXED.shape
    np.testing.assert_allclose(
        adjusted,
        expected,
        rtol=1e-9,
        err_msg="adjusted p-values differ from statsmodels' fdr_bh: element k must belong to "
        "p_values[k], and be min over j >= i of m * p_(j) / j",
    )


def test_a_smaller_p_value_borrows_the_adjustment_of_a_larger_one(bh):
    adjusted = np.asarray(bh.bh_adjust(P_STEP_UP))
    np.testing.assert_allclose(
        adjusted,
        ADJUSTED_STEP_UP,
        rtol=1e-9,
        err_msg="for p = [0.024, 0.6, 0.02, 0.03] the adjusted values are [0.04, 0.6, 0.04, "
        "0.04]: take the cumulative minimum from the largest p-value down, and return them "
        "in the input's order",
    )


def test_adjusted_values_rise_with_the_raw_ones(bh):
    adjusted = np.asarray(bh.bh_adjust(P_MIXED))
    order = np.argsort(P_MIXED)
    assert np.all(np.diff(adjusted[order]) >= -1e-12), (
        "a larger raw p-value never gets a smaller adjusted one"
    )


def test_rejections_step_up(bh):
    reject = np.asarray(bh.bh_reject(P_STEP_UP, q=0.05))
    assert reject.dtype == bool, "return a boolean array"
    assert reject.tolist() == [True, False, True, True], (
        f"got {reject.tolist()}: the third smallest p-value (0.03) passes 3 * 0.05 / 4, so the "
        "three smallest are rejected, including 0.02, which fails its own threshold"
    )


@pytest.mark.parametrize("q", [0.01, 0.05, 0.2])
def test_rejections_match_statsmodels(bh, q):
    expected = multipletests(P_MIXED, alpha=q, method="fdr_bh")[0]
    reject = np.asarray(bh.bh_reject(P_MIXED, q=q))
    assert reject.tolist() == expected.tolist(), (
        f"q = {q}: you reject {int(reject.sum())} hypotheses, Benjamini-Hochberg rejects "
        f"{int(expected.sum())}; check the rank thresholds k * q / m and the order"
    )


def test_rejects_more_than_bonferroni_when_many_are_small(bh):
    p = np.array([0.04, 0.01, 0.03, 0.02])
    assert np.asarray(bh.bh_reject(p, q=0.05)).all(), (
        "all four are rejected: the largest, 0.04, passes 4 * 0.05 / 4 (Bonferroni would "
        "reject only 0.01)"
    )
    np.testing.assert_allclose(np.asarray(bh.bh_adjust(p)), [0.04] * 4, rtol=1e-9)


def test_input_is_left_unchanged(bh):
    p = P_MIXED.copy()
    bh.bh_adjust(p)
    bh.bh_reject(p)
    assert np.array_equal(p, P_MIXED), "do not sort p_values in place"
