# Wrong: it rescales each column to [0, 1] instead of standardizing it.
"""A wrong solution: silhouette values by hand, and customer segments with scaled features."""

import numpy as np
import pandas as pd
from sklearn.cluster import KMeans
from sklearn.preprocessing import MinMaxScaler


def silhouette_by_hand(X: np.ndarray, labels: np.ndarray) -> np.ndarray:
    """Return the silhouette value of every row of X, given its cluster label."""
    X = np.asarray(X, dtype=float)
    labels = np.asarray(labels)
    distances = np.sqrt(((X[:, None, :] - X[None, :, :]) ** 2).sum(axis=-1))
    clusters = np.unique(labels)
    scores = np.zeros(len(X))
    for i in range(len(X)):
        own = labels == labels[i]
        if own.sum() == 1:
            continue  # a point alone in its cluster has silhouette 0
        a = distances[i, own].sum() / (own.sum() - 1)  # the distance to itself is 0
        b = min(distances[i, labels == c].mean() for c in clusters if c != labels[i])
        scores[i] = (b - a) / max(a, b)
    return scores


def segment(frame: pd.DataFrame, columns: list[str], k: int, seed: int) -> np.ndarray:
    """Return k-means cluster labels (0 .. k-1) for the rows of frame."""
    X = MinMaxScaler().fit_transform(frame[columns])  # to [0, 1]
    model = KMeans(n_clusters=k, n_init=10, random_state=seed).fit(X)
    return model.labels_.astype(int)
