"""Summarise what broke in a build and test run against the newest releases.

Reads the book's build log (Sphinx warnings, cells that failed) and pytest's JUnit XML reports
(the exercise tests on the reference solutions, the built-book checks that catch a cell printing
a DeprecationWarning or FutureWarning), and prints a Markdown report: the pages and exercises
that break, each with its first line of evidence. The weekly "latest releases" workflow shows it
as the run's summary.

Usage: python scripts/breakage_report.py --build-log LOG [--junit XML ...]
Exit status: 0 when nothing broke, 1 when something did, 2 on a missing or unreadable input.
"""

from __future__ import annotations

import argparse
import re
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

PROBLEM = re.compile(r"(WARNING|ERROR|CRITICAL|SEVERE):")
PAGE = re.compile(r"(book/[\w/.-]+?)(?:\.md|\.ipynb)?(?::\d+)?: ")


def build_problems(log: str) -> dict[str, list[str]]:
    """Page (or 'the build') -> its warning and error lines."""
    found: dict[str, list[str]] = defaultdict(list)
    for line in log.splitlines():
        if not PROBLEM.search(line):
            continue
        page = PAGE.search(line)
        found[page.group(1) if page else "the build"].append(line.strip())
    return dict(found)


def test_failures(report: str) -> dict[str, str]:
    """Test id -> the first line of its failure message."""
    failures = {}
    for case in ET.fromstring(report).iter("testcase"):
        for kind in ("failure", "error"):
            problem = case.find(kind)
            if problem is not None:
                name = f"{case.get('classname', '')}::{case.get('name', '')}".strip(":")
                message = (problem.get("message") or problem.text or kind).strip()
                failures[name] = message.splitlines()[0][:300] if message else kind
    return failures


def report(build: dict[str, list[str]], tests: dict[str, str]) -> str:
    lines = ["# What breaks with the newest releases", ""]
    if not build and not tests:
        return "\n".join(lines + ["Nothing: the book builds cleanly and every test passes."])
    if build:
        lines += ["## Pages", ""]
        for page, problems in sorted(build.items()):
            lines.append(f"- `{page}` ({len(problems)}): {problems[0]}")
        lines.append("")
    if tests:
        lines += ["## Tests", ""]
        for name, message in sorted(tests.items()):
            lines.append(f"- `{name}`: {message}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--build-log", required=True, type=Path)
    parser.add_argument("--junit", type=Path, nargs="*", default=[])
    args = parser.parse_args(argv)
    try:
        build = build_problems(args.build_log.read_text(encoding="utf-8", errors="replace"))
        tests: dict[str, str] = {}
        for path in args.junit:
            tests.update(test_failures(path.read_text(encoding="utf-8")))
    except OSError as error:
        print(f"error: cannot read {error.filename}: {error.strerror}", file=sys.stderr)
        return 2
    except ET.ParseError as error:
        print(f"error: not a JUnit XML report: {error}", file=sys.stderr)
        return 2
    print(report(build, tests))
    return 1 if build or tests else 0


if __name__ == "__main__":
    sys.exit(main())
