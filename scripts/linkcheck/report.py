"""Turn results into the grouped human summary and the JSON report."""

from __future__ import annotations

import json
from pathlib import Path

from .check import VERDICTS, Result
from .extract import Occurrence


def summary(results: dict[str, Result]) -> dict[str, int]:
    counts = dict.fromkeys(VERDICTS, 0)
    for result in results.values():
        counts[result.verdict] += 1
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
    """A summary grouped by verdict: counts, then every broken and redirected URL."""
    counts = summary(results)
    cached = sum(1 for r in results.values() if r.cached)
    total = sum(len(occurrences.get(url, [])) for url in results)
    out = [
        f"Checked {len(results)} distinct URLs ({total} links in {files} files; "
        f"{cached} from the cache) in {elapsed:.1f} s",
        "  " + "   ".join(f"{v}: {counts[v]}" for v in VERDICTS),
    ]

    def block(verdict: str, title: str, show_target: bool) -> None:
        chosen = sorted(u for u, r in results.items() if r.verdict == verdict)
        if not chosen:
            return
        out.append("")
        out.append(f"{title} ({len(chosen)})")
        for url in chosen:
            result = results[url]
            out.append(f"  {url}")
            if show_target and result.final_url:
                out.append(f"      -> {result.final_url}")
            if result.reason and (verdict == "broken" or verbose):
                out.append(f"      {result.reason}")
            for place in _places(occurrences.get(url, [])):
                out.append(f"      {place}")

    block("broken", "BROKEN", show_target=True)
    block("redirected", "REDIRECTED: permanent; --fix-redirects rewrites them", True)
    if verbose:
        block("ignored", "IGNORED", show_target=False)
        block("ok", "OK", show_target=True)
    out.append("")
    checked = [r for r in results.values() if r.verdict != "ignored" and not r.cached]
    if checked and all(r.reason.startswith("host not found") for r in checked):
        out.append("Every host failed to resolve: is this machine offline?")
    if counts["broken"]:
        out.append(f"FAILED: {counts['broken']} broken link(s).")
    else:
        out.append("No broken links.")
    return "\n".join(out)


def json_report(results: dict[str, Result], occurrences: dict[str, list[Occurrence]]) -> dict:
    links = []
    for url in sorted(results):
        r = results[url]
        links.append(
            {
                "url": url,
                "verdict": r.verdict,
                "status": r.status,
                "final_url": r.final_url,
                "reason": r.reason,
                "occurrences": [{"file": o.file, "line": o.line} for o in occurrences.get(url, [])],
                "cached": r.cached,
                "checked_at": round(r.checked_at, 3),
            }
        )
    return {"links": links, "summary": summary(results)}


def write_json(path: Path, data: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
