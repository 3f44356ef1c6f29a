"""Mutation testing of the exercise tests: how many small bugs in each solution do they catch?

For every exercise (or those named), cosmic-ray makes mutants of the reference solution, one
small change each (an operator swapped, a number changed, a comparison flipped, a `break`
turned into `continue`…), and runs the exercise's tests on each. A mutant the tests fail on is
*killed*; one they pass is a *survivor*: a bug the tests let through, or an *equivalent* mutant
that behaves exactly like the solution (e.g. `range(0, n)` for `range(n)`). Equivalent mutants
are listed, with the reason, in benchmarks/mutation_equivalents.toml; they do not count.

Everything runs on a copy of the exercise in a temporary folder, so the sources are never
touched. Prints one row per exercise (killed, survived, equivalent, incompetent, score) and, with
--survivors, the diff of every unexplained survivor. Goal: a score of at least 90% of the
non-equivalent mutants in every exercise.

Usage: python benchmarks/mutation_score.py [EXERCISE ...] [--jobs N] [--survivors]
       (EXERCISE: a name such as pca_svd, or a chapter folder such as mathematics-for-ai)
Slow: each mutant runs the exercise's tests once; the whole book takes about an hour.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import os
import shutil
import subprocess
import sys
import tempfile
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXERCISES = ROOT / "exercises"
EQUIVALENTS = Path(__file__).with_name("mutation_equivalents.toml")
BIN = Path(sys.executable).parent
GOAL = 0.90


@dataclass
class Score:
    name: str
    killed: int = 0
    survived: int = 0
    equivalent: int = 0
    incompetent: int = 0
    survivors: list[str] = field(default_factory=list)
    error: str = ""

    @property
    def score(self) -> float:
        counted = self.killed + self.survived
        return self.killed / counted if counted else 1.0


def exercises(selected: list[str]) -> list[Path]:
    tests = sorted(EXERCISES.rglob("test_*.py"))
    if not selected:
        return tests
    chosen = [
        t for t in tests if t.stem.removeprefix("test_") in selected or t.parent.name in selected
    ]
    unknown = [
        s
        for s in selected
        if not any(s in (t.stem.removeprefix("test_"), t.parent.name) for t in tests)
    ]
    if unknown:
        raise SystemExit(f"error: no exercise or chapter named {', '.join(unknown)}")
    return chosen


def equivalents() -> dict[str, list[dict]]:
    """Exercise name -> its equivalent mutants: operator, the solution's line as written, why."""
    if not EQUIVALENTS.is_file():
        return {}
    data = tomllib.loads(EQUIVALENTS.read_text(encoding="utf-8"))
    for name, entries in data.items():
        for entry in entries:
            missing = {"operator", "line", "reason"} - set(entry)
            if missing:
                raise SystemExit(f"error: {EQUIVALENTS.name}, [{name}]: missing {missing}")
    return data


def is_equivalent(spec, source_lines: list[str], known: list[dict]) -> bool:
    line = source_lines[spec.start_pos[0] - 1].strip()
    return any(
        entry["operator"] == spec.operator_name and entry["line"].strip() == line for entry in known
    )


def config_text(module: str, test_file: str, timeout: float) -> str:
    command = f"{sys.executable} -m pytest -x -q -p no:cacheprovider {test_file} --solutions"
    return (
        "[cosmic-ray]\n"
        f"module-path = '{module}'\n"
        f"timeout = {timeout}\n"
        "excluded-modules = []\n"
        f'test-command = "{command}"\n\n'
        "[cosmic-ray.distributor]\nname = 'local'\n"
    )


def measure(test_file: Path, known: list[dict], timeout: float) -> Score:
    from cosmic_ray.work_db import WorkDB, use_db
    from cosmic_ray.work_item import TestOutcome

    name = test_file.stem.removeprefix("test_")
    score = Score(name)
    with tempfile.TemporaryDirectory(prefix=f"mutants-{name}-") as scratch:
        work = Path(scratch) / "exercises"
        chapter = work / test_file.parent.relative_to(EXERCISES)
        shutil.copytree(test_file.parent, chapter, ignore=shutil.ignore_patterns("wrong"))
        for shared in ("conftest.py", "pytest.ini"):
            shutil.copy(EXERCISES / shared, work / shared)
        module = (chapter / "solutions" / f"{name}.py").relative_to(scratch)
        config = Path(scratch) / "cosmic-ray.toml"
        config.write_text(config_text(str(module), str(chapter / test_file.name), timeout))
        session = Path(scratch) / "session.sqlite"
        env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
        for step in (
            [str(BIN / "cosmic-ray"), "init", str(config), str(session)],
            [str(BIN / "cosmic-ray"), "exec", str(config), str(session)],
        ):
            run = subprocess.run(step, cwd=scratch, capture_output=True, text=True, env=env)
            if run.returncode != 0:
                score.error = (run.stderr or run.stdout).strip().splitlines()[-1][:200]
                return score
        source = (Path(scratch) / module).read_text(encoding="utf-8").splitlines()
        with use_db(str(session), WorkDB.Mode.open) as db:
            for item, result in db.completed_work_items:
                if result.test_outcome == TestOutcome.INCOMPETENT:
                    score.incompetent += 1
                elif result.test_outcome == TestOutcome.KILLED:
                    score.killed += 1
                elif all(is_equivalent(m, source, known) for m in item.mutations):
                    score.equivalent += 1
                else:
                    score.survived += 1
                    spec = item.mutations[0]
                    score.survivors.append(
                        f"{name}: line {spec.start_pos[0]}, {spec.operator_name}\n{result.diff}"
                    )
    return score


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("names", nargs="*", help="exercises or chapter folders (default: all)")
    parser.add_argument("--jobs", type=int, default=1, help="exercises measured at once")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds per mutant run")
    parser.add_argument("--survivors", action="store_true", help="print each survivor's diff")
    args = parser.parse_args(argv)
    known = equivalents()
    chosen = exercises(args.names)
    with concurrent.futures.ProcessPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        futures = [
            pool.submit(measure, t, known.get(t.stem.removeprefix("test_"), []), args.timeout)
            for t in chosen
        ]
        scores = [f.result() for f in futures]
    print(f"{'exercise':28} {'killed':>6} {'surv.':>6} {'equiv.':>6} {'incomp.':>7} {'score':>6}")
    failing = 0
    for s in scores:
        if s.error:
            print(f"{s.name:28} error: {s.error}")
            failing += 1
            continue
        mark = "" if s.score >= GOAL else "  below the goal"
        failing += s.score < GOAL
        print(
            f"{s.name:28} {s.killed:6} {s.survived:6} {s.equivalent:6} {s.incompetent:7} "
            f"{s.score:6.0%}{mark}"
        )
    if args.survivors:
        for s in scores:
            for survivor in s.survivors:
                print("\n" + survivor)
    return 1 if failing else 0


if __name__ == "__main__":
    sys.exit(main())
