"""Tests for the int8 quantization exercise (int8_quantization.py)."""

import numpy as np
import pytest

RNG = np.random.default_rng(7)
WEIGHTS = RNG.normal(0.0, 0.1, size=(64, 32)).astype(np.float32)
SKEWED = RNG.uniform(-0.2, 0.6, size=1000).astype(np.float32)


@pytest.fixture
def quant(exercise):
    return exercise("int8_quantization")


def test_symmetric_quantize_uses_the_largest_magnitude(quant):
    q, scale = quant.symmetric_quantize(WEIGHTS)
    assert q.dtype == np.int8 and q.shape == WEIGHTS.shape, "q must be int8, same shape as x"
    assert scale == pytest.approx(np.abs(WEIGHTS).max() / 127), "scale = max(|x|) / 127"
    assert q.min() >= -127 and q.max() <= 127
    assert np.abs(q).max() == 127, "the largest |x| must map to +/-127"


def test_asymmetric_quantize_covers_the_range_and_zero(quant):
    q, scale, zero_point = quant.asymmetric_quantize(SKEWED)
    assert q.dtype == np.uint8 and q.shape == SKEWED.shape, "q must be uint8, same shape as x"
    low, high = min(SKEWED.min(), 0.0), max(SKEWED.max(), 0.0)
    assert scale == pytest.approx((high - low) / 255), "scale = (high - low) / 255"
    assert zero_point == round(-low / scale)
    assert isinstance(zero_point, int), "zero_point must be a Python int"
    assert q.min() <= 1 and q.max() >= 254, "the range should use (almost) all 256 integers"
    assert quant.dequantize(np.array([zero_point], dtype=np.uint8), scale, zero_point)[0] == 0


def test_positive_only_data_still_represents_zero_exactly(quant):
    data = np.array([0.0, 0.5, 1.0, 2.0], dtype=np.float32)
    q, scale, zero_point = quant.asymmetric_quantize(data)
    assert zero_point == 0, "with low = 0, the zero point is 0"
    restored = quant.dequantize(q, scale, zero_point)
    assert restored[0] == 0.0


def test_the_range_is_stretched_to_include_zero(quant):
    positive = np.array([0.5, 1.0, 2.0], dtype=np.float32)
    _, scale, zero_point = quant.asymmetric_quantize(positive)
    assert scale == pytest.approx(2.0 / 255) and zero_point == 0, (
        "all-positive data: low = min(x.min(), 0) = 0, so the range is [0, 2] and 0 maps to 0"
    )
    _, scale, zero_point = quant.asymmetric_quantize(-positive)
    assert scale == pytest.approx(2.0 / 255) and zero_point == 255, (
        "all-negative data: high = max(x.max(), 0) = 0, so the range is [-2, 0], 0 maps to 255"
    )


def test_the_zero_point_is_rounded(quant):
    data = np.array([-0.706, 0.0, 0.5, 1.844], dtype=np.float32)
    q, scale, zero_point = quant.asymmetric_quantize(data)
    assert zero_point == 71, "-low / scale is 70.6 here: round it to 71, do not truncate it"
    error = np.abs(quant.dequantize(q, scale, zero_point) - data).max()
    assert error <= scale / 2 * (1 + 1e-4), "every value must come back within half a step"


def test_a_halfway_value_at_the_top_is_clipped(quant):
    data = np.array([-1.5, 0.0, 253.5], dtype=np.float32)  # scale 1.0, zero point 2
    q, scale, zero_point = quant.asymmetric_quantize(data)
    assert (scale, zero_point) == (1.0, 2), "scale = 255 / 255 = 1.0, zero_point = round(1.5) = 2"
    assert q[-1] == 255, (
        "253.5 rounds to 254 (np.round sends halves to the even integer), and 254 + 2 = 256: "
        "clip to [0, 255] before converting to uint8, or 256 wraps around to 0"
    )


def test_dequantize_does_not_wrap_around(quant):
    q = np.array([0, 10, 255], dtype=np.uint8)
    restored = quant.dequantize(q, 0.5, 128)
    assert restored.dtype == np.float32, "dequantize returns float32"
    np.testing.assert_allclose(restored, [-64.0, -59.0, 63.5])


@pytest.mark.parametrize("kind", ["symmetric", "asymmetric"])
def test_round_trip_error_is_within_the_bound(quant, kind):
    data = SKEWED if kind == "asymmetric" else WEIGHTS
    if kind == "symmetric":
        q, scale = quant.symmetric_quantize(data)
        restored = quant.dequantize(q, scale)
    else:
        q, scale, zero_point = quant.asymmetric_quantize(data)
        restored = quant.dequantize(q, scale, zero_point)
    bound = quant.max_error_bound(scale)
    assert bound == pytest.approx(scale / 2), "the bound is half of one quantization step"
    error = np.abs(restored - data).max()
    assert error <= bound * (1 + 1e-4), f"max error {error} exceeds the bound {bound}"
    assert error > bound * 0.5, "the error should come close to the bound on this many values"


def test_all_zero_input_does_not_divide_by_zero(quant):
    zeros = np.zeros(5, dtype=np.float32)
    q, scale = quant.symmetric_quantize(zeros)
    assert scale == 1.0 and not q.any()
    q, scale, zero_point = quant.asymmetric_quantize(zeros)
    assert (scale, zero_point) == (1.0, 0) and not q.any()
