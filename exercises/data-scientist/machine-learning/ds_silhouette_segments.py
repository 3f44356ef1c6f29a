"""Exercise: silhouette values by hand, and customer segments with scaled features.

Write the silhouette of every point with NumPy (no scikit-learn metrics), then a small function
that segments customers with k-means the way the book does: scale first, then cluster.

Check your work:  pytest exercises/data-scientist/machine-learning/test_ds_silhouette_segments.py
The book's page "Clustering: customer segments" explains both.
"""

import numpy as np
import pandas as pd


def silhouette_by_hand(X: np.ndarray, labels: np.ndarray) -> np.ndarray:
    """Return the silhouette value of every row of X, given its cluster label.

    For a point i in cluster C (Euclidean distances, not squared):
    - a = the mean distance from i to the *other* points of C (i itself is not counted);
    - b = the smallest, over the other clusters, of the mean distance from i to their points;
    - s = (b - a) / max(a, b).
    A point alone in its cluster gets s = 0. X has shape (n, d); labels has length n and
    holds at least two distinct values (integers or strings). Return a float array of length n.
    """
    raise NotImplementedError("write silhouette_by_hand")


def segment(frame: pd.DataFrame, columns: list[str], k: int, seed: int) -> np.ndarray:
    """Return k-means cluster labels (0 .. k-1) for the rows of frame.

    Use only the given columns. Standardize each column first (mean 0, standard deviation 1,
    as sklearn.preprocessing.StandardScaler does), so that no column dominates the distances
    because of its units. Then fit sklearn.cluster.KMeans(n_clusters=k, n_init=10,
    random_state=seed) and return its labels as an integer NumPy array.
    """
    raise NotImplementedError("write segment")
