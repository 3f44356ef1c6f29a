"""Check URLs over HTTP and judge them: the checker's policy.

HTTP client: aiohttp. It is asyncio-native, so hundreds of checks share one
thread; it hands back the response headers before the body, so a check reads
only the bytes a fragment check needs and closes the connection on the rest;
with ``allow_redirects=False`` every redirect hop is visible (permanent or
temporary, loops, where a chain ends); and its connection pool reuses
keep-alive connections to a host. httpx would also do; aiohttp is the faster
of the two at many concurrent requests.

Policy, in order:

- Each distinct URL is checked once; URLs that differ only in their
  ``#fragment`` share one request.
- At most ``per_host`` requests are in flight to one host and
  ``concurrency`` in all. A host that answered 429 is left alone until its
  ``Retry-After`` has passed.
- HEAD first; GET when HEAD is refused or unreliable (``head_fallback``
  statuses), when a fragment must be checked, or when a rule says so.
- Redirects are followed hop by hop. Permanent ones (301, 308) at the start
  of a chain give a ``redirected`` verdict with their target; a loop, a chain
  longer than ``max_redirects`` or a chain that ends in an error is broken.
- Transient failures (5xx, a connection reset or closed after the request
  was sent, read timeouts) are retried ``retries`` times with exponential
  backoff; 429 waits for ``Retry-After`` (up to ``max_retry_after``).
- A host that cannot be connected to (unknown name, connection refused,
  reset or unreachable while connecting, no connection within
  ``connect_timeout``) is not retried: it is marked down for the rest of the
  run, and every other URL on it, including those already queued for it,
  fails at once with the same reason. So a dead host costs about one
  ``connect_timeout``, however many URLs it has.
- Connecting is bounded by ``connect_timeout``; waiting for the answer's
  headers, and any silence while a body is read, by ``timeout``. A timed-out
  read is retried without a further backoff (the attempt has already
  waited), so a host that accepts and never answers costs at most
  ``timeout x (retries + 1)`` per URL. The whole run is bounded by
  ``run_timeout``.
- A fragment must be an ``id`` in the page or the ``name`` of an ``<a>``.
  The page is parsed as it streams in, to its end if need be; reading stops
  once every fragment asked of it is found. Reading one page is bounded by
  time, ``fragment_timeout``, and, as a guard, by ``max_body_bytes``: a
  fragment not found before a limit is reached is ``unverified`` (the page
  answered; the fragment may be further on), never ``broken``.
"""

from __future__ import annotations

import asyncio
import codecs
import email.utils
import errno
import ipaddress
import itertools
import re
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import unquote, urlsplit

import aiohttp
from yarl import URL

from .config import Config

# "unverified": the page answered, but a #fragment was not found before
# reading stopped at fragment_timeout or max_body_bytes. It is not a failure
# (the exit status stays 0) and it is not cached.
VERDICTS = ("ok", "redirected", "broken", "ignored", "unverified")
PERMANENT = frozenset({301, 308})
REDIRECTS = frozenset({301, 302, 303, 307, 308})
_HOST_LABEL = re.compile(r"^(?!-)[a-z0-9_-]{1,63}(?<!-)$")
# Failures to connect that say the host is down for this run: not retried, and
# the host's other URLs fail at once with the same reason.
_CONNECT_ERRORS = {
    errno.ECONNREFUSED: "connection refused",
    errno.ECONNRESET: "connection reset while connecting",
    errno.ETIMEDOUT: "connect timeout (the system gave up)",
    errno.EHOSTUNREACH: "host unreachable",
    errno.ENETUNREACH: "network unreachable",
}


@dataclass
class Result:
    """The verdict on one URL (as written in the sources, fragment included)."""

    url: str
    verdict: str
    status: int | None = None
    final_url: str | None = None
    reason: str = ""
    checked_at: float = field(default_factory=time.time)
    cached: bool = False


@dataclass
class _Response:
    status: int
    reason: str
    location: str | None = None
    retry_after: str | None = None
    is_html: bool = False
    found: set[str] = field(default_factory=set)
    limit: str = ""  # why reading the body stopped before its end, if it did
    note: str = ""


@dataclass
class _Page:
    """What fetching a URL without its fragment found."""

    status: int | None = None
    reason: str = ""
    final_url: str | None = None  # the last URL of a redirect chain
    permanent_target: str | None = None
    error: str | None = None
    is_html: bool = False
    found: set[str] = field(default_factory=set)
    limit: str = ""


class _Failure(Exception):
    def __init__(
        self, message: str, transient: bool, host_down: bool = False, waited: bool = False
    ):
        super().__init__(message)
        self.transient = transient
        self.host_down = host_down
        self.waited = waited  # the attempt already waited a full timeout


class _IdFinder(HTMLParser):
    """Streaming HTML parser that records which wanted ids appear."""

    def __init__(self, wanted: set[str]) -> None:
        super().__init__(convert_charrefs=True)
        self.wanted = wanted
        self.found: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for key, value in attrs:
            if value is None:
                continue
            if key == "id" or (key == "name" and tag == "a"):
                if value in self.wanted:
                    self.found.add(value)

    handle_startendtag = handle_starttag


def split_fragment(url: str) -> tuple[str, str]:
    base, _, fragment = url.partition("#")
    return base, fragment


def fragment_to_check(fragment: str) -> bool:
    """False for fragments that no id can answer (HTML's rules, JS routes)."""
    if not fragment or fragment.lower() == "top":
        return False  # an empty fragment and #top mean the top of the page
    if fragment.startswith("!") or fragment.startswith("/"):
        return False  # "hashbang" and router paths are handled by JavaScript
    if ":~:" in fragment:
        return False  # text fragments are not ids
    return True


def malformed(url: str) -> str | None:
    """Why url is not a usable http(s) URL, or None."""
    if any(c.isspace() or ord(c) < 0x20 or ord(c) == 0x7F for c in url):
        return "malformed URL: contains whitespace or control characters"
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as err:
        return f"malformed URL: {err}"
    if parts.scheme.lower() not in ("http", "https"):
        return "malformed URL: scheme is not http or https"
    if not parts.netloc or not parts.hostname:
        return "malformed URL: no host"
    host = parts.hostname
    if port == 0:
        return "malformed URL: port 0"
    if host.startswith("[") or ":" in host:
        try:
            ipaddress.IPv6Address(host.strip("[]"))
        except ValueError:
            return f"malformed URL: invalid host {host!r}"
        return None
    labels = host.rstrip(".").split(".")
    if not all(_HOST_LABEL.match(label) for label in labels):
        return f"malformed URL: invalid host {host!r}"
    return None


def _retry_after_seconds(value: str | None) -> float | None:
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when is None:
        return None
    return max(0.0, when.timestamp() - time.time())


class Checker:
    """Checks a set of URLs concurrently; use ``await Checker(cfg).run(urls)``."""

    def __init__(self, config: Config) -> None:
        self.config = config
        self._global = asyncio.Semaphore(config.concurrency)
        self._host_sems: dict[str, asyncio.Semaphore] = {}
        self._not_before: dict[str, float] = {}
        self._down: dict[tuple[str, int | None], str] = {}  # (host, port) -> why
        self._get_hosts: set[str] = set()
        self._session: aiohttp.ClientSession | None = None
        self.requests = 0  # requests sent, for tests and the benchmark

    # -- the run ------------------------------------------------------------

    async def run(self, urls: Iterable[str]) -> dict[str, Result]:
        cfg = self.config
        results: dict[str, Result] = {}
        groups: dict[str, set[str]] = {}
        wanted: dict[str, str] = {}
        for url in dict.fromkeys(urls):
            pattern = cfg.ignored_by(url)
            if pattern is not None:
                results[url] = Result(url, "ignored", reason=f"matches {pattern}")
                continue
            why = malformed(url)
            if why:
                results[url] = Result(url, "broken", reason=why)
                continue
            base, fragment = split_fragment(url)
            frags = groups.setdefault(base, set())
            rule = cfg.rule_for(url)
            if fragment_to_check(fragment) and (rule is None or rule.check_fragments):
                frags.add(fragment)
            wanted[url] = base
        pages: dict[str, _Page] = {}
        if groups:
            pages = await self._fetch_all(groups)
        for url, base in wanted.items():
            results[url] = self._judge(url, pages[base])
        return results

    async def _fetch_all(self, groups: dict[str, set[str]]) -> dict[str, _Page]:
        cfg = self.config
        connector = aiohttp.TCPConnector(limit=cfg.concurrency, limit_per_host=0, ttl_dns_cache=300)
        # sock_connect bounds opening a connection (TCP and TLS); sock_read bounds
        # every wait for data: the answer's headers and any silence in a body.
        # No rounding up of timeouts to whole seconds (aiohttp's ceil_threshold).
        session_timeout = aiohttp.ClientTimeout(
            total=None,
            connect=None,
            sock_connect=cfg.connect_timeout,
            sock_read=cfg.timeout,
            ceil_threshold=float("inf"),
        )
        headers = {
            "User-Agent": cfg.user_agent,
            "Accept": "text/html,application/xhtml+xml,*/*;q=0.8",
        }
        async with aiohttp.ClientSession(
            connector=connector,
            timeout=session_timeout,
            headers=headers,
            max_line_size=65536,
            max_field_size=65536,
        ) as session:
            # aiohttp silently resends an idempotent request once when a kept-alive
            # connection drops; retries are this checker's policy, so turn it off.
            if hasattr(session, "_retry_connection"):
                session._retry_connection = False
            self._session = session
            # Start the hosts' first URLs first, then their second URLs, and so on:
            # one slow host then costs its own URLs' time, not everyone's.
            by_host: dict[str, list[str]] = {}
            for base in groups:
                by_host.setdefault((URL(base, encoded=True).host or "").lower(), []).append(base)
            order = [b for row in itertools.zip_longest(*by_host.values()) for b in row if b]
            tasks = {base: asyncio.create_task(self._fetch(base, groups[base])) for base in order}
            done, pending = await asyncio.wait(tasks.values(), timeout=cfg.run_timeout)
            for task in pending:
                task.cancel()
            await asyncio.gather(*pending, return_exceptions=True)
        pages = {}
        for base, task in tasks.items():
            if task in done and not task.cancelled() and task.exception() is None:
                pages[base] = task.result()
            elif task in done and task.exception() is not None:
                pages[base] = _Page(error=f"checker error: {task.exception()!r}")
            else:
                pages[base] = _Page(
                    error=f"not checked: the run reached run_timeout ({cfg.run_timeout:g} s)"
                )
        return pages

    # -- judging --------------------------------------------------------------

    def _judge(self, url: str, page: _Page) -> Result:
        base, fragment = split_fragment(url)
        rule = self.config.rule_for(url)
        final = page.final_url if page.final_url != base else None
        if page.error:
            return Result(url, "broken", page.status, final, page.error)
        status = page.status or 0
        if rule is not None and status in rule.accept:
            return Result(url, "ok", status, final, f"status {status} accepted by rule")
        if status >= 400 or status < 200:
            reason = f"{status} {page.reason}".strip()
            if final:
                reason += f" (after redirects, at {page.final_url})"
            return Result(url, "broken", status, final, reason)
        check_fragment = fragment_to_check(fragment) and (rule is None or rule.check_fragments)
        if check_fragment and page.is_html and fragment not in page.found:
            if page.limit:
                reason = f"fragment #{fragment} not seen: reading stopped at {page.limit}"
                return Result(url, "unverified", status, final, reason)
            reason = f"fragment #{fragment} not found"
            return Result(url, "broken", status, final, reason)
        if page.permanent_target:
            target = page.permanent_target
            if fragment and "#" not in target:
                target += "#" + fragment
            return Result(url, "redirected", status, target, "permanent redirect")
        reason = "temporary redirect" if final else ""
        return Result(url, "ok", status, final, reason)

    # -- fetching -------------------------------------------------------------

    async def _fetch(self, base: str, fragments: set[str]) -> _Page:
        cfg = self.config
        url = base
        chain = [base]
        permanent_target: str | None = None
        leading_permanent = True
        for _ in range(cfg.max_redirects + 1):
            try:
                resp = await self._hop(url, fragments)
            except _Failure as err:
                return _Page(final_url=url, error=str(err))
            if resp.status in REDIRECTS:
                if not resp.location:
                    return _Page(resp.status, resp.reason, url, error="redirect without Location")
                try:
                    target = str(URL(url, encoded=True).join(URL(resp.location)))
                except ValueError:
                    return _Page(
                        resp.status,
                        resp.reason,
                        url,
                        error=f"redirect to a malformed URL: {resp.location!r}",
                    )
                if split_fragment(target)[0] in chain:
                    hops = " -> ".join(chain + [target])
                    return _Page(resp.status, resp.reason, url, error=f"redirect loop: {hops}")
                if resp.status in PERMANENT and leading_permanent:
                    permanent_target = target
                else:
                    leading_permanent = False
                chain.append(split_fragment(target)[0])
                if malformed(target):
                    return _Page(
                        resp.status, resp.reason, target, error=f"redirect to {malformed(target)}"
                    )
                url = split_fragment(target)[0]
                continue
            page = _Page(
                resp.status,
                resp.reason,
                url,
                permanent_target,
                is_html=resp.is_html,
                found=resp.found,
                limit=resp.limit,
            )
            if resp.note:
                page.reason = f"{resp.reason} ({resp.note})"
            return page
        return _Page(final_url=url, error=f"too many redirects (more than {cfg.max_redirects})")

    async def _hop(self, url: str, fragments: set[str]) -> _Response:
        """One URL, no redirects followed: retries, backoff, HEAD/GET choice."""
        cfg = self.config
        parts = URL(url, encoded=True)
        host = (parts.host or "").lower()
        key = (host, parts.port)
        rule = cfg.rule_for(url)
        use_get = bool(fragments) or host in self._get_hosts
        if rule is not None and rule.method == "GET":
            use_get = True
        method = "GET" if use_get else "HEAD"
        tries = cfg.retries + 1
        attempt = 0
        while True:
            try:
                resp = await self._request(method, url, key, fragments)
            except _Failure as err:
                if not err.transient:
                    raise
                failure: _Failure | _Response = err
                # After a timeout the attempt itself was the wait: retry at once,
                # so a host that never answers costs timeout x tries, no more.
                wait = 0.0 if err.waited else None
            else:
                if method == "HEAD" and resp.status in cfg.head_fallback:
                    method = "GET"  # HEAD refused or unreliable: ask again
                    continue
                if method == "GET" and not use_get and resp.status < 400:
                    self._get_hosts.add(host)  # this host wants GET
                wait = _retry_after_seconds(resp.retry_after)
                if resp.status == 429 or (resp.status >= 500 and resp.status != 501):
                    failure = resp
                    if wait is not None and wait > cfg.max_retry_after:
                        resp.note = (
                            f"Retry-After {wait:.0f} s is more than "
                            f"max_retry_after {cfg.max_retry_after:g} s"
                        )
                        return resp
                else:
                    return resp
            attempt += 1
            if attempt >= tries:
                if isinstance(failure, _Failure):
                    raise _Failure(f"{failure} ({tries} tries)", False)
                failure.note = f"{tries} tries"
                return failure
            if wait is None:
                wait = cfg.backoff * 2 ** (attempt - 1)
            if isinstance(failure, _Response) and failure.status == 429:
                # Keep every request to this host waiting, not only this one.
                until = time.monotonic() + wait
                self._not_before[host] = max(self._not_before.get(host, 0.0), until)
            else:
                await asyncio.sleep(wait)

    def _raise_if_down(self, key: tuple[str, int | None]) -> None:
        if key in self._down:
            raise _Failure(f"{self._down[key]} (host down earlier in this run)", False)

    async def _request(
        self, method: str, url: str, key: tuple[str, int | None], fragments: set[str]
    ) -> _Response:
        cfg = self.config
        host = key[0]
        sem = self._host_sems.setdefault(host, asyncio.Semaphore(cfg.per_host))
        while True:
            self._raise_if_down(key)
            # Wait while the host asked us to (429 Retry-After); check again once
            # a slot is ours, as the pause may have begun while we queued for it.
            delay = self._not_before.get(host, 0.0) - time.monotonic()
            if delay > 0:
                await asyncio.sleep(delay)
                continue
            await sem.acquire()
            if key in self._down:  # it went down while this URL was queued
                sem.release()
                self._raise_if_down(key)
            if self._not_before.get(host, 0.0) <= time.monotonic():
                break
            sem.release()
        try:
            async with self._global:
                self._raise_if_down(key)
                return await self._send(method, url, host, fragments)
        except _Failure as err:
            if err.host_down:
                # Before the slot is released, so the URLs queued for it see it.
                self._down.setdefault(key, str(err))
            raise
        finally:
            sem.release()

    async def _send(self, method: str, url: str, host: str, fragments: set[str]) -> _Response:
        cfg = self.config
        assert self._session is not None
        self.requests += 1
        # aiohttp's sock_read restarts with every byte; this bounds a server that
        # trickles its headers. A body being scanned has its own bound.
        answer_within = cfg.connect_timeout + cfg.timeout
        in_body = False
        deadline = asyncio.timeout(answer_within)
        try:
            async with deadline:
                async with self._session.request(
                    method, URL(url, encoded=True), allow_redirects=False
                ) as raw:
                    ctype = raw.headers.get("Content-Type", "").lower()
                    resp = _Response(
                        raw.status,
                        raw.reason or "",
                        raw.headers.get("Location"),
                        raw.headers.get("Retry-After"),
                        is_html=(not ctype or "html" in ctype),
                    )
                    if fragments and method == "GET" and 200 <= raw.status < 300 and resp.is_html:
                        deadline.reschedule(None)
                        in_body = True
                        resp.found, resp.limit = await self._scan(raw, fragments)
                    return resp
        except aiohttp.ConnectionTimeoutError:
            raise _Failure(
                f"connect timeout after {cfg.connect_timeout:g} s", False, host_down=True
            ) from None
        except TimeoutError:
            if in_body:
                why = f"timeout: the page stopped arriving for {cfg.timeout:g} s"
            elif deadline.expired():
                why = f"timeout: no complete answer within {answer_within:g} s"
            else:
                why = f"timeout after {cfg.timeout:g} s waiting for the answer"
            raise _Failure(why, True, waited=True) from None
        except aiohttp.ClientConnectorDNSError:
            raise _Failure(f"host not found: {host}", False, host_down=True) from None
        except aiohttp.ClientConnectorCertificateError as err:
            raise _Failure(f"TLS certificate error: {err.certificate_error}", False) from err
        except aiohttp.ClientConnectorSSLError as err:
            raise _Failure(f"TLS error while connecting: {err}", True) from err
        except aiohttp.ClientConnectorError as err:
            code = err.os_error.errno if err.os_error is not None else None
            why = _CONNECT_ERRORS.get(code) if code is not None else None
            if why is not None:
                raise _Failure(why, False, host_down=True) from err
            raise _Failure(f"cannot connect: {err.strerror or err}", True) from err
        except aiohttp.ServerDisconnectedError:
            raise _Failure("server closed the connection without answering", True) from None
        except aiohttp.ClientOSError as err:
            if err.errno == errno.ECONNRESET:
                raise _Failure("connection reset", True) from err
            raise _Failure(f"network error: {err.strerror or err}", True) from err
        except aiohttp.ClientPayloadError as err:
            raise _Failure(f"body cut short: {err}", True) from err
        except aiohttp.ClientResponseError as err:
            raise _Failure(f"invalid HTTP response: {err.message}", True) from err
        except (aiohttp.InvalidURL, ValueError) as err:
            raise _Failure(f"malformed URL: {err}", False) from err
        except aiohttp.ClientError as err:
            raise _Failure(f"HTTP error: {err!r}", True) from err

    async def _scan(self, raw: aiohttp.ClientResponse, fragments: set[str]) -> tuple[set[str], str]:
        """Stream the body into an HTML parser until every fragment is found.

        Returns the fragments found and, when reading stopped before the end of
        the page, which limit stopped it ("" when the whole page was read).
        """
        cfg = self.config
        wanted: dict[str, str] = {}
        for fragment in fragments:
            wanted[fragment] = fragment
            wanted.setdefault(unquote(fragment), fragment)
        finder = _IdFinder(set(wanted))
        try:
            decoder = codecs.getincrementaldecoder(raw.charset or "utf-8")("replace")
        except LookupError:
            decoder = codecs.getincrementaldecoder("utf-8")("replace")
        read = 0
        limit = ""
        bound = asyncio.timeout(cfg.fragment_timeout)
        try:
            async with bound:
                async for chunk in raw.content.iter_chunked(64 * 1024):
                    read += len(chunk)
                    finder.feed(decoder.decode(chunk))
                    if {wanted[v] for v in finder.found} >= fragments:
                        break
                    if read >= cfg.max_body_bytes:
                        limit = f"max_body_bytes ({read} bytes read)"
                        break
                else:
                    finder.feed(decoder.decode(b"", final=True))
                    finder.close()
        except TimeoutError:
            if not bound.expired():
                raise  # the server went quiet: sock_read, a transient failure
            limit = (
                f"fragment_timeout (the page was still arriving after "
                f"{cfg.fragment_timeout:g} s; {read} bytes read)"
            )
        return {wanted[v] for v in finder.found}, limit


def check_urls(urls: Iterable[str], config: Config) -> tuple[dict[str, Result], int]:
    """Check urls; return the results and the number of requests sent."""
    checker = Checker(config)
    results = asyncio.run(checker.run(list(urls)))
    return results, checker.requests
