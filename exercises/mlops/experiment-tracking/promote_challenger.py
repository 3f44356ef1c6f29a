"""Exercise: the promotion rule, champion against challenger.

The registered model ``model_name`` has two aliases: ``champion`` (the version in production)
and ``challenger`` (a candidate). The tests point MLflow at a fresh local store before they
call your function: use the current tracking URI, do not set one.

``promote_challenger(model_name, evaluate, min_improvement=0.003)``:

- loads both versions with ``mlflow.sklearn.load_model("models:/<model_name>@<alias>")`` and
  scores each with ``evaluate(model)``, which returns a dict of scores on the same evaluation
  data, higher is better: ``"auc"`` on all the data, and one more key per month (such as
  ``"auc_2025_01"``). Do not use the metrics that the versions' runs logged: those were
  measured on other data, when each model was trained.
- The challenger wins if its ``"auc"`` beats the champion's by at least ``min_improvement``,
  as a difference of AUC points (0.003 means 0.783 against 0.780), and none of its other
  scores is lower than the champion's.
- If it wins: point ``champion`` at the challenger's version, point ``previous-champion`` at
  the version that was champion (so that a rollback is one call), and delete the alias
  ``challenger``. If it loses, change nothing.
- Return ``{"promoted": bool, "champion": int, "gain": float}``: whether it was promoted, the
  version number that is champion afterwards, and the challenger's ``"auc"`` minus the
  champion's.

Check your work:  pytest exercises/mlops/experiment-tracking/test_promote_challenger.py
"""

import mlflow  # noqa: F401  (you will need it)
from mlflow import MlflowClient  # noqa: F401


def promote_challenger(model_name: str, evaluate, min_improvement: float = 0.003) -> dict:
    raise NotImplementedError("write promote_challenger")
