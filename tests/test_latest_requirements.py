"""scripts/latest_requirements.py: requirements.txt without pins, for the weekly latest build."""

import subprocess
import sys

from book_sources import ROOT

SCRIPT = ROOT / "scripts" / "latest_requirements.py"


def run(*args):
    return subprocess.run(
        [sys.executable, str(SCRIPT), *args], capture_output=True, text=True, timeout=60
    )


def test_pins_are_dropped_and_extras_and_markers_kept(tmp_path):
    requirements = tmp_path / "requirements.txt"
    requirements.write_text(
        "# a comment\nnumpy==2.4.6\n\ndask[distributed,dataframe]==2026.8.0  # why\n"
        "torch==2.13.0\ncolorama==0.4.6; sys_platform == 'win32'\n"
    )
    result = run(str(requirements))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "numpy",
        "dask[dataframe,distributed]",
        'colorama; sys_platform == "win32"',
    ]


def test_the_books_requirements_all_come_through():
    result = run()
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    pinned = [
        line for line in (ROOT / "requirements.txt").read_text().splitlines()
        if line.strip() and not line.startswith("#")
    ]  # fmt: skip
    assert len(lines) == len(pinned) - 1  # all but torch
    assert not [line for line in lines if "==" in line]


def test_a_missing_or_malformed_file_is_one_line(tmp_path):
    missing = run(str(tmp_path / "nope.txt"))
    assert missing.returncode == 2 and missing.stderr.startswith("error: cannot read")
    bad = tmp_path / "bad.txt"
    bad.write_text("numpy==2.4.6\nnot a requirement!!\n")
    result = run(str(bad))
    assert result.returncode == 2
    assert "bad.txt, line 2" in result.stderr and "Traceback" not in result.stderr
