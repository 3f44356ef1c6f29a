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
code that computes for longer than the time limit (an endless loop), and code that allocates
more memory than the memory limit (``list()`` of an endless iterator, which no alarm can stop).
Failed assertions keep pytest's usual explanation, because that explanation is the feedback.

The limits measure the learner's own code, not the machine's load or the libraries it imports:
the time limit counts CPU seconds (a busy machine slows the clock, not the CPU time a loop
needs) while the learner's module runs and while a test calls it, after the libraries that the
module imports at its top have been imported; fixtures and those imports are not counted. A
wall-clock limit, much longer, still stops code that waits forever. A test that needs more time
says so with ``@pytest.mark.time_limit(seconds)``.
"""

from __future__ import annotations

import ast
import contextlib
import importlib
import importlib.util
import signal
import sys
import traceback
import types
from pathlib import Path

import pytest

try:
    import resource
except ImportError:  # Windows: no memory limit
    resource = None

HERE = Path(__file__).resolve().parent
DEFAULT_TIME_LIMIT = 20.0  # CPU seconds the learner's code may use in one test
DEFAULT_WALL_LIMIT = 300.0  # seconds one test may take in all, waiting included
DEFAULT_MEMORY_LIMIT = 2048  # MiB the learner's code may allocate in one test
MIB = 1024 * 1024


class ExerciseProblem(Exception):
    """A problem in the learner's file, reported as one line."""


class TimeLimitExceeded(BaseException):
    """Raised by the alarm; BaseException so that a learner's `except Exception` cannot eat it."""


class WallLimitExceeded(BaseException):
    """Raised when a test as a whole runs too long (code that waits for something forever)."""


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
        help="CPU seconds the learner's code may use in one test "
        f"(default {DEFAULT_TIME_LIMIT:g}; a test's time_limit mark overrides it)",
        default=str(DEFAULT_TIME_LIMIT),
    )
    parser.addini(
        "exercise_wall_limit",
        help=f"seconds one test may take in all, waiting included (default {DEFAULT_WALL_LIMIT:g})",
        default=str(DEFAULT_WALL_LIMIT),
    )
    parser.addini(
        "exercise_memory_limit",
        help=f"MiB the learner's code may allocate in one test (default {DEFAULT_MEMORY_LIMIT})",
        default=str(DEFAULT_MEMORY_LIMIT),
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "time_limit(seconds): CPU seconds the learner's code may use in this test"
    )
    for name in ("exercise_time_limit", "exercise_wall_limit", "exercise_memory_limit"):
        _number(config, name)  # a bad setting is one line, before any test runs


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
    with LIMITS.paused():
        _import_libraries_of(path)
    try:
        with LIMITS.learner_code():
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


def _import_libraries_of(path: Path) -> None:
    """Import the libraries the file imports at its top, so their import time is not counted.

    Anything that goes wrong here is left for the learner's own import to report.
    """
    try:
        tree = ast.parse(path.read_text(encoding="utf-8"))
    except (SyntaxError, ValueError, OSError):
        return
    for statement in tree.body:
        if isinstance(statement, ast.Import):
            names = [alias.name for alias in statement.names]
        elif isinstance(statement, ast.ImportFrom) and statement.level == 0 and statement.module:
            names = [statement.module]
        else:
            continue
        for library in names:
            try:
                importlib.import_module(library)
            except Exception:
                pass


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


def _number(config: pytest.Config, name: str) -> float:
    raw = config.getini(name)
    try:
        value = float(raw)
    except ValueError:
        value = -1.0
    if not value > 0:
        raise pytest.UsageError(f"{name} must be a positive number, not {raw!r}")
    return value


class Limits:
    """The time and memory the learner's code may use in the current test.

    CPU time is counted with ITIMER_PROF (process CPU time, SIGPROF), only inside
    ``learner_code()``; memory with RLIMIT_DATA, set to what the process uses when the learner's
    code starts plus the limit, so an allocation beyond it raises MemoryError.
    """

    def __init__(self) -> None:
        self.cpu_limit = DEFAULT_TIME_LIMIT
        self.cpu_left = DEFAULT_TIME_LIMIT
        self.memory_limit = DEFAULT_MEMORY_LIMIT
        self.wall_left = 0.0  # the wall-clock time that setup left for the call
        self.depth = 0
        self.saved_rlimit = None  # the data-segment limit to restore when the learner's code ends

    def start_test(self, cpu_limit: float, memory_limit: float) -> None:
        self.cpu_limit = self.cpu_left = cpu_limit
        self.memory_limit = memory_limit

    def learner_code(self) -> _LearnerCode:
        return _LearnerCode(self)

    @contextlib.contextmanager
    def paused(self):
        """Run a block that is not the learner's code (an import) without counting it."""
        if self.depth == 0:
            yield
            return
        depth, self.depth = self.depth, 0
        left, _ = signal.setitimer(signal.ITIMER_PROF, 0)
        saved = self.saved_rlimit
        if saved is not None:
            resource.setrlimit(resource.RLIMIT_DATA, saved)
        try:
            yield
        finally:
            self.depth = depth
            signal.setitimer(signal.ITIMER_PROF, max(left, 1e-3))
            if saved is not None:
                self.saved_rlimit = _limit_memory(self.memory_limit)


class _LearnerCode:
    def __init__(self, limits: Limits) -> None:
        self.limits = limits

    def __enter__(self) -> None:
        limits = self.limits
        limits.depth += 1
        if limits.depth > 1:
            return
        if limits.cpu_left <= 0:
            raise TimeLimitExceeded
        signal.signal(signal.SIGPROF, _on_cpu_limit)
        signal.setitimer(signal.ITIMER_PROF, limits.cpu_left)
        limits.saved_rlimit = _limit_memory(limits.memory_limit)

    def __exit__(self, *exc) -> None:
        limits = self.limits
        limits.depth -= 1
        if limits.depth:
            return
        left, _ = signal.setitimer(signal.ITIMER_PROF, 0)
        limits.cpu_left = left if left > 0 else 0.0
        if limits.saved_rlimit is not None:
            resource.setrlimit(resource.RLIMIT_DATA, limits.saved_rlimit)
            limits.saved_rlimit = None


def _data_in_use() -> int | None:
    """Bytes of the process's data segment (VmData, Linux), or None where it cannot be read."""
    try:
        status = Path("/proc/self/status").read_text()
    except OSError:
        return None
    for line in status.splitlines():
        if line.startswith("VmData:"):
            return int(line.split()[1]) * 1024
    return None


def _limit_memory(limit_mib: float):
    """Cap the data segment at what is in use plus the limit; return the old limit to restore."""
    in_use = _data_in_use()
    if resource is None or in_use is None:
        return None
    old = resource.getrlimit(resource.RLIMIT_DATA)
    soft = in_use + int(limit_mib * MIB)
    if old[1] != resource.RLIM_INFINITY:
        soft = min(soft, old[1])
    try:
        resource.setrlimit(resource.RLIMIT_DATA, (soft, old[1]))
    except (ValueError, OSError):
        return None
    return old


LIMITS = Limits()


def _on_cpu_limit(signum, frame):
    raise TimeLimitExceeded


def _on_wall_limit(signum, frame):
    raise WallLimitExceeded


def _cpu_limit(item: pytest.Item) -> float:
    mark = item.get_closest_marker("time_limit")
    if mark is not None:
        return float(mark.args[0])
    return _number(item.config, "exercise_time_limit")


@pytest.hookimpl(wrapper=True)
def pytest_runtest_setup(item: pytest.Item):
    # The wall-clock alarm covers setup and call together, and runs only while they do: armed
    # around each, so it never fires while pytest itself is reporting (an INTERNALERROR). The
    # CPU and memory limits cover the learner's code.
    LIMITS.start_test(_cpu_limit(item), _number(item.config, "exercise_memory_limit"))
    signal.signal(signal.SIGALRM, _on_wall_limit)
    signal.setitimer(signal.ITIMER_REAL, _number(item.config, "exercise_wall_limit"))
    try:
        return (yield)
    finally:
        LIMITS.wall_left, _ = signal.setitimer(signal.ITIMER_REAL, 0)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item):
    signal.setitimer(signal.ITIMER_REAL, max(LIMITS.wall_left, 1e-3))
    try:
        with LIMITS.learner_code():
            return (yield)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)


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
            f"stopped after {_cpu_limit(item):g} s of computing: the code did not finish. "
            "Look for a loop that never ends."
        )
    if isinstance(error, WallLimitExceeded):
        return (
            f"stopped after {_number(item.config, 'exercise_wall_limit'):g} s: the test did not "
            "finish. Look for code that waits for something that never comes, or loops forever."
        )
    if isinstance(error, MemoryError):
        return (
            f"stopped: the code used more than {LIMITS.memory_limit:g} MiB of memory. Look for "
            "a collection that grows without end, such as list() of an endless iterator."
            + _learner_frame(error)
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
