"""Exercise: the Gini impurity and the best split of one feature, as a decision tree finds it.

Write the two functions below with NumPy (no scikit-learn). ``best_split`` must find the same
threshold as a depth-1 ``DecisionTreeClassifier`` (a stump) fitted on the single feature x.

Check your work:  pytest exercises/ai-engineer/machine-learning/test_ml_gini_split.py
The book's page "Decision trees" explains both ideas.
"""

import numpy as np


def gini(labels: np.ndarray) -> float:
    """Return the Gini impurity of a group of labels: 1 minus the sum of the squared class shares.

    labels is a one-dimensional array of any labels (integers or strings). An empty group has
    impurity 0.0. Return a Python float.
    """
    raise NotImplementedError("write gini")


def best_split(x: np.ndarray, y: np.ndarray) -> tuple[float | None, float]:
    """Return (threshold, weighted_impurity) of the best split "x <= threshold" of one feature.

    - x holds one numeric feature, y the labels, both one-dimensional and of the same length.
    - The candidate thresholds are the midpoints between consecutive *distinct* values of x,
      in sorted order (x = [1, 2, 2, 4] gives the candidates 1.5 and 3.0).
    - A split sends the examples with x <= threshold left and the others right. Its weighted
      impurity is (n_left * gini(left) + n_right * gini(right)) / n.
    - Return the candidate with the lowest weighted impurity, as a float, with that impurity.
      If several candidates share the lowest impurity, return the smallest threshold.
    - If x has only one distinct value, no split exists: return (None, gini(y)).
    """
    raise NotImplementedError("write best_split")
