"""Tests for the magnitude pruning exercise (magnitude_pruning.py)."""

import numpy as np
import pytest

RNG = np.random.default_rng(3)
W = RNG.normal(0.0, 1.0, size=(40, 30)).astype(np.float32)
W.flags.writeable = False  # shared by every test: code that prunes in place fails loudly


@pytest.fixture
def pruning(exercise):
    return exercise("magnitude_pruning")


@pytest.mark.parametrize("sparsity", [0.0, 0.25, 0.5, 0.9, 1.0])
def test_prunes_exactly_the_requested_share(pruning, sparsity):
    pruned, mask = pruning.magnitude_prune(W, sparsity)
    assert pruned.shape == W.shape and pruned.dtype == W.dtype
    assert mask.dtype == bool and mask.shape == W.shape, "mask: boolean, same shape"
    expected_zeros = round(sparsity * W.size)
    assert np.count_nonzero(pruned == 0) == expected_zeros, (
        f"prune round(sparsity * weights.size) = {expected_zeros} weights of the whole matrix"
    )
    assert np.array_equal(mask, pruned != 0), "mask is True exactly where weights were kept"


def test_removes_the_smallest_magnitudes_and_keeps_values(pruning):
    pruned, mask = pruning.magnitude_prune(W, 0.6)
    assert np.abs(W[mask]).min() >= np.abs(W[~mask]).max(), "every kept |w| >= every pruned |w|"
    np.testing.assert_array_equal(pruned[mask], W[mask], "kept weights must keep their values")


def test_does_not_modify_the_input(pruning):
    weights = np.random.default_rng(4).normal(size=(20, 10)).astype(np.float32)
    original = weights.copy()
    pruning.magnitude_prune(weights, 0.7)
    np.testing.assert_array_equal(weights, original, "work on a copy: the input must not change")


def test_the_count_is_rounded_not_truncated(pruning):
    weights = np.arange(1.0, 10.0, dtype=np.float32).reshape(3, 3)
    pruned, _ = pruning.magnitude_prune(weights, 0.3)  # 0.3 * 9 = 2.7 weights
    assert np.count_nonzero(pruned == 0) == 3, (
        "prune round(sparsity * weights.size) weights: round(2.7) is 3, int(2.7) would be 2"
    )


def test_ties_are_pruned_in_order(pruning):
    ties = np.array([[1.0, -1.0, 1.0], [2.0, 1.0, -3.0]], dtype=np.float32)
    pruned, _ = pruning.magnitude_prune(ties, 0.5)
    expected = np.array([[0.0, 0.0, 0.0], [2.0, 1.0, -3.0]], dtype=np.float32)
    np.testing.assert_array_equal(
        pruned, expected, "prune exactly 3 of the four |w| = 1, the first three in ravel() order"
    )


def test_matches_pytorch_l1_unstructured(pruning):
    torch = pytest.importorskip("torch")
    from torch.nn.utils import prune

    layer = torch.nn.Linear(30, 40)
    with torch.no_grad():
        layer.weight.copy_(torch.tensor(W))
    prune.l1_unstructured(layer, name="weight", amount=0.35)
    expected = layer.weight.detach().numpy()
    pruned, _ = pruning.magnitude_prune(W, 0.35)
    np.testing.assert_array_equal(
        pruned, expected, "prune the smallest |w| of the whole matrix, as l1_unstructured does"
    )


def test_rejects_impossible_sparsity(pruning):
    for bad in (-0.1, 1.5):
        with pytest.raises(ValueError):
            pruning.magnitude_prune(W, bad)


def test_measured_sparsity(pruning):
    assert pruning.measured_sparsity(W) == 0.0
    pruned, _ = pruning.magnitude_prune(W, 0.8)
    value = pruning.measured_sparsity(pruned)
    assert isinstance(value, float)
    assert value == pytest.approx(0.8)


def test_csr_bytes_and_when_sparse_storage_pays(pruning):
    small = np.array([[0.0, 2.0, 0.0], [0.0, 0.0, 0.0], [1.0, 0.0, 3.0]])
    assert pruning.csr_bytes(small) == 3 * 8 + 4 * 4
    assert pruning.csr_bytes(small, value_bytes=2, index_bytes=8) == 3 * 10 + 4 * 8
    dense = W.size * 4
    half, _ = pruning.magnitude_prune(W, 0.5)
    most, _ = pruning.magnitude_prune(W, 0.9)
    assert pruning.csr_bytes(half) > dense, "at 50% sparsity CSR is larger than dense float32"
    assert pruning.csr_bytes(most) < dense / 4, "at 90% sparsity CSR is much smaller"
