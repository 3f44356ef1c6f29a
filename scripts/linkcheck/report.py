"""Turn results into the grouped human summary and the JSON report.

Results are keyed by the normalised URL (what was requested); reports name
each URL as it is written in the sources. When one URL is spelled in more
than one way (``über`` in one file, ``%C3%BCber`` in another), each spelling
is an entry of its own with its own places, sharing the one result. Counts
are of these entries.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from .check import VERDICTS, Result
from .extract import Occurrence


@dataclass
class Entry:
    """One URL as written in the sources, with its places and its result."""

    written: str
    url: str  # normalised: the URL requested
    result: Result
    occurrences: list[Occurrence]


def entries(results: dict[str, Result], occurrences: dict[str, list[Occurrence]]) -> list[Entry]:
    """One entry per spelling of each URL, sorted by spelling."""
    out: list[Entry] = []
    for url, result in results.items():
        spellings: dict[str, list[Occurrence]] = {}
        for occ in occurrences.get(url, []):
            spellings.setdefault(occ.text or url, []).append(occ)
        if not spellings:
            spellings[url] = []
        out.extend(Entry(text, url, result, occs) for text, occs in spellings.items())
    out.sort(key=lambda e: (e.written, e.url))
    return out


def summary(items: list[Entry]) -> dict[str, int]:
    counts = dict.fromkeys(VERDICTS, 0)
    for entry in items:
        counts[entry.result.verdict] += 1
    return counts


def _places(occurrences: list[Occurrence]) -> list[str]:
    return [f"{o.file}:{o.line}" for o in occurrences]


def human_report(
    results: dict[str, Result],
    occurrences: dict[str, list[Occurrence]],
    *,
    files: int,
    elapsed: float,
    verbose: bool = False,
) -> str:
    """A summary grouped by verdict: counts, then every broken, unverified and redirected URL."""
    items = entries(results, occurrences)
    counts = summary(items)
    cached = sum(1 for r in results.values() if r.cached)
    total = sum(len(occurrences.get(url, [])) for url in results)
    out = [
        f"Checked {len(results)} distinct URLs ({total} links in {files} files; "
        f"{cached} from the cache) in {elapsed:.1f} s",
        "  " + "   ".join(f"{v}: {counts[v]}" for v in VERDICTS),
    ]

    def block(verdict: str, title: str, show_target: bool) -> None:
        chosen = [e for e in items if e.result.verdict == verdict]
        if not chosen:
            return
        out.append("")
        out.append(f"{title} ({len(chosen)})")
        for entry in chosen:
            result = entry.result
            out.append(f"  {entry.written}")
            if entry.written != entry.url:
                out.append(f"      (requested as {entry.url})")
            if show_target and result.final_url:
                out.append(f"      -> {result.final_url}")
            if result.reason and (verdict in ("broken", "unverified") or verbose):
                out.append(f"      {result.reason}")
            for place in _places(entry.occurrences):
                out.append(f"      {place}")

    block("broken", "BROKEN", show_target=True)
    block("unverified", "UNVERIFIED: the page answered; its #fragment was not seen", True)
    block("redirected", "REDIRECTED: permanent; --fix-redirects rewrites them", True)
    if verbose:
        block("ignored", "IGNORED", show_target=False)
        block("ok", "OK", show_target=True)
    out.append("")
    checked = [r for r in results.values() if r.verdict != "ignored" and not r.cached]
    if checked and all(r.reason.startswith("host not found") for r in checked):
        out.append("Every host failed to resolve: is this machine offline?")
    if counts["unverified"]:
        out.append(
            f"{counts['unverified']} link(s) unverified: reading the page stopped at a limit "
            "(fragment_timeout, max_body_bytes) before the fragment; not a failure."
        )
    if counts["broken"]:
        out.append(f"FAILED: {counts['broken']} broken link(s).")
    else:
        out.append("No broken links.")
    return "\n".join(out)


def json_report(results: dict[str, Result], occurrences: dict[str, list[Occurrence]]) -> dict:
    items = entries(results, occurrences)
    links = []
    for entry in items:
        r = entry.result
        links.append(
            {
                "url": entry.written,
                "normalized_url": entry.url,
                "verdict": r.verdict,
                "status": r.status,
                "final_url": r.final_url,
                "reason": r.reason,
                "occurrences": [{"file": o.file, "line": o.line} for o in entry.occurrences],
                "cached": r.cached,
                "checked_at": round(r.checked_at, 3),
            }
        )
    return {"links": links, "summary": summary(items)}


def write_json(path: Path, data: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
