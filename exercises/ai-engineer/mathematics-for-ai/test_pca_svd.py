"""Tests for the PCA-with-SVD exercise (pca_svd.py)."""

import numpy as np
import pytest
from sklearn.datasets import load_wine
from sklearn.decomposition import PCA
from sklearn.preprocessing import StandardScaler

X_WINE = StandardScaler().fit_transform(load_wine().data)  # 178 wines, 13 features


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


def test_components_match_scikit_learn_up_to_sign(pca):
    components, _, _ = pca(X_WINE, 3)
    reference = PCA(n_components=3).fit(X_WINE).components_
    for i in range(3):
        same = np.allclose(components[i], reference[i], atol=1e-6)
        flipped = np.allclose(components[i], -reference[i], atol=1e-6)
        assert same or flipped, f"component {i} is not the {i}-th direction of most variance"


def test_scores_are_the_centered_data_projected(pca):
    components, scores, _ = pca(X_WINE, 2)
    reference = PCA(n_components=2).fit(X_WINE)
    signs = np.sign(np.sum(np.asarray(components) * reference.components_, axis=1))
    assert np.allclose(np.asarray(scores) * signs, reference.transform(X_WINE), atol=1e-6)


def test_explained_variance_ratio(pca):
    _, _, ratio = pca(X_WINE, 5)
    reference = PCA(n_components=5).fit(X_WINE).explained_variance_ratio_
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
