"""Exercise: k-nearest neighbors from scratch with NumPy.

Write the two functions below without scikit-learn, and without a Python loop over the training
points (NumPy broadcasting does the work). Together they must give exactly the predictions of
``sklearn.neighbors.KNeighborsClassifier(n_neighbors=k)``.

Check your work:  pytest exercises/ai-engineer/machine-learning/test_ml_knn_from_scratch.py
The book's page "k-nearest neighbors" explains the method.
"""

import numpy as np


def pairwise_distances(A: np.ndarray, B: np.ndarray) -> np.ndarray:
    """Return the Euclidean distances between every row of A and every row of B.

    A has shape (n, d) and B has shape (m, d). The result has shape (n, m), and its entry
    [i, j] is the Euclidean distance between A[i] and B[j]. Use broadcasting, not loops.
    """
    raise NotImplementedError("write pairwise_distances")


def knn_predict(
    X_train: np.ndarray, y_train: np.ndarray, X_query: np.ndarray, k: int
) -> np.ndarray:
    """Predict a label for every row of X_query by a majority vote of its k nearest neighbors.

    - The neighbors of a query are the k rows of X_train with the smallest Euclidean distance
      to it. If two training rows are at exactly the same distance, the one that comes first in
      X_train counts as nearer.
    - The prediction is the label that occurs most often among the k neighbors' labels. If
      several labels tie for most votes, predict the smallest of them (in sorted order).
    - y_train may hold any sortable labels (integers or strings). Return a NumPy array with one
      label per query row, of the same kind as y_train's labels.
    """
    raise NotImplementedError("write knn_predict")
