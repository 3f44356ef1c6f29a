"""Tests for scripts/check_links.py against HTTP servers on loopback addresses.

Every server is started by these tests (tests/link_servers.py) on 127.0.0.x;
no test touches the internet. Timeouts in the test configuration are short,
and a watchdog ends the whole run if any test hangs.

Outcomes must not depend on how busy the machine is: tests assert counts of
requests and the server's own timestamps, wait for server-side events
(``srv.wait_until``) rather than sleeping, and where a duration is the very
feature under test, bound it with several seconds of slack below the cost of
the behaviour it rules out. A lower bound (the checker waited at least as
asked) is always safe: a busy machine only makes waits longer.
"""

from __future__ import annotations

import asyncio
import dataclasses
import faulthandler
import importlib.util
import json
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCRIPTS = ROOT / "scripts"
sys.path.insert(0, str(SCRIPTS))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from link_servers import LinkServers  # noqa: E402
from linkcheck.check import Checker, Result, malformed  # noqa: E402
from linkcheck.config import Config, ConfigError, load_config  # noqa: E402
from linkcheck.extract import BOOK_EXTENSIONS, extract_text, make_parser  # noqa: E402

_spec = importlib.util.spec_from_file_location("check_links", SCRIPTS / "check_links.py")
check_links = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(check_links)

TIMEOUT = 1.0
CONNECT_TIMEOUT = 1.0
RETRIES = 1
BACKOFF = 0.05
TRIES = RETRIES + 1


def fast_config(**changes) -> Config:
    """Short timeouts so that every failure case ends in a few seconds."""
    base = Config(
        connect_timeout=CONNECT_TIMEOUT,
        timeout=TIMEOUT,
        retries=RETRIES,
        backoff=BACKOFF,
        max_retry_after=3.0,
        concurrency=16,
        per_host=4,
        max_body_bytes=1_000_000,
        fragment_timeout=10.0,
        run_timeout=30.0,
    )
    return dataclasses.replace(base, **changes)


def check(urls, **changes) -> tuple[dict[str, Result], Checker]:
    checker = Checker(fast_config(**changes))
    results = asyncio.run(checker.run(list(urls)))
    return results, checker


@pytest.fixture(autouse=True)
def watchdog():
    """A hard bound: a test that hangs for 60 s ends the run with a traceback."""
    faulthandler.dump_traceback_later(60, exit=True)
    yield
    faulthandler.cancel_dump_traceback_later()


@pytest.fixture(scope="module")
def srv():
    servers = LinkServers().start()
    yield servers
    servers.stop()


_counter = iter(range(10**6))


def unique(prefix: str) -> str:
    """A path no other test uses, so server-side counters start at zero."""
    return f"{prefix}/t{next(_counter)}"


# -- finding links the way MyST reads them ----------------------------------

SAMPLE = """\
---
title: front matter https://a.test/front-matter
---
(label)=
# Title

Inline [docs](https://a.test/inline) and titled [t](https://a.test/titled "Title").
Autolink <https://a.test/auto> and a reference [ref][r1] in a paragraph
that continues on a [second line](https://a.test/second).

![image](https://a.test/image.png)

Footnote[^1] and a link after `https://a.test/same` [same](https://a.test/same).

[^1]: A footnote with [a link](https://a.test/footnote).

```{note}
A note with [link](https://a.test/note).
```

::::{admonition} A title with [a link](https://a.test/title)
:class: tip

Body [link](https://a.test/colon).

:::{dropdown} Nested
[deep](https://a.test/nested)
:::
::::

````{card} Card
:link: https://a.test/card

Card text.
````

```{button-link} https://a.test/button
Go
```

```{figure} https://a.test/figure.png
A caption with [a link](https://a.test/caption).
```

- a list item
  with <a href="https://a.test/html-inline">raw html</a>

<div><a href="https://a.test/html-block">raw html block</a></div>

[r1]: https://a.test/reference
"""

CODE_ONLY = """\
```python
x = "https://code.test/fence"
```

```{code-block} python
[x](https://code.test/code-block)
```

```{code-cell} ipython3
print("[x](https://code.test/code-cell)")
```

:::{code-block}
[x](https://code.test/colon-code-block)
:::

Inline `[x](https://code.test/inline-code)` is code.

% a comment with [a link](https://code.test/comment)

A bare URL https://code.test/bare is plain text in MyST.

    indented [x](https://code.test/indented)

$$
\\text{[x](https://code.test/math)}
$$

[unused]: https://code.test/unused-definition
[relative](../other.md) and [mail](mailto:someone@code.test)
"""


def _line_of(text: str, url: str) -> int:
    """The first line where url is written (not as the prefix of a longer URL)."""
    pattern = re.compile(re.escape(url) + r"(?![\w./-])")
    for number, line in enumerate(text.splitlines(), 1):
        if pattern.search(line):
            return number
    raise AssertionError(url)


def test_parser_is_configured_like_myst_parser():
    from markdown_it.renderer import RendererHTML
    from myst_parser.config.main import MdParserConfig
    from myst_parser.parsers.mdit import create_md_parser

    theirs = create_md_parser(MdParserConfig(enable_extensions=set(BOOK_EXTENSIONS)), RendererHTML)
    ours = make_parser(BOOK_EXTENSIONS)
    for chain, ruler in (("block", "ruler"), ("inline", "ruler"), ("inline", "ruler2")):
        mine = getattr(getattr(ours, chain), ruler).get_active_rules()
        them = getattr(getattr(theirs, chain), ruler).get_active_rules()
        assert mine == them, (chain, ruler)
    core = [r for r in theirs.core.ruler.get_active_rules() if r != "wordcount"]
    assert ours.core.ruler.get_active_rules() == core
    assert ours.options["linkify"] == theirs.options["linkify"]


def test_finds_every_kind_of_link_with_its_line():
    found = extract_text(SAMPLE, "sample.md").links
    urls = [url for url, _ in found]
    expected = [
        "https://a.test/inline",
        "https://a.test/titled",
        "https://a.test/auto",
        "https://a.test/second",
        "https://a.test/image.png",
        "https://a.test/same",
        "https://a.test/footnote",
        "https://a.test/note",
        "https://a.test/title",
        "https://a.test/colon",
        "https://a.test/nested",
        "https://a.test/card",
        "https://a.test/button",
        "https://a.test/figure.png",
        "https://a.test/caption",
        "https://a.test/html-inline",
        "https://a.test/html-block",
        "https://a.test/reference",
    ]
    assert sorted(urls) == sorted(expected)
    for url, occ in found:
        assert occ.file == "sample.md"
        assert occ.line == _line_of(SAMPLE, url), url
        assert occ.start is not None
        line = SAMPLE.splitlines()[occ.line - 1]
        assert line[occ.start : occ.end] == url
    # The link, not the inline code before it on the same line.
    same = next(o for u, o in found if u == "https://a.test/same")
    line = SAMPLE.splitlines()[same.line - 1]
    assert line[same.start - 1] == "("


def test_links_in_code_comments_and_text_are_not_links():
    assert extract_text(CODE_ONLY, "code.md").links == []


TRICKY = """\
A [link with text
spanning lines](https://w.test/wiki/Foo_(bar)) and [amp](https://w.test/a?x=1&amp;y=2).
[u](https://w.test/\u00fcber) [angle](<https://w.test/with space>) [esc](https://w.test/a\\_b)

> quoted [q](https://w.test/quote)
> ```{note}
> in a quoted note [n](https://w.test/qnote)
> ```

1. item

   ```{tip}
   indented tip [t](https://w.test/indented-tip)
   ```

Term
: definition with [d](https://w.test/deflist)

| table | [cell](https://w.test/table) |
|---|---|
"""


def test_urls_are_located_exactly_however_they_are_spelled():
    found = extract_text(TRICKY, "tricky.md").links
    lines = TRICKY.splitlines()
    spans = [(url, occ.line, lines[occ.line - 1][occ.start : occ.end]) for url, occ in found]
    assert spans == [
        ("https://w.test/wiki/Foo_(bar)", 2, "https://w.test/wiki/Foo_(bar)"),
        ("https://w.test/a?x=1&y=2", 2, "https://w.test/a?x=1&amp;y=2"),
        ("https://w.test/%C3%BCber", 3, "https://w.test/\u00fcber"),
        ("https://w.test/with%20space", 3, "https://w.test/with space"),
        ("https://w.test/a_b", 3, "https://w.test/a\\_b"),
        ("https://w.test/quote", 5, "https://w.test/quote"),
        ("https://w.test/qnote", 7, "https://w.test/qnote"),
        ("https://w.test/indented-tip", 13, "https://w.test/indented-tip"),
        ("https://w.test/deflist", 17, "https://w.test/deflist"),
        ("https://w.test/table", 19, "https://w.test/table"),
    ]


def test_reference_links_point_at_their_definition():
    text = "[a][x] and [b][x]\n\nmore [c][x]\n\n[x]: https://a.test/ref\n"
    found = extract_text(text, "r.md").links
    assert [(u, o.line) for u, o in found] == [("https://a.test/ref", 5)]


def test_directive_bodies_count_with_nested_line_numbers():
    text = "text\n\n:::::{tab-set}\n::::{tab-item} One\n:::{tip}\n\n[x](https://a.test/deep)\n:::\n::::\n:::::\n"
    found = extract_text(text, "t.md").links
    assert [(u, o.line) for u, o in found] == [("https://a.test/deep", 7)]


def test_malformed_urls_in_sources_are_broken_without_a_request(srv):
    text = (
        "[a](https://)\n[b](<https://exa mple.com/>)\n[c](http://host.test:99999/)\n"
        "[d](https://bad_host..test/)\n[e](http:///no-host)\n"
    )
    urls = [u for u, _ in extract_text(text, "m.md").links]
    assert len(urls) == 5
    results, checker = check(urls)
    assert checker.requests == 0
    for url in urls:
        assert results[url].verdict == "broken", url
        assert results[url].reason.startswith("malformed URL"), results[url]
    assert malformed(srv.url("/ok")) is None


# -- checking ----------------------------------------------------------------


def test_ok_page(srv):
    url = srv.url("/ok")
    results, checker = check([url])
    assert results[url].verdict == "ok"
    assert results[url].status == 200
    assert checker.requests == 1  # HEAD was enough


@pytest.mark.parametrize("code", [404, 410])
def test_client_errors_are_broken(srv, code):
    url = srv.url(f"/status/{code}")
    results, _ = check([url])
    assert results[url].verdict == "broken"
    assert results[url].status == code
    assert str(code) in results[url].reason


def test_500_is_retried_then_broken(srv):
    url = srv.url("/status/500")
    before = srv.count("/status/500")
    results, _ = check([url])
    assert results[url].verdict == "broken"
    assert results[url].status == 500
    assert srv.count("/status/500") - before == TRIES


def test_503_then_200_is_ok(srv):
    path = unique("/flaky/a")
    url = srv.url(path + "?fail=1")
    results, _ = check([url])
    assert results[url].verdict == "ok", results[url]
    assert srv.count(path) == 2


def test_503_that_lasts_is_broken(srv):
    path = unique("/flaky/b")
    url = srv.url(path + "?fail=99")
    results, _ = check([url])
    assert results[url].verdict == "broken"
    assert results[url].status == 503
    assert srv.count(path) == TRIES


def test_429_waits_for_retry_after(srv):
    path = unique("/ratelimit/a")
    url = srv.url(path + "?after=1")
    results, _ = check([url])
    assert results[url].verdict == "ok", results[url]
    times = srv.request_times[path]
    assert len(times) == 2
    assert times[1] - times[0] >= 0.95  # it waited as asked, not sooner


def test_429_other_requests_to_that_host_wait_too(srv):
    limited = unique("/ratelimit/b")
    other = unique("/sleep/after-429")
    url = srv.url(limited + "?after=1")
    results, _ = check([url, srv.url(other + "?s=0.5")], per_host=1)
    assert results[url].verdict == "ok"
    # The other URL went out either before the 429 or after Retry-After,
    # even though it was queued for the host's only slot during the 429.
    first = srv.first_seen[limited]
    other_at = srv.request_times[other][0]
    assert other_at < first or other_at >= first + 0.95, other_at - first


def test_429_asking_too_long_a_wait_is_broken_at_once(srv):
    path = unique("/ratelimit/c")
    url = srv.url(path + "?after=3600&header=3600")
    started = time.monotonic()
    results, _ = check([url], max_retry_after=30.0)
    elapsed = time.monotonic() - started
    assert results[url].verdict == "broken"
    assert results[url].status == 429
    assert "Retry-After 3600" in results[url].reason
    assert srv.count(path) == 1  # not asked again
    # Not after waiting max_retry_after (30 s) either; a busy machine has 20 s of slack.
    assert elapsed < 10, elapsed


@pytest.mark.parametrize("code", [301, 308])
def test_permanent_redirect_is_reported_with_its_target(srv, code):
    url = srv.url(f"{unique(f'/redirect/{code}')}?to=/ok")
    results, _ = check([url])
    assert results[url].verdict == "redirected"
    assert results[url].final_url == srv.url("/ok")
    assert results[url].status == 200


@pytest.mark.parametrize("code", [302, 307])
def test_temporary_redirect_is_ok(srv, code):
    url = srv.url(f"{unique(f'/redirect/{code}')}?to=/ok")
    results, _ = check([url])
    assert results[url].verdict == "ok"
    assert results[url].final_url == srv.url("/ok")


def test_redirect_chains(srv):
    permanent = srv.url("/chain/3?code=301")
    temporary_first = srv.url(unique("/redirect/302") + "?to=/chain/2")
    across_hosts = srv.url(
        unique("/redirect/301") + "?to=" + srv.url("/chain/1?code=308", "127.0.0.5")
    )
    results, _ = check([permanent, temporary_first, across_hosts])
    assert results[permanent].verdict == "redirected"
    assert results[permanent].final_url == srv.url("/chain/0?code=301")
    assert results[temporary_first].verdict == "ok"  # keep the URL the site told us
    assert results[across_hosts].verdict == "redirected"
    assert results[across_hosts].final_url == srv.url("/chain/0?code=308", "127.0.0.5")


def test_redirect_loop_is_broken(srv):
    url = srv.url("/loop/a")
    results, _ = check([url])
    assert results[url].verdict == "broken"
    assert "loop" in results[url].reason


def test_too_long_a_redirect_chain_is_broken(srv):
    url = srv.url("/chain/5?code=302")
    results, _ = check([url], max_redirects=3)
    assert results[url].verdict == "broken"
    assert "too many redirects" in results[url].reason


@pytest.mark.parametrize("code", [301, 302])
def test_redirect_to_404_is_broken(srv, code):
    url = srv.url(unique(f"/redirect/{code}") + "?to=/status/404")
    results, _ = check([url])
    assert results[url].verdict == "broken"
    assert results[url].status == 404
    assert results[url].final_url == srv.url("/status/404")


def test_fragments_present_and_missing(srv):
    page = srv.url("/ok")
    urls = {
        page + "#present": "ok",
        page + "#named-anchor": "ok",  # <a name>
        page + "#%C3%BCber": "ok",  # percent-encoded id
        page + "#top": "ok",  # the top of any page
        page + "#": "ok",
        page + "#missing": "broken",
        page + "#description": "broken",  # <meta name> is not an anchor
        srv.url("/pdf#page=2"): "ok",  # not HTML: not checked
        srv.url("/redirect/301/frag?to=/ok") + "#present": "redirected",
        srv.url("/redirect/302/frag?to=/ok") + "#absent": "broken",
    }
    before = srv.count("/ok", "GET")
    results, _ = check(urls)
    for url, verdict in urls.items():
        assert results[url].verdict == verdict, (url, results[url])
    assert "fragment #missing not found" in results[page + "#missing"].reason
    assert results[srv.url("/redirect/301/frag?to=/ok") + "#present"].final_url == (
        page + "#present"
    )
    # One GET of the page answered every fragment asked of it directly.
    assert srv.count("/ok", "GET") - before == 3  # page, and the two redirects


@pytest.mark.parametrize("code", [405, 501, 403, 404])
def test_head_refused_falls_back_to_get(srv, code):
    path = f"/head-refused/{code}"
    head, get = srv.count(path, "HEAD"), srv.count(path, "GET")
    results, _ = check([srv.url(path)])
    assert results[srv.url(path)].verdict == "ok"
    assert srv.count(path, "HEAD") - head == 1
    assert srv.count(path, "GET") - get == 1


def test_connection_reset_is_retried_then_broken(srv):
    before = srv.count("/reset")
    results, _ = check([srv.reset_url])
    result = results[srv.reset_url]
    assert result.verdict == "broken"
    assert result.status is None
    assert re.search(r"reset|closed", result.reason), result.reason
    assert srv.count("/reset") - before == TRIES


def test_connection_refused_is_broken_without_retries(srv):
    other = srv.refused_url.replace("/refused", "/second")
    results, checker = check([srv.refused_url, other], per_host=1)
    assert results[srv.refused_url].verdict == "broken"
    assert results[srv.refused_url].reason == "connection refused"
    assert results[other].verdict == "broken"
    assert results[other].reason == "connection refused (host down earlier in this run)"
    assert checker.requests == 1  # no retry, and the queued URL was not sent


def test_reset_while_connecting_marks_the_host_down(srv):
    # TLS to the server that resets: the connection is reset during the handshake.
    first = srv.reset_url.replace("http://", "https://")
    second = first + "/second"
    before = srv.count("/reset", "RAW")
    results, checker = check([first, second], per_host=1)
    assert results[first].reason == "connection reset while connecting"
    assert results[second].reason == (
        "connection reset while connecting (host down earlier in this run)"
    )
    assert checker.requests == 1
    assert srv.count("/reset", "RAW") - before == 1


def test_dead_host_costs_about_one_connect_timeout_for_all_its_urls(srv):
    """A host whose connections never complete: one connect timeout for all of its URLs."""
    dead = [srv.dead_url(unique("/dead")) for _ in range(8)]
    alive = srv.url("/ok")
    retries = 2
    started = time.monotonic()
    results, checker = check(dead + [alive], per_host=2, retries=retries, timeout=20.0)
    elapsed = time.monotonic() - started
    assert results[alive].verdict == "ok"
    reasons = [results[u].reason for u in dead]
    assert all(results[u].verdict == "broken" for u in dead)
    first = [r for r in reasons if r == "connect timeout after 1 s"]
    later = [r for r in reasons if r == "connect timeout after 1 s (host down earlier in this run)"]
    # The per_host=2 URLs that were connecting when it timed out, not retried;
    # the other six, queued for the host, failed without a request.
    assert (len(first), len(later)) == (2, 6), reasons
    assert checker.requests == 2 + 1  # two connects, and /ok
    # Retrying each URL would cost 8 URLs x 3 tries x 1 s / 2 at a time = 12 s, and
    # waiting the read timeout (20 s) to connect longer still: about 1 s here, with slack.
    assert elapsed < 6, elapsed


def test_never_answering_host_costs_at_most_timeout_times_tries(srv):
    """A host that accepts and never answers: read timeouts, retried with no backoff."""
    before = srv.count("/never", "RAW")
    started = time.monotonic()
    # A long backoff: a retry that waited it after a timeout would show in the gaps.
    results, _ = check([srv.silent_url], backoff=5.0)
    elapsed = time.monotonic() - started
    result = results[srv.silent_url]
    assert result.verdict == "broken"
    assert "timeout" in result.reason
    assert srv.count("/never", "RAW") - before == TRIES
    times = srv.request_times["/never"][before:]
    gaps = [b - a for a, b in zip(times, times[1:], strict=False)]
    assert all(TIMEOUT - 0.05 <= gap < TIMEOUT + 4 for gap in gaps), gaps
    assert elapsed >= TIMEOUT * TRIES - 0.05


def test_huge_body_is_never_downloaded_whole(srv):
    paths = [unique("/huge/plain"), unique("/huge/early"), unique("/huge/missing")]
    plain = srv.url(paths[0])
    early = srv.url(paths[1] + "?id=here") + "#here"
    missing = srv.url(paths[2]) + "#nowhere"
    results, _ = check([plain, early, missing])
    assert results[plain].verdict == "ok"
    assert results[early].verdict == "ok", results[early]
    # Reading stopped at max_body_bytes: the fragment may be further on.
    assert results[missing].verdict == "unverified", results[missing]
    assert "max_body_bytes" in results[missing].reason
    # Wait for the server to notice each disconnect, then read what it sent.
    assert srv.wait_until(lambda: all(srv.finished[p] >= 1 for p in paths))
    for path in paths:
        assert srv.bytes_sent[path] < 64 << 20, (path, srv.bytes_sent[path])  # of 1 GiB


def test_slow_body_is_bounded_by_fragment_timeout(srv):
    plain = srv.url(unique("/slow/plain"))
    found = srv.url(unique("/slow/found") + "?id=early") + "#early"
    missing_path = unique("/slow/missing")
    missing = srv.url(missing_path) + "#late"
    started = time.monotonic()
    # A read timeout well above fragment_timeout: only the latter is under test.
    results, _ = check([plain, found, missing], fragment_timeout=1.0, timeout=5.0)
    elapsed = time.monotonic() - started
    assert results[plain].verdict == "ok"
    assert results[found].verdict == "ok"
    # The page kept arriving (a piece every 0.2 s for a minute): unverified, not broken.
    assert results[missing].verdict == "unverified", results[missing]
    assert "fragment_timeout" in results[missing].reason
    assert srv.count(missing_path, "GET") == 1  # not retried
    assert elapsed < 10, elapsed  # about 1 s; reading the whole body would take 60 s


def test_late_anchor_in_a_large_page_is_found(srv):
    """An 8 MB page whose anchor comes after 7.5 MB: the whole page is read."""
    path = unique("/big/page")
    page = srv.url(path)
    late, absent = page + "#late", page + "#absent"
    default = Config()
    assert default.max_body_bytes >= 8_000_000
    # Generous time limits: reading 8 MB must not meet them on a busy machine.
    results, checker = check(
        [late, absent], max_body_bytes=default.max_body_bytes, timeout=10.0, fragment_timeout=30.0
    )
    assert results[late].verdict == "ok", results[late]
    # Read to its end, so a missing fragment is certainly missing.
    assert results[absent].verdict == "broken", results[absent]
    assert results[absent].reason == "fragment #absent not found"
    assert checker.requests == 1  # both fragments looked for in one read


def test_size_cap_makes_a_fragment_unverified_never_broken(srv):
    path = unique("/big/capped")
    url = srv.url(path) + "#late"
    results, _ = check([url], max_body_bytes=1_000_000)
    assert results[url].verdict == "unverified"
    assert results[url].status == 200
    assert "max_body_bytes" in results[url].reason


def test_each_distinct_url_is_checked_once(srv):
    path = unique("/sleep/once")
    url = srv.url(path + "?s=0")
    results, checker = check([url, url, url, url + "#present", url + "#top"])
    assert len(results) == 3
    assert srv.count(path) == 1  # one GET, scanned for the fragment
    assert checker.requests == 1


def test_per_host_and_global_caps(srv):
    prefix = unique("/gate/cap")
    # Each request is held until three are in flight (or 2 s pass), then 0.1 s
    # more: the caps are reached whatever the machine's load, and a request
    # beyond them would arrive while the others are held.
    urls = [srv.url(unique(prefix) + "?n=3&s=2", host) for host in srv.WEB_HOSTS for _ in range(8)]
    # Count only this test's requests: an earlier test's abandoned request may still be served.
    srv.watch(prefix + "/")
    # A long timeout: a request abandoned after a timeout would still be in
    # flight on the server while its retry goes out.
    results, checker = check(urls, per_host=2, concurrency=3, timeout=20.0)
    assert all(r.verdict == "ok" for r in results.values())
    assert checker.requests == len(urls)
    assert max(srv.max_in_flight[h] for h in srv.WEB_HOSTS) == 2
    assert srv.max_total_in_flight == 3


def test_ignore_patterns_and_accepted_statuses(srv):
    from linkcheck.config import Rule

    ignored = srv.url("/status/404?ignored")
    accepted = srv.url("/status/403")
    other = srv.url("/status/403?not-accepted")
    rule = Rule(re.compile(r"/status/403$"), frozenset({403}))
    before = srv.count("/status/404")
    results, _ = check([ignored, accepted, other], ignore=[re.compile(r"\?ignored$")], rules=[rule])
    assert results[ignored].verdict == "ignored"
    assert srv.count("/status/404") == before
    assert results[accepted].verdict == "ok"
    assert "accepted" in results[accepted].reason
    assert results[other].verdict == "broken"


def test_the_whole_run_is_bounded(srv):
    before = srv.count("/never", "RAW")
    started = time.monotonic()
    results, _ = check([srv.silent_url + "?run"], timeout=20.0, run_timeout=1.0)
    elapsed = time.monotonic() - started
    assert results[srv.silent_url + "?run"].verdict == "broken"
    assert "run_timeout" in results[srv.silent_url + "?run"].reason
    assert srv.count("/never", "RAW") - before == 1
    assert elapsed < 10, elapsed  # about 1 s; without the bound, 20 s x 2 tries


# -- the command line: config, cache, report, JSON, fixing redirects -------------


def write_config(tmp: Path, extra: str = "", check: str = "") -> Path:
    path = tmp / "links.toml"
    path.write_text(
        f"""
[sources]
paths = ["docs"]
myst_config = "missing-_config.yml"
[check]
connect_timeout = {CONNECT_TIMEOUT}
timeout = {TIMEOUT}
retries = {RETRIES}
backoff = {BACKOFF}
{check}
[cache]
path = "cache/links.json"
max_age_hours = 1.0
{extra}
""",
        encoding="utf-8",
    )
    return path


@pytest.fixture
def project(tmp_path, monkeypatch, srv):
    """A temporary project with docs/ and a config; the cwd is its root."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "docs").mkdir()
    ok = srv.url("/ok")
    (tmp_path / "docs" / "a.md").write_text(
        f"# A\n\nSee [ok]({ok}) and [gone]({srv.url('/status/404')}).\n",
        encoding="utf-8",
    )
    (tmp_path / "docs" / "b.md").write_text(
        f"# B\n\n```{{note}}\nAgain [ok]({ok}).\n```\n"
        f"\n[moved]({srv.url('/redirect/301/cli?to=/ok')})\n",
        encoding="utf-8",
    )
    return tmp_path, write_config(tmp_path)


def test_json_report_has_the_documented_shape(project, srv):
    root, config = project
    code = check_links.main(["--config", str(config), "--json", "out/report.json"])
    assert code == 1
    data = json.loads((root / "out" / "report.json").read_text())
    assert set(data) >= {"links", "summary"}
    assert data["summary"] == {
        "ok": 1,
        "redirected": 1,
        "broken": 1,
        "ignored": 0,
        "unverified": 0,
    }
    by_url = {link["url"]: link for link in data["links"]}
    for link in data["links"]:
        assert isinstance(link["url"], str)
        assert link["normalized_url"] == link["url"]  # all ASCII here
        assert link["verdict"] in ("ok", "redirected", "broken", "ignored", "unverified")
        assert link["status"] is None or isinstance(link["status"], int)
        assert link["final_url"] is None or isinstance(link["final_url"], str)
        assert isinstance(link["reason"], str)
        for occ in link["occurrences"]:
            assert set(occ) >= {"file", "line"}
    assert by_url[srv.url("/ok")]["occurrences"] == [
        {"file": "docs/a.md", "line": 3},
        {"file": "docs/b.md", "line": 4},
    ]
    assert by_url[srv.url("/status/404")]["status"] == 404
    moved = by_url[srv.url("/redirect/301/cli?to=/ok")]
    assert moved["verdict"] == "redirected" and moved["final_url"] == srv.url("/ok")


def test_human_report_is_grouped(project, srv, capsys):
    _, config = project
    assert check_links.main(["--config", str(config)]) == 1
    out = capsys.readouterr().out
    assert "ok: 1   redirected: 1   broken: 1   ignored: 0" in out
    broken = out.index("BROKEN (1)")
    redirected = out.index("REDIRECTED")
    section = out[broken:redirected]
    assert srv.url("/status/404") in section
    assert "404 Not Found" in section
    assert "docs/a.md:3" in section
    assert f"-> {srv.url('/ok')}" in out[redirected:]
    assert "docs/b.md:7" in out[redirected:]


NON_ASCII = """\
# Ünïcode

A [page about Straße](PAGE_ASCII/stra\u00dfe?q=\u00fcber) that is gone,
[the same page](PAGE_ENCODED/stra%C3%9Fe?q=%C3%BCber) spelled encoded,
an [anchor](OK#\u00fcber) that exists, and
<a href="STATUS?a=1&amp;b=\u00e9">raw HTML</a>.
"""


def test_non_ascii_urls_are_reported_as_written(project, srv, capsys):
    root, config = project
    base = srv.url(unique("/redirect/302/nonascii"))
    text = (
        NON_ASCII.replace("PAGE_ASCII", base)
        .replace("PAGE_ENCODED", base)
        .replace("OK", srv.url("/ok"))
        .replace("STATUS", srv.url("/status/404"))
    )
    text = text.replace("?q=", "?to=/status/404&q=")
    (root / "docs" / "u.md").write_text(text, encoding="utf-8")
    code = check_links.main(["--config", str(config), "docs/u.md", "--json", "u.json"])
    assert code == 1
    out = capsys.readouterr().out
    written = f"{base}/stra\u00dfe?to=/status/404&q=\u00fcber"
    encoded = f"{base}/stra%C3%9Fe?to=/status/404&q=%C3%BCber"
    html = srv.url("/status/404") + "?a=1&amp;b=\u00e9"
    # One URL, two spellings: one request, each spelling named with its own line.
    assert "Checked 3 distinct URLs (4 links in 1 files" in out
    broken = out[out.index("BROKEN (3)") :]
    assert f"  {written}\n      (requested as {encoded})" in broken
    assert f"  {encoded}\n" in broken
    assert broken.index("docs/u.md:3") > broken.index(written)
    assert f"  {html}\n" in broken and "docs/u.md:6" in broken
    data = json.loads((root / "u.json").read_text(encoding="utf-8"))
    by_url = {link["url"]: link for link in data["links"]}
    assert set(by_url) == {written, encoded, html, srv.url("/ok") + "#\u00fcber"}
    assert by_url[written]["normalized_url"] == encoded
    assert by_url[written]["occurrences"] == [{"file": "docs/u.md", "line": 3}]
    assert by_url[encoded]["occurrences"] == [{"file": "docs/u.md", "line": 4}]
    assert by_url[html]["normalized_url"] == srv.url("/status/404") + "?a=1&b=%C3%A9"
    assert by_url[srv.url("/ok") + "#\u00fcber"]["verdict"] == "ok"
    assert by_url[srv.url("/ok") + "#\u00fcber"]["normalized_url"] == (
        srv.url("/ok") + "#%C3%BCber"
    )
    assert data["summary"]["broken"] == 3


def test_unverified_fragment_does_not_fail_the_run(project, srv, capsys):
    root, _ = project
    config = write_config(root, check="max_body_bytes = 1000000")
    url = srv.url(unique("/big/cli")) + "#late"
    (root / "docs" / "a.md").write_text(f"[big page]({url})\n", encoding="utf-8")
    (root / "docs" / "b.md").unlink()
    code = check_links.main(["--config", str(config), "--json", "big.json"])
    out = capsys.readouterr().out
    assert code == 0, out
    assert "unverified: 1" in out
    section = out[out.index("UNVERIFIED") :]
    assert url in section and "max_body_bytes" in section and "docs/a.md:1" in section
    assert "No broken links." in out
    data = json.loads((root / "big.json").read_text())
    assert [link["verdict"] for link in data["links"]] == ["unverified"]
    # Not cached: checked again on the next run.
    cache = json.loads((root / "cache" / "links.json").read_text())
    assert cache["results"] == {}


def test_exit_0_when_nothing_is_broken(project, srv):
    root, config = project
    (root / "docs" / "a.md").write_text(f"[ok]({srv.url('/ok')})\n", encoding="utf-8")
    assert check_links.main(["--config", str(config)]) == 0
    assert check_links.main(["--config", str(config), "docs/b.md"]) == 0


@pytest.mark.parametrize(
    "extra, message",
    [
        ("[check]\ntimeout = 'soon'\n", "expected"),
        ("[check]\nconnect_timeout = 0\n", "connect_timeout must be > 0"),
        ("[check]\nfragment_timeout = -1\n", "fragment_timeout must be > 0"),
        ("[nonsense]\n", "unknown table"),
        ("[ignore]\npatterns = ['(unclosed']\n", "invalid regular expression"),
        ("[[rules]]\npattern = 'x'\naccept = ['403']\n", "accept"),
        ("[check\n", "not valid TOML"),
    ],
)
def test_config_errors_exit_2(tmp_path, monkeypatch, capsys, extra, message):
    monkeypatch.chdir(tmp_path)
    config = tmp_path / "bad.toml"
    config.write_text(extra, encoding="utf-8")
    assert check_links.main(["--config", str(config)]) == 2
    assert message in capsys.readouterr().err
    with pytest.raises(ConfigError):
        load_config(config)


def test_usage_errors_exit_2(project):
    _, config = project
    assert check_links.main(["--config", str(config), "no/such/file.md"]) == 2
    with pytest.raises(SystemExit) as exc:
        check_links.main(["--config", str(config), "--dry-run"])
    assert exc.value.code == 2
    with pytest.raises(SystemExit) as exc:
        check_links.main(["--no-such-option"])
    assert exc.value.code == 2


def test_cache_checks_only_new_or_stale_urls(project, srv):
    root, config = project
    ok_before = srv.count("/ok")
    gone_before = srv.count("/status/404")
    assert check_links.main(["--config", str(config)]) == 1
    first_ok = srv.count("/ok") - ok_before
    assert first_ok >= 1
    cache = json.loads((root / "cache" / "links.json").read_text())
    assert set(cache["results"]) == {srv.url("/ok"), srv.url("/redirect/301/cli?to=/ok")}
    assert check_links.main(["--config", str(config)]) == 1
    assert srv.count("/ok") - ok_before == first_ok  # fresh: not asked again
    assert srv.count("/status/404") - gone_before == 2 * 2  # broken: asked again
    # A stale entry is checked again.
    for entry in cache["results"].values():
        entry["checked_at"] -= 2 * 3600
    (root / "cache" / "links.json").write_text(json.dumps(cache))
    assert check_links.main(["--config", str(config)]) == 1
    assert srv.count("/ok") - ok_before > first_ok


def test_no_cache_forces_a_full_run(project, srv):
    _, config = project
    assert check_links.main(["--config", str(config)]) == 1
    before = srv.count("/ok")
    assert check_links.main(["--config", str(config), "--no-cache"]) == 1
    assert srv.count("/ok") > before


@pytest.mark.parametrize(
    "content", ["{not json", '{"version": 1, "results": []}', "[1, 2]", "\x00\xff"]
)
def test_corrupt_cache_is_ignored_with_a_warning(project, srv, capsys, content):
    root, config = project
    (root / "cache").mkdir()
    (root / "cache" / "links.json").write_text(content, encoding="utf-8")
    before = srv.count("/ok")
    assert check_links.main(["--config", str(config)]) == 1
    assert "ignoring" in capsys.readouterr().err
    assert srv.count("/ok") > before
    json.loads((root / "cache" / "links.json").read_text())  # rewritten, valid


def _fix_fixture(root: Path, srv) -> tuple[Path, str, str]:
    moved = srv.url("/redirect/301/fix?to=/ok")
    temporary = srv.url("/redirect/302/fix?to=/ok")
    text = (
        f"# Fix\n\n"
        f"Code `{moved}` then [a link]({moved}) and [temp]({temporary}).\n"
        f"A [fragment]({moved}#present) and a [reference][moved].\n\n"
        f"```{{code-block}}\n[x]({moved})\n```\n\n"
        f":::{{card}} Card\n:link: {moved}\n:::\n\n"
        f"[moved]: {moved}\n"
    )
    path = root / "docs" / "fix.md"
    path.write_text(text, encoding="utf-8")
    return path, text, moved


def test_fix_redirects_rewrites_only_the_links(project, srv):
    root, config = project
    path, text, moved = _fix_fixture(root, srv)
    target = srv.url("/ok")
    assert check_links.main(["--config", str(config), "docs/fix.md", "--fix-redirects"]) == 0
    expected = (
        text.replace(f"[a link]({moved})", f"[a link]({target})")
        .replace(f"({moved}#present)", f"({target}#present)")
        .replace(f":link: {moved}", f":link: {target}")
        .replace(f"[moved]: {moved}", f"[moved]: {target}")
    )
    assert path.read_text(encoding="utf-8") == expected
    assert f"`{moved}`" in expected and f"[x]({moved})" in expected  # code untouched
    # Nothing left to fix.
    assert check_links.main(["--config", str(config), "docs/fix.md", "--no-cache"]) == 0


def test_fix_redirects_dry_run_prints_a_diff_and_writes_nothing(project, srv, capsys):
    root, config = project
    path, text, moved = _fix_fixture(root, srv)
    args = ["--config", str(config), "docs/fix.md", "--fix-redirects", "--dry-run"]
    assert check_links.main(args) == 0
    out = capsys.readouterr().out
    assert path.read_text(encoding="utf-8") == text
    assert "--- a/docs/fix.md" in out and "+++ b/docs/fix.md" in out
    assert f"-[moved]: {moved}" in out
    assert f"+[moved]: {srv.url('/ok')}" in out
    added = [line for line in out.splitlines() if line.startswith("+") and "+++" not in line]
    assert len(added) == 4  # the link, the fragment link, the card, the definition


def test_command_line_runs_as_a_script(project, srv):
    root, config = project
    proc = subprocess.run(
        [sys.executable, str(SCRIPTS / "check_links.py"), "--config", str(config)],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 1, proc.stderr
    assert "BROKEN (1)" in proc.stdout


def test_the_project_config_is_valid_and_ignores_local_servers():
    config = load_config(SCRIPTS / "check_links.toml")
    assert config.paths == ["book", "exercises", "README.md", "CONTRIBUTING.md"]
    assert config.cache_path == ".cache/links.json"
    # The documented defaults (README, the file's comments) are the ones in force.
    assert config == dataclasses.replace(Config(), ignore=config.ignore, rules=config.rules), (
        "check_links.toml and Config() disagree on a default"
    )
    assert (config.connect_timeout, config.timeout, config.fragment_timeout) == (5.0, 15.0, 30.0)
    for url in ("http://localhost:8000/docs", "http://127.0.0.1:5000/", "https://example.com/x"):
        assert config.ignored_by(url), url
    for url in ("https://docs.python.org/3/", "https://notexample.com/"):
        assert config.ignored_by(url) is None, url
