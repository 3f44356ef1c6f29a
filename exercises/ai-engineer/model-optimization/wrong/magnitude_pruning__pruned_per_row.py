# Wrong: each row is pruned to the sparsity on its own instead of the whole matrix at once.
"""Wrong solution: magnitude pruning of a weight matrix, measured."""

import numpy as np


def magnitude_prune(weights: np.ndarray, sparsity: float) -> tuple[np.ndarray, np.ndarray]:
    if not 0.0 <= sparsity <= 1.0:
        raise ValueError(f"sparsity must be between 0 and 1, got {sparsity}")
    rows = weights.reshape(weights.shape[0], -1)
    n_prune = int(round(sparsity * rows.shape[1]))
    mask = np.ones(rows.shape, dtype=bool)
    for r, row in enumerate(rows):
        order = np.argsort(np.abs(row), kind="stable")
        mask[r, order[:n_prune]] = False
    mask = mask.reshape(weights.shape)
    return np.where(mask, weights, 0).astype(weights.dtype), mask


def measured_sparsity(weights: np.ndarray) -> float:
    return float(np.count_nonzero(weights == 0)) / weights.size


def csr_bytes(weights: np.ndarray, value_bytes: int = 4, index_bytes: int = 4) -> int:
    nonzero = int(np.count_nonzero(weights))
    rows = weights.shape[0]
    return nonzero * (value_bytes + index_bytes) + (rows + 1) * index_bytes
