"""Exercise: a soft-margin linear SVM trained by subgradient descent on the hinge loss.

A linear SVM with parameter C finds the weights w and the bias b that minimize

    0.5 * (w @ w)  +  C * sum over i of max(0, 1 - y_i * (w @ x_i + b))

with labels y_i in {-1, +1}. The first term makes the margin, whose width is 2 / ||w||, wide;
the second, the hinge loss, charges every point that lies inside the margin or on the wrong
side by how far it is past the edge. The bias is not in the first term: shifting the boundary
costs nothing. This is exactly the problem that ``sklearn.svm.SVC(kernel="linear", C=C)``
solves, and the tests compare your answer with it.

Write the four functions below with NumPy (no scikit-learn, no loop over the points).

Check your work:  pytest exercises/ai-engineer/machine-learning/test_ml_linear_svm.py
The book's page "Support vector machines" explains the margin, C and the support vectors.
"""

import numpy as np


def hinge_objective(w: np.ndarray, b: float, X: np.ndarray, y: np.ndarray, C: float) -> float:
    """Return the soft-margin objective above for weights w (shape (d,)) and bias b.

    X has shape (n, d); y holds n labels, each -1 or +1. Sum the hinge losses (do not average
    them) and leave b out of the penalty. Return a Python float.
    """
    raise NotImplementedError("write hinge_objective")


def hinge_subgradient(
    w: np.ndarray, b: float, X: np.ndarray, y: np.ndarray, C: float
) -> tuple[np.ndarray, float]:
    """Return ``(grad_w, grad_b)``, a subgradient of hinge_objective at (w, b).

    The points with ``y_i * (w @ x_i + b) < 1`` are the ones whose hinge loss is positive.
    ``grad_w = w - C * (sum of y_i * x_i over those points)`` and
    ``grad_b = -C * (sum of y_i over those points)``; grad_b is a Python float.
    """
    raise NotImplementedError("write hinge_subgradient")


def fit_linear_svm(
    X: np.ndarray, y: np.ndarray, C: float, epochs: int = 2000, lr: float = 0.01
) -> tuple[np.ndarray, float]:
    """Train the SVM by subgradient descent and return ``(w, b)``.

    - ``y`` holds two distinct labels of any kind (0 and 1, or two strings). As in
      scikit-learn, the larger of the two in sorted order is +1 and the other -1: turn them
      into -1 and +1 before you use the formulas.
    - Start from w = 0 (an array of d zeros) and b = 0. Take ``epochs`` steps; step t (counting
      from 1) moves (w, b) against the subgradient over all the points, with step size
      ``lr / sqrt(t)``.
    - The objective of a subgradient method does not fall at every step: return the (w, b)
      with the lowest hinge_objective among all those visited, the start included. b is a
      Python float.
    """
    raise NotImplementedError("write fit_linear_svm")


def support_vectors(
    w: np.ndarray, b: float, X: np.ndarray, y: np.ndarray, tol: float = 1e-3
) -> np.ndarray:
    """Return the indices, in increasing order, of the support vectors of (w, b).

    ``y`` holds the two original labels, mapped to -1 and +1 as in fit_linear_svm. A point is a
    support vector when it lies on the edge of the margin, inside it or on the wrong side:
    ``y_i * (w @ x_i + b) <= 1 + tol``. Return an integer array.
    """
    raise NotImplementedError("write support_vectors")
