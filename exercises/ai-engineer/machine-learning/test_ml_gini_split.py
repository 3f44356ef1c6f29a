"""Tests for the Gini impurity and best split exercise (ml_gini_split.py)."""

import numpy as np
import pytest
from sklearn.tree import DecisionTreeClassifier


@pytest.fixture
def split(exercise):
    return exercise("ml_gini_split")


@pytest.mark.parametrize(
    ("labels", "expected"),
    [
        ([1, 1, 1, 1], 0.0),
        ([0, 1, 1, 1], 0.375),
        ([0, 0, 1, 1], 0.5),
        (["a", "b", "c"], 2 / 3),
        ([], 0.0),
    ],
    ids=["pure", "one-in-four", "half-half", "three-classes", "empty"],
)
def test_gini_impurity(split, labels, expected):
    assert split.gini(np.array(labels)) == pytest.approx(expected), (
        "1 minus the sum of the squared class shares; an empty group has impurity 0.0"
    )


def test_midpoints_of_distinct_values_only(split):
    x = np.array([1.0, 2.0, 2.0, 4.0])
    y = np.array([0, 1, 1, 1])
    threshold, impurity = split.best_split(x, y)
    assert threshold == pytest.approx(1.5), "1.5, midway between 1 and 2, separates the classes"
    assert impurity == pytest.approx(0.0)
    threshold, impurity = split.best_split(x, np.array([0, 0, 0, 1]))
    assert threshold == pytest.approx(3.0), (
        "3.0, midway between the distinct values 2 and 4, separates the classes; the repeated "
        "2 gives no candidate 2.0 (take the midpoints of np.unique(x))"
    )
    assert impurity == pytest.approx(0.0)


def test_a_tie_returns_the_smallest_threshold(split):
    x = np.array([1.0, 2.0, 3.0, 4.0])
    y = np.array([0, 1, 1, 0])  # splitting at 1.5 or at 3.5 is equally good
    threshold, impurity = split.best_split(x, y)
    assert threshold == pytest.approx(1.5), "1.5 and 3.5 tie: return the smaller threshold"
    assert impurity == pytest.approx(1 / 3), "weigh each side's impurity by its share of x"


def test_a_constant_feature_cannot_be_split(split):
    threshold, impurity = split.best_split(np.array([2.0, 2.0, 2.0]), np.array([0, 1, 1]))
    assert threshold is None
    assert impurity == pytest.approx(4 / 9)


def stump_split(x, y):
    """The threshold and weighted child impurity that scikit-learn's stump chooses."""
    stump = DecisionTreeClassifier(max_depth=1, random_state=0).fit(x.reshape(-1, 1), y)
    tree = stump.tree_
    left, right = tree.children_left[0], tree.children_right[0]
    n = tree.n_node_samples
    impurity = (n[left] * tree.impurity[left] + n[right] * tree.impurity[right]) / n[0]
    return tree.threshold[0], impurity


@pytest.mark.parametrize("seed", [0, 1, 2, 3])
def test_matches_a_scikit_learn_stump(split, seed):
    rng = np.random.default_rng(seed)
    x = rng.integers(0, 40, size=60) / 4  # values exact in float32, with repeats
    y = (x + rng.normal(0, 3, size=60) > 5).astype(int) + (x > 8)
    expected_threshold, expected_impurity = stump_split(x, y)
    threshold, impurity = split.best_split(x, y)
    assert threshold == pytest.approx(expected_threshold), "not the stump's threshold"
    assert impurity == pytest.approx(expected_impurity)
