# Wrong: a value equal to its floor is rejected, because the floors are compared with >.
"""Wrong solution: pick the challenger among the runs of a retraining job, and register it."""

import mlflow
from mlflow import MlflowClient
from mlflow.exceptions import MlflowException


def pick_challenger(experiment: str, metric: str, floors: dict | None = None) -> str:
    conditions = ["attributes.status = 'FINISHED'"]
    conditions += [f"metrics.{name} > {value!r}" for name, value in (floors or {}).items()]
    runs = mlflow.search_runs(
        experiment_names=[experiment],
        filter_string=" and ".join(conditions),
        order_by=[f"metrics.{metric} DESC", "attributes.start_time ASC"],
    )
    column = f"metrics.{metric}"
    if column in runs:
        runs = runs.dropna(subset=[column])
    if runs.empty or column not in runs:
        raise LookupError(f"no finished run of experiment {experiment!r} meets the floors")
    return runs.iloc[0]["run_id"]


def register_challenger(run_id: str, model_name: str) -> int:
    client = MlflowClient()
    experiment_id = client.get_run(run_id).info.experiment_id
    [logged] = mlflow.search_logged_models(
        experiment_ids=[experiment_id],
        filter_string=f"source_run_id = '{run_id}'",
        output_format="list",
    )
    try:
        client.create_registered_model(model_name)
    except MlflowException as error:
        if error.error_code != "RESOURCE_ALREADY_EXISTS":
            raise
    version = client.create_model_version(model_name, source=logged.model_uri, run_id=run_id)
    client.set_registered_model_alias(model_name, "challenger", version.version)
    return int(version.version)
