# Wrong: the zero point is truncated with int() instead of rounded to the nearest integer.
"""Wrong solution: int8 quantization by hand, symmetric and asymmetric."""

import numpy as np


def symmetric_quantize(x: np.ndarray) -> tuple[np.ndarray, float]:
    largest = float(np.abs(x).max()) if x.size else 0.0
    scale = largest / 127 if largest > 0 else 1.0
    q = np.clip(np.round(x / scale), -127, 127).astype(np.int8)
    return q, scale


def asymmetric_quantize(x: np.ndarray) -> tuple[np.ndarray, float, int]:
    low = min(float(x.min()), 0.0)
    high = max(float(x.max()), 0.0)
    if high == low:
        return np.zeros(x.shape, dtype=np.uint8), 1.0, 0
    scale = (high - low) / 255
    zero_point = int(-low / scale)
    q = np.clip(np.round(x / scale) + zero_point, 0, 255).astype(np.uint8)
    return q, scale, zero_point


def dequantize(q: np.ndarray, scale: float, zero_point: int = 0) -> np.ndarray:
    # int32 first: uint8 arithmetic would wrap around below zero.
    return (scale * (q.astype(np.int32) - zero_point)).astype(np.float32)


def max_error_bound(scale: float) -> float:
    # Rounding to the nearest step is off by at most half a step.
    return scale / 2
