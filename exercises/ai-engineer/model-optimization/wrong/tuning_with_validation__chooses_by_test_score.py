# Wrong: each candidate is scored on the test set, so the test set picks the hyperparameters.
"""Wrong solution: hyperparameter tuning with a proper validation split."""

from collections.abc import Callable

import numpy as np
from sklearn.model_selection import train_test_split


def tune_with_validation(
    make_model: Callable, candidates: list[dict], X: np.ndarray, y: np.ndarray, seed: int = 0
) -> dict:
    X_rest, X_test, y_rest, y_test = train_test_split(
        X, y, test_size=0.2, stratify=y, random_state=seed
    )
    X_train, X_val, y_train, y_val = train_test_split(
        X_rest, y_rest, test_size=0.25, stratify=y_rest, random_state=seed
    )
    scores = []
    for params in candidates:
        model = make_model(**params).fit(X_train, y_train)
        scores.append(float(model.score(X_test, y_test)))
    best = candidates[int(np.argmax(scores))]  # argmax returns the first of ties
    final = make_model(**best).fit(X_rest, y_rest)
    return {
        "best_params": best,
        "validation_scores": scores,
        "test_score": float(final.score(X_test, y_test)),
    }
