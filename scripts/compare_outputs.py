"""List the code cells whose outputs differ between two executions of the book.

Two clean executions should print the same outputs, except cells that measure time or memory;
those carry the cell tag ``measures-time`` and are skipped. Give the two execution caches that
two builds left in ``_build/.jupyter_cache`` (copy the first away, then clear it so that every
page runs again):

    cp -r _build/.jupyter_cache /tmp/cache-1
    rm -rf _build/.jupyter_cache && make book
    python scripts/compare_outputs.py /tmp/cache-1 _build/.jupyter_cache

(Folders of executed notebooks work too, but not ``_build/jupyter_execute``: myst-nb writes
those without outputs whenever the build reuses the cache.) A page is compared when both caches
hold a run of the same code; a page whose code changed between the two runs is listed and not
compared. Images are compared by their bytes after decoding; text outputs line by line (the
report shows the first differing line of each cell). Exit status: 0 when nothing differs, 1 when
cells differ or a page is in one run only, 2 on a missing folder, an unreadable notebook or when
there is no output at all to compare.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import nbformat

SKIP_TAG = "measures-time"


def joined(text: str | list[str]) -> str:
    """A notebook's multi-line text, which nbformat may store as a list of lines."""
    return text if isinstance(text, str) else "".join(text)


def output_text(output: dict) -> list[str]:
    """A comparable rendering of one output, as lines."""
    if output.get("output_type") == "stream":
        text = joined(output.get("text", ""))
        return [f"[{output.get('name')}] {line}" for line in text.splitlines()]
    if output.get("output_type") == "error":
        return [f"[error] {output.get('ename')}: {output.get('evalue')}"]
    lines = []
    for mime, value in sorted(output.get("data", {}).items()):
        lines += [f"[{mime}] {line}" for line in joined(value).splitlines()]
    return lines


def merged(outputs: list[dict]) -> list[dict]:
    """Consecutive stream outputs of one stream as one: a kernel splits a stream into chunks
    at different points in different runs (the build merges them too, nb_merge_streams)."""
    result: list[dict] = []
    for output in outputs:
        last = result[-1] if result else None
        if (
            output.get("output_type") == "stream"
            and last is not None
            and last.get("output_type") == "stream"
            and last.get("name") == output.get("name")
        ):
            last["text"] += joined(output.get("text", ""))
            continue
        if output.get("output_type") == "stream":
            output = {**output, "text": joined(output.get("text", ""))}
        result.append(output)
    return result


def notebooks(folder: Path) -> dict[str, tuple[str, nbformat.NotebookNode]]:
    """Page -> (code hash, executed notebook), from a jupyter-cache or a folder of notebooks."""
    if (folder / "global.db").is_file():
        from jupyter_cache import get_cache

        cache = get_cache(folder)
        latest: dict[str, object] = {}
        for record in cache.list_cache_records():
            kept = latest.get(record.uri)
            if kept is None or record.created > kept.created:
                latest[record.uri] = record
        found = {}
        for uri, record in latest.items():
            page = Path(uri).with_suffix("").as_posix().split("/book/", 1)[-1]
            found[f"book/{page}"] = (record.hashkey, cache.get_cache_bundle(record.pk).nb)
        return found
    return {
        str(path.relative_to(folder)): ("", nbformat.read(path, as_version=4))
        for path in sorted(folder.rglob("*.ipynb"))
    }


def cells(notebook: nbformat.NotebookNode) -> list[tuple[int, bool, list[str]]]:
    """(cell number, skipped, output lines) for every code cell of a notebook."""
    found = []
    code = [c for c in notebook.cells if c.cell_type == "code"]
    for number, cell in enumerate(code, 1):
        skipped = SKIP_TAG in cell.get("metadata", {}).get("tags", [])
        lines = [line for output in merged(cell.get("outputs", [])) for line in output_text(output)]
        found.append((number, skipped, lines))
    return found


def differences(first: Path, second: Path) -> tuple[list[str], int]:
    """The report lines, and how many output lines were compared."""
    report, compared = [], 0
    one, two = notebooks(first), notebooks(second)
    for page in sorted(one.keys() | two.keys()):
        if page not in two or page not in one:
            report.append(f"{page}: only in {first if page in one else second}")
            continue
        (hash_a, nb_a), (hash_b, nb_b) = one[page], two[page]
        if hash_a != hash_b:
            print(f"{page}: its code changed between the two runs, not compared")
            continue
        a, b = cells(nb_a), cells(nb_b)
        if len(a) != len(b):
            report.append(f"{page}: {len(a)} code cells against {len(b)}")
            continue
        for (number, skipped, lines_a), (_, _, lines_b) in zip(a, b, strict=True):
            if skipped:
                continue
            compared += len(lines_a)
            if lines_a == lines_b:
                continue
            pairs = enumerate(zip(lines_a, lines_b, strict=False))
            first_diff = next(
                (i for i, (a_line, b_line) in pairs if a_line != b_line),
                min(len(lines_a), len(lines_b)),
            )
            shown_a = lines_a[first_diff] if first_diff < len(lines_a) else "(nothing)"
            shown_b = lines_b[first_diff] if first_diff < len(lines_b) else "(nothing)"
            report.append(f"{page}, cell {number}: {shown_a[:100]!r} vs {shown_b[:100]!r}")
    return report, compared


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("first", type=Path, help="execution cache (or notebooks) of run 1")
    parser.add_argument("second", type=Path, help="execution cache (or notebooks) of run 2")
    args = parser.parse_args(argv)
    for folder in (args.first, args.second):
        if not folder.is_dir():
            print(f"error: {folder} is not an execution cache or a folder", file=sys.stderr)
            return 2
    try:
        report, compared = differences(args.first, args.second)
    except (OSError, ValueError, nbformat.reader.NotJSONError) as error:
        print(f"error: cannot read a notebook: {error}", file=sys.stderr)
        return 2
    if not compared and not report:
        print(
            "error: no output to compare (notebooks from _build/jupyter_execute have none when "
            "the build reused the cache: give the two execution caches)",
            file=sys.stderr,
        )
        return 2
    for line in report:
        print(line)
    count = sum(1 for line in report if ", cell " in line)
    skipped = f"cells tagged {SKIP_TAG} skipped"
    summary = f"{count} cells differ" if report else "no cell differs"
    print(f"{summary} ({compared} output lines compared, {skipped})")
    return 1 if report else 0


if __name__ == "__main__":
    sys.exit(main())
