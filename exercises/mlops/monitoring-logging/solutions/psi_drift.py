"""Solution: the population stability index (PSI) of a numeric column."""

import numpy as np


def psi(reference, current, bins: int = 10, floor: float = 1e-4) -> float:
    """The PSI of `current` against `reference`, with decile bins of the reference."""
    reference = np.asarray(reference, dtype=float)
    current = np.asarray(current, dtype=float)
    inner = np.quantile(reference, np.arange(1, bins) / bins)
    edges = np.unique(inner)
    size = len(edges) + 1
    r = np.bincount(np.searchsorted(edges, reference, side="right"), minlength=size)
    c = np.bincount(np.searchsorted(edges, current, side="right"), minlength=size)
    r = np.maximum(r / len(reference), floor)
    c = np.maximum(c / len(current), floor)
    return float(np.sum((c - r) * np.log(c / r)))
