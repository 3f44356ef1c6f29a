"""Harvest Crate's REST API: JSON over HTTP on 127.0.0.1, for lessons on collecting data.

Endpoints (all GET; every path but /v1/health needs ``Authorization: Bearer <token>``):

- ``/v1/health``: ``{"status": "ok"}``, without a token.
- ``/v1/customers?page=1&per_page=100``: customers by customer_id, one page at a time.
- ``/v1/customers/<id>``: one customer; 404 if there is none.
- ``/v1/customers/<id>/deliveries?page=&per_page=``: that customer's deliveries.
- ``/v1/deliveries?since=2025-01-01&page=&per_page=``: deliveries by delivery_id, only
  weeks starting on or after `since` (an ISO date) if it is given.

A list answer is ``{"data": [...], "page": 2, "per_page": 100, "total": 6000,
"total_pages": 60, "next_page": 3, "next": "<absolute URL of the next page>"}``, with
``next_page`` and ``next`` null on the last page (and an empty ``data`` after it); the
``Link`` header carries the next URL too (``rel="next"``). Rows hold timestamps as ISO-8601
text in UTC ("2024-01-03T14:22:05Z"), dates as "2024-01-01", missing values as null.

Errors are JSON too, ``{"error": {"code": ..., "message": ...}}``:

- 400 ``bad_request``: a page, per_page or since that is not valid;
- 401 ``unauthorized``: no bearer token, or a wrong one (with ``WWW-Authenticate: Bearer``);
- 404 ``not_found``: no such customer, or no such endpoint;
- 405 ``method_not_allowed``: anything but GET or HEAD;
- 429 ``rate_limited``: the rate limit, with ``Retry-After`` (seconds);
- 500 ``internal_error``: an injected fault (`fail_once`, `fail_always`).

The rate limit is deterministic, so a lesson prints the same output on every run: the
server numbers the requests that carry the right token 1, 2, 3, ... (over all endpoints but
/v1/health), and answers every request whose number is a multiple of `throttle_every` with
429 instead of serving it. A client that waits and retries gets the next number, which is
served. Checks run in this order: token, rate limit, injected fault, the endpoint itself.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from urllib.parse import parse_qsl, urlencode, urlsplit

import pandas as pd

from ._server import QuietHandler, background_server
from .generate import CaseData
from .sources import records

MAX_PER_PAGE = 1000


class _ApiError(Exception):
    def __init__(self, status: int, code: str, message: str, headers=()):
        super().__init__(message)
        self.status, self.code, self.message, self.headers = status, code, message, headers


def _target(path: str, query: str) -> str:
    """A request target with its query parameters sorted, to match faults in any order."""
    params = sorted(parse_qsl(query, keep_blank_values=True))
    return path + ("?" + urlencode(params) if params else "")


def _normal(target: str) -> str:
    parts = urlsplit(target)
    return _target(parts.path.rstrip("/") or "/", parts.query)


@contextmanager
def serve_api(
    data: CaseData,
    *,
    token: str = "hc-demo-token",
    page_size: int = 100,
    throttle_every: int | None = 10,
    retry_after: int = 1,
    fail_once: Iterable[str] = (),
    fail_always: Iterable[str] = (),
) -> Iterator[str]:
    """Serve the API for `data` on 127.0.0.1 at a free port; yield its base URL.

    Use it as ``with serve_api(data) as base: requests.get(f"{base}/v1/customers", ...)``;
    the server stops when the block ends. See the module docstring for the endpoints.

    Parameters
    ----------
    token: the bearer token clients must send.
    page_size: rows per page when a request gives no per_page (at most 1000).
    throttle_every: answer every N-th authenticated request with 429 (None or 0: never).
    retry_after: the seconds in the 429 answers' Retry-After header.
    fail_once: request targets ("/v1/customers?page=3&per_page=100") answered with 500 the
        first time they are requested, and normally after that, like a transient failure.
        Query parameters match in any order.
    fail_always: request targets (or bare paths, matching any query) always answered 500.

    Raises RuntimeError if the server cannot start.
    """
    if not 1 <= page_size <= MAX_PER_PAGE:
        raise ValueError(f"page_size must be between 1 and {MAX_PER_PAGE}, got {page_size}")
    if throttle_every is not None and throttle_every == 1:
        raise ValueError("throttle_every=1 would refuse every request; use 2 or more")
    customers = data.customers.sort_values("customer_id").reset_index(drop=True)
    deliveries = data.deliveries.sort_values("delivery_id").reset_index(drop=True)
    by_id = pd.Index(customers["customer_id"])
    pending_faults = {_normal(t) for t in fail_once}
    permanent = {_normal(t) for t in fail_always}
    state = {"count": 0}
    lock = threading.Lock()

    def page_of(table: pd.DataFrame, params: dict, base: str, path: str) -> dict:
        page = _int_param(params, "page", 1)
        per_page = _int_param(params, "per_page", page_size)
        if page < 1 or not 1 <= per_page <= MAX_PER_PAGE:
            raise _ApiError(400, "bad_request", f"page must be >= 1, per_page 1-{MAX_PER_PAGE}")
        total = len(table)
        pages = -(-total // per_page)
        rows = table.iloc[(page - 1) * per_page : page * per_page]
        more = page < pages
        next_params = {**params, "page": str(page + 1), "per_page": str(per_page)}
        return {
            "data": records(rows),
            "page": page,
            "per_page": per_page,
            "total": total,
            "total_pages": pages,
            "next_page": page + 1 if more else None,
            "next": f"{base}{path}?{urlencode(next_params)}" if more else None,
        }

    def route(path: str, params: dict, base: str) -> dict:
        if path == "/v1/customers":
            return page_of(customers, params, base, path)
        if path == "/v1/deliveries":
            table = deliveries
            if "since" in params:
                try:
                    since = pd.Timestamp(params["since"])
                except ValueError:
                    since = None
                if since is None or since is pd.NaT:
                    raise _ApiError(400, "bad_request", "since must be an ISO date, 2025-01-31")
                table = table[table["week_start"] >= since]
            return page_of(table, params, base, path)
        match = re.fullmatch(r"/v1/customers/([^/]+)(/deliveries)?", path)
        if match:
            key = match.group(1)
            if not key.isdigit() or int(key) not in by_id:
                raise _ApiError(404, "not_found", f"no customer with id {key}")
            if match.group(2):
                own = deliveries[deliveries["customer_id"] == int(key)]
                return page_of(own, params, base, path)
            return records(customers.iloc[[by_id.get_loc(int(key))]])[0]
        raise _ApiError(404, "not_found", f"no such endpoint: {path}")

    class Handler(QuietHandler):
        def do_GET(self) -> None:
            base = f"http://{self.server.server_address[0]}:{self.server.server_address[1]}"
            parts = urlsplit(self.path)
            path = parts.path.rstrip("/") or "/"
            try:
                if path == "/v1/health":
                    self.reply(200, {"status": "ok"})
                    return
                self.authorise()
                with lock:
                    state["count"] += 1
                    number = state["count"]
                if throttle_every and number % throttle_every == 0:
                    raise _ApiError(
                        429,
                        "rate_limited",
                        f"too many requests; retry after {retry_after} s",
                        [("Retry-After", str(retry_after))],
                    )
                target = _target(path, parts.query)
                with lock:
                    once = target in pending_faults
                    pending_faults.discard(target)
                if once or target in permanent or path in permanent:
                    raise _ApiError(500, "internal_error", "the server failed; try again")
                params = dict(parse_qsl(parts.query, keep_blank_values=True))
                body = route(path, params, base)
                headers = [("Link", f'<{body["next"]}>; rel="next"')] if body.get("next") else []
                self.reply(200, body, headers)
            except _ApiError as error:
                self.reply(
                    error.status,
                    {"error": {"code": error.code, "message": error.message}},
                    error.headers,
                )

        do_HEAD = do_GET

        def authorise(self) -> None:
            header = self.headers.get("Authorization", "")
            challenge = [("WWW-Authenticate", 'Bearer realm="harvest-crate"')]
            if not header.startswith("Bearer "):
                raise _ApiError(401, "unauthorized", "missing bearer token", challenge)
            if header.removeprefix("Bearer ").strip() != token:
                raise _ApiError(401, "unauthorized", "invalid token", challenge)

        def refuse(self) -> None:
            self.reply(405, {"error": {"code": "method_not_allowed", "message": "use GET"}})

        do_POST = do_PUT = do_PATCH = do_DELETE = refuse

        def reply(self, status: int, body: dict, headers=()) -> None:
            payload = json.dumps(body, ensure_ascii=False).encode("utf-8")
            self.send_body(status, payload, "application/json; charset=utf-8", headers)

    with background_server(Handler, "Harvest Crate API") as base_url:
        yield base_url


def _int_param(params: dict, name: str, default: int) -> int:
    value = params.get(name)
    if value is None:
        return default
    try:
        return int(value)
    except ValueError:
        raise _ApiError(400, "bad_request", f"{name} must be an integer, got {value!r}") from None
