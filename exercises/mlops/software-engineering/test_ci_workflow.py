"""Tests for the CI workflow exercise (ci_workflow.py).

The workflow is written out with PyYAML, read back with a YAML 1.2 parser as GitHub reads
it, and validated against the workflow schema that check-jsonschema ships; the other tests
check the jobs, the matrix, ``needs`` and the pins, which a schema cannot.
"""

import json
import re
from importlib import resources

import jsonschema
import pytest
import yaml
from ruamel.yaml import YAML

VERSIONS = ["3.10", "3.13"]  # "3.10" is the number 3.1 if it is not a string
JOBS = {"lint", "test", "smoke-train", "build"}
PINNED = re.compile(r"^[\w.-]+/[\w.-]+(/[\w./-]+)?@(v\d+(\.\d+){0,2}|[0-9a-f]{40})$")
SCHEMA = json.loads(
    resources.files("check_jsonschema.builtin_schemas.vendor")
    .joinpath("github-workflows.json")
    .read_text(encoding="utf-8")
)


def read(exercise):
    """Your workflow as GitHub would read it from the YAML file."""
    built = exercise("ci_workflow").ci_workflow(list(VERSIONS))
    try:
        text = yaml.safe_dump(built, sort_keys=False)
    except yaml.YAMLError as error:
        pytest.fail(
            "the workflow must hold only dicts, lists, strings, numbers and booleans, "
            f"as YAML does ({error})"
        )
    return YAML(typ="safe").load(text)


def deepest(error):
    """The most specific of the schema errors, the one check-jsonschema reports."""
    while error.context:
        error = jsonschema.exceptions.best_match(error.context)
    return error


def steps(workflow, name):
    return workflow["jobs"][name]["steps"]


def runs(workflow, name):
    return " ; ".join(step.get("run", "") for step in steps(workflow, name))


def test_the_workflow_matches_the_schema(exercise):
    workflow = read(exercise)
    errors = jsonschema.Draft7Validator(SCHEMA).iter_errors(workflow)
    problems = [f"{deepest(e).json_path}: {deepest(e).message[:150]}" for e in errors]
    assert not problems, "; ".join(problems)


def test_it_runs_on_pushes_to_main_and_on_pull_requests(exercise):
    workflow = read(exercise)
    triggers = workflow.get("on")
    assert isinstance(triggers, dict), (
        f"the 'on' key must map triggers to settings; the keys are {list(workflow)} "
        "(PyYAML reads an unquoted on: as the boolean True)"
    )
    assert triggers.get("push", {}).get("branches") == ["main"]
    assert "pull_request" in triggers


def test_the_token_may_only_read(exercise):
    workflow = read(exercise)
    assert workflow.get("permissions") == {"contents": "read"}


def test_there_are_the_four_jobs_on_ubuntu_with_timeouts(exercise):
    workflow = read(exercise)
    jobs = workflow.get("jobs", {})
    assert set(jobs) == JOBS, f"jobs {sorted(jobs)}, expected {sorted(JOBS)}"
    for name, job in jobs.items():
        assert job.get("runs-on") == "ubuntu-latest", f"{name} runs on {job.get('runs-on')}"
        minutes = job.get("timeout-minutes")
        assert isinstance(minutes, int) and 0 < minutes <= 30, (
            f"{name}: timeout-minutes is {minutes!r}; the default is six hours"
        )


@pytest.mark.parametrize("name", sorted(JOBS))
def test_each_job_checks_out_the_code_first(exercise, name):
    workflow = read(exercise)
    first = steps(workflow, name)[0].get("uses", "")
    assert first.startswith("actions/checkout@"), f"{name} starts with {first or 'a run'}"


@pytest.mark.parametrize("name", ["lint", "test", "smoke-train"])
def test_python_is_set_up_with_pip_caching(exercise, name):
    workflow = read(exercise)
    setups = [
        s for s in steps(workflow, name) if s.get("uses", "").startswith("actions/setup-python@")
    ]
    assert setups, f"{name} has no actions/setup-python step"
    assert setups[0].get("with", {}).get("cache") == "pip", f"{name}: cache: pip is missing"


def test_each_job_runs_its_command(exercise):
    workflow = read(exercise)
    for name, command in [
        ("lint", "ruff check ."),
        ("test", "pytest"),
        ("smoke-train", "python train.py --smoke"),
        ("build", "docker build"),
    ]:
        assert command in runs(workflow, name), f"{name} does not run `{command}`"


def test_the_tests_run_on_every_python_version_of_the_matrix(exercise):
    workflow = read(exercise)
    test = workflow["jobs"]["test"]
    versions = test.get("strategy", {}).get("matrix", {}).get("python-version")
    assert versions == VERSIONS, (
        f"the matrix holds {versions!r} for {VERSIONS!r}; the versions must be strings, "
        "or 3.10 becomes 3.1"
    )
    setup = [s for s in test["steps"] if s.get("uses", "").startswith("actions/setup-python")]
    used = setup[0].get("with", {}).get("python-version") if setup else None
    assert used == "${{ matrix.python-version }}", (
        f"setup-python gets python-version {used!r}, so every matrix job tests the same Python"
    )


def test_build_waits_for_every_check(exercise):
    workflow = read(exercise)
    needs = workflow["jobs"]["build"].get("needs", [])
    needs = [needs] if isinstance(needs, str) else needs
    assert set(needs) == {"lint", "test", "smoke-train"}, (
        f"build needs {needs}: without all three checks, an image of a commit that failed "
        "one of them gets built"
    )


def test_every_needed_job_exists(exercise):
    workflow = read(exercise)
    jobs = workflow["jobs"]
    for name, job in jobs.items():
        needs = job.get("needs", [])
        for needed in [needs] if isinstance(needs, str) else needs:
            names = sorted(jobs)
            assert needed in names, (
                f"{name} needs {needed!r}, which is not a job (the schema cannot see this; "
                "actionlint and GitHub can)"
            )


def test_every_action_is_pinned_to_a_version(exercise):
    workflow = read(exercise)
    for name, job in workflow["jobs"].items():
        for step in job["steps"]:
            if "uses" in step:
                pinned = PINNED.match(step["uses"]) is not None
                assert pinned, (
                    f"{name} uses {step['uses']!r}: pin a version tag (@v7, @v7.0.1) or a "
                    "40-character commit SHA, never a branch"
                )
