# Wrong: np.histogram over the reference's range drops current values outside it.
"""PSI whose outer bins end at the reference's minimum and maximum."""

import numpy as np


def psi(reference, current, bins: int = 10, floor: float = 1e-4) -> float:
    reference = np.asarray(reference, dtype=float)
    current = np.asarray(current, dtype=float)
    edges = np.unique(np.quantile(reference, np.linspace(0, 1, bins + 1)))
    r, _ = np.histogram(reference, bins=edges)
    c, _ = np.histogram(current, bins=edges)
    r = np.maximum(r / max(r.sum(), 1), floor)
    c = np.maximum(c / max(c.sum(), 1), floor)
    return float(np.sum((c - r) * np.log(c / r)))
