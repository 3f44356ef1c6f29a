# Wrong: log_sweep returns the run IDs from search_runs, newest first, not in the order of Cs.
"""Wrong solution: log a small hyperparameter sweep with MLflow and find the best run."""

import mlflow
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import cross_val_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler


def log_sweep(X, y, Cs: list[float], experiment: str) -> list[str]:
    mlflow.set_experiment(experiment)
    for C in Cs:
        model = make_pipeline(StandardScaler(), LogisticRegression(C=C, max_iter=1000))
        score = cross_val_score(model, X, y, cv=5).mean()
        with mlflow.start_run():
            mlflow.log_param("C", C)
            mlflow.log_metric("cv_accuracy", score)
    # search_runs lists the newest run first: the IDs come back in reverse order
    return list(mlflow.search_runs(experiment_names=[experiment])["run_id"])


def best_run(experiment: str, metric: str = "cv_accuracy") -> dict:
    runs = mlflow.search_runs(experiment_names=[experiment], order_by=[f"metrics.{metric} DESC"])
    if runs.empty:
        raise LookupError(f"no runs in experiment {experiment!r}")
    best = runs.iloc[0]
    return {
        "run_id": best["run_id"],
        "C": float(best["params.C"]),
        "score": float(best[f"metrics.{metric}"]),
    }
