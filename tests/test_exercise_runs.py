"""tests/exercise_runs.py: several versions of an exercise checked in one child process.

The suite checks every exercise against its starter and each wrong solution with
``run_variants``, one pytest session per version in one process, the reference solution as the
control before and after. These cases show that a session there reports exactly what a
separate ``pytest`` command reports, and that a version that changes the process, or kills it,
sends every version to a process of its own.
"""

import shutil
import textwrap

import pytest
from book_sources import EXERCISES
from test_exercise_harness import CASES, LIMITS

from ai_roadmaps.exercise_runs import run_pytest, run_variants

TEST_FILE = """
import os
from pathlib import Path

RESULTS = {}  # a test module's own cache: it must not outlive its session


def test_add(exercise):
    RESULTS.setdefault("add", exercise("mod").add(2, 3))
    assert RESULTS["add"] == 5


def test_reads_its_data_and_a_setting():
    # DEMO_OFFSET stands for any process-wide setting (a library option, the environment).
    a, b = map(int, Path("exercises/demo/data.txt").read_text().split())
    assert a + b + int(os.environ.get("DEMO_OFFSET", "0")) == 5
"""

SOLUTION = "def add(a, b):\n    return a + b\n"


@pytest.fixture
def scratch(tmp_path):
    root = tmp_path / "exercises"
    (root / "demo" / "solutions").mkdir(parents=True)
    (root / "demo" / "wrong").mkdir()
    shutil.copy(EXERCISES / "conftest.py", root)
    shutil.copy(EXERCISES / "pytest.ini", root)
    (root / "demo" / "test_mod.py").write_text(textwrap.dedent(TEST_FILE))
    (root / "demo" / "data.txt").write_text("2 3")
    (root / "demo" / "solutions" / "mod.py").write_text(SOLUTION)
    return root


CONTROL = (*LIMITS, "--solutions")


def run(scratch, wrong: dict[str, str]):
    """The starter, then each wrong version, with the solution as the control."""
    for mistake, code in wrong.items():
        (scratch / "demo" / "wrong" / f"mod__{mistake}.py").write_text(code)
    versions = [LIMITS, *((*LIMITS, f"--wrong={mistake}") for mistake in wrong)]
    return run_variants(scratch / "demo", versions, cwd=scratch.parent, control=CONTROL)


def separate(scratch, mistake):
    return run_pytest(scratch / "demo", *LIMITS, f"--wrong={mistake}", cwd=scratch.parent)


def test_each_session_reports_what_a_separate_pytest_reports(scratch):
    """Every broken file of the harness's cases, one after another in one process."""
    wrong = {case.replace("-", "_"): code for case, (code, _) in CASES.items()}
    result = run(scratch, wrong)
    assert result.shared
    starter, *broken = result.runs
    assert result.control.outcomes == {
        "test_add": "passed",
        "test_reads_its_data_and_a_setting": "passed",
    }
    assert starter.returncode == 1 and "exercises/demo/mod.py does not exist" in starter.output
    for (case, (_, message)), result in zip(CASES.items(), broken, strict=True):
        # The harness names the file it loaded: here the wrong solution's.
        mistake = case.replace("-", "_")
        message = message.replace("demo/mod.py", f"demo/wrong/mod__{mistake}.py")
        message = message.replace("mod.py", f"mod__{mistake}.py")
        assert result.returncode == 1, case
        assert result.outcomes["test_add"] in ("failed", "error"), case
        assert message in result.output, case
        assert "Traceback" not in result.output, case
        # Each session's output is its own: it names no other wrong solution.
        others = [f"mod__{c.replace('-', '_')}.py" for c in CASES if c != case]
        assert not [name for name in others if name in result.output], case
    alone = separate(scratch, "raises_in_call")
    assert broken[list(CASES).index("raises-in-call")].outcomes == alone.outcomes


def test_a_test_modules_own_state_starts_empty_in_every_session(scratch):
    # The module caches the first result it sees: kept across sessions, the wrong add would be
    # judged by the solution's cached 5 and pass.
    result = run(scratch, {"product": "def add(a, b):\n    return a * b\n"})
    assert result.shared
    assert result.runs[1].outcomes["test_add"] == "failed"
    assert "assert 6 == 5" in result.runs[1].output


def test_a_version_that_changes_the_process_sends_every_version_to_its_own(scratch):
    # pytest itself restores the working directory after each session; the environment and
    # libraries' settings it cannot restore. The control's last run fails on that setting.
    changes = "import os\nos.chdir('/')\nos.environ['DEMO_OFFSET'] = '1'\n" + SOLUTION
    product = "def add(a, b):\n    return a * b\n"
    result = run(scratch, {"changes_the_process": changes, "product": product})
    assert not result.shared
    assert result.control.returncode == 0
    starter, changed, after = result.runs
    assert changed.outcomes == separate(scratch, "changes_the_process").outcomes
    assert changed.outcomes["test_reads_its_data_and_a_setting"] == "failed"
    # Run in a process of its own, the version after it is judged without the setting.
    assert after.outcomes == {"test_add": "failed", "test_reads_its_data_and_a_setting": "passed"}
    assert starter.returncode == 1


def test_a_version_that_kills_the_process_is_run_alone_like_the_rest(scratch):
    dies = "import os\nos._exit(3)\n"
    result = run(scratch, {"dies": dies, "product": "def add(a, b):\n    return a * b\n"})
    assert not result.shared
    starter, died, product = result.runs
    assert result.control.returncode == 0 and starter.returncode == 1
    assert died.returncode == 3 and not died.outcomes
    assert product.outcomes["test_add"] == "failed"
