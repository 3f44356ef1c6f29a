"""The exercise harness: how the tests under exercises/ find and judge a learner's code.

Each exercise is three files in ``exercises/<part>/<key-area>/``: the starter module you edit
(``name.py``), its tests (``test_name.py``) and a reference solution (``solutions/name.py``).
A test asks for the module with the ``exercise`` fixture::

    def test_something(exercise):
        service = exercise("name")          # your name.py, or solutions/name.py
        ...

Run ``pytest exercises/<part>/<key-area>`` to check your files, and add ``--solutions`` to run
the same tests against the reference solutions.

The harness turns the ways a learner's file can go wrong into one clear line each instead of a
traceback: a missing file, a syntax error, an exception while the module is imported, a missing
function, a function still raising ``NotImplementedError``, an exception inside your code, and
code that runs longer than the time limit (an endless loop). Failed assertions keep pytest's
usual explanation, because that explanation is the feedback.
"""

from __future__ import annotations

import importlib.util
import signal
import sys
import traceback
import types
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
DEFAULT_TIME_LIMIT = 10.0  # seconds per test, setup included


class ExerciseProblem(Exception):
    """A problem in the learner's file, reported as one line."""


class TimeLimitExceeded(BaseException):
    """Raised by the alarm; BaseException so that a learner's `except Exception` cannot eat it."""


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--solutions",
        action="store_true",
        help="run the exercise tests against the reference solutions instead of your files",
    )
    parser.addoption(
        "--wrong",
        metavar="MISTAKE",
        help="run the tests against the wrong solution wrong/<name>__MISTAKE.py (for authors: "
        "each one makes a mistake learners make, which the tests must reject)",
    )
    parser.addini(
        "exercise_time_limit",
        help=f"seconds a single exercise test may run (default {DEFAULT_TIME_LIMIT:g})",
        default=str(DEFAULT_TIME_LIMIT),
    )


def _relative(path: Path) -> str:
    try:
        return str(path.relative_to(HERE.parent))
    except ValueError:
        return str(path)


def _load(path: Path) -> types.ModuleType:
    """Import the module at ``path`` under a unique name, or raise ExerciseProblem."""
    shown = _relative(path)
    if not path.is_file():
        raise ExerciseProblem(f"{shown} does not exist: the exercise expects this file.")
    name = "exercise_" + "_".join(path.relative_to(HERE).with_suffix("").parts)
    name = name.replace("-", "_")
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses and Pydantic look their module up here
    try:
        spec.loader.exec_module(module)
    except SyntaxError as error:
        sys.modules.pop(name, None)
        raise ExerciseProblem(
            f"{shown}, line {error.lineno}: syntax error ({error.msg}). "
            "Fix it and run the tests again."
        ) from None
    except Exception as error:  # the learner's module raised while being imported
        sys.modules.pop(name, None)
        raise ExerciseProblem(
            f"{shown}{_line_in(error, path)}: importing it raised {type(error).__name__}: {error}"
        ) from None
    return module


def _line_in(error: BaseException, path: Path) -> str:
    """', line N' for the innermost frame of ``error`` that lies in ``path``, else ''."""
    lines = [
        frame.lineno
        for frame in traceback.extract_tb(error.__traceback__)
        if Path(frame.filename).resolve() == path
    ]
    return f", line {lines[-1]}" if lines else ""


class ExerciseModule:
    """The learner's module; a missing name fails the test with a one-line message."""

    def __init__(self, module: types.ModuleType, path: Path) -> None:
        self._module = module
        self._path = path

    def __getattr__(self, name: str):
        try:
            return getattr(self._module, name)
        except AttributeError:
            raise ExerciseProblem(
                f"{_relative(self._path)} has no '{name}': the exercise asks you to define it "
                "(check the spelling)."
            ) from None


@pytest.fixture
def exercise(request: pytest.FixtureRequest):
    """Return a loader: ``exercise("name")`` imports the learner's or the reference module."""
    folder = Path(request.node.path).parent
    mistake = request.config.getoption("--wrong")
    if request.config.getoption("--solutions"):
        folder = folder / "solutions"

    def load(name: str) -> ExerciseModule:
        if mistake:
            path = (folder / "wrong" / f"{name}__{mistake}.py").resolve()
        else:
            path = (folder / f"{name}.py").resolve()
        return ExerciseModule(_load(path), path)

    return load


def _on_alarm(signum, frame):
    raise TimeLimitExceeded


def _time_limit(item: pytest.Item) -> float:
    raw = item.config.getini("exercise_time_limit")
    try:
        return float(raw)
    except ValueError:
        raise pytest.UsageError(
            f"exercise_time_limit must be a number of seconds, not {raw!r}"
        ) from None


@pytest.hookimpl(wrapper=True)
def pytest_runtest_setup(item: pytest.Item):
    # The alarm covers setup (where fixtures import the learner's module) and the call.
    signal.signal(signal.SIGALRM, _on_alarm)
    signal.setitimer(signal.ITIMER_REAL, _time_limit(item))
    return (yield)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item: pytest.Item, nextitem):
    signal.setitimer(signal.ITIMER_REAL, 0)
    return (yield)


def _learner_frame(error: BaseException) -> str:
    """' (file, line N)' for the innermost frame in an exercise file other than a test."""
    for frame in reversed(traceback.extract_tb(error.__traceback__)):
        path = Path(frame.filename).resolve()
        if HERE in path.parents and not path.name.startswith(("test_", "conftest")):
            return f" ({_relative(path)}, line {frame.lineno})"
    return ""


def _one_line(error: BaseException, item: pytest.Item) -> str | None:
    """The message for an error that is the learner's, or None to keep pytest's report."""
    if isinstance(error, ExerciseProblem):
        return str(error)
    if isinstance(error, TimeLimitExceeded):
        return (
            f"stopped after {_time_limit(item):g} s: the code did not finish. "
            "Look for a loop that never ends."
        )
    if isinstance(error, NotImplementedError):
        return "not written yet: a function still raises NotImplementedError" + _learner_frame(
            error
        )
    if isinstance(error, (AssertionError, pytest.fail.Exception, pytest.skip.Exception)):
        return None
    where = _learner_frame(error)
    if isinstance(error, Exception) and where:
        return f"your code raised {type(error).__name__}: {error}{where}"
    return None  # raised outside your file: pytest's short report shows where


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo):
    report = yield
    if call.excinfo is not None and report.failed:
        message = _one_line(call.excinfo.value, item)
        if message is not None:
            report.longrepr = message
    return report
