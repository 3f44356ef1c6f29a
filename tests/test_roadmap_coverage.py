"""scripts/roadmap_coverage.py: counts come from the data file; bad input is one clear line."""

import subprocess
import sys

import yaml
from book_sources import ROOT, roadmaps

SCRIPT = ROOT / "scripts" / "roadmap_coverage.py"


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(SCRIPT), *args], capture_output=True, text=True, timeout=60
    )


def test_report_counts_taught_and_named_items_per_part_and_chapter():
    result = run()
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    for part in roadmaps():
        items = [i for a in part["key_areas"] for i in a["items"]]
        taught = sum(1 for i in items if i.get("page"))
        row = next(line for line in lines if line.startswith(part["title"] + " "))
        assert f"{taught} / {len(items)}" in " ".join(row.split())
    assert lines[-1].startswith("All three roadmaps")


def test_missing_lists_exactly_the_items_without_a_page(tmp_path):
    data = {"parts": [{"title": "P", "key_areas": [{"title": "K", "items": [
        {"name": "taught", "page": "topic-x"}, {"name": "untaught"}]}]}]}  # fmt: skip
    path = tmp_path / "roadmaps.yml"
    path.write_text(yaml.safe_dump(data))
    result = run("--data", str(path), "--missing")
    assert result.returncode == 0
    assert "no page yet: untaught" in result.stdout
    assert "no page yet: taught" not in result.stdout
    assert "1 / 2" in " ".join(result.stdout.split())


def test_a_missing_or_malformed_file_is_one_line_and_exit_2(tmp_path):
    broken = tmp_path / "broken.yml"
    broken.write_text("parts: [\n")
    wrong = tmp_path / "wrong.yml"
    wrong.write_text("chapters: []\n")
    for path in (tmp_path / "absent.yml", broken, wrong):
        result = run("--data", str(path))
        assert result.returncode == 2
        assert result.stdout == ""
        assert len(result.stderr.strip().splitlines()) == 1
        assert result.stderr.startswith("error: ")
