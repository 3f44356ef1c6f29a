"""Tests for the tuning-with-validation exercise (tuning_with_validation.py)."""

import numpy as np
import pytest
from sklearn.datasets import load_wine
from sklearn.model_selection import train_test_split
from sklearn.neighbors import KNeighborsClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

X_WINE, Y_WINE = load_wine(return_X_y=True)
CANDIDATES = [{"n_neighbors": k} for k in (1, 5, 15, 45)]


def knn(n_neighbors):
    return make_pipeline(StandardScaler(), KNeighborsClassifier(n_neighbors=n_neighbors))


class Recorder:
    """A fake estimator that records which rows it sees. Column 0 of X holds the row id."""

    log = []

    def __init__(self, quality):
        self.quality = quality

    def fit(self, X, y):
        Recorder.log.append(("fit", self.quality, frozenset(X[:, 0].astype(int))))
        return self

    def score(self, X, y):
        rows = frozenset(X[:, 0].astype(int))
        Recorder.log.append(("score", self.quality, rows))
        # On the test rows the ranking is reversed: choosing by test score picks wrongly.
        return 1 - self.quality if rows & TEST_IDS else self.quality


IDS = np.arange(100)
LABELS = np.repeat([0, 1], 50)
ROWS = np.column_stack([IDS, IDS % 7])
_, TEST_ROWS, _, _ = train_test_split(ROWS, LABELS, test_size=0.2, stratify=LABELS, random_state=0)
TEST_IDS = frozenset(TEST_ROWS[:, 0].astype(int))


@pytest.fixture
def tune(exercise):
    return exercise("tuning_with_validation").tune_with_validation


def test_scores_every_candidate_on_validation(tune):
    result = tune(knn, CANDIDATES, X_WINE, Y_WINE, seed=0)
    X_rest, _, y_rest, _ = train_test_split(
        X_WINE, Y_WINE, test_size=0.2, stratify=Y_WINE, random_state=0
    )
    X_tr, X_val, y_tr, y_val = train_test_split(
        X_rest, y_rest, test_size=0.25, stratify=y_rest, random_state=0
    )
    expected = [knn(**p).fit(X_tr, y_tr).score(X_val, y_val) for p in CANDIDATES]
    assert result["validation_scores"] == pytest.approx(expected), (
        "fit each candidate on the training set and score it on the validation set, with the "
        "two stratified splits exactly as the docstring gives them"
    )
    assert expected.count(max(expected)) > 1, "the test data must keep a tie for the best"
    assert result["best_params"] == CANDIDATES[int(np.argmax(expected))], (
        "best_params: the candidate with the highest validation score, the first one of a tie"
    )


def test_test_score_comes_from_a_refit_on_train_plus_validation(tune):
    result = tune(knn, CANDIDATES, X_WINE, Y_WINE, seed=1)
    X_rest, X_test, y_rest, y_test = train_test_split(
        X_WINE, Y_WINE, test_size=0.2, stratify=Y_WINE, random_state=1
    )
    expected = knn(**result["best_params"]).fit(X_rest, y_rest).score(X_test, y_test)
    assert isinstance(result["test_score"], float), "test_score must be a Python float"
    assert result["test_score"] == pytest.approx(expected), (
        "refit the best candidate on training and validation data together, score it on test"
    )


def test_the_test_set_is_used_once_at_the_end(tune):
    Recorder.log = []
    candidates = [{"quality": q} for q in (0.2, 0.9, 0.5)]
    result = tune(Recorder, candidates, ROWS, LABELS, seed=0)
    assert result["best_params"] == {"quality": 0.9}, "choose by validation score, not test score"
    fits = [rows for kind, _, rows in Recorder.log if kind == "fit"]
    test_scores = [rows for kind, _, rows in Recorder.log if kind == "score" and rows & TEST_IDS]
    assert all(not rows & TEST_IDS for rows in fits), "no model may ever be fit on test rows"
    assert len(test_scores) == 1, "score on the test set exactly once"
    assert Recorder.log[-1][0] == "score" and Recorder.log[-1][2] == TEST_IDS, (
        "the test score must be the last thing computed"
    )
    assert len(fits) == len(candidates) + 1 and len(fits[-1]) == 80, (
        "one fit per candidate, then one refit on the 80 train+validation rows"
    )
    assert all(len(rows) == 60 for rows in fits[:-1]), "candidates are fit on the 60 train rows"
