"""Exercise: the .gitignore of an ML project.

Write ``gitignore_text()``, which returns the text of the ``.gitignore`` file at the root of
the churn model's repository. The tests create every path listed below in a temporary Git
repository, write your text to its ``.gitignore``, run ``git add -A`` and read what Git
staged.

Git must track these (small files the project needs to rebuild the model):

    .gitignore, README.md, requirements.txt, params.yaml, dvc.yaml, dvc.lock
    .env.example                   the names of the settings, without their values
    .dvc/config                    DVC's settings, shared by the team
    data/README.md                 where the data come from
    data/snapshots.parquet.dvc     DVC's pointer to a data file: its hash, a few bytes
    models/README.md               where the trained models are kept
    src/churn/__init__.py, src/churn/features.py, src/churn/train.py
    src/churn/data/__init__.py, src/churn/data/load.py          (a package named data)
    src/churn/models/__init__.py, src/churn/models/pipeline.py  (a package named models)
    tests/test_features.py
    tests/fixtures/snapshots_small.csv   twenty rows that the tests read
    notebooks/explore.ipynb

Git must ignore these:

    data/raw/customers.csv, data/raw/deliveries.csv, data/snapshots.parquet
    models/churn.joblib, models/churn.onnx, models/churn.pt
    .env                           passwords and tokens
    .venv/bin/python, .venv/pyvenv.cfg              the virtual environment
    src/churn/__pycache__/features.cpython-311.pyc
    notebooks/.ipynb_checkpoints/explore-checkpoint.ipynb
    mlruns/0/meta.yaml             MLflow's local tracking store
    .dvc/cache/files/md5/3f/a1b2c3d4   DVC's local cache of the data

Write patterns, one per line, not a list of these exact paths: new data files and new
models must be ignored too, and new code must not be.

Check your work:  pytest exercises/mlops/software-engineering/test_ml_gitignore.py
"""


def gitignore_text() -> str:
    raise NotImplementedError("write gitignore_text")
