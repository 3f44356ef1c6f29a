"""Exercise: magnitude pruning of a weight matrix, measured.

Write the three functions below with NumPy only.

- ``magnitude_prune(weights, sparsity)`` sets the ``round(sparsity * weights.size)`` entries with
  the smallest absolute values to zero. It returns ``(pruned, mask)``: ``pruned`` is a new array
  of the same shape and dtype (the input must not change) and ``mask`` is a boolean array of
  the same shape, ``True`` where a weight was kept. Entries with equal absolute values are
  pruned in the order they appear in ``weights.ravel()``. Raise ``ValueError`` if ``sparsity``
  is not between 0 and 1.
- ``measured_sparsity(weights)`` returns the share of entries that are exactly zero, as a Python
  float between 0 and 1.
- ``csr_bytes(weights, value_bytes=4, index_bytes=4)`` returns how many bytes a 2-D matrix
  takes in the compressed sparse row (CSR) format: one value and one column index per nonzero
  entry, plus ``rows + 1`` row offsets, each offset taking ``index_bytes``.

Check your work:  pytest exercises/ai-engineer/model-optimization/test_magnitude_pruning.py
The book's page "Pruning" shows the same ideas with torch.nn.utils.prune.
"""

import numpy as np


def magnitude_prune(weights: np.ndarray, sparsity: float) -> tuple[np.ndarray, np.ndarray]:
    raise NotImplementedError("write magnitude_prune")


def measured_sparsity(weights: np.ndarray) -> float:
    raise NotImplementedError("write measured_sparsity")


def csr_bytes(weights: np.ndarray, value_bytes: int = 4, index_bytes: int = 4) -> int:
    raise NotImplementedError("write csr_bytes")
