"""benchmarks/mutation_score.py: mutants of a solution, killed or survived, on a tiny exercise."""

import shutil
import sys

import pytest
from book_sources import EXERCISES, ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
import mutation_score  # noqa: E402

SOLUTION = "def add(a, b):\n    return a + b\n"


@pytest.fixture
def demo(tmp_path):
    root = tmp_path / "exercises"
    (root / "demo" / "solutions").mkdir(parents=True)
    for shared in ("conftest.py", "pytest.ini"):
        shutil.copy(EXERCISES / shared, root)
    (root / "demo" / "solutions" / "add.py").write_text(SOLUTION)
    return root


def write_tests(root, body):
    test_file = root / "demo" / "test_add.py"
    test_file.write_text(f"def test_add(exercise):\n    add = exercise('add').add\n{body}")
    return test_file


def test_every_operator_swap_is_a_mutant():
    operators = {m.source.splitlines()[1].strip() for m in mutation_score.mutants(SOLUTION)}
    assert {"return a - b", "return a * b"} <= operators


def test_a_weak_test_lets_a_mutant_survive_and_names_it(demo):
    # 2 + 2 == 2 * 2 == 2 ** 2: a test with only these numbers cannot tell them apart.
    test_file = write_tests(demo, "    assert add(2, 2) == 4\n")
    score = mutation_score.measure(test_file, [], exercises_root=demo)
    assert not score.error
    assert score.killed > 0 and score.survived >= 2
    assert any("+    return a * b" in s for s in score.survivors)
    assert score.score < mutation_score.GOAL


def test_a_strong_test_kills_every_mutant_and_equivalents_do_not_count(demo):
    test_file = write_tests(demo, "    assert add(2, 3) == 5\n    assert add(-1, 4) == 3\n")
    score = mutation_score.measure(test_file, [], exercises_root=demo)
    assert score.survived == 0 and score.score == 1.0
    known = [{"operator": m.operator, "line": "return a + b", "reason": "test"}
             for m in mutation_score.mutants(SOLUTION)]  # fmt: skip
    assert mutation_score.measure(test_file, known, exercises_root=demo).equivalent > 0


def test_a_solution_that_fails_its_tests_is_an_error_not_a_score(demo):
    test_file = write_tests(demo, "    assert add(2, 3) == 6\n")
    score = mutation_score.measure(test_file, [], exercises_root=demo)
    assert score.error.startswith("the tests fail on the reference solution")
