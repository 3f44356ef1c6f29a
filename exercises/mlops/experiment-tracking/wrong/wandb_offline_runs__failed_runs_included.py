# Wrong: runs that crashed count as trials, because the state is not checked.
"""Wrong solution: read offline W&B runs back, and pick the best finished trial."""

import json
import subprocess
import sys
from pathlib import Path


def read_offline_run(run_folder: Path) -> dict:
    command = [sys.executable, "-m", "wandb", "leet", "inspect", "--summary", "--json"]
    done = subprocess.run([*command, str(run_folder)], capture_output=True, text=True, timeout=120)
    if done.returncode != 0:
        raise RuntimeError(f"wandb leet inspect {run_folder} failed: {done.stderr.strip()}")
    run = json.loads(done.stdout)
    return {
        "id": run["run_id"],
        "name": run["name"],
        "state": run["state"],
        "config": run["config"],
        "summary": {k: v for k, v in run["summary"].items() if not k.startswith("_")},
    }


def best_offline_run(wandb_dir: Path, metric: str, goal: str = "maximize") -> dict:
    runs = [read_offline_run(folder) for folder in sorted(Path(wandb_dir).glob("offline-run-*"))]
    finished = [run for run in runs if metric in run["summary"]]
    if not finished:
        raise LookupError(f"no finished run in {wandb_dir} has the metric {metric!r}")
    pick = max if goal == "maximize" else min
    return pick(finished, key=lambda run: run["summary"][metric])
