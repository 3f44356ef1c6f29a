"""Tests for the API client exercise (api_client.py), against the case study's own API."""

import socket
import threading
import time

import pandas as pd
import pytest
import requests

from ai_roadmaps.case_study import generate, serve_api

TOKEN = "exercise-token"


@pytest.fixture(scope="module")
def case():
    return generate(seed=21, n_customers=250)


@pytest.fixture
def sleeps(monkeypatch):
    """Replace time.sleep with a fake that records the waits and returns at once."""
    waits = []
    monkeypatch.setattr(time, "sleep", lambda seconds: waits.append(float(seconds)))
    return waits


def customer_ids(rows):
    assert isinstance(rows, list), "fetch_all returns a list of dicts"
    return [row["customer_id"] for row in rows]


def test_collects_every_customer_once_in_order(exercise, case, sleeps):
    client = exercise("api_client")
    with serve_api(case, token=TOKEN, page_size=7, throttle_every=None) as base:
        rows = client.fetch_all(base, "/v1/customers", TOKEN)
    ids = customer_ids(rows)
    assert len(ids) == 250, (
        f"got {len(ids)} of 250 customers (36 pages of 7, the last one with 5): follow "
        "'next' until it is null, and keep the records of the last page too"
    )
    assert ids == list(range(1, 251)), "every customer once, in the API's order"


def test_params_go_with_the_first_request(exercise, case, sleeps):
    client = exercise("api_client")
    with serve_api(case, token=TOKEN, throttle_every=None) as base:
        rows = client.fetch_all(
            base, "/v1/deliveries", TOKEN, {"since": "2025-05-01", "per_page": 40}
        )
    wanted = case.deliveries[case.deliveries["week_start"] >= "2025-05-01"]
    got = [row["delivery_id"] for row in rows]
    assert len(got) == len(wanted), (
        f"got {len(got)} deliveries since 2025-05-01, expected {len(wanted)}"
    )
    assert got == sorted(wanted["delivery_id"]), "the deliveries, in the API's order"


def test_a_wrong_token_raises_without_retrying(exercise, case, sleeps):
    client = exercise("api_client")
    with serve_api(case, token=TOKEN) as base:
        with pytest.raises(requests.HTTPError):
            client.fetch_all(base, "/v1/customers", "not-the-token")
    assert sleeps == [], "a 401 is not worth retrying: raise requests.HTTPError at once"


def test_a_missing_resource_raises_without_retrying(exercise, case, sleeps):
    client = exercise("api_client")
    with serve_api(case, token=TOKEN) as base:
        with pytest.raises(requests.HTTPError):
            client.fetch_all(base, "/v1/customers/99999/deliveries", TOKEN)
    assert sleeps == [], "a 404 is not worth retrying: raise requests.HTTPError at once"


def test_waits_retry_after_seconds_on_429(exercise, case, sleeps):
    client = exercise("api_client")
    with serve_api(case, token=TOKEN, page_size=60, throttle_every=3, retry_after=7) as base:
        rows = client.fetch_all(base, "/v1/customers", TOKEN)
    got = len(customer_ids(rows))
    assert got == 250, f"got {got} of 250 customers: retry a 429, do not end the collection"
    assert sleeps, "the API answered 429 twice, and the client never waited: use time.sleep"
    assert all(wait >= 7 for wait in sleeps), (
        f"the client waited {sleeps} seconds; the 429 answers said Retry-After: 7"
    )


def test_retries_a_transient_server_error(exercise, case, sleeps):
    client = exercise("api_client")
    fault = "/v1/customers?page=3&per_page=60"
    with serve_api(case, token=TOKEN, page_size=60, throttle_every=None, fail_once=[fault]) as base:
        rows = client.fetch_all(base, "/v1/customers", TOKEN)
    got = len(customer_ids(rows))
    assert got == 250, f"got {got} of 250 customers; page 3 failed once with 500: retry it"
    assert sleeps == pytest.approx([0.1]), (
        f"waits were {sleeps}: wait 0.1 s before the first retry of a 5xx answer"
    )


def test_gives_up_after_max_retries(exercise, case, sleeps):
    client = exercise("api_client")
    with serve_api(case, token=TOKEN, throttle_every=None, fail_always=["/v1/customers"]) as base:
        with pytest.raises(requests.HTTPError):
            client.fetch_all(base, "/v1/customers", TOKEN, max_retries=2)
    assert sleeps == pytest.approx([0.1, 0.2]), (
        f"waits were {sleeps}: with max_retries=2, retry twice after 0.1 and 0.2 s, "
        "then raise requests.HTTPError"
    )


def test_a_server_that_never_answers_times_out(exercise):
    client = exercise("api_client")
    silent = socket.create_server(("127.0.0.1", 0))  # accepts, never answers
    base = f"http://127.0.0.1:{silent.getsockname()[1]}"
    outcome = {}

    def call():
        try:
            client.fetch_all(base, "/v1/customers", TOKEN, timeout=0.5, max_retries=1)
        except BaseException as error:  # noqa: BLE001 - reported by the test below
            outcome["error"] = error

    worker = threading.Thread(target=call, daemon=True)
    worker.start()
    worker.join(timeout=15)
    silent.close()  # also ends a request that would otherwise wait forever
    assert not worker.is_alive(), (
        "fetch_all was still waiting for a silent server after 15 s: pass timeout= to every request"
    )
    assert isinstance(outcome.get("error"), requests.Timeout), (
        f"expected requests.Timeout from a silent server, got {outcome.get('error')!r}"
    )


def test_deliveries_since_as_a_typed_dataframe(exercise, case, sleeps):
    client = exercise("api_client")
    with serve_api(case, token=TOKEN) as base:
        frame = client.deliveries_since(base, TOKEN, "2025-06-01")
    wanted = (
        case.deliveries[case.deliveries["week_start"] >= "2025-06-01"]
        .sort_values("delivery_id")
        .reset_index(drop=True)
    )
    assert isinstance(frame, pd.DataFrame), "deliveries_since returns a DataFrame"
    assert list(frame.columns) == list(wanted.columns), "the API's columns, in its order"
    assert frame["delivery_id"].tolist() == wanted["delivery_id"].tolist(), (
        "every delivery since 2025-06-01, in the API's order"
    )
    assert str(frame["week_start"].dtype) == "datetime64[ns]", "week_start: datetime64[ns]"
    assert str(frame["delivered_at"].dtype) == "datetime64[ns, UTC]", (
        "delivered_at: timezone-aware UTC timestamps (the API's 'Z' means UTC)"
    )
    assert str(frame["rating"].dtype) == "Int64", "rating: pandas' nullable Int64"
    pd.testing.assert_series_equal(frame["week_start"], wanted["week_start"])
    pd.testing.assert_series_equal(
        frame["delivered_at"].dt.tz_convert(None),
        wanted["delivered_at"],
        check_dtype=False,
    )
    assert frame["rating"].isna().sum() == wanted["rating"].isna().sum()
