"""Mutation testing of the exercise tests: how many small bugs in each solution do they catch?

For every exercise (or those named), cosmic-ray's mutation operators make mutants of the
reference solution, one small change each (an operator swapped, a number changed, a comparison
flipped, a `break` turned into `continue`…), and the exercise's tests run on each. A mutant the
tests fail on is *killed*; one they pass is a *survivor*: a bug the tests let through, or an
*equivalent* mutant that behaves exactly like the solution (e.g. `range(0, n)` for `range(n)`).
Equivalent mutants are listed, with the reason, in benchmarks/mutation_equivalents.toml; they do
not count. A mutant that the harness stops (an endless loop, a crash) counts as killed.

The mutants of one exercise are checked the way tests/test_exercises.py checks wrong
solutions: written as wrong solutions into a copy of the exercise in a temporary folder (the
sources are never touched) and run one pytest session each, all in one process
(ai_roadmaps.exercise_runs), which imports the exercise's libraries once. The reference solution
runs first and must pass, or the exercise is reported as an error.

Prints one row per exercise (killed, survived, equivalent, score) as each finishes and, with
--survivors, the diff of every unexplained survivor. Exit status 1 when an exercise is below the
goal (90 % of the non-equivalent mutants killed) or could not be measured, 2 on a usage error.

Usage: python benchmarks/mutation_score.py [EXERCISE ...] [--jobs N] [--survivors]
       (EXERCISE: a name such as pca_svd, or a chapter folder such as mathematics-for-ai)
"""

from __future__ import annotations

import argparse
import concurrent.futures
import difflib
import os
import shutil
import sys
import tempfile
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from ai_roadmaps.exercise_runs import run_variants

ROOT = Path(__file__).resolve().parents[1]
EXERCISES = ROOT / "exercises"
EQUIVALENTS = Path(__file__).with_name("mutation_equivalents.toml")
GOAL = 0.90
MUTANT_TIMEOUT = 300.0  # seconds one mutant's session may take before the child is stopped


@dataclass
class Mutant:
    operator: str
    line: int  # 1-based line of the solution that the mutation changes
    source: str  # the whole mutated module


@dataclass
class Score:
    name: str
    killed: int = 0
    survived: int = 0
    equivalent: int = 0
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
    unknown = [
        s
        for s in selected
        if not any(s in (t.stem.removeprefix("test_"), t.parent.name) for t in tests)
    ]
    if unknown:
        raise SystemExit(f"error: no exercise or chapter named {', '.join(unknown)}")
    return [
        t for t in tests if t.stem.removeprefix("test_") in selected or t.parent.name in selected
    ]


def equivalents() -> dict[str, list[dict]]:
    """Exercise name -> its equivalent mutants: operator, the solution's line as written, why."""
    if not EQUIVALENTS.is_file():
        return {}
    data = tomllib.loads(EQUIVALENTS.read_text(encoding="utf-8"))
    for name, entries in data.items():
        for entry in entries:
            missing = {"operator", "line", "reason"} - set(entry)
            if missing:
                raise SystemExit(f"error: {EQUIVALENTS.name}, [{name}]: missing {sorted(missing)}")
    return data


def mutants(source: str) -> list[Mutant]:
    """Every mutant that cosmic-ray's operators (those without arguments) make of ``source``."""
    from cosmic_ray.ast import ast_nodes, get_ast
    from cosmic_ray.mutating import mutate_code
    from cosmic_ray.plugins import get_operator, operator_names

    found = []
    for name in operator_names():
        operator_class = get_operator(name)
        if operator_class.arguments():
            continue
        operator = operator_class()
        positions = [
            start
            for node in ast_nodes(get_ast(source))
            for start, _ in operator.mutation_positions(node)
        ]
        for occurrence, (line, _column) in enumerate(positions):
            mutated = mutate_code(source, operator, occurrence)
            if mutated is not None and mutated != source:
                found.append(Mutant(name, line, mutated))
    return found


def is_equivalent(mutant: Mutant, lines: list[str], known: list[dict]) -> bool:
    line = lines[mutant.line - 1].strip()
    return any(e["operator"] == mutant.operator and e["line"].strip() == line for e in known)


def measure(test_file: Path, known: list[dict], exercises_root: Path = EXERCISES) -> Score:
    name = test_file.stem.removeprefix("test_")
    score = Score(name)
    solution = test_file.parent / "solutions" / f"{name}.py"
    source = solution.read_text(encoding="utf-8")
    lines = source.splitlines()
    candidates = mutants(source)
    with tempfile.TemporaryDirectory(prefix=f"mutants-{name}-") as scratch:
        work = Path(scratch) / "exercises"
        chapter = work / test_file.parent.relative_to(exercises_root)
        shutil.copytree(test_file.parent, chapter, ignore=shutil.ignore_patterns("wrong"))
        for shared in ("conftest.py", "pytest.ini"):
            shutil.copy(exercises_root / shared, work / shared)
        (chapter / "wrong").mkdir()
        todo = []
        for number, mutant in enumerate(candidates):
            if is_equivalent(mutant, lines, known):
                score.equivalent += 1
                continue
            (chapter / "wrong" / f"{name}__mutant{number}.py").write_text(mutant.source)
            todo.append((number, mutant))
        target = chapter / test_file.name
        versions = [("-x", f"--wrong=mutant{number}") for number, _ in todo]
        result = run_variants(
            target, versions, cwd=Path(scratch), control=("--solutions",), timeout=MUTANT_TIMEOUT
        )
        if result.control.returncode != 0:
            score.error = (
                "the tests fail on the reference solution: " + result.control.output[-200:]
            )
            return score
        for (_, mutant), run in zip(todo, result.runs, strict=True):
            if run.returncode == 0:
                score.survived += 1
                diff = difflib.unified_diff(
                    lines, mutant.source.splitlines(), "solution", "mutant", n=1, lineterm=""
                )
                score.survivors.append(
                    f"{name}: line {mutant.line}, {mutant.operator}\n" + "\n".join(diff)
                )
            else:
                score.killed += 1
    return score


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("names", nargs="*", help="exercises or chapter folders (default: all)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="exercises at once")
    parser.add_argument("--survivors", action="store_true", help="print each survivor's diff")
    args = parser.parse_args(argv)
    if args.jobs < 1:
        parser.error("--jobs must be at least 1")
    known = equivalents()
    chosen = exercises(args.names)
    print(f"{'exercise':28} {'killed':>6} {'surv.':>6} {'equiv.':>6} {'score':>6}", flush=True)
    failing = 0
    scores = []
    with concurrent.futures.ProcessPoolExecutor(max_workers=args.jobs) as pool:
        futures = [
            pool.submit(measure, t, known.get(t.stem.removeprefix("test_"), [])) for t in chosen
        ]
        for future in concurrent.futures.as_completed(futures):
            s = future.result()
            scores.append(s)
            if s.error:
                print(f"{s.name:28} error: {s.error}", flush=True)
                failing += 1
                continue
            mark = "" if s.score >= GOAL else "  below the goal"
            failing += s.score < GOAL
            print(
                f"{s.name:28} {s.killed:6} {s.survived:6} {s.equivalent:6} {s.score:6.0%}{mark}",
                flush=True,
            )
    if args.survivors:
        for s in sorted(scores, key=lambda s: s.name):
            for survivor in s.survivors:
                print("\n" + survivor)
    return 1 if failing else 0


if __name__ == "__main__":
    sys.exit(main())
