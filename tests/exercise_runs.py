"""Run pytest on exercise files in a child process and read the outcome of every test."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path


@dataclass
class Run:
    returncode: int
    output: str
    outcomes: dict[str, str]  # test name -> "passed" | "failed" | "error" | "skipped"


def run_pytest(target: Path, *args: str, cwd: Path, timeout: float = 300) -> Run:
    # A report file of its own, so that two runs at once never read each other's results.
    handle, name = tempfile.mkstemp(prefix="exercise-report-", suffix=".xml")
    os.close(handle)
    report = Path(name)
    report.unlink()
    command = [sys.executable, "-m", "pytest", str(target), "-q", f"--junitxml={report}", *args]
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=timeout)
    outcomes: dict[str, str] = {}
    if report.is_file():
        for case in ET.parse(report).iter("testcase"):
            kinds = {child.tag for child in case}
            outcome = next((k for k in ("failure", "error", "skipped") if k in kinds), "passed")
            outcomes[case.get("name")] = {"failure": "failed"}.get(outcome, outcome)
        report.unlink()
    return Run(result.returncode, result.stdout + result.stderr, outcomes)
