# Wrong: np.argpartition picks any of the rows at the k-th distance, not those first in X_train.
"""Wrong solution: k-nearest neighbors from scratch with NumPy."""

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
    # argpartition finds the k smallest quickly, but picks any of equally distant rows.
    nearest = np.argpartition(distances, k - 1, axis=1)[:, :k]
    # Turn the labels into codes 0..c-1 in sorted order, so that argmax over the vote
    # counts, which picks the first maximum, picks the smallest label on a tie.
    classes, codes = np.unique(y_train, return_inverse=True)
    votes = np.zeros((len(X_query), len(classes)), dtype=int)
    rows = np.repeat(np.arange(len(X_query)), k)
    np.add.at(votes, (rows, codes[nearest].ravel()), 1)
    return classes[votes.argmax(axis=1)]
