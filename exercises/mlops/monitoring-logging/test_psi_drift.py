"""Tests for the PSI exercise (psi_drift.py)."""

import math

import numpy as np
import pytest


@pytest.fixture
def module(exercise):
    return exercise("psi_drift")


def expected(r, c, floor=1e-4):
    r = np.maximum(np.asarray(r, dtype=float), floor)
    c = np.maximum(np.asarray(c, dtype=float), floor)
    return float(np.sum((c - r) * np.log(c / r)))


# The squares of 0, 1, ..., 999: skewed, so equal-width bins are not its deciles. Its
# decile edges lie between 99² and 100², 199² and 200², ...: bin k holds the squares of
# 100k, ..., 100k + 99.
REFERENCE = np.arange(1000.0) ** 2


def test_identical_samples_score_zero(module):
    value = module.psi(REFERENCE, REFERENCE.copy())
    assert isinstance(value, float), "psi must return a Python float"
    assert value == pytest.approx(0.0, abs=1e-12), "a sample against itself has PSI 0"


def test_a_shift_is_scored_with_the_reference_bins(module):
    # The squares of 300, ..., 1299: none in bins 0-2, 100 in each of bins 3-8, and 400 in
    # the last bin, 300 of them above the reference's maximum.
    current = np.arange(300.0, 1300.0) ** 2
    shares = [0, 0, 0, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.4]
    want = expected([0.1] * 10, shares)
    got = module.psi(REFERENCE, current)
    assert got == pytest.approx(want, rel=1e-9), (
        f"PSI should be {want:.4f} with the reference's decile bins applied to both "
        f"samples, got {got:.4f}; are the bins cut from the reference only?"
    )


def test_values_beyond_the_reference_fall_in_the_outer_bins(module):
    # Half the current values lie far above the reference's maximum, half far below.
    current = np.concatenate([np.full(500, -5000.0), np.full(500, 5e6)])
    want = expected([0.1] * 10, [0.5] + [0] * 8 + [0.5])
    got = module.psi(REFERENCE, current)
    assert got == pytest.approx(want, rel=1e-9), (
        f"PSI should be {want:.4f}: values below the reference's minimum belong to the "
        f"first bin and values above its maximum to the last, got {got:.4f}"
    )


def test_empty_bins_get_the_floor(module):
    current = np.full(200, 42.0)  # everything in the first bin
    got = module.psi(REFERENCE, current)
    assert math.isfinite(got), "an empty bin must get the floor share, not make PSI infinite"
    want = expected([0.1] * 10, [1.0] + [0] * 9)
    assert got == pytest.approx(want, rel=1e-9), f"PSI should be {want:.4f}, got {got:.4f}"
    smaller = module.psi(REFERENCE, current, floor=1e-6)
    want = expected([0.1] * 10, [1.0] + [0] * 9, floor=1e-6)
    assert smaller == pytest.approx(want, rel=1e-9), "use the floor argument you are given"


def test_repeated_edges_merge_bins(module):
    # A column that is mostly 0 (late boxes): most deciles are 0 and merge.
    rng = np.random.default_rng(0)
    reference = np.where(rng.random(5000) < 0.85, 0.0, rng.integers(1, 4, 5000))
    current = np.where(rng.random(3000) < 0.6, 0.0, rng.integers(1, 4, 3000))
    edges = np.unique(np.quantile(reference, np.arange(1, 10) / 10))
    r = np.bincount(np.searchsorted(edges, reference, side="right"), minlength=len(edges) + 1)
    c = np.bincount(np.searchsorted(edges, current, side="right"), minlength=len(edges) + 1)
    want = expected(r / len(reference), c / len(current))
    got = module.psi(reference, current)
    assert got == pytest.approx(want, rel=1e-9), (
        f"PSI of a zero-heavy column should be {want:.4f}, got {got:.4f}; remove repeated "
        "edges with np.unique and count with searchsorted(..., side='right')"
    )
    assert got > 0.1, "more late boxes in the current sample must show as drift"
