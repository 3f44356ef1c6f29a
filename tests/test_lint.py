"""The project's own code and text pass the linters that pre-commit runs (ruff, codespell)."""

import subprocess
import sys
from pathlib import Path

from book_sources import ROOT

BIN = Path(sys.executable).parent


def run(*command: str) -> subprocess.CompletedProcess:
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=120)


def test_ruff_finds_no_problems():
    result = run(str(BIN / "ruff"), "check", ".")
    assert result.returncode == 0, result.stdout + result.stderr


def test_code_is_formatted_with_ruff():
    result = run(str(BIN / "ruff"), "format", "--check", ".")
    assert result.returncode == 0, result.stdout + result.stderr


def test_codespell_finds_no_misspellings():
    paths = ["ai_roadmaps", "book", "exercises", "scripts", "tests", "README.md", "CONTRIBUTING.md"]
    result = run(str(BIN / "codespell"), *paths)
    assert result.returncode == 0, result.stdout + result.stderr
