# Wrong: every |w| at or below the n-th smallest magnitude is pruned, so ties prune too many.
"""Wrong solution: magnitude pruning of a weight matrix, measured."""

import numpy as np


def magnitude_prune(weights: np.ndarray, sparsity: float) -> tuple[np.ndarray, np.ndarray]:
    if not 0.0 <= sparsity <= 1.0:
        raise ValueError(f"sparsity must be between 0 and 1, got {sparsity}")
    n_prune = int(round(sparsity * weights.size))
    magnitudes = np.abs(weights)
    if n_prune == 0:
        mask = np.ones(weights.shape, dtype=bool)
    else:
        threshold = np.sort(magnitudes.ravel())[n_prune - 1]
        mask = magnitudes > threshold
    return np.where(mask, weights, 0).astype(weights.dtype), mask


def measured_sparsity(weights: np.ndarray) -> float:
    return float(np.count_nonzero(weights == 0)) / weights.size


def csr_bytes(weights: np.ndarray, value_bytes: int = 4, index_bytes: int = 4) -> int:
    nonzero = int(np.count_nonzero(weights))
    rows = weights.shape[0]
    return nonzero * (value_bytes + index_bytes) + (rows + 1) * index_bytes
