# Wrong: it averages the two children's impurities without weighting them by their sizes.
"""Wrong solution: the Gini impurity and the best split of one feature."""

import numpy as np


def gini(labels: np.ndarray) -> float:
    """Return the Gini impurity of a group of labels."""
    labels = np.asarray(labels)
    if labels.size == 0:
        return 0.0
    _, counts = np.unique(labels, return_counts=True)
    shares = counts / counts.sum()
    return float(1.0 - np.sum(shares**2))


def best_split(x: np.ndarray, y: np.ndarray) -> tuple[float | None, float]:
    """Return (threshold, weighted_impurity) of the best split "x <= threshold"."""
    x, y = np.asarray(x, dtype=float), np.asarray(y)
    values = np.unique(x)  # sorted distinct values
    if len(values) < 2:
        return None, gini(y)
    best_threshold, best_impurity = None, np.inf
    for threshold in (values[:-1] + values[1:]) / 2:
        left, right = y[x <= threshold], y[x > threshold]
        impurity = (gini(left) + gini(right)) / 2  # not weighted by the group sizes
        if impurity < best_impurity:  # strict: the first (smallest) threshold wins ties
            best_threshold, best_impurity = float(threshold), impurity
    return best_threshold, float(best_impurity)
