"""Tests for the offline-runs exercise (wandb_offline_runs.py), on real offline W&B runs."""

import os

import pytest

# name: (config, metrics logged step by step, exit code)
TRIALS = {
    "trial-b": ({"C": 1.0}, [{"auc": 0.79, "loss": 0.37}, {"auc": 0.81, "loss": 0.35}], 0),
    "trial-c": ({"C": 5.0}, [{"auc": 0.95, "loss": 0.10}], 1),  # crashed
    "trial-d": ({"C": 2.0}, [{"loss": 0.30}, {"loss": 0.20}], 0),  # logged no auc
    "trial-a": ({"C": 0.1}, [{"auc": 0.74}, {"auc": 0.78}], 0),  # logged no loss; the newest
}


@pytest.fixture(scope="module")
def wandb_dir(tmp_path_factory):
    """Four offline runs; trial-a is the last one, so wandb/latest-run points at it."""
    root = tmp_path_factory.mktemp("wandb")
    names = ("WANDB_MODE", "WANDB_SILENT", "WANDB_DIR", "WANDB_CACHE_DIR")
    saved = {name: os.environ.get(name) for name in names}
    os.environ.update(
        WANDB_MODE="offline",
        WANDB_SILENT="true",
        WANDB_DIR=str(root),
        WANDB_CACHE_DIR=str(root / "cache"),  # the client's logs, not in your home folder
    )
    import wandb

    ids = {}
    for name, (config, steps, exit_code) in TRIALS.items():
        run = wandb.init(project="churn-sweep", name=name, config=config)
        for step in steps:
            run.log(step)
        run.finish(exit_code=exit_code)
        ids[name] = run.id
    yield root / "wandb", ids
    for key, value in saved.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value


def folder_of(wandb_dir, run_id):
    [folder] = wandb_dir.glob(f"offline-run-*-{run_id}")
    return folder


def test_reads_a_run_without_wandbs_own_keys(exercise, wandb_dir):
    root, ids = wandb_dir
    run = exercise("wandb_offline_runs").read_offline_run(folder_of(root, ids["trial-b"]))
    assert isinstance(run, dict) and {"id", "name", "state", "config", "summary"} <= set(run), (
        "return a dict with the keys id, name, state, config and summary"
    )
    assert run["id"] == ids["trial-b"] and run["name"] == "trial-b"
    assert run["state"] == "finished" and run["config"] == {"C": 1.0}
    hidden = sorted(key for key in run["summary"] if key.startswith("_"))
    assert not hidden, f"drop W&B's own summary keys, those that start with '_': {hidden}"
    assert run["summary"] == {"auc": 0.81, "loss": 0.35}, (
        "the summary holds each metric's last logged value"
    )


def test_a_crashed_run_reads_as_failed(exercise, wandb_dir):
    root, ids = wandb_dir
    run = exercise("wandb_offline_runs").read_offline_run(folder_of(root, ids["trial-c"]))
    assert run["state"] == "failed", "trial-c ended with exit code 1: its state is 'failed'"


def test_the_best_run_by_a_metric_to_maximize(exercise, wandb_dir):
    root, ids = wandb_dir
    best = exercise("wandb_offline_runs").best_offline_run(root, "auc", "maximize")
    assert best["name"] != "trial-c", (
        "trial-c crashed (state 'failed'): its auc of 0.95 is not a result; keep finished runs"
    )
    assert best["name"] != "trial-a", (
        "you returned trial-a, the newest run: read every offline-run-* folder, not latest-run"
    )
    assert best["name"] == "trial-b", f"trial-b has the best auc (0.81), not {best['name']}"


def test_the_best_run_by_a_metric_to_minimize(exercise, wandb_dir):
    root, ids = wandb_dir
    best = exercise("wandb_offline_runs").best_offline_run(root, "loss", "minimize")
    assert best["name"] != "trial-a", (
        "trial-a logged no loss: skip runs whose summary lacks the metric, do not count it as 0"
    )
    assert best["name"] == "trial-d", (
        f"with goal 'minimize' the lowest loss wins: trial-d (0.20), not {best['name']}"
    )
    assert best["summary"]["loss"] == 0.20


def test_a_folder_without_runs_raises_lookup_error(exercise, tmp_path):
    with pytest.raises(LookupError):
        exercise("wandb_offline_runs").best_offline_run(tmp_path, "auc", "maximize")
