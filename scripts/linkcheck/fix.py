"""Rewrite permanent redirects in the sources to their targets.

Only the exact column span where the old URL is written changes; a span that
no longer holds that URL (the file changed since it was read) is skipped.
"""

from __future__ import annotations

import difflib
import html
from pathlib import Path

from markdown_it.common.normalize_url import normalizeLink
from markdown_it.common.utils import unescapeAll

from .check import Result
from .extract import Occurrence


def _written_as(span: str, url: str) -> bool:
    if span == url:
        return True
    return normalizeLink(unescapeAll(span)) == url or normalizeLink(html.unescape(span)) == url


def _escape(target: str, before: str, after: str) -> str:
    if before in "\"'":
        return html.escape(target, quote=True)  # an HTML attribute value
    if before == "<" and after == ">":
        return target.replace("<", "%3C").replace(">", "%3E")
    # A bare markdown destination: no spaces, balanced parentheses.
    target = target.replace(" ", "%20")
    if target.count("(") != target.count(")"):
        target = target.replace("(", "%28").replace(")", "%29")
    return target


def plan(
    results: dict[str, Result], occurrences: dict[str, list[Occurrence]]
) -> tuple[dict[str, list[tuple[Occurrence, str, str]]], list[str]]:
    """Edits grouped by file, and the occurrences that cannot be rewritten."""
    edits: dict[str, list[tuple[Occurrence, str, str]]] = {}
    skipped: list[str] = []
    for url, result in results.items():
        if result.verdict != "redirected" or not result.final_url:
            continue
        for occ in occurrences.get(url, []):
            if occ.start is None or occ.start < 0:
                skipped.append(f"{occ.file}:{occ.line}: {url} (not located in the line)")
                continue
            edits.setdefault(occ.file, []).append((occ, url, result.final_url))
    return edits, skipped


def apply(
    edits: dict[str, list[tuple[Occurrence, str, str]]], dry_run: bool
) -> tuple[list[str], str, list[str]]:
    """Apply edits; return changed files, a unified diff and skipped spans."""
    changed: list[str] = []
    diffs: list[str] = []
    skipped: list[str] = []
    for file, file_edits in sorted(edits.items()):
        path = Path(file)
        with path.open(encoding="utf-8", newline="") as handle:
            original = handle.read()
        lines = original.splitlines(keepends=True)
        # Right to left within a line, so earlier columns stay valid.
        for occ, old, target in sorted(
            file_edits, key=lambda e: (e[0].line, e[0].start), reverse=True
        ):
            index = occ.line - 1
            assert occ.start is not None and occ.end is not None
            line = lines[index] if index < len(lines) else ""
            span = line[occ.start : occ.end]
            if not _written_as(span, old):
                skipped.append(f"{file}:{occ.line}: {old} (the line changed)")
                continue
            before = line[occ.start - 1] if occ.start > 0 else ""
            after = line[occ.end] if occ.end < len(line) else ""
            new = _escape(target, before, after)
            lines[index] = line[: occ.start] + new + line[occ.end :]
        updated = "".join(lines)
        if updated == original:
            continue
        changed.append(file)
        diffs.extend(
            difflib.unified_diff(
                original.splitlines(keepends=True),
                lines,
                fromfile=f"a/{file}",
                tofile=f"b/{file}",
            )
        )
        if not dry_run:
            with path.open("w", encoding="utf-8", newline="") as handle:
                handle.write(updated)
    return changed, "".join(diffs), skipped
