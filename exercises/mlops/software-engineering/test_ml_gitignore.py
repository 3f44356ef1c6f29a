"""Tests for the .gitignore exercise (ml_gitignore.py).

Each test builds the project's files in a temporary Git repository, writes your .gitignore
and asks Git itself which files ``git add -A`` stages. Your own Git settings (a global
excludes file, for example) are switched off for these repositories.
"""

import functools
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

TRACK = {
    ".gitignore": "the ignore rules themselves are part of the project",
    "README.md": "it is documentation",
    "requirements.txt": "it pins the environment",
    "params.yaml": "it holds the training parameters",
    "dvc.yaml": "it defines the data pipeline",
    "dvc.lock": "it records the hashes of the pipeline's data",
    ".env.example": "it lists the settings' names without secrets",
    ".dvc/config": "it is DVC's shared configuration",
    "data/README.md": "it says where the data come from",
    "data/snapshots.parquet.dvc": "DVC's pointer file is how Git versions the data",
    "models/README.md": "it says where the models are kept",
    "src/churn/__init__.py": "it is code",
    "src/churn/features.py": "it is code",
    "src/churn/train.py": "it is code",
    "src/churn/data/__init__.py": "it is code, in a package that happens to be named data",
    "src/churn/data/load.py": "it is code, in a package that happens to be named data",
    "src/churn/models/__init__.py": "it is code, in a package named models",
    "src/churn/models/pipeline.py": "it is code, in a package named models",
    "tests/test_features.py": "it is a test",
    "tests/fixtures/snapshots_small.csv": "the tests read this small sample",
    "notebooks/explore.ipynb": "notebooks are kept in Git",
}
IGNORE = {
    "data/raw/customers.csv": "raw data (with personal data) belong to DVC, not Git",
    "data/raw/deliveries.csv": "raw data belong to DVC, not Git",
    "data/snapshots.parquet": "data files belong to DVC, not Git",
    "models/churn.joblib": "trained models belong to the registry",
    "models/churn.onnx": "trained models belong to the registry, whatever their format",
    "models/churn.pt": "trained models belong to the registry, whatever their format",
    ".env": "it holds passwords",
    ".venv/bin/python": "virtual environments are rebuilt from requirements.txt",
    ".venv/pyvenv.cfg": "virtual environments are rebuilt from requirements.txt",
    "src/churn/__pycache__/features.cpython-311.pyc": "compiled files are regenerated",
    "notebooks/.ipynb_checkpoints/explore-checkpoint.ipynb": "Jupyter's autosaves",
    "mlruns/0/meta.yaml": "MLflow's local store is not source code",
    ".dvc/cache/files/md5/3f/a1b2c3d4": "DVC's cache holds copies of the data",
}


@functools.cache
def staged_with(gitignore: str) -> frozenset[str]:
    """The paths that `git add -A` stages in a project with this .gitignore."""
    git = shutil.which("git")
    if git is None:
        pytest.fail("these tests need Git: install it and make sure `git` runs")
    env = os.environ | {"GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1"}
    with tempfile.TemporaryDirectory(prefix="gitignore-") as folder:
        root = Path(folder)
        for path in [*TRACK, *IGNORE]:
            (root / path).parent.mkdir(parents=True, exist_ok=True)
            (root / path).write_text("x\n")
        (root / ".gitignore").write_text(gitignore)
        for args in (["init", "-q"], ["add", "-A"], ["ls-files"]):
            done = subprocess.run(
                [git, "-c", f"core.excludesFile={os.devnull}", *args],
                cwd=root,
                env=env,
                capture_output=True,
                text=True,
                timeout=60,
            )
            if done.returncode != 0:
                pytest.fail(f"git {' '.join(args)} failed: {done.stderr.strip()}")
        return frozenset(done.stdout.splitlines())


def text_of(exercise) -> str:
    text = exercise("ml_gitignore").gitignore_text()
    assert isinstance(text, str), f"gitignore_text() must return a str, not {type(text)}"
    return text


@pytest.mark.parametrize("path", list(TRACK))
def test_git_tracks(exercise, path):
    assert path in staged_with(text_of(exercise)), (
        f"{path} is ignored, but Git should track it: {TRACK[path]}. "
        "`git check-ignore -v <path>` shows which line ignores it"
    )


@pytest.mark.parametrize("path", list(IGNORE))
def test_git_ignores(exercise, path):
    assert path not in staged_with(text_of(exercise)), (
        f"{path} would be committed, but it should be ignored: {IGNORE[path]}"
    )
