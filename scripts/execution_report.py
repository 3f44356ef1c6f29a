"""Print how long each page's code took to execute at the last build, and how many cells it has.

Usage: python scripts/execution_report.py [--slowest N]

The figures come from the execution cache that `make book` fills (_build/.jupyter_cache): for
every page of the toc with code cells, the cached run of its current code. A page whose current
code has no cached run is listed as "not executed" (build the book first). Per-chapter totals
follow the pages. Exit status: 0 after the report, 2 when there is no cache.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

import jupytext
import yaml
from jupyter_cache import get_cache

ROOT = Path(__file__).resolve().parents[1]
CACHE = ROOT / "_build" / ".jupyter_cache"
sys.path.insert(0, str(ROOT / "book" / "_ext"))

from figure_formats import as_executed  # noqa: E402  (the hidden cell the build adds)


def toc_files(entries: list[dict]) -> list[str]:
    files = []
    for entry in entries:
        files.append(entry["file"])
        files += toc_files(entry.get("sections", []))
    return files


def code_pages() -> list[str]:
    toc = yaml.safe_load((ROOT / "_toc.yml").read_text(encoding="utf-8"))
    files = [toc["root"]] + [f for part in toc["parts"] for f in toc_files(part["chapters"])]
    return [f for f in files if "```{code-cell}" in (ROOT / f"{f}.md").read_text(encoding="utf-8")]


def executed_notebook(path: Path):
    """The notebook of a page as the build executes it (the execution cache knows it by this)."""
    return jupytext.reads(as_executed(path.read_text(encoding="utf-8")), "md")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--slowest", type=int, default=5, help="how many slowest pages to name")
    args = parser.parse_args(argv)
    if not CACHE.is_dir():
        print(f"error: no execution cache at {CACHE}: run `make book` first", file=sys.stderr)
        return 2
    cache = get_cache(CACHE)
    rows = []
    for page in code_pages():
        text = (ROOT / f"{page}.md").read_text(encoding="utf-8")
        notebook = jupytext.reads(text, "md")
        cells = sum(1 for cell in notebook.cells if cell.cell_type == "code")
        executed = executed_notebook(ROOT / f"{page}.md")
        try:
            seconds = cache.match_cache_notebook(executed).data.get("execution_seconds")
        except KeyError:
            seconds = None
        rows.append((page, cells, seconds))

    chapters: dict[str, list[int | float]] = defaultdict(lambda: [0, 0, 0.0])
    print(f"{'page':68} {'cells':>5} {'seconds':>8}")
    for page, cells, seconds in rows:
        shown = f"{seconds:8.1f}" if seconds is not None else "  not executed"
        print(f"{page:68} {cells:5} {shown}")
        chapter = chapters[str(Path(page).parent)]
        chapter[0] += 1
        chapter[1] += cells
        chapter[2] += seconds or 0.0
    print(f"\n{'chapter':52} {'pages':>5} {'cells':>5} {'seconds':>8}")
    for chapter, (pages, cells, seconds) in chapters.items():
        print(f"{chapter:52} {pages:5} {cells:5} {seconds:8.1f}")
    timed = sorted((r for r in rows if r[2] is not None), key=lambda r: r[2], reverse=True)
    total_cells = sum(r[1] for r in rows)
    total_seconds = sum(r[2] for r in timed)
    print(f"\n{len(rows)} pages, {total_cells} cells, {total_seconds:.1f} s of execution in all")
    for page, _cells, seconds in timed[: args.slowest]:
        print(f"slowest: {seconds:6.1f} s  {page}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
