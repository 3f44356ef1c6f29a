"""Exercise: hyperparameter tuning with a proper validation split.

Write ``tune_with_validation(make_model, candidates, X, y, seed=0)``. It tunes a model the
honest way, and returns a dict with three keys:

1. Split the data in three with scikit-learn's ``train_test_split``, stratified by ``y``:
   first hold out 20% as the test set (``test_size=0.2, stratify=y, random_state=seed``), then
   split the rest into training (75%) and validation (25%) sets
   (``test_size=0.25, stratify=<the rest's labels>, random_state=seed``).
2. For each dict of hyperparameters in ``candidates``, in order: build a fresh model with
   ``make_model(**params)``, fit it on the training set only, and score it on the validation
   set with ``model.score``. Collect these scores, in order, as ``"validation_scores"``.
3. ``"best_params"`` is the candidate with the highest validation score (the first one if
   several tie). The test set plays no part in this choice.
4. Fit a fresh ``make_model(**best_params)`` on training and validation data together, score it
   once on the test set, and return that score as ``"test_score"`` (a Python float).

Check your work:  pytest exercises/ai-engineer/model-optimization/test_tuning_with_validation.py
The book's page "Hyperparameter tuning" explains why the test set must wait until the end.
"""

from collections.abc import Callable

import numpy as np
from sklearn.model_selection import train_test_split  # noqa: F401  (you will need it)


def tune_with_validation(
    make_model: Callable, candidates: list[dict], X: np.ndarray, y: np.ndarray, seed: int = 0
) -> dict:
    raise NotImplementedError("write tune_with_validation")
