# Wrong: the newest version is taken as the challenger, whatever the aliases say.
"""Wrong solution: the promotion rule, champion against challenger."""

import mlflow
from mlflow import MlflowClient


def promote_challenger(model_name: str, evaluate, min_improvement: float = 0.003) -> dict:
    client = MlflowClient()
    found = client.search_model_versions(f"name = '{model_name}'")
    champion, challenger = sorted(found, key=lambda version: int(version.version))[-2:]
    old, new = (
        evaluate(mlflow.sklearn.load_model(f"models:/{model_name}/{version.version}"))
        for version in (champion, challenger)
    )
    gain = new["auc"] - old["auc"]
    no_score_worse = all(new[key] >= old[key] for key in old if key != "auc")
    promoted = gain >= min_improvement and no_score_worse
    if promoted:
        client.set_registered_model_alias(model_name, "champion", challenger.version)
        client.set_registered_model_alias(model_name, "previous-champion", champion.version)
        client.delete_registered_model_alias(model_name, "challenger")
    serving = challenger if promoted else champion
    return {"promoted": promoted, "champion": int(serving.version), "gain": gain}
