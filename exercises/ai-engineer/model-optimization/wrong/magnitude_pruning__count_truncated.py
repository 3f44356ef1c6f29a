# Wrong: the number of weights to prune is truncated with int() instead of rounded.
"""Wrong solution: magnitude pruning of a weight matrix, measured."""

import numpy as np


def magnitude_prune(weights: np.ndarray, sparsity: float) -> tuple[np.ndarray, np.ndarray]:
    if not 0.0 <= sparsity <= 1.0:
        raise ValueError(f"sparsity must be between 0 and 1, got {sparsity}")
    n_prune = int(sparsity * weights.size)
    # A stable sort keeps equal magnitudes in their original order.
    order = np.argsort(np.abs(weights).ravel(), kind="stable")
    mask = np.ones(weights.size, dtype=bool)
    mask[order[:n_prune]] = False
    mask = mask.reshape(weights.shape)
    return np.where(mask, weights, 0).astype(weights.dtype), mask


def measured_sparsity(weights: np.ndarray) -> float:
    return float(np.count_nonzero(weights == 0)) / weights.size


def csr_bytes(weights: np.ndarray, value_bytes: int = 4, index_bytes: int = 4) -> int:
    nonzero = int(np.count_nonzero(weights))
    rows = weights.shape[0]
    return nonzero * (value_bytes + index_bytes) + (rows + 1) * index_bytes
