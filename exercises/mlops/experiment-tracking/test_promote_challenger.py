"""Tests for the promotion exercise (promote_challenger.py)."""

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
X = np.random.default_rng(1).normal(size=(60, 3))
y = (X[:, 0] - X[:, 2] > 0).astype(int)

# The scores that `evaluate` returns for a model, looked up by the model's C. Every version's
# run also logged an "auc" from its own training time, on other data: a trap for a rule that
# compares logged metrics.
CHAMPION = {"auc": 0.780, "auc_2025_01": 0.786, "auc_2025_02": 0.773}
SCORES = {
    1.0: CHAMPION,
    2.0: {"auc": 0.790, "auc_2025_01": 0.792, "auc_2025_02": 0.780},  # clearly better
    3.0: {"auc": 0.7825, "auc_2025_01": 0.788, "auc_2025_02": 0.775},  # +0.0025: too little
    4.0: {"auc": 0.787, "auc_2025_01": 0.799, "auc_2025_02": 0.771},  # February worse
}
LOGGED_AUC = {1.0: 0.81, 2.0: 0.79, 3.0: 0.80, 4.0: 0.78}


def evaluate(model):
    return dict(SCORES[float(model.C)])


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    root = tmp_path_factory.mktemp("mlflow")
    mlflow.set_tracking_uri(f"sqlite:///{root / 'mlflow.db'}")
    client = MlflowClient()
    experiment_id = client.create_experiment(
        "churn", artifact_location=(root / "artifacts").as_uri()
    )
    mlflow.set_experiment(experiment_id=experiment_id)
    uris = {}
    for C in SCORES:
        with mlflow.start_run():
            mlflow.log_metric("auc", LOGGED_AUC[C])
            model = LogisticRegression(C=C).fit(X, y)
            info = mlflow.sklearn.log_model(
                model,
                name="model",
                pip_requirements=["scikit-learn"],
                serialization_format="cloudpickle",
            )
        uris[C] = (info.model_uri, info.run_id)
    yield uris
    mlflow.set_tracking_uri(None)


def registered(store, name, champion_C, challenger_C, challenger_first=False):
    """A registered model with version 1 (champion) and version 2 (challenger), or the other
    way round with challenger_first."""
    client = MlflowClient()
    client.create_registered_model(name)
    order = [("champion", champion_C), ("challenger", challenger_C)]
    for alias, C in reversed(order) if challenger_first else order:
        uri, run_id = store[C]
        version = client.create_model_version(name, uri, run_id=run_id)
        client.set_registered_model_alias(name, alias, version.version)
    return client


def aliases(client, name):
    return dict(client.get_registered_model(name).aliases)


def test_a_clearly_better_challenger_is_promoted(exercise, store):
    client = registered(store, "clear-win", 1.0, 2.0)
    result = exercise("promote_challenger").promote_challenger("clear-win", evaluate)
    assert isinstance(result, dict) and set(result) == {"promoted", "champion", "gain"}, (
        "return a dict with the keys promoted, champion and gain"
    )
    assert result["gain"] == pytest.approx(0.010), (
        "gain is the challenger's auc minus the champion's, both from evaluate(model) on the "
        f"same data (0.790 - 0.780); got {result['gain']}"
    )
    assert result["promoted"] is True, (
        "the challenger is better by 0.010 AUC and in every month: promote it"
    )
    now = aliases(client, "clear-win")
    assert now.get("champion") == 2, f"'champion' must point at version 2 now; aliases: {now}"
    assert now.get("previous-champion") == 1, (
        f"point 'previous-champion' at the old champion (version 1); aliases: {now}"
    )
    assert "challenger" not in now, f"delete the alias 'challenger' after a promotion: {now}"
    assert result["champion"] == 2 and isinstance(result["champion"], int), (
        "'champion' in the result is the version number (an int) that is champion afterwards"
    )


def test_a_gain_below_the_minimum_keeps_the_champion(exercise, store):
    client = registered(store, "small-gain", 1.0, 3.0)
    result = exercise("promote_challenger").promote_challenger("small-gain", evaluate)
    assert result["gain"] == pytest.approx(0.0025), "gain: 0.7825 - 0.780"
    assert result["promoted"] is False, (
        "a gain of 0.0025 AUC points is below min_improvement=0.003: keep the champion. "
        "min_improvement is a difference of AUC points, not a relative gain"
    )
    assert aliases(client, "small-gain") == {"champion": 1, "challenger": 2}, (
        "when the challenger loses, change no alias"
    )
    assert result["champion"] == 1, "the champion afterwards is still version 1"


def test_a_challenger_worse_in_one_month_is_not_promoted(exercise, store):
    client = registered(store, "worse-in-february", 1.0, 4.0)
    result = exercise("promote_challenger").promote_challenger("worse-in-february", evaluate)
    assert result["promoted"] is False, (
        "the challenger gains 0.007 overall but its auc_2025_02 is lower than the champion's "
        "(0.771 against 0.773): it must not be worse in any month"
    )
    assert aliases(client, "worse-in-february") == {"champion": 1, "challenger": 2}


def test_the_minimum_improvement_is_the_argument(exercise, store):
    registered(store, "lower-bar", 1.0, 3.0)
    result = exercise("promote_challenger").promote_challenger(
        "lower-bar", evaluate, min_improvement=0.002
    )
    assert result["promoted"] is True, (
        "with min_improvement=0.002, a gain of 0.0025 in auc and no month worse promotes"
    )


def test_the_versions_are_found_by_their_aliases(exercise, store):
    client = registered(store, "newer-champion", 1.0, 2.0, challenger_first=True)
    result = exercise("promote_challenger").promote_challenger("newer-champion", evaluate)
    assert result["gain"] == pytest.approx(0.010) and result["promoted"] is True, (
        "here the challenger is version 1 and the champion version 2: load each model by its "
        "alias (models:/<name>@champion and @challenger), not by its version number"
    )
    try:
        champion = client.get_model_version_by_alias("newer-champion", "champion")
    except MlflowException:
        champion = None
    assert champion is not None, "the alias 'champion' must exist after a promotion"
    assert int(champion.version) == 1 and result["champion"] == 1, (
        "the challenger (version 1) is champion after the promotion"
    )
