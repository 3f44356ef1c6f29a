"""Exercise: read offline W&B runs back, and pick the best finished trial of a search.

The tests create offline runs (WANDB_MODE=offline) in a temporary folder; each run is a
folder ``offline-run-<date>_<time>-<run id>`` inside ``<folder>/wandb``.

- ``read_offline_run(run_folder)`` runs W&B's reader,
  ``[sys.executable, "-m", "wandb", "leet", "inspect", "--summary", "--json", str(run_folder)]``
  (with a timeout; a failure is an error that says what went wrong), parses the JSON it prints
  and returns a dict with the keys ``"id"`` (the run ID), ``"name"``, ``"state"`` (such as
  ``"finished"`` or ``"failed"``), ``"config"``, and ``"summary"`` without W&B's own keys,
  those that start with ``"_"``.
- ``best_offline_run(wandb_dir, metric, goal="maximize")`` reads every run folder in
  ``wandb_dir`` and returns the dict (as ``read_offline_run`` returns it) of the best run:
  among the runs whose state is ``"finished"`` and whose summary has ``metric``, the one with
  the highest value when ``goal`` is ``"maximize"``, the lowest when it is ``"minimize"``.
  Raise ``LookupError`` if no run qualifies.

Check your work:  pytest exercises/mlops/experiment-tracking/test_wandb_offline_runs.py
"""

import json  # noqa: F401  (you will need these)
import subprocess  # noqa: F401
import sys  # noqa: F401
from pathlib import Path


def read_offline_run(run_folder: Path) -> dict:
    raise NotImplementedError("write read_offline_run")


def best_offline_run(wandb_dir: Path, metric: str, goal: str = "maximize") -> dict:
    raise NotImplementedError("write best_offline_run")
