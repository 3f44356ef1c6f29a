#!/usr/bin/env python3
"""Check every external link in the book's MyST sources.

Finds the http(s) links the way MyST reads them (not in code or comments),
checks each distinct URL once, concurrently and politely, and prints a report
grouped by verdict: ok, redirected (a permanent redirect to a working
target), broken, ignored, unverified (the page answered but reading it
stopped at a limit before its #fragment was seen). URLs are reported as they
are written in the sources.

Exit status: 0 when nothing is broken (unverified links do not fail a run), 1
when something is, 2 on a usage or configuration error. Settings live in
scripts/check_links.toml.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from linkcheck import fix  # noqa: E402
from linkcheck.cache import load_cache, save_cache  # noqa: E402
from linkcheck.check import Result, check_urls  # noqa: E402
from linkcheck.config import ConfigError, load_config  # noqa: E402
from linkcheck.extract import (  # noqa: E402
    Occurrence,
    extract_text,
    iter_sources,
    make_parser,
    read_myst_extensions,
)
from linkcheck.report import human_report, json_report, write_json  # noqa: E402

DEFAULT_CONFIG = Path(__file__).resolve().parent / "check_links.toml"


def _display(path: Path) -> str:
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def _warn(message: str) -> None:
    print(f"check_links: warning: {message}", file=sys.stderr)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="check_links.py",
        description=__doc__.split("\n\n")[0],
        epilog="Exit status: 0 nothing broken, 1 broken links, 2 usage or config error.",
    )
    parser.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="markdown files or folders to scan (default: [sources] paths in the "
        "config: book/, exercises/, README.md, CONTRIBUTING.md)",
    )
    parser.add_argument(
        "--config",
        type=Path,
        default=DEFAULT_CONFIG,
        help="TOML settings file (default: %(default)s)",
    )
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write a JSON report")
    parser.add_argument(
        "--no-cache", action="store_true", help="check every URL, ignoring the cache"
    )
    parser.add_argument(
        "--fix-redirects",
        action="store_true",
        help="rewrite permanent redirects in the sources to their targets",
    )
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help="with --fix-redirects: print the changes as a diff, write nothing",
    )
    parser.add_argument(
        "-v", "--verbose", action="store_true", help="also list ok and ignored URLs"
    )
    args = parser.parse_args(argv)
    if args.dry_run and not args.fix_redirects:
        parser.error("--dry-run only goes with --fix-redirects")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        config = load_config(args.config)
    except ConfigError as err:
        print(f"check_links: config error: {err}", file=sys.stderr)
        return 2

    explicit = bool(args.paths)
    roots = [Path(p) for p in (args.paths or config.paths)]
    if not explicit:
        roots = [p for p in roots if p.exists()]  # e.g. no CONTRIBUTING.md yet
    try:
        files = list(iter_sources(roots, config.exclude, config.suffixes))
        extensions = read_myst_extensions(Path(config.myst_config))
    except FileNotFoundError as err:
        print(f"check_links: no such file or folder: {err}", file=sys.stderr)
        return 2
    except Exception as err:  # an unreadable _config.yml is a config error
        print(f"check_links: cannot read MyST settings: {err}", file=sys.stderr)
        return 2

    started = time.monotonic()
    md = make_parser(extensions)
    occurrences: dict[str, list[Occurrence]] = {}
    for path in files:
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as err:
            _warn(f"skipping {_display(path)}: {err}")
            continue
        for url, occ in extract_text(text, _display(path), md).links:
            occurrences.setdefault(url, []).append(occ)

    cache_path = Path(config.cache_path)
    fingerprint = config.fingerprint()
    cached: dict[str, Result] = {}
    if not args.no_cache:
        cached = load_cache(cache_path, fingerprint, config.cache_max_age_hours, _warn)
    results = {
        url: cached[url] for url in occurrences if url in cached and config.ignored_by(url) is None
    }
    to_check = [url for url in occurrences if url not in results]
    if to_check:
        fresh, _ = check_urls(to_check, config)
        results.update(fresh)
    results = {url: results[url] for url in occurrences}

    try:
        save_cache(cache_path, fingerprint, results, config.cache_max_age_hours)
    except OSError as err:
        _warn(f"cannot write the cache {cache_path}: {err}")

    print(
        human_report(
            results,
            occurrences,
            files=len(files),
            elapsed=time.monotonic() - started,
            verbose=args.verbose,
        )
    )
    if args.json:
        write_json(args.json, json_report(results, occurrences))

    if args.fix_redirects:
        edits, skipped = fix.plan(results, occurrences)
        changed, diff, stale = fix.apply(edits, dry_run=args.dry_run)
        for item in skipped + stale:
            _warn(f"not rewritten: {item}")
        if args.dry_run:
            sys.stdout.write(diff)
        elif changed:
            print(f"Rewrote permanent redirects in {len(changed)} file(s):")
            for name in changed:
                print(f"  {name}")

    return 1 if any(r.verdict == "broken" for r in results.values()) else 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    sys.exit(main())
