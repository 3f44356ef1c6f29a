"""Tests for the MLflow sweep exercise (mlflow_best_run.py)."""

import logging
import os

os.environ["MLFLOW_DISABLE_TELEMETRY"] = "true"

import mlflow  # noqa: E402  (imported once here, so each test stays well under its time limit)
import pytest  # noqa: E402
from sklearn.datasets import load_wine  # noqa: E402

logging.getLogger("mlflow").setLevel(logging.WARNING)
X, y = load_wine(return_X_y=True)


@pytest.fixture
def store(tmp_path):
    """A fresh, empty local tracking store for each test."""
    mlflow.set_tracking_uri(f"sqlite:///{tmp_path / 'mlflow.db'}")
    yield
    mlflow.set_tracking_uri(None)


@pytest.fixture
def sweep(exercise, store):
    return exercise("mlflow_best_run")


def test_sweep_logs_one_run_per_value_with_param_and_metric(sweep):
    run_ids = sweep.log_sweep(X, y, [0.01, 1.0], "wine")
    assert len(run_ids) == 2 and len(set(run_ids)) == 2
    runs = mlflow.search_runs(experiment_names=["wine"])
    assert set(runs["run_id"]) == set(run_ids)
    logged = {r["run_id"]: r for _, r in runs.iterrows()}
    in_order = [float(logged[run_id]["params.C"]) for run_id in run_ids]
    assert in_order == [0.01, 1.0], "return the run IDs in the order of Cs, one run per C"
    assert all(0.5 < score <= 1.0 for score in runs["metrics.cv_accuracy"])


def test_best_run_picks_the_best_run_of_its_experiment_with_c_as_a_float(sweep):
    mlflow.set_experiment("known")
    for C, score in [(0.1, 0.91), (10.0, 0.97), (1.0, 0.95)]:
        with mlflow.start_run():
            mlflow.log_param("C", C)
            mlflow.log_metric("cv_accuracy", score)
            mlflow.log_metric("f1", 1 - score)
    mlflow.set_experiment("other")  # now the active experiment, with a better run
    with mlflow.start_run():
        mlflow.log_param("C", 5.0)
        mlflow.log_metric("cv_accuracy", 0.99)
    best = sweep.best_run("known")
    assert best["C"] != 5.0, (
        "search the experiment named by the argument (experiment_names=[experiment]), "
        "not the active one"
    )
    assert isinstance(best["C"], float), "MLflow returns parameters as strings: float() it"
    assert best["C"] == 10.0, "return the run with the HIGHEST metric (order_by ... DESC)"
    assert best["score"] == pytest.approx(0.97)
    assert sweep.best_run("known", metric="f1")["C"] == 0.1, "rank the runs by the metric given"


def test_sweep_and_best_run_agree(sweep):
    run_ids = sweep.log_sweep(X, y, [0.001, 0.1], "together")
    best = sweep.best_run("together")
    assert best["run_id"] in run_ids
    assert best["C"] == 0.1, "on the wine data C=0.1 beats C=0.001 by a wide margin"


def test_best_run_of_an_empty_experiment_raises_lookup_error(sweep):
    mlflow.set_experiment("still-empty")
    with pytest.raises(LookupError) as raised:
        sweep.best_run("still-empty")
    assert "still-empty" in str(raised.value), (
        "check for an empty result yourself and raise LookupError with a message that names "
        f"the experiment; this {type(raised.value).__name__} says: {raised.value}"
    )
