"""Every exercise: its tests pass on the reference solution and fail on the untouched starter.

A test that passed on the starter would check nothing, so every single test must fail there.
"""

import pytest
from book_sources import EXERCISES, ROOT, labels
from exercise_runs import run_pytest

TEST_FILES = sorted(EXERCISES.rglob("test_*.py"))


def test_there_are_exercises():
    assert TEST_FILES, "no exercise tests found under exercises/"


@pytest.mark.parametrize("test_file", TEST_FILES, ids=lambda p: str(p.relative_to(EXERCISES)))
def test_exercise_has_starter_and_solution(test_file):
    name = test_file.name.removeprefix("test_")
    assert (test_file.parent / name).is_file(), f"starter {name} missing"
    assert (test_file.parent / "solutions" / name).is_file(), f"solutions/{name} missing"


@pytest.mark.parametrize("test_file", TEST_FILES, ids=lambda p: str(p.relative_to(EXERCISES)))
def test_reference_solution_passes_every_test(test_file):
    run = run_pytest(test_file, "--solutions", cwd=ROOT)
    assert run.outcomes, run.output
    failed = {name: o for name, o in run.outcomes.items() if o != "passed"}
    assert not failed, run.output
    assert run.returncode == 0


@pytest.mark.parametrize("test_file", TEST_FILES, ids=lambda p: str(p.relative_to(EXERCISES)))
def test_untouched_starter_fails_every_test(test_file):
    run = run_pytest(test_file, cwd=ROOT)
    assert run.outcomes, run.output
    passing = [name for name, outcome in run.outcomes.items() if outcome == "passed"]
    assert not passing, f"these tests pass on the starter, so they check nothing: {passing}"
    assert "Traceback" not in run.output
    assert run.returncode == 1


@pytest.mark.parametrize("test_file", TEST_FILES, ids=lambda p: str(p.relative_to(EXERCISES)))
def test_exercise_is_stated_in_the_book(test_file):
    label = "exercise-" + test_file.stem.removeprefix("test_").replace("_", "-")
    assert label in labels(), f"no book page states {test_file.name} with :label: {label}"
