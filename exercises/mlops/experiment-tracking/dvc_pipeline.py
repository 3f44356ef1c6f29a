"""Exercise: write the dvc.yaml of a two-stage training pipeline.

The tests build this project in a temporary Git repository with DVC initialized, then write
your dvc.yaml into it and run ``dvc repro`` (the scripts are small stand-ins for the ones on
the DVC page, so that the tests run in seconds):

    data/raw.csv       the raw data, tracked with ``dvc add``
    params.yaml        prepare: {min_amount: ...}   train: {C: ...}
    src/prepare.py     reads data/raw.csv and the parameter prepare.min_amount,
                       writes data/clean.csv
    src/train.py       reads data/clean.csv and the parameter train.C,
                       writes the model, model.json, and the metrics file, metrics.json

``write_pipeline(repo)`` writes ``repo / "dvc.yaml"`` with two stages and returns its path:

- ``prepare`` runs ``python src/prepare.py``; ``train`` runs ``python src/train.py``;
- each stage declares what it reads (its script, its data files and its parameter), so that
  ``dvc repro`` runs a stage when, and only when, something it reads has changed;
- data/clean.csv and model.json are outputs that DVC caches and versions;
- metrics.json is the train stage's metrics file, which Git tracks: keep it out of DVC's cache.

Check your work:  pytest exercises/mlops/experiment-tracking/test_dvc_pipeline.py
"""

from pathlib import Path

import yaml  # noqa: F401  (you may need it)


def write_pipeline(repo: Path) -> Path:
    raise NotImplementedError("write write_pipeline")
