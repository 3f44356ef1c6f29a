"""Tests for the convolution exercise (conv2d_numpy.py), checked against PyTorch."""

import numpy as np
import pytest
import torch
import torch.nn.functional as F


def reference(x, weight, bias=None, stride=1, padding=0):
    b = None if bias is None else torch.tensor(bias)
    out = F.conv2d(torch.tensor(x)[None], torch.tensor(weight), b, stride=stride, padding=padding)
    return out[0].numpy()


@pytest.mark.parametrize(
    ("n", "k", "padding", "stride", "expected"),
    [(8, 3, 0, 1, 6), (8, 3, 1, 1, 8), (8, 3, 1, 2, 4), (32, 5, 2, 3, 11), (7, 7, 0, 1, 1)],
)
def test_output_size(exercise, n, k, padding, stride, expected):
    size = exercise("conv2d_numpy").conv_output_size(n, k, padding, stride)
    assert size == expected, f"n={n}, k={k}, padding={padding}, stride={stride}"


def test_single_channel_matches_pytorch(exercise):
    rng = np.random.default_rng(0)
    x, weight = rng.normal(size=(1, 6, 6)), rng.normal(size=(1, 1, 3, 3))
    out = exercise("conv2d_numpy").conv2d(x, weight)
    assert np.shape(out) == (1, 4, 4)
    assert np.allclose(out, reference(x, weight)), "multiply each patch by the kernel and sum"


def test_channels_and_bias_match_pytorch(exercise):
    rng = np.random.default_rng(1)
    x, weight, bias = rng.normal(size=(3, 7, 5)), rng.normal(size=(4, 3, 3, 2)), rng.normal(size=4)
    out = exercise("conv2d_numpy").conv2d(x, weight, bias)
    assert np.shape(out) == (4, 5, 4), "one output channel per kernel; kernels need not be square"
    assert np.allclose(out, reference(x, weight, bias)), (
        "sum over the input channels too; weight is (C_out, C_in, kH, kW), kH rows by kW columns"
    )


@pytest.mark.parametrize(("stride", "padding"), [(1, 1), (2, 0), (2, 1), (3, 2)])
def test_padding_and_stride_match_pytorch(exercise, stride, padding):
    rng = np.random.default_rng(2)
    x, weight, bias = rng.normal(size=(2, 9, 8)), rng.normal(size=(3, 2, 3, 3)), rng.normal(size=3)
    out = exercise("conv2d_numpy").conv2d(x, weight, bias, stride=stride, padding=padding)
    expected = reference(x, weight, bias, stride=stride, padding=padding)
    assert np.shape(out) == expected.shape, f"output shape with stride={stride}, padding={padding}"
    assert np.allclose(out, expected), (
        f"stride={stride}, padding={padding}: output (i, j) is the patch whose top-left corner "
        "is at (i * stride, j * stride) of the padded image"
    )


def test_the_kernel_is_not_flipped(exercise):
    x = np.arange(9.0).reshape(1, 3, 3)
    weight = np.array([[[[1.0, 0.0], [0.0, 0.0]]]])  # a single 1 in the top-left corner
    out = exercise("conv2d_numpy").conv2d(x, weight)
    assert np.allclose(out, [[[0.0, 1.0], [3.0, 4.0]]]), (
        "this kernel copies the top-left pixel of each patch: compute a cross-correlation, "
        "as PyTorch does, without flipping the kernel"
    )
