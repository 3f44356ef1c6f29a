# Wrong: a vote tie goes to the label met first (Counter.most_common), not to the smallest label.
"""Wrong solution: k-nearest neighbors from scratch with NumPy."""

from collections import Counter

import numpy as np


def pairwise_distances(A: np.ndarray, B: np.ndarray) -> np.ndarray:
    """Return the Euclidean distances between every row of A and every row of B."""
    A = np.asarray(A, dtype=float)
    B = np.asarray(B, dtype=float)
    # (n, 1, d) - (1, m, d) broadcasts to (n, m, d): every pair of rows at once.
    differences = A[:, np.newaxis, :] - B[np.newaxis, :, :]
    return np.sqrt((differences**2).sum(axis=2))


def knn_predict(
    X_train: np.ndarray, y_train: np.ndarray, X_query: np.ndarray, k: int
) -> np.ndarray:
    """Predict a label for every row of X_query by a majority vote of its k nearest neighbors."""
    distances = pairwise_distances(X_query, X_train)
    # A stable sort keeps training rows at equal distance in their original order.
    nearest = np.argsort(distances, axis=1, kind="stable")[:, :k]
    # most_common breaks a tie by first appearance: the label of the nearest neighbor wins.
    labels = [Counter(row).most_common(1)[0][0] for row in y_train[nearest]]
    return np.array(labels)
