"""Every exercise: its tests pass on the reference solution, fail on the untouched starter, and
reject every wrong solution shipped beside it.

A test that passed on the starter would check nothing, so every single test must fail there.
A wrong solution, ``wrong/<exercise>__<mistake>.py``, makes one mistake that learners really make
and says which on its first line; at least one test must fail on it, with a message and no
traceback, or the tests let that mistake through.
"""

import os
from concurrent.futures import ThreadPoolExecutor

import pytest
from book_sources import EXERCISES, ROOT, labels

from ai_roadmaps.exercise_runs import Run, run_variants

TEST_FILES = sorted(EXERCISES.rglob("test_*.py"))
WRONG_FILES = sorted(EXERCISES.rglob("wrong/*__*.py"))
MIN_WRONG_PER_EXERCISE = 2


# Each check below needs pytest run on one exercise against one version of it: the reference
# solution, the untouched starter or a wrong solution (a few seconds each, hundreds in all). All
# versions of one exercise run in one child process (exercise_runs.run_variants), which imports
# the exercise's libraries once; the reference solution is the control that runs first and last,
# and where a version changed the process, every version runs again in a process of its own.
# The exercises that the collected tests need are started together, as many at once as the
# machine has cores; each test then waits for its own. The harness limits CPU time, not wall
# time, so a run is judged the same however many run beside it.
JOBS = int(os.environ.get("EXERCISE_JOBS", "0")) or os.cpu_count() or 1
SOLUTION = ("--solutions",)
STARTER = ()
NEEDS_RUN = {
    "test_reference_solution_passes_every_test",
    "test_untouched_starter_fails_every_test",
    "test_every_wrong_solution_is_rejected",
}


def _wrong_args(wrong):
    return (f"--wrong={wrong.stem.split('__', 1)[1]}",)


def _exercise_of_wrong(wrong):
    exercise = wrong.stem.split("__", 1)[0]
    return wrong.parent.parent / f"test_{exercise}.py"


def _exercise_of(item):
    params = item.callspec.params
    return _exercise_of_wrong(params["wrong"]) if "wrong" in params else params["test_file"]


def _versions(test_file):
    """The argument tuples of the versions of one exercise other than the solution."""
    return [STARTER, *map(_wrong_args, wrong_solutions(test_file))]


def _run_exercise(test_file):
    versions = _versions(test_file)
    result = run_variants(test_file, versions, cwd=ROOT, control=SOLUTION)
    return {SOLUTION: result.control, **dict(zip(versions, result.runs, strict=True))}


@pytest.fixture(scope="session")
def child_runs(request):
    """Start the runs of every exercise that the collected tests of this file need."""
    needed = [
        _exercise_of(item)
        for item in request.session.items
        if item.module.__name__ == __name__ and item.originalname in NEEDS_RUN
    ]
    pool = ThreadPoolExecutor(JOBS)
    futures = {
        test_file: pool.submit(_run_exercise, test_file) for test_file in dict.fromkeys(needed)
    }
    yield futures
    pool.shutdown(cancel_futures=True)


def child_run(child_runs, test_file, args) -> Run:
    return child_runs[test_file].result()[args]


def wrong_solutions(test_file):
    name = test_file.stem.removeprefix("test_")
    return sorted((test_file.parent / "wrong").glob(f"{name}__*.py"))


def test_there_are_exercises():
    assert TEST_FILES, "no exercise tests found under exercises/"


@pytest.mark.parametrize("test_file", TEST_FILES, ids=lambda p: str(p.relative_to(EXERCISES)))
def test_exercise_has_starter_and_solution(test_file):
    name = test_file.name.removeprefix("test_")
    assert (test_file.parent / name).is_file(), f"starter {name} missing"
    assert (test_file.parent / "solutions" / name).is_file(), f"solutions/{name} missing"


@pytest.mark.parametrize("test_file", TEST_FILES, ids=lambda p: str(p.relative_to(EXERCISES)))
def test_reference_solution_passes_every_test(test_file, child_runs):
    run = child_run(child_runs, test_file, SOLUTION)
    assert run.outcomes, run.output
    failed = {name: o for name, o in run.outcomes.items() if o != "passed"}
    assert not failed, run.output
    assert run.returncode == 0


@pytest.mark.parametrize("test_file", TEST_FILES, ids=lambda p: str(p.relative_to(EXERCISES)))
def test_untouched_starter_fails_every_test(test_file, child_runs):
    run = child_run(child_runs, test_file, STARTER)
    assert run.outcomes, run.output
    passing = [name for name, outcome in run.outcomes.items() if outcome == "passed"]
    assert not passing, f"these tests pass on the starter, so they check nothing: {passing}"
    assert "Traceback" not in run.output
    assert run.returncode == 1


@pytest.mark.parametrize("test_file", TEST_FILES, ids=lambda p: str(p.relative_to(EXERCISES)))
def test_exercise_is_stated_in_the_book(test_file):
    label = "exercise-" + test_file.stem.removeprefix("test_").replace("_", "-")
    assert label in labels(), f"no book page states {test_file.name} with :label: {label}"


@pytest.mark.parametrize("test_file", TEST_FILES, ids=lambda p: str(p.relative_to(EXERCISES)))
def test_exercise_ships_wrong_solutions(test_file):
    found = wrong_solutions(test_file)
    assert len(found) >= MIN_WRONG_PER_EXERCISE, (
        f"{test_file.name}: ship at least {MIN_WRONG_PER_EXERCISE} wrong solutions as "
        f"wrong/{test_file.stem.removeprefix('test_')}__<mistake>.py, found {len(found)}"
    )


@pytest.mark.parametrize("wrong", WRONG_FILES, ids=lambda p: str(p.relative_to(EXERCISES)))
def test_wrong_solution_says_what_is_wrong_and_belongs_to_an_exercise(wrong):
    first = wrong.read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("# Wrong: ") and len(first) > len("# Wrong: ") + 10, (
        f"{wrong.name}: the first line must be '# Wrong: <the mistake, in a sentence>'"
    )
    exercise = wrong.stem.split("__")[0]
    assert (wrong.parent.parent / f"test_{exercise}.py").is_file(), (
        f"{wrong.name}: no test_{exercise}.py beside wrong/"
    )


@pytest.mark.parametrize("wrong", WRONG_FILES, ids=lambda p: str(p.relative_to(EXERCISES)))
def test_every_wrong_solution_is_rejected(wrong, child_runs):
    run = child_run(child_runs, _exercise_of_wrong(wrong), _wrong_args(wrong))
    assert run.outcomes, run.output
    failing = [name for name, outcome in run.outcomes.items() if outcome in ("failed", "error")]
    assert failing, f"every test passes on {wrong.name}: the tests let this mistake through"
    assert "Traceback" not in run.output
    assert run.returncode == 1


CHAPTER_FOLDERS = sorted({t.parent for t in TEST_FILES})


@pytest.mark.parametrize("folder", CHAPTER_FOLDERS, ids=lambda p: str(p.relative_to(EXERCISES)))
def test_a_chapter_with_exercises_has_at_least_three(folder):
    found = sorted(t.stem.removeprefix("test_") for t in folder.glob("test_*.py"))
    assert len(found) >= 3, f"{folder.relative_to(EXERCISES)} has {len(found)} exercises: {found}"
