# Wrong: the verifier rechecks each hash but never compares prev with the entry before.
"""Wrong solution: a tamper-evident audit log for the churn model's life cycle."""

import copy
import hashlib
import json

GENESIS = "0" * 64  # the "previous hash" of the first entry


def entry_hash(prev: str, event: dict) -> str:
    """The SHA-256 (hexdigest) of `prev` followed by the event's canonical JSON."""
    canonical = json.dumps(event, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256((prev + canonical).encode("utf-8")).hexdigest()


def append_entry(log: list[dict], event: dict) -> dict:
    """Append a new entry for `event` to `log` and return it."""
    prev = log[-1]["hash"] if log else GENESIS
    entry = {"event": copy.deepcopy(event), "prev": prev, "hash": entry_hash(prev, event)}
    log.append(entry)
    return entry


def first_broken(log: list[dict]) -> int | None:
    """The index of the first entry that breaks the chain, or None if the log is intact."""
    for index, entry in enumerate(log):
        if entry["hash"] != entry_hash(entry["prev"], entry["event"]):
            return index
    return None
