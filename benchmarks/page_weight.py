#!/usr/bin/env python3
"""Measure what each page of the built site costs a reader: bytes and requests, in the browser.

    .venv/bin/python benchmarks/page_weight.py [--html DIR] [--before DIR] [--json FILE]

Each page of the site (default _build/html) is opened in headless Chromium at 1280x900, as a
first-time visitor with an empty cache, and left to finish: its scripts run, MathJax typesets,
web fonts load. The browser's Resource Timing entries then give every file the page fetched
and its decoded (uncompressed) size; the page itself counts as one. Nothing leaves the
machine: the site is served on 127.0.0.1 and any other request is aborted (and reported).

With --before DIR (another build of the site, e.g. a copy of _build/html made before a
change), both are measured and the table shows them side by side.

Prints one row per page, then a summary: the median topic page, in all and with MathJax's own
files aside (the budget tests/test_site.py holds the site to: about half the topic pages have
maths, and MathJax alone is 1.2 MB), the heaviest page, and the files that most pages fetch.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from book_sources import topic_pages  # noqa: E402
from site_browser import HTML, SETUPS, crawl, html_pages, serve  # noqa: E402

DESKTOP_FIRST_VISIT = SETUPS[0]


def measure(html: Path) -> dict[str, dict]:
    """page -> {bytes, requests, files: {name: bytes}} for every page of a built site."""
    pages = html_pages(html)
    with serve(html) as base:
        visits = crawl(base, [DESKTOP_FIRST_VISIT], pages, axe=False)
    result = {}
    for (_, page), visit in visits.items():
        files = {}
        for url, size in visit.resources.items():
            files[url.split("?")[0].split("/", 3)[-1]] = size
        off_site = visit.off_site + visit.failed
        rest = visit.without_mathjax()
        result[page] = {
            "bytes": visit.bytes,
            "requests": visit.requests,
            "bytes without mathjax": sum(rest.values()),
            "requests without mathjax": len(rest),
            "files": files,
            "problems": off_site,
        }
    return result


def summary(weights: dict[str, dict]) -> dict:
    topics = [weights[f"{d}.html"] for d in topic_pages() if f"{d}.html" in weights]
    heaviest = max(weights, key=lambda p: weights[p]["bytes"])
    return {
        "pages": len(weights),
        "median topic page bytes": statistics.median(t["bytes"] for t in topics),
        "median topic page requests": statistics.median(t["requests"] for t in topics),
        "  MathJax aside, bytes": statistics.median(t["bytes without mathjax"] for t in topics),
        "  MathJax aside, requests": statistics.median(
            t["requests without mathjax"] for t in topics
        ),
        "heaviest page": heaviest,
        "heaviest page bytes": weights[heaviest]["bytes"],
        "most requests": max(w["requests"] for w in weights.values()),
        "all pages bytes": sum(w["bytes"] for w in weights.values()),
    }


def kb(n: float) -> str:
    return f"{n / 1000:,.0f} kB"


def print_table(after: dict, before: dict | None) -> None:
    pages = sorted(after)
    width = max(len(p) for p in pages)
    if before is None:
        print(f"{'page':<{width}}  {'bytes':>10}  {'requests':>8}")
        for page in pages:
            print(f"{page:<{width}}  {kb(after[page]['bytes']):>10}  {after[page]['requests']:>8}")
    else:
        head = f"{'page':<{width}}  {'before':>10} {'after':>10}  {'req before':>10} {'after':>5}"
        print(head)
        for page in pages:
            b = before.get(page, {"bytes": 0, "requests": 0})
            a = after[page]
            print(
                f"{page:<{width}}  {kb(b['bytes']):>10} {kb(a['bytes']):>10}  "
                f"{b['requests']:>10} {a['requests']:>5}"
            )
    print()
    sums = (
        [("after", summary(after))]
        if before is None
        else [
            ("before", summary(before)),
            ("after", summary(after)),
        ]
    )
    keys = [k for k in sums[0][1] if k != "heaviest page"]
    print(f"{'':<28}" + "".join(f"{label:>12}" for label, _ in sums))
    for key in keys:
        cells = [kb(s[key]) if "bytes" in key else str(s[key]) for _, s in sums]
        print(f"{key:<28}" + "".join(f"{c:>12}" for c in cells))
    for label, s in sums:
        print(f"heaviest page ({label}): {s['heaviest page']}")
    print()
    common = Counter(name for w in after.values() for name in w["files"])
    print("files most pages fetch (after):")
    for name, count in common.most_common(8):
        size = max(w["files"].get(name, 0) for w in after.values())
        print(f"  {count:>3} pages  {kb(size):>9}  {name}")
    problems = {p: w["problems"] for p, w in after.items() if w["problems"]}
    if problems:
        print("\nrequests that failed or left the site:", json.dumps(problems, indent=1))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--html", type=Path, default=HTML, help="the built site (_build/html)")
    parser.add_argument("--before", type=Path, help="another build to compare against")
    parser.add_argument("--json", type=Path, help="also write the measurements here")
    args = parser.parse_args(argv)
    for folder in [args.html, args.before]:
        if folder is not None and not (folder / "index.html").is_file():
            parser.error(f"no built site in {folder}: run `make book`")
    before = measure(args.before) if args.before else None
    after = measure(args.html)
    print_table(after, before)
    if args.json:
        data = {"after": after, "before": before}
        args.json.write_text(json.dumps(data, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
