"""Exercise: a client that collects every record from Harvest Crate's REST API.

Write two functions.

``fetch_all(base_url, path, token, params=None, *, timeout=10.0, max_retries=3)`` GETs every
page of the list endpoint ``base_url + path`` (for example ``"/v1/customers"``) and returns the
records of all pages, in order, as one list of dicts. The API's rules are those of
``ai_roadmaps.case_study.serve_api``:

- send the header ``Authorization: Bearer <token>`` with every request;
- pass ``timeout`` to every request, so a server that never answers raises
  ``requests.Timeout`` instead of hanging;
- each page is ``{"data": [...], "next": <URL of the next page, or null>, ...}``: send
  ``params`` with the first request only (the ``next`` URL already carries them), keep the
  records of every page, the last one included, and stop when ``next`` is null;
- on a 429 answer, wait the number of seconds in its ``Retry-After`` header, then send the same
  request again;
- on an answer of 500 or above, retry the same request up to ``max_retries`` times, waiting
  ``0.1 * 2 ** attempt`` seconds before retry number ``attempt + 1`` (0.1, 0.2, 0.4, ...);
  when the retries are used up, raise ``requests.HTTPError``;
- on any other error status (400 to 499, except 429), raise ``requests.HTTPError`` at once,
  without retrying.

Wait with ``time.sleep(seconds)`` (the tests replace it with a fake that records the waits, so
that they run quickly). A 429 does not count against ``max_retries``.

``deliveries_since(base_url, token, since, *, timeout=10.0)`` collects the deliveries of the
weeks starting on or after ``since`` (an ISO date, "2025-06-01") from ``/v1/deliveries`` with
the query parameter ``since``, using ``fetch_all``, and returns them as a DataFrame with the
API's columns in the API's order, typed: ``week_start`` as ``datetime64[ns]`` (no time zone),
``delivered_at`` as timezone-aware UTC timestamps (``NaT`` where missing) and ``rating`` as
pandas' nullable ``Int64`` (``<NA>`` where missing).

Check your work:
    pytest exercises/data-scientist/data-collection-exploration/test_api_client.py
The book's page "Collecting data from a web API" shows every piece you need.
"""

import time  # noqa: F401  (use time.sleep for the waits)

import pandas as pd
import requests  # noqa: F401


def fetch_all(
    base_url: str,
    path: str,
    token: str,
    params: dict | None = None,
    *,
    timeout: float = 10.0,
    max_retries: int = 3,
) -> list[dict]:
    raise NotImplementedError("write fetch_all")


def deliveries_since(
    base_url: str, token: str, since: str, *, timeout: float = 10.0
) -> pd.DataFrame:
    raise NotImplementedError("write deliveries_since")
