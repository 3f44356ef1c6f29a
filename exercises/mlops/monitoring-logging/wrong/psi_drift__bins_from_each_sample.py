# Wrong: each sample is binned by its own deciles, so every bin holds a tenth of both.
"""PSI with the current sample cut at its own quantiles."""

import numpy as np


def _shares(values, bins, floor):
    edges = np.unique(np.quantile(values, np.arange(1, bins) / bins))
    counts = np.bincount(np.searchsorted(edges, values, side="right"), minlength=bins)
    return np.maximum(counts[:bins] / len(values), floor)


def psi(reference, current, bins: int = 10, floor: float = 1e-4) -> float:
    reference = np.asarray(reference, dtype=float)
    current = np.asarray(current, dtype=float)
    r = _shares(reference, bins, floor)
    c = _shares(current, bins, floor)
    return float(np.sum((c - r) * np.log(c / r)))
