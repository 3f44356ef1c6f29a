"""Exercise: pick the challenger among the runs of a retraining job, and register it.

The tests point MLflow at a fresh local store before they call your functions: use the current
tracking URI, do not set one. Each run of the experiment logged its scores as metrics; the
runs that the tests register also logged their model, under the name "model".

- ``pick_challenger(experiment, metric, floors=None)`` returns the run ID (a str) of the best
  run of the experiment named ``experiment``. Only runs whose status is FINISHED count, and only
  those whose metrics reach every floor in ``floors`` (a dict: metric name -> lowest acceptable
  value; a value equal to its floor is acceptable; ``None`` means no floors). Of those, the run
  with the highest ``metric`` wins; of two runs with the same value, the one that started
  first. When no run qualifies, raise ``LookupError`` with a message that names the experiment.
- ``register_challenger(run_id, model_name)`` registers the model that run ``run_id`` logged as
  a new version of the registered model ``model_name`` (creating the registered model if it
  does not exist yet), points the alias ``challenger`` at that version, and returns the version
  number as an int. Every other alias of the model, such as ``champion``, stays where it is.

Check your work:  pytest exercises/mlops/experiment-tracking/test_register_challenger.py
"""

import mlflow  # noqa: F401  (you will need it)
from mlflow import MlflowClient  # noqa: F401


def pick_challenger(experiment: str, metric: str, floors: dict | None = None) -> str:
    raise NotImplementedError("write pick_challenger")


def register_challenger(run_id: str, model_name: str) -> int:
    raise NotImplementedError("write register_challenger")
