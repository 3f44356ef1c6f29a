"""Tests for the data leakage exercise (ml_leak_free_evaluation.py)."""

import numpy as np
import pytest
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.datasets import load_breast_cancer
from sklearn.feature_selection import SelectKBest, f_classif
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_val_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.svm import SVC

RNG = np.random.default_rng(42)
X_NOISE = RNG.normal(size=(120, 5000))  # no relation at all to the labels
Y_NOISE = np.repeat([0, 1], 60)


@pytest.fixture
def leak(exercise):
    return exercise("ml_leak_free_evaluation")


def test_leaky_evaluation_finds_signal_in_noise(leak):
    mean, std = leak.leaky_cv_accuracy(X_NOISE, Y_NOISE, LogisticRegression(), 20)
    assert isinstance(mean, float) and isinstance(std, float), "return two Python floats"
    assert mean > 0.75, f"selecting on all rows should leak: expected far above 0.5, got {mean}"


def test_leak_free_evaluation_finds_none(leak):
    mean, _ = leak.leak_free_cv_accuracy(X_NOISE, Y_NOISE, LogisticRegression(), 20)
    assert 0.35 < mean < 0.65, f"on pure noise an honest estimate is near 0.5, got {mean:.3f}"


def test_leak_free_matches_the_specified_pipeline(leak):
    X, y = load_breast_cancer(return_X_y=True)
    pipeline = make_pipeline(StandardScaler(), SelectKBest(f_classif, k=8), SVC())
    folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=3)
    expected = cross_val_score(pipeline, X, y, cv=folds)
    mean, std = leak.leak_free_cv_accuracy(X, y, SVC(), 8, seed=3)
    assert mean == pytest.approx(expected.mean()), "use the pipeline and folds the docstring gives"
    assert std == pytest.approx(expected.std())
    assert mean > 0.9


def test_leaky_matches_the_specified_procedure(leak):
    X, y = load_breast_cancer(return_X_y=True)
    X_selected = SelectKBest(f_classif, k=5).fit_transform(StandardScaler().fit_transform(X), y)
    folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=1)
    expected = cross_val_score(LogisticRegression(), X_selected, y, cv=folds)
    mean, std = leak.leaky_cv_accuracy(X, y, LogisticRegression(), 5, seed=1)
    assert mean == pytest.approx(expected.mean())
    assert std == pytest.approx(expected.std())


def test_the_model_passed_in_stays_unfitted(leak):
    model = LogisticRegression()
    leak.leak_free_cv_accuracy(X_NOISE, Y_NOISE, model, 20)
    assert not hasattr(model, "coef_"), "cross_val_score fits copies; leave the model alone"


class MeanRecorder(ClassifierMixin, BaseEstimator):
    """A stand-in model that records the column means of the training rows it is fitted on."""

    seen = []  # shared by the copies that cross_val_score fits

    def fit(self, X, y):
        MeanRecorder.seen.append(np.abs(np.mean(X, axis=0)).max())
        self.classes_ = np.unique(y)
        return self

    def predict(self, X):
        return np.full(len(X), self.classes_[0])


def test_leak_free_scaling_learns_from_the_training_folds_only(leak):
    X, y = load_breast_cancer(return_X_y=True)
    MeanRecorder.seen = []
    leak.leak_free_cv_accuracy(X, y, MeanRecorder(), 8, seed=0)
    assert len(MeanRecorder.seen) == 5, "cross-validate the pipeline over the 5 folds"
    assert max(MeanRecorder.seen) < 1e-9, (
        "the model's training rows should have column means of exactly 0, as a StandardScaler "
        "fitted on those rows leaves them; they do not, so the scaler learned from other rows "
        "too. Put the StandardScaler inside the pipeline"
    )
