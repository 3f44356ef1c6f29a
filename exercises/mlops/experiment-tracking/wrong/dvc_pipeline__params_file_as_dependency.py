# Wrong: both stages depend on params.yaml as a file, so any parameter reruns both.
"""Wrong solution: write the dvc.yaml of a two-stage training pipeline."""

from pathlib import Path

import yaml


def write_pipeline(repo: Path) -> Path:
    stages = {
        "prepare": {
            "cmd": "python src/prepare.py",
            "deps": ["src/prepare.py", "data/raw.csv", "params.yaml"],
            "outs": ["data/clean.csv"],
        },
        "train": {
            "cmd": "python src/train.py",
            "deps": ["src/train.py", "data/clean.csv", "params.yaml"],
            "outs": ["model.json"],
            "metrics": [{"metrics.json": {"cache": False}}],
        },
    }
    path = Path(repo) / "dvc.yaml"
    path.write_text(yaml.safe_dump({"stages": stages}, sort_keys=False))
    return path
