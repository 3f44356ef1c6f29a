"""exercises/conftest.py: what a learner sees when their file goes wrong.

Each case copies the harness into a scratch folder next to a one-function exercise, breaks the
learner's file in one way, runs pytest on it as a learner would, and checks that the report is
one clear line (no traceback) and that the run is bounded in time.
"""

import shutil
import textwrap

import pytest
from book_sources import EXERCISES
from exercise_runs import run_pytest

TEST_FILE = """
def test_add(exercise):
    assert exercise("mod").add(2, 3) == 5
"""

CASES = {
    "not-written": ("def add(a, b):\n    raise NotImplementedError\n",
                    "not written yet: a function still raises NotImplementedError "
                    "(exercises/demo/mod.py, line 2)"),
    "syntax-error": ("def add(a, b)\n    return a + b\n", "mod.py, line 1: syntax error"),
    "import-raises": ("import math\nLIMIT = 1 / 0\n",
                      "mod.py, line 2: importing it raised ZeroDivisionError: division by zero"),
    "missing-function": ("def plus(a, b):\n    return a + b\n",
                         "mod.py has no 'add': the exercise asks you to define it"),
    "raises-in-call": ("def add(a, b):\n    return {}['total']\n",
                       "your code raised KeyError: 'total' (exercises/demo/mod.py, line 2)"),
    "endless-loop": ("def add(a, b):\n    while True:\n        a += 1\n",
                     "stopped after 2 s: the code did not finish"),
    "endless-loop-on-import": ("while True:\n    pass\n", "stopped after 2 s"),
    "swallowing-loop": ("def add(a, b):\n    while True:\n        try:\n            a += 1\n"
                        "        except Exception:\n            pass\n", "stopped after 2 s"),
}  # fmt: skip


@pytest.fixture
def scratch(tmp_path):
    root = tmp_path / "exercises"
    (root / "demo" / "solutions").mkdir(parents=True)
    shutil.copy(EXERCISES / "conftest.py", root)
    shutil.copy(EXERCISES / "pytest.ini", root)
    (root / "demo" / "test_mod.py").write_text(textwrap.dedent(TEST_FILE))
    (root / "demo" / "solutions" / "mod.py").write_text("def add(a, b):\n    return a + b\n")
    return root


def learner_run(root, *args):
    return run_pytest(root / "demo", "-o", "exercise_time_limit=2", *args, cwd=root.parent,
                      timeout=60)  # fmt: skip


@pytest.mark.parametrize("case", CASES)
def test_a_broken_file_gets_one_clear_line(scratch, case):
    code, message = CASES[case]
    (scratch / "demo" / "mod.py").write_text(code)
    run = learner_run(scratch)
    assert run.returncode == 1
    assert run.outcomes == {"test_add": "failed"} or run.outcomes == {"test_add": "error"}
    assert message in run.output
    assert "Traceback" not in run.output
    assert "site-packages" not in run.output


def test_a_missing_file_is_named(scratch):
    run = learner_run(scratch)
    assert run.returncode == 1
    assert "exercises/demo/mod.py does not exist" in run.output


def test_a_wrong_answer_keeps_pytests_explanation(scratch):
    (scratch / "demo" / "mod.py").write_text("def add(a, b):\n    return a * b\n")
    run = learner_run(scratch)
    assert run.outcomes == {"test_add": "failed"}
    assert "assert 6 == 5" in run.output


def test_a_correct_file_passes_and_solutions_switch_uses_the_reference(scratch):
    (scratch / "demo" / "mod.py").write_text("def add(a, b):\n    raise NotImplementedError\n")
    assert learner_run(scratch).outcomes == {"test_add": "failed"}
    assert learner_run(scratch, "--solutions").outcomes == {"test_add": "passed"}
    (scratch / "demo" / "mod.py").write_text("def add(a, b):\n    return b + a\n")
    assert learner_run(scratch).outcomes == {"test_add": "passed"}


def test_a_bad_time_limit_setting_is_one_line(scratch):
    (scratch / "demo" / "mod.py").write_text("def add(a, b):\n    return a + b\n")
    run = run_pytest(scratch / "demo", "-o", "exercise_time_limit=soon", cwd=scratch.parent,
                     timeout=60)  # fmt: skip
    assert run.returncode != 0
    assert "exercise_time_limit must be a number of seconds, not 'soon'" in run.output
