"""Exercise: measure data leakage, then evaluate without it.

Both functions estimate the accuracy of the same three-step model by stratified
cross-validation: standardize the features, keep the k features with the highest ANOVA F-score
(``SelectKBest(f_classif, k=k_features)``), then fit ``model``. The first does it the wrong way,
the second the right way. On data with no signal, the difference is the size of the leak.

Check your work:  pytest exercises/ai-engineer/machine-learning/test_ml_leak_free_evaluation.py
The book's page "Evaluating a model honestly" shows every piece you need.
"""

import numpy as np
from sklearn.base import BaseEstimator


def leaky_cv_accuracy(
    X: np.ndarray, y: np.ndarray, model: BaseEstimator, k_features: int, seed: int = 0
) -> tuple[float, float]:
    """Return (mean, standard deviation) of the fold accuracies of a LEAKY evaluation.

    Fit a StandardScaler and then SelectKBest(f_classif, k=k_features) on all of X and y, and
    transform X with them. Then cross-validate ``model`` alone on the transformed X with
    ``cross_val_score`` and StratifiedKFold(n_splits=5, shuffle=True, random_state=seed).
    Return two Python floats.
    """
    raise NotImplementedError("write leaky_cv_accuracy")


def leak_free_cv_accuracy(
    X: np.ndarray, y: np.ndarray, model: BaseEstimator, k_features: int, seed: int = 0
) -> tuple[float, float]:
    """Return (mean, standard deviation) of the fold accuracies of a leak-free evaluation.

    Put StandardScaler, SelectKBest(f_classif, k=k_features) and ``model``, in that order, into
    one pipeline, and cross-validate the pipeline on X and y with ``cross_val_score`` and
    StratifiedKFold(n_splits=5, shuffle=True, random_state=seed). Do not fit ``model`` itself:
    cross_val_score fits copies. Return two Python floats.
    """
    raise NotImplementedError("write leak_free_cv_accuracy")
