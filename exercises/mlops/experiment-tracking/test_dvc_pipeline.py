"""Tests for the DVC pipeline exercise (dvc_pipeline.py): each runs `dvc repro` on your file."""

import os
import subprocess
import sys
from pathlib import Path

os.environ["DVC_NO_ANALYTICS"] = "1"

import pytest  # noqa: E402
from dvc.exceptions import DvcException  # noqa: E402
from dvc.repo import Repo  # noqa: E402

# DVC 3.67 itself triggers this deprecation of a library it uses; nothing an exercise can change.
pytestmark = pytest.mark.filterwarnings("ignore:_NoneStep.value:DeprecationWarning")

PREPARE = """\
import csv
import yaml

threshold = yaml.safe_load(open("params.yaml"))["prepare"]["min_amount"]
rows = [r["amount"] for r in csv.DictReader(open("data/raw.csv"))]
kept = [a for a in rows if float(a) >= threshold]
open("data/clean.csv", "w").write("amount\\n" + "".join(a + "\\n" for a in kept))
"""
TRAIN = """\
import json
import yaml

C = yaml.safe_load(open("params.yaml"))["train"]["C"]
amounts = [float(a) for a in open("data/clean.csv").read().split()[1:]]
json.dump({"weight": C * sum(amounts)}, open("model.json", "w"))
json.dump({"rows": len(amounts), "mean": sum(amounts) / len(amounts)},
          open("metrics.json", "w"))
"""


def params(min_amount=2, C=1.0):
    return f"prepare:\n  min_amount: {min_amount}\ntrain:\n  C: {C}\n"


@pytest.fixture
def project(tmp_path, monkeypatch):
    """The project of the exercise, in a Git repository with DVC initialized (DVC works in the
    current directory, so the test runs there)."""
    monkeypatch.chdir(tmp_path)
    # DVC keeps per-repository state in a system folder (/var/tmp/dvc); keep it in tmp_path.
    monkeypatch.setenv("DVC_SITE_CACHE_DIR", str(tmp_path.parent / f"{tmp_path.name}-dvc"))
    monkeypatch.setenv("PATH", f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}")
    subprocess.run(["git", "init", "--quiet", str(tmp_path)], check=True, timeout=60)
    Repo.init(str(tmp_path))
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "raw.csv").write_text("amount\n1\n5\n10\n20\n")
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "prepare.py").write_text(PREPARE)
    (tmp_path / "src" / "train.py").write_text(TRAIN)
    (tmp_path / "params.yaml").write_text(params())
    Repo(str(tmp_path)).add("data/raw.csv")
    return tmp_path


def repro(root):
    """Run `dvc repro`; return the names of the stages that ran, in order."""
    try:
        ran = Repo(str(root)).reproduce()
    except DvcException as error:
        pytest.fail(f"dvc repro failed on your dvc.yaml: {error}")
    return [stage.addressing for stage in ran]


@pytest.fixture
def pipeline(exercise, project):
    path = exercise("dvc_pipeline").write_pipeline(project)
    assert Path(path) == project / "dvc.yaml", "write repo / 'dvc.yaml' and return its path"
    first = repro(project)
    assert first == ["prepare", "train"], (
        f"the first dvc repro must run prepare, then train; it ran {first}. train reads "
        "data/clean.csv, which prepare writes: declare it as a dependency of train"
    )
    return project


def gitignored(root):
    return {
        line.strip().lstrip("/")
        for path in root.rglob(".gitignore")
        if ".dvc" not in path.parts
        for line in path.read_text().splitlines()
    }


def test_the_first_repro_runs_both_stages_and_a_second_runs_none(pipeline):
    assert (pipeline / "model.json").exists() and (pipeline / "metrics.json").exists()
    assert repro(pipeline) == [], "nothing changed, so a second dvc repro must run no stage"


def test_changing_C_reruns_train_only(pipeline):
    (pipeline / "params.yaml").write_text(params(C=2.0))
    ran = repro(pipeline)
    assert "train" in ran, (
        "after train.C changed, train did not run: declare the parameter under the stage's "
        "params (params: [train.C])"
    )
    assert ran == ["train"], (
        f"after train.C changed, dvc repro ran {ran}; only train reads train.C. Declare "
        "parameters under params, not params.yaml as a dependency of every stage"
    )


def test_changing_min_amount_reruns_both_stages(pipeline):
    (pipeline / "params.yaml").write_text(params(min_amount=6))
    ran = repro(pipeline)
    assert "prepare" in ran, "after prepare.min_amount changed, prepare must run"
    assert ran == ["prepare", "train"], (
        f"prepare wrote a different data/clean.csv, so train must run after it; it ran {ran}. "
        "train's dependency is data/clean.csv, the output of prepare"
    )


def test_editing_a_script_reruns_its_stage(pipeline):
    script = pipeline / "src" / "train.py"
    script.write_text(script.read_text() + "# tuned\n")
    assert repro(pipeline) == ["train"], (
        "after src/train.py changed, train must run: a stage's script is one of its deps"
    )


def test_metrics_are_metrics_that_git_tracks(pipeline):
    shown = Repo(str(pipeline)).metrics.show()
    files = shown.get("", {}).get("data", {})
    assert "metrics.json" in files, (
        "dvc metrics show finds no metrics.json: list it under the train stage's metrics, "
        "not under outs"
    )
    assert files["metrics.json"]["data"] == {"rows": 3, "mean": 35 / 3}
    assert "metrics.json" not in gitignored(pipeline), (
        "metrics.json is in a .gitignore, so DVC caches it and Git cannot track it: give it "
        "cache: false (metrics: [{metrics.json: {cache: false}}])"
    )


def test_the_model_and_the_clean_data_are_cached_outputs(pipeline):
    ignored = gitignored(pipeline)
    for name in ("model.json", "clean.csv"):
        assert name in ignored, f"{name} must be an output (outs) that DVC caches"
