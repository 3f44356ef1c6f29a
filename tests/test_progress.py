"""`make progress` (scripts/progress.py): each chapter's exercises passed / total, from the
learner's own files. Run on a copy of one chapter's exercises, with one of them solved."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys

import pytest
from book_sources import EXERCISES, ROOT

CHAPTER = "ai-engineer/programming-foundations"
SOLVED = "pf_iteration"


@pytest.fixture(scope="module")
def learner(tmp_path_factory):
    """An exercises folder with one chapter copied: one exercise solved, the rest untouched."""
    root = tmp_path_factory.mktemp("learner") / "exercises"
    root.mkdir()
    for name in ("conftest.py", "pytest.ini"):
        shutil.copy(EXERCISES / name, root / name)
    chapter = root / CHAPTER
    shutil.copytree(
        EXERCISES / CHAPTER, chapter, ignore=shutil.ignore_patterns("__pycache__", "wrong")
    )
    shutil.copy(chapter / "solutions" / f"{SOLVED}.py", chapter / f"{SOLVED}.py")
    return root


def progress(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "progress.py"), *args],
        capture_output=True,
        text=True,
        timeout=600,
    )


@pytest.fixture(scope="module")
def report(learner):
    result = progress("--exercises", str(learner), "--verbose")
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def test_the_solved_exercise_counts_and_the_others_do_not(report):
    total = len(list((EXERCISES / CHAPTER).glob("test_*.py")))
    assert re.search(rf"1\. Programming Foundations +1/{total} ", report), report
    assert re.search(rf"passed +{SOLVED}\n", report), report
    assert len(re.findall(r"not yet +pf_", report)) == total - 1, report
    assert f"Exercises passed: 1 of {total}." in report


def test_every_chapter_of_every_roadmap_is_listed_in_order(report):
    numbers = [int(n) for n in re.findall(r"^ +(\d+)\. ", report, re.MULTILINE)]
    assert numbers == list(range(1, 22))
    for part in ("AI Engineer", "AI & Data Scientist", "MLOps"):
        assert f"\n{part}\n" in f"\n{report}"
    # Chapters whose folder is not in the copy have no exercises to count.
    assert re.search(r"2\. Mathematics for AI +no exercises", report), report


def test_a_folder_that_is_not_an_exercises_folder_is_refused(tmp_path):
    result = progress("--exercises", str(tmp_path))
    assert result.returncode == 2
    assert "not an exercises folder" in result.stderr


def test_the_makefile_has_a_progress_target():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^progress: .*## ", makefile, re.MULTILINE)
    assert "scripts/progress.py" in makefile
