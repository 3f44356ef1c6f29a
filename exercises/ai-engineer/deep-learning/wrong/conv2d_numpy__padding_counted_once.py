# Wrong: conv_output_size adds the padding once, forgetting that it is added on both sides.
"""Wrong solution: a 2-D convolution's forward pass in NumPy, with padding and stride."""

import numpy as np


def conv_output_size(n: int, k: int, padding: int = 0, stride: int = 1) -> int:
    """Return the output length along one axis for input length n and kernel length k."""
    return (n + padding - k) // stride + 1


def conv2d(
    x: np.ndarray,
    weight: np.ndarray,
    bias: np.ndarray | None = None,
    stride: int = 1,
    padding: int = 0,
) -> np.ndarray:
    """Return the convolution (cross-correlation) of one image with a bank of kernels."""
    c_out, c_in, kh, kw = weight.shape
    x = np.pad(x, ((0, 0), (padding, padding), (padding, padding)))
    out_h = conv_output_size(x.shape[1], kh, 0, stride)
    out_w = conv_output_size(x.shape[2], kw, 0, stride)
    out = np.zeros((c_out, out_h, out_w))
    for i in range(out_h):
        for j in range(out_w):
            top, left = i * stride, j * stride
            patch = x[:, top : top + kh, left : left + kw]  # (C_in, kH, kW)
            # One dot product per output channel: sum over channels and kernel positions.
            out[:, i, j] = np.tensordot(weight, patch, axes=([1, 2, 3], [0, 1, 2]))
    if bias is not None:
        out += bias[:, None, None]
    return out
