"""Tests for the k-means exercise (ml_kmeans_from_scratch.py), checked against scikit-learn."""

import numpy as np
import pytest
from sklearn.cluster import KMeans
from sklearn.datasets import load_iris, make_blobs
from sklearn.preprocessing import StandardScaler

# Unscaled blobs; starting from their first four rows, Lloyd's algorithm needs five rounds.
X_BLOBS, _ = make_blobs(n_samples=300, centers=4, cluster_std=1.5, random_state=3)
X_IRIS = StandardScaler().fit_transform(load_iris().data)


@pytest.fixture
def km(exercise):
    return exercise("ml_kmeans_from_scratch")


def sklearn_kmeans(X, init):
    return KMeans(len(init), init=init, n_init=1, algorithm="lloyd", tol=0).fit(X)


def test_each_point_goes_to_its_nearest_center(km):
    X = np.array([[0.0, 0.0], [1.9, 0.0], [1.0, 0.0], [5.0, 5.0]])
    centers = np.array([[0.0, 0.0], [2.0, 0.0], [5.0, 4.0]])
    labels = np.asarray(km.assign_clusters(X, centers))
    assert labels.tolist() == [0, 1, 0, 2], (
        "(1, 0) is as near to center 0 as to center 1: the smaller index, 0, wins"
    )
    rng = np.random.default_rng(0)
    X, centers = rng.normal(size=(50, 3)), rng.normal(size=(4, 3))
    expected = [int(np.argmin([np.linalg.norm(x - c) for c in centers])) for x in X]
    assert np.asarray(km.assign_clusters(X, centers)).tolist() == expected


def test_centers_move_to_the_mean_of_their_own_points(km):
    X = np.array([[0.0, 0.0], [2.0, 0.0], [10.0, 10.0], [12.0, 14.0], [11.0, 12.0]])
    labels = np.array([0, 0, 1, 1, 1])
    centers = np.array([[5.0, 5.0], [6.0, 6.0]])
    X_before, centers_before = X.copy(), centers.copy()
    new = np.asarray(km.update_centers(X, labels, centers), dtype=float)
    np.testing.assert_allclose(
        new, [[1.0, 0.0], [11.0, 12.0]],
        err_msg="center j is the mean of the points labelled j, divided by their count, "
        "not by the number of all points",
    )  # fmt: skip
    assert new is not centers
    np.testing.assert_array_equal(X, X_before, err_msg="update_centers changed X")
    np.testing.assert_array_equal(centers, centers_before, err_msg="it changed centers")


def test_a_cluster_without_points_keeps_its_center(km):
    X = np.array([[0.0, 0.0], [2.0, 0.0]])
    centers = np.array([[1.0, 0.0], [50.0, 50.0]])
    new = np.asarray(km.update_centers(X, np.array([0, 0]), centers), dtype=float)
    assert np.isfinite(new).all(), "the mean of no points is NaN: keep the old center instead"
    np.testing.assert_allclose(new, [[1.0, 0.0], [50.0, 50.0]])


def test_inertia_sums_squared_distances(km):
    X = np.array([[0.0, 0.0], [3.0, 4.0], [10.0, 0.0]])
    centers = np.array([[0.0, 0.0], [10.0, 1.0]])
    value = km.inertia(X, centers, np.array([0, 0, 1]))
    assert isinstance(value, float), "return a Python float"
    assert value == pytest.approx(26.0), (
        "(3, 4) is at distance 5 from (0, 0), so it adds 5**2 = 25; (10, 0) adds 1**2 = 1"
    )


def test_matches_scikit_learn_from_the_same_start(km):
    init = X_BLOBS[:4]
    reference = sklearn_kmeans(X_BLOBS, init)
    centers, labels, value = km.kmeans(X_BLOBS, init.copy())
    labels = np.asarray(labels)
    mismatches = int((labels != reference.labels_).sum())
    assert mismatches == 0, (
        f"{mismatches} of {len(labels)} labels differ from KMeans: repeat assigning and "
        "updating until no label changes"
    )
    np.testing.assert_allclose(
        centers, reference.cluster_centers_, atol=1e-8,
        err_msg="centers differ from KMeans.cluster_centers_ (row j started at init[j])",
    )  # fmt: skip
    assert value == pytest.approx(reference.inertia_), "the inertia differs from KMeans"


def test_centers_keep_the_order_of_the_initial_centers(km):
    init = X_IRIS[[140, 10, 60]]  # not in any sorted order
    reference = sklearn_kmeans(X_IRIS, init)
    centers, labels, _ = km.kmeans(X_IRIS, init)
    np.testing.assert_allclose(
        centers, reference.cluster_centers_, atol=1e-8,
        err_msg="row j of the result must be the center that started at initial_centers[j]",
    )  # fmt: skip
    assert np.asarray(labels).tolist() == reference.labels_.tolist()


def test_the_result_is_a_fixed_point_of_both_steps(km):
    init = X_IRIS[[0, 50, 100]]
    init_before = init.copy()
    centers, labels, _ = km.kmeans(X_IRIS, init)
    assert np.asarray(km.assign_clusters(X_IRIS, centers)).tolist() == list(labels), (
        "at convergence every point is labelled with its nearest final center"
    )
    np.testing.assert_allclose(
        km.update_centers(X_IRIS, np.asarray(labels), centers), centers, atol=1e-12,
        err_msg="at convergence every center is the mean of its points",
    )  # fmt: skip
    np.testing.assert_array_equal(init, init_before, err_msg="kmeans changed initial_centers")


def test_an_unused_center_stays_where_it_started(km):
    init = np.vstack([X_BLOBS[:3], [[100.0, 100.0]]])  # no point is near the last one
    centers, labels, value = km.kmeans(X_BLOBS, init)
    centers = np.asarray(centers, dtype=float)
    assert np.isfinite(centers).all(), "an empty cluster must not turn its center into NaN"
    np.testing.assert_allclose(centers[3], [100.0, 100.0])
    assert 3 not in set(np.asarray(labels).tolist())
    assert value == pytest.approx(km.inertia(X_BLOBS, centers, np.asarray(labels)))


def test_max_iter_counts_rounds_of_assignment(km):
    init = X_BLOBS[:4]
    centers, labels, _ = km.kmeans(X_BLOBS, init, max_iter=1)
    np.testing.assert_allclose(
        centers, init, err_msg="with max_iter=1 there is one assignment and no update"
    )
    assert np.asarray(labels).tolist() == km.assign_clusters(X_BLOBS, init).tolist()
