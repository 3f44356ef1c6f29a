"""Tests for the PCA-with-SVD exercise (pca_svd.py)."""

import numpy as np
import pytest
from sklearn.datasets import load_wine
from sklearn.decomposition import PCA
from sklearn.preprocessing import StandardScaler

X_RAW = load_wine().data  # 178 wines, 13 measurements in their own units
X_WINE = StandardScaler().fit_transform(X_RAW)  # the same, every column mean 0 and std 1
# Standardized data hides centering mistakes (every column mean is already 0), so the tests
# also use the raw measurements: column means from 0.36 to 747, standard deviations from 0.12
# to 314.
DATASETS = pytest.mark.parametrize("X", [X_WINE, X_RAW], ids=["standardized", "raw"])


@pytest.fixture
def pca(exercise):
    return exercise("pca_svd").pca_svd


def test_shapes(pca):
    components, scores, ratio = pca(X_WINE, 3)
    assert np.shape(components) == (3, 13), "components: one row per component"
    assert np.shape(scores) == (178, 3), "scores: one row per example, one column per component"
    assert np.shape(ratio) == (3,)


def test_components_are_orthonormal(pca):
    components, _, _ = pca(X_WINE, 4)
    gram = components @ components.T
    assert np.allclose(gram, np.eye(4), atol=1e-8), "rows must be unit vectors at right angles"


@DATASETS
def test_components_match_scikit_learn_up_to_sign(pca, X):
    components, _, _ = pca(X, 3)
    reference = PCA(n_components=3).fit(X).components_
    for i in range(3):
        same = np.allclose(components[i], reference[i], atol=1e-6)
        flipped = np.allclose(components[i], -reference[i], atol=1e-6)
        assert same or flipped, f"component {i} is not the {i}-th direction of most variance"


@DATASETS
def test_scores_are_the_centered_data_projected(pca, X):
    components, scores, _ = pca(X, 2)
    reference = PCA(n_components=2).fit(X)
    signs = np.sign(np.sum(np.asarray(components) * reference.components_, axis=1))
    assert np.allclose(np.asarray(scores) * signs, reference.transform(X), atol=1e-6), (
        "scores are the centered X (each column minus its own mean) times components.T"
    )


@DATASETS
def test_explained_variance_ratio(pca, X):
    _, _, ratio = pca(X, 5)
    reference = PCA(n_components=5).fit(X).explained_variance_ratio_
    assert np.allclose(ratio, reference, atol=1e-8), "share of the *total* variance of X"


def test_data_is_centered_first_and_not_modified(pca):
    shifted = X_WINE + 1000.0  # the same cloud of points, far from the origin
    before = shifted.copy()
    components, _, ratio = pca(shifted, 2)
    reference = PCA(n_components=2).fit(X_WINE)
    assert np.array_equal(shifted, before), "pca_svd must not change X in place"
    assert np.allclose(np.abs(components), np.abs(reference.components_), atol=1e-6), (
        "moving the data must not change the directions: subtract the column means first"
    )
    assert np.allclose(ratio, reference.explained_variance_ratio_, atol=1e-8)


def test_each_column_is_centered_with_its_own_mean_and_not_rescaled(pca):
    # Shift every column by a different amount: only per-column means undo all the shifts.
    shifts = np.arange(13) * 50.0
    components, scores, ratio = pca(X_RAW + shifts, 3)
    reference = PCA(n_components=3).fit(X_RAW)
    assert np.allclose(np.asarray(scores).mean(axis=0), 0.0, atol=1e-8), (
        "the scores of centered data average 0: subtract X.mean(axis=0), one mean per column"
    )
    assert np.allclose(np.abs(components), np.abs(reference.components_), atol=1e-6), (
        "centering must subtract each column's own mean, and nothing else: "
        "PCA does not divide by the standard deviations"
    )
    assert np.allclose(ratio, reference.explained_variance_ratio_, atol=1e-8)
