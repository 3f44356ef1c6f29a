# Wrong: best_run searches the active experiment, not the one it is given by name.
"""Wrong solution: log a small hyperparameter sweep with MLflow and find the best run."""

import mlflow
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import cross_val_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler


def log_sweep(X, y, Cs: list[float], experiment: str) -> list[str]:
    mlflow.set_experiment(experiment)
    run_ids = []
    for C in Cs:
        model = make_pipeline(StandardScaler(), LogisticRegression(C=C, max_iter=1000))
        score = cross_val_score(model, X, y, cv=5).mean()
        with mlflow.start_run() as run:
            mlflow.log_param("C", C)
            mlflow.log_metric("cv_accuracy", score)
        run_ids.append(run.info.run_id)
    return run_ids


def best_run(experiment: str, metric: str = "cv_accuracy") -> dict:
    runs = mlflow.search_runs(order_by=[f"metrics.{metric} DESC"])  # the active experiment
    if runs.empty:
        raise LookupError(f"no runs in experiment {experiment!r}")
    best = runs.iloc[0]
    return {
        "run_id": best["run_id"],
        "C": float(best["params.C"]),
        "score": float(best[f"metrics.{metric}"]),
    }
