"""Exercise: k-means clustering from scratch with NumPy (Lloyd's algorithm).

Write the four functions below with NumPy, without scikit-learn and without a Python loop over
the points (a loop over the k clusters is fine). Started from the same centers, ``kmeans`` must
find the clustering that ``sklearn.cluster.KMeans(n_clusters=k, init=initial_centers,
n_init=1, algorithm="lloyd", tol=0)`` finds.

Check your work:  pytest exercises/ai-engineer/machine-learning/test_ml_kmeans_from_scratch.py
The book's page "The three types of learning" explains k-means and its inertia.
"""

import numpy as np


def assign_clusters(X: np.ndarray, centers: np.ndarray) -> np.ndarray:
    """Return the index of the nearest center for every row of X.

    X has shape (n, d) and centers shape (k, d). The result is an integer array of shape (n,)
    whose entry i is the j that minimizes the Euclidean distance between X[i] and centers[j].
    When two centers are exactly as near, the one with the smaller index wins.
    """
    raise NotImplementedError("write assign_clusters")


def update_centers(X: np.ndarray, labels: np.ndarray, centers: np.ndarray) -> np.ndarray:
    """Return new centers: row j is the mean of the rows of X whose label is j.

    ``labels`` is what assign_clusters returns and ``centers`` (shape (k, d)) are the current
    centers. A cluster that has no points keeps its current center. Return a new float array
    of shape (k, d); change neither argument.
    """
    raise NotImplementedError("write update_centers")


def inertia(X: np.ndarray, centers: np.ndarray, labels: np.ndarray) -> float:
    """Return the sum, over every row of X, of its SQUARED Euclidean distance to its center.

    The center of X[i] is centers[labels[i]]. Return a Python float. This is the quantity that
    k-means minimizes, and what scikit-learn reports as ``KMeans.inertia_``.
    """
    raise NotImplementedError("write inertia")


def kmeans(
    X: np.ndarray, initial_centers: np.ndarray, max_iter: int = 300
) -> tuple[np.ndarray, np.ndarray, float]:
    """Cluster X with Lloyd's algorithm, starting from ``initial_centers``; return the result.

    Repeat: assign every row to its nearest center (assign_clusters); if no label changed since
    the previous round, stop; otherwise move the centers to the means of their points
    (update_centers). Stop as well after ``max_iter`` rounds of assignment.

    Return ``(centers, labels, inertia)``: the final centers as a new array of shape (k, d),
    where row j is the center that started at ``initial_centers[j]`` (same order); the labels
    of the final assignment, which are the nearest of those centers for every row; and the
    inertia of that assignment (a Python float). Do not change ``initial_centers``.
    """
    raise NotImplementedError("write kmeans")
