"""Exercise: a tamper-evident audit log for the churn model's life cycle.

The log is a list of entries (dicts), one per event: the model was trained, approved,
deployed, rolled back. Each entry is linked to the one before it by a hash chain, so that
changing, deleting or reordering entries shows up when the log is verified.

An entry has exactly these keys::

    {"event": {...}, "prev": "<hash of the entry before, or GENESIS>", "hash": "<its hash>"}
"""

import hashlib  # noqa: F401 (you will use these)
import json  # noqa: F401

GENESIS = "0" * 64  # the "previous hash" of the first entry


def entry_hash(prev: str, event: dict) -> str:
    """The SHA-256 (hexdigest) of `prev` followed by the event's canonical JSON.

    The canonical JSON is ``json.dumps(event, sort_keys=True, separators=(",", ":"))``, so
    the same event gives the same text whatever the order of its keys. Hash the UTF-8
    bytes of ``prev + canonical``.
    """
    raise NotImplementedError


def append_entry(log: list[dict], event: dict) -> dict:
    """Append a new entry for `event` to `log` and return it.

    Its "prev" is the "hash" of the last entry of `log` (GENESIS if `log` is empty), its
    "hash" is ``entry_hash(prev, event)``, and its "event" is a copy of `event`, so that the
    caller changing their dict later does not change the log.
    """
    raise NotImplementedError


def first_broken(log: list[dict]) -> int | None:
    """The index of the first entry that breaks the chain, or None if the log is intact.

    Entry i is broken when its "prev" is not the "hash" of entry i - 1 (GENESIS for entry
    0), or when its "hash" is not ``entry_hash(its prev, its event)``. An empty log is
    intact.
    """
    raise NotImplementedError
