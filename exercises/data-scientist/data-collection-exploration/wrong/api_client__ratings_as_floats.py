# Wrong: deliveries_since leaves the ratings as floats with NaN instead of nullable Int64.
"""Wrong solution: a client that collects every record from Harvest Crate's REST API."""

import time

import pandas as pd
import requests


def _get(session, url, params, timeout, max_retries):
    """One page: wait on 429, retry 5xx with backoff, raise on other errors."""
    retries = 0
    while True:
        response = session.get(url, params=params, timeout=timeout)
        if response.status_code == 429:
            time.sleep(float(response.headers.get("Retry-After", 1)))
            continue
        if response.status_code >= 500 and retries < max_retries:
            time.sleep(0.1 * 2**retries)
            retries += 1
            continue
        response.raise_for_status()  # 4xx, or a 5xx with no retries left
        return response.json()


def fetch_all(
    base_url: str,
    path: str,
    token: str,
    params: dict | None = None,
    *,
    timeout: float = 10.0,
    max_retries: int = 3,
) -> list[dict]:
    rows = []
    url = base_url + path
    with requests.Session() as session:
        session.headers["Authorization"] = f"Bearer {token}"
        while url:
            page = _get(session, url, params, timeout, max_retries)
            rows.extend(page["data"])  # before looking at next: keep the last page
            url, params = page["next"], None  # next already carries the parameters
    return rows


def deliveries_since(
    base_url: str, token: str, since: str, *, timeout: float = 10.0
) -> pd.DataFrame:
    rows = fetch_all(base_url, "/v1/deliveries", token, {"since": since}, timeout=timeout)
    frame = pd.json_normalize(rows)
    return frame.assign(
        week_start=pd.to_datetime(frame["week_start"], format="%Y-%m-%d"),
        delivered_at=pd.to_datetime(frame["delivered_at"], utc=True),
    )
