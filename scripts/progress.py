"""Where you stand on the roadmaps: how many exercises of each chapter your files pass.

Usage: python scripts/progress.py [--exercises DIR] [--verbose]   (or: make progress)

Runs every exercise's tests against your own files (exercises/<part>/<key-area>/<name>.py, the
files you edit; never the reference solutions), in one pytest run, and prints each chapter of
each roadmap in the book's order with its exercises passed / total. An exercise counts as
passed when every one of its tests passes. --verbose lists each exercise too.

Your marks on the web site ("Done with this page") live in your browser; this counts code.
Exit status: 0 when the tests ran (whatever they found), 2 when the exercises folder or the
roadmaps data is missing or pytest could not run.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
ROADMAPS = ROOT / "book" / "_data" / "roadmaps.yml"
BAR = 10


@dataclass
class Chapter:
    number: int
    part: str
    title: str
    folder: Path
    exercises: dict[str, bool] = field(default_factory=dict)  # name -> passed

    @property
    def passed(self) -> int:
        return sum(self.exercises.values())


def chapters(exercises: Path) -> list[Chapter]:
    """Every key area of every roadmap, numbered through the book, with its exercise names."""
    parts = yaml.safe_load(ROADMAPS.read_text(encoding="utf-8"))["parts"]
    found = []
    number = 0
    for part in parts:
        for area in part["key_areas"]:
            number += 1
            folder = exercises / part["slug"] / area["slug"]
            chapter = Chapter(number, part["title"], area["title"], folder)
            for test in sorted(folder.glob("test_*.py")):
                chapter.exercises[test.stem.removeprefix("test_")] = False
            found.append(chapter)
    return found


def run_tests(exercises: Path) -> dict[tuple[str, str], dict[str, int]]:
    """Run pytest over the folder; (chapter folder, exercise) -> outcome counts."""
    handle, name = tempfile.mkstemp(prefix="progress-", suffix=".xml")
    os.close(handle)
    report = Path(name)
    try:
        command = [
            sys.executable,
            "-m",
            "pytest",
            str(exercises),
            "-q",
            "-p",
            "no:cacheprovider",
            f"--junitxml={report}",
        ]
        result = subprocess.run(command, cwd=exercises, capture_output=True, text=True)
        if result.returncode not in (0, 1) or report.stat().st_size == 0:
            sys.stderr.write(result.stdout[-3000:] + result.stderr[-3000:])
            raise SystemExit(2)
        return outcomes(ET.parse(report), exercises)
    finally:
        report.unlink(missing_ok=True)


def outcomes(tree: ET.ElementTree, exercises: Path) -> dict[tuple[str, str], dict[str, int]]:
    """Count each test's outcome under its exercise, from a pytest JUnit XML report.

    A test's classname is its module's dotted path from the exercises folder
    ("ai-engineer.deep-learning.test_conv2d_numpy"); a file that failed to import is reported
    with an empty classname and the dotted path as its name.
    """
    counts: dict[tuple[str, str], dict[str, int]] = {}
    for case in tree.iter("testcase"):
        path = (case.get("classname") or case.get("name") or "").split(".")
        test_module = next((i for i, p in enumerate(path) if p.startswith("test_")), None)
        if test_module is None or test_module < 2:
            continue
        folder = "/".join(path[test_module - 2 : test_module])
        exercise = path[test_module].removeprefix("test_")
        kinds = {child.tag for child in case}
        outcome = next((k for k in ("failure", "error", "skipped") if k in kinds), "passed")
        key = (folder, exercise)
        counts.setdefault(key, {})
        counts[key][outcome] = counts[key].get(outcome, 0) + 1
    return counts


def bar(done: int, total: int) -> str:
    filled = round(BAR * done / total) if total else 0
    return "#" * filled + "." * (BAR - filled)


def report(found: list[Chapter], verbose: bool) -> str:
    lines = []
    part = None
    for chapter in found:
        if chapter.part != part:
            part = chapter.part
            lines += ["", part]
        total = len(chapter.exercises)
        if total:
            status = f"{chapter.passed:>2}/{total:<2} {bar(chapter.passed, total)}"
        else:
            status = "no exercises"
        lines.append(f"  {chapter.number:>2}. {chapter.title:<32} {status}")
        if verbose:
            for name, passed in chapter.exercises.items():
                lines.append(f"        {'passed' if passed else 'not yet':<8} {name}")
    passed = sum(c.passed for c in found)
    total = sum(len(c.exercises) for c in found)
    lines += ["", f"Exercises passed: {passed} of {total}."]
    return "\n".join(lines).lstrip("\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--exercises",
        type=Path,
        default=ROOT / "exercises",
        help="the exercises folder (default: the book's exercises/)",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="list every exercise")
    args = parser.parse_args(argv)
    exercises = args.exercises.resolve()
    if not (exercises / "conftest.py").is_file():
        print(f"error: {exercises} is not an exercises folder (no conftest.py)", file=sys.stderr)
        return 2
    found = chapters(exercises)
    counts = run_tests(exercises)
    for chapter in found:
        folder = chapter.folder.relative_to(exercises).as_posix()
        for name in chapter.exercises:
            outcome = counts.get((folder, name), {})
            failed = outcome.get("failure", 0) + outcome.get("error", 0)
            chapter.exercises[name] = outcome.get("passed", 0) > 0 and failed == 0
    print(report(found, args.verbose))
    return 0


if __name__ == "__main__":
    sys.exit(main())
