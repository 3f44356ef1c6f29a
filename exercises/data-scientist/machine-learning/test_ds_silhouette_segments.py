"""Tests for the silhouette and segmentation exercise (ds_silhouette_segments.py)."""

import numpy as np
import pandas as pd
import pytest
from sklearn.metrics import adjusted_rand_score, silhouette_samples


@pytest.fixture
def seg(exercise):
    return exercise("ds_silhouette_segments")


def test_silhouette_by_hand_on_five_points(seg):
    X = np.array([[0.0], [2.0], [10.0], [11.0], [13.0]])
    labels = np.array([0, 0, 1, 1, 1])
    scores = seg.silhouette_by_hand(X, labels)
    # Point 0: a = 2 (its one neighbor in cluster 0), b = mean(10, 11, 13) = 34/3.
    expected_first = (34 / 3 - 2) / (34 / 3)
    assert scores[0] == pytest.approx(expected_first), (
        "for the point at 0: a is the mean distance to the *other* members of its cluster (2), "
        "b the mean Euclidean distance to the other cluster (34/3)"
    )
    # Point 3 (at 11): a = mean(1, 2) = 1.5, b = mean(11, 9) = 10.
    assert scores[3] == pytest.approx((10 - 1.5) / 10)


def test_a_point_nearer_the_other_cluster_scores_below_zero(seg):
    X = np.array([[0.0], [4.0], [5.0], [6.0]])
    labels = np.array([0, 0, 1, 1])
    scores = seg.silhouette_by_hand(X, labels)
    # Point 1 (at 4): a = 4 (to the point at 0), b = mean(1, 2) = 1.5: s = (1.5 - 4) / 4.
    assert scores[1] == pytest.approx(-0.625), (
        "the point at 4 is nearer the other cluster (b = 1.5) than its own (a = 4): its "
        "silhouette is (b - a) / max(a, b) = -0.625; 1 - a / b holds only when a < b"
    )
    assert np.all(np.asarray(scores) >= -1), "a silhouette is never below -1"


def test_a_point_alone_in_its_cluster_scores_zero(seg):
    X = np.array([[0.0, 0.0], [0.0, 1.0], [5.0, 5.0], [9.0, 9.0], [9.0, 8.0]])
    labels = np.array(["a", "a", "b", "c", "c"])
    scores = seg.silhouette_by_hand(X, labels)
    assert scores[2] == pytest.approx(0.0), "a cluster of one point gives that point 0"
    assert np.allclose(scores, silhouette_samples(X, labels))


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_silhouette_matches_scikit_learn(seg, seed):
    rng = np.random.default_rng(seed)
    sizes = [5, 12, 25]  # unequal clusters: the n - 1 in the mean matters most for the small one
    centers = rng.normal(scale=3.0, size=(3, 4))
    X = np.vstack([c + rng.normal(size=(s, 4)) for c, s in zip(centers, sizes, strict=True)])
    labels = np.repeat([0, 1, 2], sizes)
    scores = seg.silhouette_by_hand(X, labels)
    assert np.asarray(scores).shape == (len(X),), "one silhouette per row of X"
    assert np.allclose(scores, silhouette_samples(X, labels)), (
        "differs from sklearn.metrics.silhouette_samples: check plain (not squared) "
        "distances, the n - 1 in a, and that b averages over the other cluster's points"
    )


def customers(seed=0, n_per_group=60):
    """Two planted groups in skips and sessions; tenure in days is noise with a large spread."""
    rng = np.random.default_rng(seed)
    group = np.repeat([0, 1], n_per_group)
    frame = pd.DataFrame(
        {
            "skips_8w": np.where(group == 0, 0.3, 3.0) + rng.normal(0, 0.4, 2 * n_per_group),
            "sessions_4w": np.where(group == 0, 9.0, 2.0) + rng.normal(0, 1.2, 2 * n_per_group),
            "tenure_days": rng.uniform(0, 1000, 2 * n_per_group),
            "customer_id": np.arange(2 * n_per_group) * 1000,
        }
    )
    return frame, group


def test_segment_finds_the_groups_despite_large_units(seg):
    frame, group = customers()
    labels = seg.segment(frame, ["skips_8w", "sessions_4w", "tenure_days"], k=2, seed=0)
    assert adjusted_rand_score(group, labels) > 0.9, (
        "the two customer groups differ in skips and sessions; without standardizing, tenure "
        "in days (spread in the hundreds) decides the clusters on its own"
    )


def test_segment_does_not_depend_on_units(seg):
    frame, _ = customers(seed=1)
    columns = ["skips_8w", "sessions_4w", "tenure_days"]
    labels = seg.segment(frame, columns, k=3, seed=0)
    in_years = frame.assign(tenure_days=frame["tenure_days"] / 365)
    again = seg.segment(in_years, columns, k=3, seed=0)
    assert adjusted_rand_score(labels, again) == pytest.approx(1.0), (
        "measuring tenure in years instead of days changed the segments: standardize the columns"
    )


def heavy_tailed_usage(seed, n=200):
    """Usage counts with long tails, like real ones: here the scaling decides where k-means cuts."""
    rng = np.random.default_rng(seed)
    return pd.DataFrame(
        {
            "sessions_4w": rng.negative_binomial(1, 0.15, n).astype(float),
            "skips_8w": rng.poisson(0.8, n).astype(float),
            "tenure_days": rng.uniform(0, 1000, n),
        }
    )


def test_segment_standardizes_then_runs_kmeans(seg):
    from sklearn.cluster import KMeans
    from sklearn.preprocessing import StandardScaler

    frame = heavy_tailed_usage(seed=2)
    columns = ["sessions_4w", "skips_8w", "tenure_days"]
    labels = seg.segment(frame, columns, k=3, seed=0)
    standardized = StandardScaler().fit_transform(frame[columns])
    expected = KMeans(n_clusters=3, n_init=10, random_state=0).fit(standardized).labels_
    assert adjusted_rand_score(expected, labels) == pytest.approx(1.0), (
        "not the segments of StandardScaler + KMeans(n_clusters=k, n_init=10, "
        "random_state=seed): another scaling (to [0, 1], say) weighs the long-tailed counts "
        "differently and splits the customers elsewhere"
    )


def test_segment_returns_labels_for_the_given_columns_only(seg):
    frame, group = customers(seed=2)
    labels = np.asarray(seg.segment(frame, ["skips_8w", "sessions_4w"], k=2, seed=0))
    assert labels.shape == (len(frame),), "one label per row"
    assert set(labels.tolist()) == {0, 1}, "labels 0 .. k-1"
    assert adjusted_rand_score(group, labels) > 0.9, (
        "use only the columns you are given (customer_id is not a feature)"
    )
