# Wrong: sums the distances to the centers instead of the squared distances.
"""A wrong solution (the first line names its mistake): k-means in NumPy."""

import numpy as np


def assign_clusters(X: np.ndarray, centers: np.ndarray) -> np.ndarray:
    """Return the index of the nearest center for every row of X."""
    differences = X[:, np.newaxis, :] - centers[np.newaxis, :, :]  # (n, k, d)
    squared = (differences**2).sum(axis=2)  # (n, k): same order as the distances
    return squared.argmin(axis=1)  # argmin returns the first minimum: smaller index wins


def update_centers(X: np.ndarray, labels: np.ndarray, centers: np.ndarray) -> np.ndarray:
    """Return new centers: the mean of each cluster's points, or its old center if empty."""
    new = np.array(centers, dtype=float)  # a copy: the caller's centers stay as they are
    for j in range(len(new)):
        members = X[labels == j]
        if len(members):
            new[j] = members.mean(axis=0)
    return new


def inertia(X: np.ndarray, centers: np.ndarray, labels: np.ndarray) -> float:
    """Return the sum of squared distances of the rows of X to their centers."""
    return float(np.linalg.norm(X - centers[labels], axis=1).sum())


def kmeans(
    X: np.ndarray, initial_centers: np.ndarray, max_iter: int = 300
) -> tuple[np.ndarray, np.ndarray, float]:
    """Cluster X with Lloyd's algorithm, starting from ``initial_centers``."""
    centers = np.array(initial_centers, dtype=float)
    labels = assign_clusters(X, centers)
    for _ in range(max_iter - 1):
        centers = update_centers(X, labels, centers)
        new_labels = assign_clusters(X, centers)
        if np.array_equal(new_labels, labels):
            break
        labels = new_labels
    return centers, labels, inertia(X, centers, labels)
