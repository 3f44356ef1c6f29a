# Wrong: both return the sample standard deviation (ddof=1) of the folds, not NumPy's default std.
"""Wrong solution: measure data leakage, then evaluate without it."""

import numpy as np
from sklearn.base import BaseEstimator
from sklearn.feature_selection import SelectKBest, f_classif
from sklearn.model_selection import StratifiedKFold, cross_val_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler


def _folds(seed: int) -> StratifiedKFold:
    return StratifiedKFold(n_splits=5, shuffle=True, random_state=seed)


def leaky_cv_accuracy(
    X: np.ndarray, y: np.ndarray, model: BaseEstimator, k_features: int, seed: int = 0
) -> tuple[float, float]:
    """Return (mean, standard deviation) of the fold accuracies of a LEAKY evaluation."""
    # The mistake: scaling and selection learn from every row, held-out folds included.
    X_scaled = StandardScaler().fit_transform(X)
    X_selected = SelectKBest(f_classif, k=k_features).fit_transform(X_scaled, y)
    scores = cross_val_score(model, X_selected, y, cv=_folds(seed))
    return float(scores.mean()), float(scores.std(ddof=1))  # the sample std


def leak_free_cv_accuracy(
    X: np.ndarray, y: np.ndarray, model: BaseEstimator, k_features: int, seed: int = 0
) -> tuple[float, float]:
    """Return (mean, standard deviation) of the fold accuracies of a leak-free evaluation."""
    # Inside the pipeline, every step is fitted on the training folds only.
    pipeline = make_pipeline(StandardScaler(), SelectKBest(f_classif, k=k_features), model)
    scores = cross_val_score(pipeline, X, y, cv=_folds(seed))
    return float(scores.mean()), float(scores.std(ddof=1))  # the sample std
