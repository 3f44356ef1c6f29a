"""Run pytest on exercise files in a child process and read the outcome of every test.

``run_pytest`` runs pytest once in a child process. ``run_variants`` runs the tests of one
exercise against several of its versions (the starter, each wrong solution, each mutant) in a
single child process, one pytest session after another: the libraries the exercise uses are
imported once instead of once per version, which is most of the time a run takes. Each session
has its own fixtures, its own report and its own captured output, and imports the exercise's
own files afresh (test modules, conftest, the learner's module: anything under the folder that
holds the exercises' pytest.ini), so state a test module keeps at its top starts empty, exactly
as in a separate ``pytest`` command.

What a session cannot undo is state that a version, or a library it calls, leaves in the
process itself: the environment, a library's global settings, a logging handler that holds the
first session's captured output (DVC's), a client singleton (W&B's). So a *control* version (the
reference solution) runs first and again last. When the two control runs differ, the process
was changed and the shared results are not trusted: every version then runs again in a process
of its own, as ``run_pytest`` would, and the result says so (``shared`` is False). A child that
dies (a crash, the time-out) is handled the same way.

Run as a module, this file is that child process (``python -m ai_roadmaps.exercise_runs PLAN``).
"""

from __future__ import annotations

import json
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


def _outcomes(report: Path) -> dict[str, str]:
    outcomes: dict[str, str] = {}
    if report.is_file():
        for case in ET.parse(report).iter("testcase"):
            kinds = {child.tag for child in case}
            outcome = next((k for k in ("failure", "error", "skipped") if k in kinds), "passed")
            outcomes[case.get("name")] = {"failure": "failed"}.get(outcome, outcome)
    return outcomes


def run_pytest(target: Path, *args: str, cwd: Path, timeout: float = 300) -> Run:
    # A report file of its own, so that two runs at once never read each other's results.
    handle, name = tempfile.mkstemp(prefix="exercise-report-", suffix=".xml")
    os.close(handle)
    report = Path(name)
    report.unlink()
    command = [sys.executable, "-m", "pytest", str(target), "-q", f"--junitxml={report}", *args]
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=timeout)
    outcomes = _outcomes(report)
    report.unlink(missing_ok=True)
    return Run(result.returncode, result.stdout + result.stderr, outcomes)


@dataclass
class VariantRuns:
    control: Run  # the control version's run, first in its process
    runs: list[Run]  # one per version, in the order given
    shared: bool  # all ran in one process; False when they ran again one process each


def run_variants(
    target: Path,
    variants: list[tuple[str, ...]],
    cwd: Path,
    control: tuple[str, ...],
    timeout: float = 300,
) -> VariantRuns:
    """Run pytest on ``target`` once per argument tuple, in one child process, in order.

    ``control`` (e.g. ``("--solutions",)``) runs before and after the versions; see the module's
    docstring for what happens when its two runs differ. ``timeout`` is per session.
    """
    plan = [control, *variants, control]
    first, *middle, last = _in_one_process(target, plan, cwd, timeout)
    if last.returncode == first.returncode and last.outcomes == first.outcomes:
        return VariantRuns(first, middle, shared=True)
    separate = [run_pytest(target, *args, cwd=cwd, timeout=timeout) for args in variants]
    return VariantRuns(first, separate, shared=False)


def _in_one_process(
    target: Path, variants: list[tuple[str, ...]], cwd: Path, timeout: float
) -> list[Run]:
    """One child process, one session per argument tuple; a session it did not finish gets a
    Run with return code -1 and the child's own output."""
    with tempfile.TemporaryDirectory(prefix="exercise-runs-") as scratch:
        folder = Path(scratch)
        fresh = _exercises_root(target)
        plan = [
            {
                "fresh": str(fresh),
                "args": [str(target), "-q", f"--junitxml={folder / f'{i}.xml'}", *args],
                "output": str(folder / f"{i}.out"),
                "status": str(folder / f"{i}.status"),
            }
            for i, args in enumerate(variants)
        ]
        plan_file = folder / "plan.json"
        plan_file.write_text(json.dumps(plan), encoding="utf-8")
        command = [sys.executable, "-m", "ai_roadmaps.exercise_runs", str(plan_file)]
        try:
            child = subprocess.run(
                command, cwd=cwd, capture_output=True, text=True, timeout=timeout * len(plan)
            )
            problem = f"the child process ended with status {child.returncode}"
            problem += f":\n{child.stdout}{child.stderr}"
        except subprocess.TimeoutExpired:
            problem = f"the child process took over {timeout * len(plan):g} s and was stopped"
        runs = []
        for i, entry in enumerate(plan):
            status = Path(entry["status"])
            if not status.is_file():
                runs.append(Run(-1, f"session {i} did not finish: {problem}", {}))
                continue
            output = Path(entry["output"]).read_text(encoding="utf-8", errors="replace")
            runs.append(Run(int(status.read_text()), output, _outcomes(folder / f"{i}.xml")))
        return runs


def _exercises_root(target: Path) -> Path:
    """The outermost folder above ``target`` that still holds a pytest.ini or conftest.py."""
    target = target.resolve()
    root = target.parent
    for folder in target.parents:
        if (folder / "pytest.ini").is_file() or (folder / "conftest.py").is_file():
            root = folder
    return root


def _forget_modules_under(folder: Path) -> None:
    """Drop from sys.modules every module loaded from a file under ``folder``."""
    for name, module in list(sys.modules.items()):
        file = getattr(module, "__file__", None)
        if file and Path(file).resolve().is_relative_to(folder):
            del sys.modules[name]


def _child(plan_file: str) -> None:
    """Run each planned pytest session, its output going to its own file (both fds)."""
    import pytest

    for entry in json.loads(Path(plan_file).read_text(encoding="utf-8")):
        _forget_modules_under(Path(entry["fresh"]))
        with open(entry["output"], "wb") as out:
            sys.stdout.flush()
            sys.stderr.flush()
            saved = os.dup(1), os.dup(2)
            os.dup2(out.fileno(), 1)
            os.dup2(out.fileno(), 2)
            try:
                code = int(pytest.main(entry["args"]))
            finally:
                sys.stdout.flush()
                sys.stderr.flush()
                os.dup2(saved[0], 1)
                os.dup2(saved[1], 2)
                os.close(saved[0])
                os.close(saved[1])
        Path(entry["status"]).write_text(str(code))
    # A thread that a learner's code left running must not keep the child alive.
    os._exit(0)


if __name__ == "__main__":
    _child(sys.argv[1])
