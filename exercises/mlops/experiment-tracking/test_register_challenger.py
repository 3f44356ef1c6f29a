"""Tests for the challenger exercise (register_challenger.py)."""

import logging
import os

os.environ["MLFLOW_DISABLE_TELEMETRY"] = "true"
os.environ["MLFLOW_ENABLE_ARTIFACTS_PROGRESS_BAR"] = "false"

import mlflow  # noqa: E402  (imported once here, so each test stays well under its time limit)
import numpy as np  # noqa: E402
import pytest  # noqa: E402
from mlflow import MlflowClient  # noqa: E402
from mlflow.exceptions import MlflowException  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402

logging.getLogger("mlflow").setLevel(logging.ERROR)
EXPERIMENT = "churn-retrain-2025-01"
FLOOR = {"auc_2025_02": 0.775}
X = np.random.default_rng(0).normal(size=(60, 3))
y = (X[:, 0] + X[:, 1] > 0).astype(int)

# name: (status, metrics); the runs start in this order, one after the other.
RUNS = {
    "crashed": ("FAILED", {"auc": 0.800, "auc_2025_01": 0.79, "auc_2025_02": 0.790}),
    "patchy": ("FINISHED", {"auc": 0.795, "auc_2025_01": 0.80, "auc_2025_02": 0.765}),
    "best": ("FINISHED", {"auc": 0.785, "auc_2025_01": 0.79, "auc_2025_02": 0.776}),
    "tied-later": ("FINISHED", {"auc": 0.785, "auc_2025_01": 0.78, "auc_2025_02": 0.780}),
    "steady": ("FINISHED", {"auc": 0.780, "auc_2025_01": 0.78, "auc_2025_02": 0.779}),
    "january": ("FINISHED", {"auc": 0.770, "auc_2025_01": 0.82, "auc_2025_02": 0.777}),
    "unscored": ("FINISHED", {}),
}


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    """A local store with one experiment of runs; the two that the tests register logged a
    model (logging one for every run would only make the tests slower)."""
    root = tmp_path_factory.mktemp("mlflow")
    mlflow.set_tracking_uri(f"sqlite:///{root / 'mlflow.db'}")
    client = MlflowClient()
    experiment_id = client.create_experiment(
        EXPERIMENT, artifact_location=(root / "artifacts").as_uri()
    )
    ids = {}
    for number, (name, (status, metrics)) in enumerate(RUNS.items()):
        run = client.create_run(experiment_id, start_time=1_000 * (number + 1), run_name=name)
        with mlflow.start_run(run_id=run.info.run_id):
            mlflow.log_param("C", number + 1)
            mlflow.log_metrics(metrics)
            if name in ("best", "steady"):
                model = LogisticRegression(C=number + 1.0).fit(X, y)
                mlflow.sklearn.log_model(
                    model,
                    name="model",
                    pip_requirements=["scikit-learn"],
                    serialization_format="cloudpickle",
                )
        client.set_terminated(run.info.run_id, status=status)
        ids[name] = run.info.run_id
    yield ids
    mlflow.set_tracking_uri(None)


def name_of(store, run_id):
    names = {run_id: name for name, run_id in store.items()}
    return names.get(run_id, repr(run_id))


def test_picks_the_best_finished_run_that_meets_the_floors(exercise, store):
    picked = exercise("register_challenger").pick_challenger(EXPERIMENT, "auc", FLOOR)
    assert isinstance(picked, str), "return the run ID, a str"
    got = name_of(store, picked)
    assert got != "crashed", (
        "the run you picked FAILED: keep only runs with attributes.status = 'FINISHED'"
    )
    assert got != "patchy", (
        "the run you picked has auc_2025_02 = 0.765, below the floor of 0.775: "
        "apply every floor as a condition metrics.<name> >= <value>"
    )
    assert got not in ("steady", "january"), (
        f"you picked {got!r}, whose auc is not the highest among the qualifying runs: "
        "order by the metric, highest first (DESC)"
    )
    assert got != "tied-later", (
        "'best' and 'tied-later' have the same auc; the one that started first wins "
        "(order by attributes.start_time ASC as well)"
    )
    assert got == "best", f"expected the run 'best', got {got!r}"


def test_a_value_equal_to_its_floor_is_acceptable(exercise, store):
    picked = exercise("register_challenger").pick_challenger(
        EXPERIMENT, "auc", {"auc_2025_02": 0.776, "auc_2025_01": 0.79}
    )
    assert name_of(store, picked) == "best", (
        "'best' has auc_2025_02 = 0.776 and auc_2025_01 = 0.79, exactly at the floors: "
        "a value equal to its floor is acceptable (>=, not >)"
    )


def test_ranks_by_the_metric_it_is_given(exercise, store):
    picked = exercise("register_challenger").pick_challenger(EXPERIMENT, "auc_2025_01")
    assert name_of(store, picked) == "january", (
        "ranked by auc_2025_01 and with no floors, the finished run 'january' (0.82) wins: "
        "order by the metric named in the call"
    )


def test_no_qualifying_run_raises_lookup_error(exercise, store):
    with pytest.raises(LookupError) as raised:
        exercise("register_challenger").pick_challenger(EXPERIMENT, "auc", {"auc": 0.9})
    assert EXPERIMENT in str(raised.value), "name the experiment in the LookupError's message"


def versions(client, name):
    return {int(v.version): v for v in client.search_model_versions(f"name = '{name}'")}


def challenger_of(client, name):
    try:
        return client.get_model_version_by_alias(name, "challenger")
    except MlflowException:
        pass  # fail below, outside the except block, so no chained traceback is shown
    pytest.fail(
        f"{name} has no alias 'challenger': point it at the new version with "
        "set_registered_model_alias (a tag is not an alias)"
    )


def test_registers_the_run_and_points_the_challenger_alias_at_it(exercise, store):
    client = MlflowClient()
    name = "churn-with-champion"
    client.create_registered_model(name)
    [logged] = mlflow.search_logged_models(
        experiment_ids=[mlflow.get_experiment_by_name(EXPERIMENT).experiment_id],
        filter_string=f"source_run_id = '{store['steady']}'",
        output_format="list",
    )
    champion = client.create_model_version(name, logged.model_uri, run_id=store["steady"])
    client.set_registered_model_alias(name, "champion", champion.version)

    number = exercise("register_challenger").register_challenger(store["best"], name)
    assert isinstance(number, int) and not isinstance(number, bool), (
        "return the new version's number as an int"
    )
    assert number == 2, "the model had version 1; the new version is 2"
    challenger = challenger_of(client, name)
    assert int(challenger.version) == 2 and challenger.run_id == store["best"], (
        "the alias 'challenger' must point at the version registered from the run"
    )
    assert int(client.get_model_version_by_alias(name, "champion").version) == 1, (
        "leave the alias 'champion' where it was (on version 1)"
    )
    try:
        loaded = mlflow.sklearn.load_model(f"models:/{name}@challenger")
    except MlflowException as error:
        loaded, problem = None, str(error)
    assert loaded is not None, (
        "the version cannot be loaded, so its source is not the logged model: register the "
        f"logged model's URI (models:/m-...), found with search_logged_models ({problem})"
    )
    assert loaded.C == 3.0, "the version must hold the model that run 'best' logged"


def test_a_second_challenger_moves_the_alias_and_a_new_name_is_created(exercise, store):
    client = MlflowClient()
    module = exercise("register_challenger")
    name = "churn-fresh"
    assert module.register_challenger(store["steady"], name) == 1, (
        "a model name that does not exist yet is created; its first version is 1"
    )
    assert module.register_challenger(store["best"], name) == 2, (
        "registering into an existing model adds a version; do not create the model again"
    )
    challenger = challenger_of(client, name)
    assert challenger.run_id == store["best"], "the alias must move to the newest challenger"
    assert "challenger" not in versions(client, name)[1].aliases, (
        "an alias names one version: version 1 must no longer be the challenger"
    )
