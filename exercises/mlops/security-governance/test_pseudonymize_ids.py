"""Tests for the pseudonymization exercise (pseudonymize_ids.py).

The ids are the case's own: the customers of a Harvest Crate of 3,000 customers (ids of one
to four digits) and the customer ids of its support tickets, which must join to them.
"""

import hashlib
import hmac
import re

import pandas as pd
import pytest

from ai_roadmaps.case_study import generate

KEY = b"exercise-key-0123456789abcdef-32"
OTHER_KEY = b"another-recipient-key-0123456789"


@pytest.fixture(scope="module")
def case():
    data = generate(n_customers=3000)
    customers = data.customers["customer_id"]
    customers.index = customers.index + 1000  # an index that is not 0..n-1
    return customers, data.tickets["customer_id"]


def expected(value, key=KEY):
    return hmac.new(key, str(value).encode(), hashlib.sha256).hexdigest()[:20]


def test_same_id_same_pseudonym_in_every_call_and_table(exercise, case):
    customers, tickets = case
    pseudonymize = exercise("pseudonymize_ids").pseudonymize
    first, second = pseudonymize(customers, KEY), pseudonymize(customers, KEY)
    assert first.equals(second), (
        "two calls with the same ids and key must give the same pseudonyms; is something "
        "random (a salt, a nonce) drawn inside the function?"
    )
    names = dict(zip(customers, first, strict=True))
    from_tickets = pseudonymize(tickets, KEY)
    mismatched = sum(names[i] != p for i, p in zip(tickets, from_tickets, strict=True))
    assert mismatched == 0, (
        f"{mismatched} tickets got another pseudonym than their customer, so the tables "
        "no longer join"
    )


def test_keeps_the_index_and_leaves_the_ids_alone(exercise, case):
    customers, _ = case
    before = customers.copy()
    result = exercise("pseudonymize_ids").pseudonymize(customers, KEY)
    assert isinstance(result, pd.Series), "return a pandas Series"
    assert result.index.equals(customers.index), "the result must keep the ids' index"
    assert customers.equals(before), "the ids passed in must not change"


def test_pseudonyms_depend_on_the_key(exercise, case):
    customers, _ = case
    pseudonymize = exercise("pseudonymize_ids").pseudonymize
    mine, theirs = pseudonymize(customers, KEY), pseudonymize(customers, OTHER_KEY)
    shared = int((mine == theirs).sum())
    assert shared == 0, (
        f"{shared} customers get the same pseudonym under two different keys: the key "
        "must go into the hash (use hmac.new(key, ...))"
    )
    plain = customers.map(lambda i: hashlib.sha256(str(i).encode()).hexdigest()[:20])
    guessed = int((mine == plain).sum())
    assert guessed == 0, (
        f"{guessed} pseudonyms equal the plain SHA-256 of the id, which anyone can compute "
        "for every possible id"
    )


def test_every_pseudonym_is_unique_and_twenty_hex_characters(exercise, case):
    customers, _ = case
    result = exercise("pseudonymize_ids").pseudonymize(customers, KEY)
    collisions = len(result) - result.nunique()
    assert collisions == 0, (
        f"{collisions} customers share a pseudonym with another; a pseudonym that is too "
        "short cannot tell thousands of customers apart"
    )
    lengths = sorted(result.str.len().unique().tolist())
    assert lengths == [20], (
        f"pseudonyms have lengths {lengths}; every one must have exactly LENGTH = 20 "
        "characters, or its length tells something about the id"
    )
    assert all(re.fullmatch(r"[0-9a-f]{20}", p) for p in result), (
        "pseudonyms must be lowercase hexadecimal (hexdigest())"
    )


def test_pseudonym_is_the_specified_hmac(exercise, case):
    customers, _ = case
    result = exercise("pseudonymize_ids").pseudonymize(customers.head(50), KEY)
    wrong = [i for i, p in zip(customers.head(50), result, strict=True) if p != expected(i)]
    assert not wrong, (
        f"ids {wrong[:5]} do not get hmac.new(key, str(id).encode('utf-8'), "
        "hashlib.sha256).hexdigest()[:20]"
    )
