"""scripts/breakage_report.py: the weekly latest-releases report."""

import subprocess
import sys

from book_sources import ROOT

SCRIPT = ROOT / "scripts" / "breakage_report.py"

LOG = """\
reading sources... [ 50%] book/ai-engineer/machine-learning/svm
/r/book/ai-engineer/machine-learning/svm.md: WARNING: Executing notebook failed: CellExecutionError [mystnb.exec]
build succeeded, 1 warning.
"""  # noqa: E501
JUNIT = """<?xml version="1.0"?><testsuites><testsuite>
<testcase classname="test_build" name="test_cells[book/x]"><failure message="book/x, cell 3 emitted a warning:&#10;FutureWarning: gone">x</failure></testcase>
<testcase classname="test_ok" name="test_fine"/>
</testsuite></testsuites>"""  # noqa: E501


def run(*args):
    return subprocess.run(
        [sys.executable, str(SCRIPT), *args], capture_output=True, text=True, timeout=60
    )


def test_broken_pages_and_tests_are_listed_and_fail_the_run(tmp_path):
    (tmp_path / "build.log").write_text(LOG)
    (tmp_path / "tests.xml").write_text(JUNIT)
    result = run("--build-log", str(tmp_path / "build.log"), "--junit", str(tmp_path / "tests.xml"))
    assert result.returncode == 1
    assert "`book/ai-engineer/machine-learning/svm` (1): " in result.stdout
    assert "`test_build::test_cells[book/x]`: book/x, cell 3 emitted a warning:" in result.stdout
    assert "test_fine" not in result.stdout


def test_a_clean_run_says_nothing_broke(tmp_path):
    (tmp_path / "build.log").write_text("build succeeded.\n")
    result = run("--build-log", str(tmp_path / "build.log"))
    assert result.returncode == 0
    assert "Nothing: the book builds cleanly" in result.stdout


def test_missing_and_unreadable_inputs_are_one_line(tmp_path):
    result = run("--build-log", str(tmp_path / "nope.log"))
    assert result.returncode == 2 and result.stderr.startswith("error: cannot read")
    (tmp_path / "build.log").write_text("")
    (tmp_path / "bad.xml").write_text("<not xml")
    result = run("--build-log", str(tmp_path / "build.log"), "--junit", str(tmp_path / "bad.xml"))
    assert result.returncode == 2 and "not a JUnit XML report" in result.stderr
