# Wrong: the bins have equal widths over the reference's range instead of equal shares.
"""PSI with equal-width bins."""

import numpy as np


def psi(reference, current, bins: int = 10, floor: float = 1e-4) -> float:
    reference = np.asarray(reference, dtype=float)
    current = np.asarray(current, dtype=float)
    edges = np.linspace(reference.min(), reference.max(), bins + 1)[1:-1]
    r = np.bincount(np.searchsorted(edges, reference, side="right"), minlength=bins)
    c = np.bincount(np.searchsorted(edges, current, side="right"), minlength=bins)
    r = np.maximum(r / len(reference), floor)
    c = np.maximum(c / len(current), floor)
    return float(np.sum((c - r) * np.log(c / r)))
