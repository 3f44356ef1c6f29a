"""Keep results between runs so that a rerun checks only new or stale URLs.

Only ``ok`` and ``redirected`` results are kept: a broken (or unverified)
link is checked again on every run, so a fix (or a site coming back) shows at
once. The file also records a fingerprint of the settings that change
verdicts; when they change, the whole cache is set aside. A file that cannot
be read is ignored with a warning, never a crash.
"""

from __future__ import annotations

import json
import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from .check import Result

VERSION = 1
KEPT = ("ok", "redirected")


def load_cache(
    path: Path, fingerprint: str, max_age_hours: float, warn: Callable[[str], None]
) -> dict[str, Result]:
    """Fresh cached results by URL; {} when there is no usable cache."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError) as err:
        warn(f"ignoring unreadable cache {path}: {err}")
        return {}
    try:
        data = json.loads(text)
        if not isinstance(data, dict) or data.get("version") != VERSION:
            raise ValueError("not a version-1 link cache")
        entries = data["results"]
        if not isinstance(entries, dict):
            raise ValueError("results is not an object")
    except (ValueError, KeyError) as err:
        warn(f"ignoring corrupt cache {path}: {err}")
        return {}
    if data.get("fingerprint") != fingerprint:
        warn(f"ignoring cache {path}: made with other check settings")
        return {}
    now = time.time()
    fresh: dict[str, Result] = {}
    for url, entry in entries.items():
        try:
            result = Result(
                url=url,
                verdict=str(entry["verdict"]),
                status=entry.get("status"),
                final_url=entry.get("final_url"),
                reason=str(entry.get("reason", "")),
                checked_at=float(entry["checked_at"]),
                cached=True,
            )
        except (KeyError, TypeError, ValueError, AttributeError):
            continue  # one bad entry is simply checked again
        if result.verdict in KEPT and 0 <= now - result.checked_at < max_age_hours * 3600:
            fresh[url] = result
    return fresh


def save_cache(
    path: Path, fingerprint: str, results: dict[str, Result], max_age_hours: float
) -> None:
    """Write the results worth keeping (atomically: a crash leaves the old file)."""
    now = time.time()
    entries = {
        url: {
            "verdict": r.verdict,
            "status": r.status,
            "final_url": r.final_url,
            "reason": r.reason,
            "checked_at": r.checked_at,
        }
        for url, r in sorted(results.items())
        if r.verdict in KEPT and now - r.checked_at < max_age_hours * 3600
    }
    data = {"version": VERSION, "fingerprint": fingerprint, "results": entries}
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".links-", suffix=".json")
    try:
        umask = os.umask(0)
        os.umask(umask)
        os.fchmod(fd, 0o666 & ~umask)  # mkstemp makes 0600; a cache is an ordinary file
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(data, handle, indent=1)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
