"""Tests for the audit-chain exercise (audit_chain.py).

A log of the churn model's life cycle is built with your append_entry, then changed the
ways a forger or a careless script changes logs: an edited event, an edit with a
recomputed hash, a deleted entry, the oldest entries dropped, two entries swapped. Your
first_broken must point at the first entry that no longer fits.
"""

import copy
import hashlib
import json

import pytest

GENESIS = "0" * 64
EVENTS = [
    {"who": "ana", "action": "train", "model": "churn:1.4.0", "at": "2025-01-06T09:12Z"},
    {"who": "carla", "action": "approve", "model": "churn:1.4.0", "at": "2025-01-07T14:03Z"},
    {"who": "ben", "action": "deploy", "model": "churn:1.4.0", "at": "2025-01-08T08:30Z"},
    {"who": "ana", "action": "train", "model": "churn:1.5.0", "at": "2025-03-03T10:00Z"},
    {"who": "ben", "action": "rollback", "model": "churn:1.4.0", "at": "2025-03-05T16:45Z"},
]


def reference_hash(prev, event):
    canonical = json.dumps(event, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256((prev + canonical).encode()).hexdigest()


@pytest.fixture
def chain(exercise):
    return exercise("audit_chain")


@pytest.fixture
def log(chain):
    entries = []
    for event in EVENTS:
        chain.append_entry(entries, dict(event))
    return entries


def test_entry_hash_covers_prev_and_a_canonical_event(chain):
    event = EVENTS[1]
    assert chain.entry_hash(GENESIS, event) == reference_hash(GENESIS, event), (
        "entry_hash must be sha256((prev + canonical JSON).encode()).hexdigest()"
    )
    other_prev = "f" * 64
    assert chain.entry_hash(other_prev, event) != chain.entry_hash(GENESIS, event), (
        "the same event after another previous entry must hash differently: the hash "
        "must cover prev, or entries can be cut out and moved without a trace"
    )
    reordered = dict(reversed(list(event.items())))
    assert chain.entry_hash(GENESIS, reordered) == chain.entry_hash(GENESIS, event), (
        "the same event with its keys in another order must give the same hash "
        "(json.dumps with sort_keys=True)"
    )


def test_append_links_each_entry_to_the_one_before(chain):
    entries = []
    returned = chain.append_entry(entries, dict(EVENTS[0]))
    assert entries == [returned], "append_entry must append the entry and return it"
    for event in EVENTS[1:]:
        chain.append_entry(entries, dict(event))
    assert [sorted(e) for e in entries] == [["event", "hash", "prev"]] * len(EVENTS), (
        "every entry has exactly the keys event, prev and hash"
    )
    prev = GENESIS
    for index, entry in enumerate(entries):
        assert entry["prev"] == prev, f"entry {index}: prev must be the hash before it"
        assert entry["hash"] == reference_hash(prev, EVENTS[index]), (
            f"entry {index}: hash must be entry_hash(prev, event)"
        )
        prev = entry["hash"]


def test_the_log_keeps_a_copy_of_the_event(chain):
    entries, event = [], dict(EVENTS[0])
    chain.append_entry(entries, event)
    event["who"] = "mallory"
    assert entries[0]["event"]["who"] == "ana", (
        "changing the caller's dict after append_entry changed the log: store a copy"
    )


def test_an_intact_log_verifies_also_after_a_round_trip_to_disk(chain, log):
    assert chain.first_broken([]) is None, "an empty log is intact"
    assert chain.first_broken(log) is None, "the log as appended must verify"
    reread = json.loads(json.dumps(log, sort_keys=True))  # as stored by a JSON-lines file
    assert chain.first_broken(reread) is None, (
        "the log written with sorted keys and read back no longer verifies: hash a "
        "canonical form of the event (sort_keys=True), not the dict's current order"
    )


def test_an_edited_event_is_found(chain, log):
    log[2]["event"]["who"] = "mallory"
    assert chain.first_broken(log) == 2, "entry 2's event was changed; its hash no longer fits"


def test_an_edit_with_recomputed_hashes_is_found(chain, log):
    forged = copy.deepcopy(log)
    forged[1]["event"]["who"] = "mallory"
    forged[1]["hash"] = reference_hash(forged[1]["prev"], forged[1]["event"])
    forged[2]["prev"] = forged[1]["hash"]  # and relink the next entry
    assert chain.first_broken(forged) == 2, (
        "entry 1 was forged with a recomputed hash and entry 2 relinked to it; entry 2's "
        "own hash covers the prev it was made with, so entry 2 must be reported "
        f"(got {chain.first_broken(forged)})"
    )


def test_a_deleted_entry_is_found(chain, log):
    del log[2]
    assert chain.first_broken(log) == 2, (
        "entry 2 was deleted, so the entry now at index 2 names a prev that is not the "
        f"hash of entry 1; compare each prev with the hash before it (got "
        f"{chain.first_broken(log)})"
    )


def test_dropping_the_oldest_entries_is_found(chain, log):
    truncated = log[2:]
    assert chain.first_broken(truncated) == 0, (
        "the two oldest entries were dropped: the first entry left does not start from "
        f"GENESIS (got {chain.first_broken(truncated)})"
    )


def test_swapped_entries_are_found(chain, log):
    log[1], log[2] = log[2], log[1]
    assert chain.first_broken(log) == 1, "entries 1 and 2 were swapped; report entry 1"
