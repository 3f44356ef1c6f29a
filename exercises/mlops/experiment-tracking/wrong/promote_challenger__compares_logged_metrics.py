# Wrong: the rule compares the auc that each run logged at training time, measured on other data.
"""Wrong solution: the promotion rule, champion against challenger."""

from mlflow import MlflowClient


def promote_challenger(model_name: str, evaluate, min_improvement: float = 0.003) -> dict:
    client = MlflowClient()
    champion = client.get_model_version_by_alias(model_name, "champion")
    challenger = client.get_model_version_by_alias(model_name, "challenger")
    old = client.get_run(champion.run_id).data.metrics
    new = client.get_run(challenger.run_id).data.metrics
    gain = new["auc"] - old["auc"]
    no_score_worse = all(new[key] >= old[key] for key in old if key != "auc")
    promoted = gain >= min_improvement and no_score_worse
    if promoted:
        client.set_registered_model_alias(model_name, "champion", challenger.version)
        client.set_registered_model_alias(model_name, "previous-champion", champion.version)
        client.delete_registered_model_alias(model_name, "challenger")
    serving = challenger if promoted else champion
    return {"promoted": promoted, "champion": int(serving.version), "gain": gain}
