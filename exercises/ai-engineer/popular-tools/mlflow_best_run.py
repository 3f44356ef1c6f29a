"""Exercise: log a small hyperparameter sweep with MLflow and find the best run.

The tests point MLflow at a fresh local store (a SQLite file) before calling your functions, so
use the current tracking URI; do not set one yourself.

- ``log_sweep(X, y, Cs, experiment)``: for each value ``C`` in ``Cs``, in order, start one MLflow
  run in the experiment named ``experiment`` (create it if needed), compute the 5-fold
  cross-validated accuracy of ``make_pipeline(StandardScaler(), LogisticRegression(C=C,
  max_iter=1000))`` on ``X, y`` with ``cross_val_score``, and log the parameter ``C`` and the
  metric ``cv_accuracy`` (the mean). Return the run IDs, in the order of ``Cs``.
- ``best_run(experiment, metric="cv_accuracy")``: search the experiment's runs with
  ``mlflow.search_runs`` and return a dict ``{"run_id": str, "C": float, "score": float}`` for the
  run with the highest ``metric``. MLflow returns parameters as strings: ``C`` must be a float.
  When the experiment has no run, raise ``LookupError`` with a message that names the
  experiment.

Check your work:  pytest exercises/ai-engineer/popular-tools/test_mlflow_best_run.py
"""

import mlflow  # noqa: F401  (you will need it)


def log_sweep(X, y, Cs: list[float], experiment: str) -> list[str]:
    raise NotImplementedError("write log_sweep")


def best_run(experiment: str, metric: str = "cv_accuracy") -> dict:
    raise NotImplementedError("write best_run")
