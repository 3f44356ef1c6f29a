"""List the code cells whose outputs differ between two executions of the book.

Two clean executions should print the same outputs, except cells that measure time or memory;
those carry the cell tag ``measures-time`` and are skipped. Give the two folders of executed
notebooks that two builds left in ``_build/jupyter_execute`` (copy the first away before the
second build, and clear ``_build/.jupyter_cache`` in between so that every page runs again):

    cp -r _build/jupyter_execute /tmp/run-1
    rm -rf _build/.jupyter_cache && make book
    python scripts/compare_outputs.py /tmp/run-1 _build/jupyter_execute

Images are compared by their bytes after decoding; text outputs line by line (the report shows
the first differing line of each cell). Exit status: 0 when nothing differs, 1 when cells
differ, 2 on a missing folder or an unreadable notebook.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import nbformat

SKIP_TAG = "measures-time"


def output_text(output: dict) -> list[str]:
    """A comparable rendering of one output, as lines."""
    if output.get("output_type") == "stream":
        return f"[{output.get('name')}] {output.get('text', '')}".splitlines()
    if output.get("output_type") == "error":
        return [f"[error] {output.get('ename')}: {output.get('evalue')}"]
    lines = []
    for mime, value in sorted(output.get("data", {}).items()):
        text = value if isinstance(value, str) else "".join(value)
        lines += [f"[{mime}] {line}" for line in text.splitlines()]
    return lines


def cells(path: Path) -> list[tuple[int, bool, list[str]]]:
    """(cell number, skipped, output lines) for every code cell of a notebook."""
    notebook = nbformat.read(path, as_version=4)
    found = []
    code = [c for c in notebook.cells if c.cell_type == "code"]
    for number, cell in enumerate(code, 1):
        skipped = SKIP_TAG in cell.get("metadata", {}).get("tags", [])
        lines = [line for output in cell.get("outputs", []) for line in output_text(output)]
        found.append((number, skipped, lines))
    return found


def differences(first: Path, second: Path) -> list[str]:
    report = []
    for path in sorted(first.rglob("*.ipynb")):
        relative = path.relative_to(first)
        other = second / relative
        if not other.is_file():
            report.append(f"{relative}: only in {first}")
            continue
        a, b = cells(path), cells(other)
        if len(a) != len(b):
            report.append(f"{relative}: {len(a)} code cells against {len(b)}")
            continue
        for (number, skipped, lines_a), (_, _, lines_b) in zip(a, b, strict=True):
            if skipped or lines_a == lines_b:
                continue
            pairs = enumerate(zip(lines_a, lines_b, strict=False))
            first_diff = next(
                (i for i, (a_line, b_line) in pairs if a_line != b_line),
                min(len(lines_a), len(lines_b)),
            )
            shown_a = lines_a[first_diff] if first_diff < len(lines_a) else "(nothing)"
            shown_b = lines_b[first_diff] if first_diff < len(lines_b) else "(nothing)"
            report.append(f"{relative}, cell {number}: {shown_a[:100]!r} vs {shown_b[:100]!r}")
    for path in sorted(second.rglob("*.ipynb")):
        if not (first / path.relative_to(second)).is_file():
            report.append(f"{path.relative_to(second)}: only in {second}")
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("first", type=Path, help="executed notebooks of the first run")
    parser.add_argument("second", type=Path, help="executed notebooks of the second run")
    args = parser.parse_args(argv)
    for folder in (args.first, args.second):
        if not folder.is_dir():
            print(f"error: {folder} is not a folder of executed notebooks", file=sys.stderr)
            return 2
    try:
        report = differences(args.first, args.second)
    except (OSError, ValueError, nbformat.reader.NotJSONError) as error:
        print(f"error: cannot read a notebook: {error}", file=sys.stderr)
        return 2
    for line in report:
        print(line)
    count = sum(1 for line in report if ", cell " in line)
    skipped = f"cells tagged {SKIP_TAG} skipped"
    print(f"{count} cells differ ({skipped})" if report else f"no cell differs ({skipped})")
    return 1 if report else 0


if __name__ == "__main__":
    sys.exit(main())
