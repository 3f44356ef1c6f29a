# Wrong: the improvement is measured relative to the champion, so 0.003 means 0.3 percent.
"""Wrong solution: the promotion rule, champion against challenger."""

import mlflow
from mlflow import MlflowClient


def promote_challenger(model_name: str, evaluate, min_improvement: float = 0.003) -> dict:
    client = MlflowClient()
    champion = client.get_model_version_by_alias(model_name, "champion")
    challenger = client.get_model_version_by_alias(model_name, "challenger")
    scores = {
        alias: evaluate(mlflow.sklearn.load_model(f"models:/{model_name}@{alias}"))
        for alias in ("champion", "challenger")
    }
    old, new = scores["champion"], scores["challenger"]
    gain = new["auc"] - old["auc"]
    relative = gain / old["auc"]
    no_score_worse = all(new[key] >= old[key] for key in old if key != "auc")
    promoted = relative >= min_improvement and no_score_worse
    if promoted:
        client.set_registered_model_alias(model_name, "champion", challenger.version)
        client.set_registered_model_alias(model_name, "previous-champion", champion.version)
        client.delete_registered_model_alias(model_name, "challenger")
    serving = challenger if promoted else champion
    return {"promoted": promoted, "champion": int(serving.version), "gain": gain}
