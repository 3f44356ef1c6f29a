"""Exercise: a 2-D convolution layer's forward pass in NumPy, with padding and stride.

Write ``conv_output_size`` and ``conv2d`` with NumPy only (no PyTorch): the tests compare
``conv2d`` with ``torch.nn.functional.conv2d``. Like PyTorch, compute a cross-correlation (do not
flip the kernel).

Check your work:  pytest exercises/ai-engineer/deep-learning/test_conv2d_numpy.py
The book's page "Convolutional neural networks" applies a kernel by hand.
"""

import numpy as np


def conv_output_size(n: int, k: int, padding: int = 0, stride: int = 1) -> int:
    """Return the output length along one axis for input length n and kernel length k."""
    raise NotImplementedError("write conv_output_size")


def conv2d(
    x: np.ndarray,
    weight: np.ndarray,
    bias: np.ndarray | None = None,
    stride: int = 1,
    padding: int = 0,
) -> np.ndarray:
    """Return the convolution of one image with a bank of kernels.

    ``x`` has shape (C_in, H, W): channels first, no batch axis. ``weight`` has shape
    (C_out, C_in, kH, kW) and ``bias``, when given, shape (C_out,). ``padding`` zeros are added
    on every side of the image; the kernel moves ``stride`` pixels at a time in both directions.
    Output channel ``o`` at position (i, j) is the sum, over all input channels and kernel
    positions, of the kernel ``weight[o]`` times the input patch whose top-left corner is at
    (i * stride, j * stride) of the padded image, plus ``bias[o]``. The result has shape
    (C_out, H_out, W_out), with sizes given by ``conv_output_size``.
    """
    raise NotImplementedError("write conv2d")
