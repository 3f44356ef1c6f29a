"""Execute the code cells of one or more book pages, without building the book.

Usage: python scripts/run_page.py PAGE.md [PAGE.md ...] [--timeout SECONDS] [--quiet]

A page is a MyST notebook (a Markdown file with code-cell blocks). Each page runs in a fresh
kernel in a scratch folder, as the book build runs it, and the script prints every cell's text
output (unless --quiet), then one line per page with its execution time. Use it while writing a
page: it takes seconds where `make book` rebuilds everything. Exit status: 0 when every cell of
every page ran, 1 when a cell failed or timed out, 2 when a page cannot be read.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
from pathlib import Path

import jupytext
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError, CellTimeoutError


def cell_text(cell) -> str:
    parts = []
    for output in cell.get("outputs", []):
        if output["output_type"] == "stream":
            parts.append(output["text"])
        elif "data" in output:
            data = output["data"]
            parts.append(data.get("text/plain", f"<{', '.join(data)}>") + "\n")
    return "".join(parts)


def run(page: Path, timeout: float, quiet: bool) -> bool:
    notebook = jupytext.read(page, fmt="md:myst")
    code_cells = [c for c in notebook.cells if c.cell_type == "code"]
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="run-page-") as scratch:
        client = NotebookClient(
            notebook,
            timeout=timeout,
            kernel_name="python3",
            resources={"metadata": {"path": scratch}},
        )
        try:
            client.execute()
            ok = True
        except (CellExecutionError, CellTimeoutError) as error:
            ok = False
            failure = re.sub(r"\x1b\[[0-9;]*m", "", str(error)).strip().splitlines()
    elapsed = time.perf_counter() - started
    if not quiet:
        for number, cell in enumerate(code_cells, 1):
            print(f"--- {page} cell {number} ---")
            print(cell_text(cell), end="")
    if ok:
        print(f"ok     {elapsed:6.1f} s  {len(code_cells):3} cells  {page}")
    else:
        print(f"FAILED {elapsed:6.1f} s  {page}: {failure[-1] if failure else 'cell failed'}")
    return ok


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pages", nargs="+", type=Path, metavar="PAGE.md")
    parser.add_argument("--timeout", type=float, default=180, help="seconds per cell (180)")
    parser.add_argument("--quiet", action="store_true", help="print only one line per page")
    args = parser.parse_args(argv)
    for page in args.pages:
        if not page.is_file():
            print(f"error: {page}: no such file", file=sys.stderr)
            return 2
    results = [run(page, args.timeout, args.quiet) for page in args.pages]
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
