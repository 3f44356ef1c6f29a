"""Tests for the k-nearest neighbors exercise (ml_knn_from_scratch.py)."""

import numpy as np
import pytest
from sklearn.datasets import load_wine
from sklearn.model_selection import train_test_split
from sklearn.neighbors import KNeighborsClassifier
from sklearn.preprocessing import StandardScaler


@pytest.fixture
def knn(exercise):
    return exercise("ml_knn_from_scratch")


def test_distances_match_a_direct_computation(knn):
    rng = np.random.default_rng(1)
    A, B = rng.normal(size=(7, 4)), rng.normal(size=(5, 4))
    result = np.asarray(knn.pairwise_distances(A, B))
    assert result.shape == (7, 5), "one row per row of A, one column per row of B"
    expected = [[np.linalg.norm(a - b) for b in B] for a in A]
    np.testing.assert_allclose(result, expected, rtol=1e-9)


def test_distance_of_a_3_4_5_triangle(knn):
    result = np.asarray(knn.pairwise_distances(np.array([[0.0, 0.0]]), np.array([[3.0, 4.0]])))
    assert result.shape == (1, 1)
    assert result[0, 0] == pytest.approx(5.0), "the distance from (0, 0) to (3, 4) is 5"


@pytest.mark.parametrize("k", [1, 3, 7, 15])
def test_predictions_match_scikit_learn_on_wine(knn, k):
    X, y = load_wine(return_X_y=True)
    X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, random_state=0)
    scaler = StandardScaler().fit(X_train)
    X_train, X_test = scaler.transform(X_train), scaler.transform(X_test)
    expected = KNeighborsClassifier(n_neighbors=k).fit(X_train, y_train).predict(X_test)
    result = np.asarray(knn.knn_predict(X_train, y_train, X_test, k))
    assert result.shape == expected.shape, "return one label per query row"
    mismatches = int((result != expected).sum())
    assert mismatches == 0, f"{mismatches} of {len(expected)} predictions differ (k={k})"


def test_a_vote_tie_goes_to_the_smallest_label(knn):
    X_train = np.array([[0.0], [1.0], [2.0], [3.0]])
    y_train = np.array([5, 2, 5, 2])  # the 4 nearest of 1.5 vote 2-2
    result = np.asarray(knn.knn_predict(X_train, y_train, np.array([[1.5]]), 4))
    assert result.tolist() == [2], "labels 2 and 5 get two votes each: predict the smaller, 2"
    # The same tie with the labels swapped, so that the nearest neighbors now carry 5.
    result = np.asarray(knn.knn_predict(X_train, y_train[::-1].copy(), np.array([[1.5]]), 4))
    assert result.tolist() == [2], (
        "a 2-2 tie goes to the smallest label, 2, even when the nearest neighbor has label 5"
    )


def reference_knn(X_train, y_train, X_query, k):
    """The rule of the docstring, one query at a time: sort by (distance, row), then vote."""
    predictions = []
    for query in X_query:
        squared = ((X_train - query) ** 2).sum(axis=1)  # exact for small integers
        order = sorted(range(len(X_train)), key=lambda j: (squared[j], j))
        labels, counts = np.unique(y_train[order[:k]], return_counts=True)
        predictions.append(labels[counts == counts.max()].min())
    return np.array(predictions)


@pytest.mark.parametrize("k", [3, 4, 6])
def test_equal_distances_go_to_the_row_first_in_x_train(knn, k):
    # Points on a small integer grid: many training rows lie at exactly the same distance
    # from a query, so which of them count among the k nearest decides many votes.
    rng = np.random.default_rng(4)
    X_train = rng.integers(0, 5, size=(300, 2)).astype(float)
    y_train = rng.integers(0, 3, size=300)
    X_query = rng.integers(0, 5, size=(100, 2)).astype(float)
    expected = reference_knn(X_train, y_train, X_query, k)
    result = np.asarray(knn.knn_predict(X_train, y_train, X_query, k))
    mismatches = int((result != expected).sum())
    assert mismatches == 0, (
        f"{mismatches} of 100 predictions differ (k={k}). Of training rows at the same distance, "
        "the one first in X_train is nearer: np.argsort(..., kind='stable') keeps that order, "
        "the default sort and np.argpartition do not. (A vote tie goes to the smallest label.)"
    )


def test_labels_can_be_strings(knn):
    rng = np.random.default_rng(2)
    X_train = np.vstack([rng.normal(0, 1, (20, 2)), rng.normal(5, 1, (20, 2))])
    y_train = np.array(["cat"] * 20 + ["dog"] * 20)
    queries = np.array([[0.0, 0.0], [5.0, 5.0], [0.5, -0.5]])
    result = np.asarray(knn.knn_predict(X_train, y_train, queries, 5))
    assert result.tolist() == ["cat", "dog", "cat"]


def test_matches_scikit_learn_on_many_queries(knn):
    rng = np.random.default_rng(3)
    X_train, y_train = rng.normal(size=(2000, 10)), rng.integers(0, 3, 2000)
    X_query = rng.normal(size=(300, 10))
    expected = KNeighborsClassifier(n_neighbors=5).fit(X_train, y_train).predict(X_query)
    result = np.asarray(knn.knn_predict(X_train, y_train, X_query, 5))
    assert (result == expected).all(), "predictions differ from KNeighborsClassifier"
