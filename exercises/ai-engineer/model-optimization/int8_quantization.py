"""Exercise: int8 quantization by hand, symmetric and asymmetric.

Write the four functions below with NumPy only.

- ``symmetric_quantize(x)`` maps a float array to signed 8-bit integers in [-127, 127] with zero
  point 0 and ``scale = max(|x|) / 127``. Return ``(q, scale)``, where ``q`` has dtype
  ``np.int8`` and the same shape as ``x``, and ``scale`` is a Python float. If every value of
  ``x`` is 0, use ``scale = 1.0``.
- ``asymmetric_quantize(x)`` maps a float array to unsigned 8-bit integers in [0, 255]. Stretch
  the range to include 0.0 (``low = min(x.min(), 0)``, ``high = max(x.max(), 0)``), then
  ``scale = (high - low) / 255`` and ``zero_point = round(-low / scale)``. Return
  ``(q, scale, zero_point)``, where ``q`` has dtype ``np.uint8``, ``scale`` is a Python float
  and ``zero_point`` a Python int in [0, 255]. If ``high == low`` (all zeros), use
  ``scale = 1.0`` and ``zero_point = 0``.
- ``dequantize(q, scale, zero_point=0)`` returns ``scale * (q - zero_point)`` as a float32
  array. Watch out: subtracting from a uint8 array wraps around, so convert ``q`` first.
- ``max_error_bound(scale)`` returns the largest possible absolute error between a value inside
  the quantization range and its dequantized value.

In both quantizers, round to the nearest integer (``np.round``) and clip to the integer range
before converting the dtype.

Check your work:  pytest exercises/ai-engineer/model-optimization/test_int8_quantization.py
The book's page "Quantization" does the same computation step by step.
"""

import numpy as np


def symmetric_quantize(x: np.ndarray) -> tuple[np.ndarray, float]:
    raise NotImplementedError("write symmetric_quantize")


def asymmetric_quantize(x: np.ndarray) -> tuple[np.ndarray, float, int]:
    raise NotImplementedError("write asymmetric_quantize")


def dequantize(q: np.ndarray, scale: float, zero_point: int = 0) -> np.ndarray:
    raise NotImplementedError("write dequantize")


def max_error_bound(scale: float) -> float:
    raise NotImplementedError("write max_error_bound")
