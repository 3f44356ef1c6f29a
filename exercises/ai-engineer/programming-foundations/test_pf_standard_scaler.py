"""Tests for the StandardScaler exercise (pf_standard_scaler.py), checked against scikit-learn."""

import numpy as np
import pytest
from sklearn import preprocessing
from sklearn.datasets import load_wine

X_ALL = load_wine().data
X_TRAIN, X_NEW = X_ALL[:120], X_ALL[120:]
SETTINGS = [
    {},
    {"with_mean": False},
    {"with_std": False},
    {"with_mean": False, "with_std": False},
]


@pytest.fixture
def mod(exercise):
    return exercise("pf_standard_scaler")


def test_fit_returns_self_and_learns_what_sklearn_learns(mod):
    scaler = mod.StandardScaler()
    assert scaler.fit(X_TRAIN) is scaler, "fit must return self"
    reference = preprocessing.StandardScaler().fit(X_TRAIN)
    np.testing.assert_allclose(scaler.mean_, reference.mean_, err_msg="mean_ per column")
    np.testing.assert_allclose(scaler.scale_, reference.scale_, err_msg="scale_ per column")
    assert scaler.n_features_in_ == 13


@pytest.mark.parametrize("settings", SETTINGS, ids=str)
def test_transform_matches_sklearn_on_new_data(mod, settings):
    ours = mod.StandardScaler(**settings).fit(X_TRAIN).transform(X_NEW)
    theirs = preprocessing.StandardScaler(**settings).fit(X_TRAIN).transform(X_NEW)
    np.testing.assert_allclose(ours, theirs, atol=1e-12)


def test_fit_transform_standardizes_the_training_data(mod):
    Z = mod.StandardScaler().fit_transform(X_TRAIN)
    np.testing.assert_allclose(Z.mean(axis=0), 0.0, atol=1e-12)
    np.testing.assert_allclose(Z.std(axis=0), 1.0)


def test_a_constant_column_gets_scale_one_not_a_division_by_zero(mod):
    X = np.column_stack([np.arange(5.0), np.full(5, 7.0)])
    scaler = mod.StandardScaler().fit(X)
    assert scaler.scale_[1] == 1.0, "a column whose standard deviation is 0 gets scale_ 1.0"
    Z = scaler.transform(X)
    assert np.isfinite(Z).all(), "a constant column must not produce nan or inf"
    np.testing.assert_allclose(Z, preprocessing.StandardScaler().fit_transform(X))


@pytest.mark.parametrize("settings", SETTINGS, ids=str)
def test_inverse_transform_undoes_transform(mod, settings):
    scaler = mod.StandardScaler(**settings).fit(X_TRAIN)
    np.testing.assert_allclose(
        scaler.inverse_transform(scaler.transform(X_NEW)),
        X_NEW,
        err_msg="inverse_transform must undo transform: multiply by scale_ first, then add mean_",
    )


def test_transform_returns_a_new_array_and_leaves_the_input_alone(mod):
    X = X_NEW.copy()
    scaler = mod.StandardScaler(with_mean=False, with_std=False).fit(X)
    assert scaler.transform(X) is not X, "return a new array, even when nothing changes"
    for settings in SETTINGS:
        scaler = mod.StandardScaler(**settings).fit(X)
        Z = scaler.transform(X)
        scaler.inverse_transform(Z)
        np.testing.assert_array_equal(X, X_NEW, err_msg="transform changed its input in place")


@pytest.mark.parametrize("method", ["transform", "inverse_transform"])
def test_using_it_before_fit_raises_a_clear_error(mod, method):
    scaler = mod.StandardScaler()
    with pytest.raises(mod.NotFittedError, match="fit"):
        getattr(scaler, method)(X_NEW)


def test_wrong_shapes_raise_value_error(mod):
    with pytest.raises(ValueError):
        mod.StandardScaler().fit(X_TRAIN[:, 0])  # 1-D
    scaler = mod.StandardScaler().fit(X_TRAIN)
    with pytest.raises(ValueError):
        scaler.transform(X_NEW[:, :5])  # 5 columns instead of 13


@pytest.mark.parametrize("settings", SETTINGS, ids=str)
def test_repr_matches_sklearn(mod, settings):
    ours = mod.StandardScaler(**settings)
    assert repr(ours) == repr(preprocessing.StandardScaler(**settings))
    assert ours.with_mean == settings.get("with_mean", True)
    assert ours.with_std == settings.get("with_std", True)


def test_settings_are_stored_and_must_be_passed_by_name(mod):
    scaler = mod.StandardScaler(with_std=False)
    assert (scaler.with_mean, scaler.with_std) == (True, False)
    with pytest.raises(TypeError):
        mod.StandardScaler(False)  # as in scikit-learn, the settings are keyword-only
