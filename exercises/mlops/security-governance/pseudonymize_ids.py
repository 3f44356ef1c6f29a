"""Exercise: keyed pseudonyms for the case's customer ids.

Harvest Crate hands the data scientists snapshots without names, e-mail addresses or
postcodes, but they still need to join a customer's rows across tables (snapshots,
deliveries, tickets). The ids are therefore replaced by pseudonyms: values that stay the
same for one customer in every table, but that nobody without the secret key can link back
to the customer.
"""

import hashlib  # noqa: F401 (you will use these)
import hmac  # noqa: F401

import pandas as pd

LENGTH = 20  # hex characters in a pseudonym (80 bits)


def pseudonymize(ids: pd.Series, key: bytes) -> pd.Series:
    """Return the pseudonym of every id in `ids`, as a Series with the same index.

    The pseudonym of an id is the HMAC-SHA256 of ``str(id)`` encoded as UTF-8, keyed with
    `key`, written as lowercase hexadecimal and cut to its first `LENGTH` characters. So:

    - the same id and key give the same pseudonym, in every call and every table;
    - another key gives unrelated pseudonyms (data for another recipient cannot be joined);
    - without the key, hashing every possible id does not reveal which id is which;
    - every pseudonym has exactly `LENGTH` characters, whatever the length of the id.

    `ids` holds integers (the case's ``customer_id``); leave it unchanged.
    """
    raise NotImplementedError
