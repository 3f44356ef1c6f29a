"""Exercise: the population stability index (PSI) of a numeric column.

Write ``psi(reference, current, bins=10, floor=1e-4)``, the drift score of
``current`` against ``reference`` (two 1-D arrays or Series of numbers without
missing values), exactly as follows:

1. The bin edges come from the reference only: the inner edges are
   ``np.quantile(reference, [1/bins, 2/bins, ..., (bins-1)/bins])`` (NumPy's
   default, linear interpolation), with repeated edges removed (``np.unique``).
   The same edges are used for both samples.
2. The outer bins are open: a value below the first inner edge falls in the
   first bin, a value above the last inner edge in the last bin, even when it
   lies outside the range of the reference. A value equal to an edge belongs
   to the bin above it (``np.searchsorted(edges, values, side="right")``).
3. The share of each sample in each bin is its count divided by the sample's
   length. A share below ``floor`` is raised to ``floor`` (an empty bin would
   otherwise make the logarithm infinite).
4. Return ``sum((c - r) * ln(c / r))`` over the bins, as a Python float, where
   ``r`` and ``c`` are the shares of the reference and the current sample.
"""

import numpy as np  # noqa: F401


def psi(reference, current, bins: int = 10, floor: float = 1e-4) -> float:
    """The PSI of `current` against `reference` (see the module docstring)."""
    raise NotImplementedError
