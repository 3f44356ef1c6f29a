"""exercises/conftest.py: what a learner sees when their file goes wrong.

Each case copies the harness into a scratch folder next to a one-function exercise, breaks the
learner's file in one way, runs pytest on it as a learner would, and checks that the report is
one clear line (no traceback) and that the run is bounded in time.
"""

import shutil
import textwrap

import pytest
from book_sources import EXERCISES

from ai_roadmaps.exercise_runs import run_pytest

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
                     "stopped after 2 s of computing: the code did not finish"),
    "endless-list": ("import itertools\ndef add(a, b):\n    return len(list(itertools.count()))\n",
                     "stopped: the code used more than 300 MiB of memory"),

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


# The wall-clock limit is far above the CPU limit, so that a loaded machine, which stretches
# 2 CPU seconds over more wall time, still reports the CPU limit.
LIMITS = ("-o", "exercise_time_limit=2", "-o", "exercise_wall_limit=60",
          "-o", "exercise_memory_limit=300")  # fmt: skip
# The whole child run (interpreter start, imports, the test, the report) only backstops a hang,
# so it is bounded far above the wall-clock limit: on a loaded machine, one child at 60 s
# was killed while it was printing the expected failure.
CHILD_TIMEOUT = 300


def learner_run(root, *args):
    return run_pytest(root / "demo", *LIMITS, *args, cwd=root.parent, timeout=CHILD_TIMEOUT)


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
                     timeout=CHILD_TIMEOUT)  # fmt: skip
    assert run.returncode != 0
    assert "exercise_time_limit must be a positive number, not 'soon'" in run.output
    assert "Traceback" not in run.output


SPIN = (
    "import time\nstart = time.process_time()\nwhile time.process_time() < start + 3:\n    pass\n"
)


def test_code_that_waits_forever_meets_the_wall_clock_limit(scratch):
    # Sleeping uses no CPU time, so only the wall-clock limit can stop it.
    (scratch / "demo" / "mod.py").write_text("import time\ndef add(a, b):\n    time.sleep(600)\n")
    run = learner_run(scratch, "-o", "exercise_wall_limit=3")
    assert run.outcomes == {"test_add": "failed"}
    assert "stopped after 3 s: the test did not finish" in run.output
    assert "Traceback" not in run.output


def test_time_spent_importing_libraries_and_in_fixtures_is_not_the_learners(scratch):
    # A library that takes 3 s of CPU to import and a fixture that computes for 3 s, against a
    # 2 s limit: neither is the learner's code, so a correct file passes.
    (scratch / "demo" / "slowlib.py").write_text(SPIN + "VALUE = 1\n")
    (scratch / "demo" / "mod.py").write_text("import slowlib\n\ndef add(a, b):\n    return a + b\n")
    (scratch / "demo" / "test_mod.py").write_text(
        "import pytest\n\n@pytest.fixture\ndef heavy():\n"
        + textwrap.indent(SPIN, "    ")
        + "\ndef test_add(exercise, heavy):\n    assert exercise('mod').add(2, 3) == 5\n"
    )
    run = learner_run(scratch)
    assert run.outcomes == {"test_add": "passed"}, run.output


def test_a_time_limit_mark_gives_one_test_more_time(scratch):
    (scratch / "demo" / "mod.py").write_text(
        "import time\ndef add(a, b):\n" + textwrap.indent(SPIN, "    ") + "    return a + b\n"
    )
    assert learner_run(scratch).outcomes == {"test_add": "failed"}
    (scratch / "demo" / "test_mod.py").write_text(
        "import pytest\n\n@pytest.mark.time_limit(10)\n" + textwrap.dedent(TEST_FILE).lstrip()
    )
    assert learner_run(scratch).outcomes == {"test_add": "passed"}


def test_the_wall_clock_alarm_is_off_while_pytest_reports(scratch):
    # An alarm that fired while pytest writes a report would be an INTERNALERROR, not a line.
    (scratch / "demo" / "conftest.py").write_text(
        textwrap.dedent("""
        import signal

        def pytest_runtest_logreport(report):
            with open("alarms.txt", "a") as out:
                out.write(f"{report.when} {signal.getitimer(signal.ITIMER_REAL)[0]}\\n")
    """)
    )
    (scratch / "demo" / "mod.py").write_text("def add(a, b):\n    return a + b\n")
    run = learner_run(scratch)
    assert run.returncode == 0, run.stdout
    rows = (scratch.parent / "alarms.txt").read_text().split()
    assert rows == ["setup", "0.0", "call", "0.0", "teardown", "0.0"]
