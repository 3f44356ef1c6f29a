"""HTTP servers on loopback addresses for testing the link checker.

``LinkServers`` runs, in a background thread with its own event loop:

- a web app (aiohttp.web) on 127.0.0.1 and on 127.0.0.5, whose routes each
  show one behaviour (status codes, flaky 503s, 429 with Retry-After,
  redirects and loops, HEAD refused, fragments, huge and slow bodies);
- a server on 127.0.0.2 that resets every connection;
- a server on 127.0.0.3 that accepts connections and never answers;
- a port on 127.0.0.4 where nothing listens (connection refused);
- a port on 127.0.0.6 that never completes a connection: a listening socket
  whose accept queue is kept full, so the kernel drops new SYNs and a client's
  connect times out, as with a firewalled or dead host.

Ports are chosen by the OS. Nothing here talks to any other address.

Tests wait for what the server saw with ``wait_until`` (a condition notified
on every request start and end), never with a fixed sleep.
"""

from __future__ import annotations

import asyncio
import socket
import struct
import threading
import time
from collections import Counter, defaultdict

from aiohttp import web

PAGE = """<!doctype html>
<html><head><title>page</title></head><body>
<h1 id="top-heading">Title</h1>
<h2 id="present">A section</h2>
<p><a name="named-anchor">old-style anchor</a></p>
<p id="%C3%BCber-literal">encoded id</p>
<p id="über">unicode id</p>
<meta name="description" content="a meta tag is not an anchor">
</body></html>
"""


def _free_port(host: str) -> int:
    with socket.socket() as sock:
        sock.bind((host, 0))
        return sock.getsockname()[1]


class LinkServers:
    """Start with ``start()``, stop with ``stop()``; thread-safe counters."""

    WEB_HOSTS = ("127.0.0.1", "127.0.0.5")

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.lock = threading.RLock()
        self.changed = threading.Condition(self.lock)  # notified on every change below
        self.hits: Counter[str] = Counter()  # (method path) -> requests
        self.first_seen: dict[str, float] = {}
        # Requests in flight, counted only for paths under ``watched`` (see ``watch``).
        self.watched: str | None = None
        self.in_flight: Counter[str] = Counter()
        self.max_in_flight: dict[str, int] = defaultdict(int)
        self.total_in_flight = 0
        self.max_total_in_flight = 0
        self.finished: Counter[str] = Counter()  # path -> handlers that have returned
        self.bytes_sent: Counter[str] = Counter()
        self.request_times: dict[str, list[float]] = defaultdict(list)
        self.ports: dict[str, int] = {}
        self._runners: list[web.AppRunner] = []
        self._raw_servers: list[asyncio.AbstractServer] = []
        self._held: list[asyncio.StreamWriter] = []
        self._blackhole: list[socket.socket] = []
        self._gate: asyncio.Condition | None = None

    # -- addresses ------------------------------------------------------------

    def url(self, path: str, host: str = "127.0.0.1") -> str:
        return f"http://{host}:{self.ports[host]}{path}"

    @property
    def reset_url(self) -> str:
        return f"http://127.0.0.2:{self.ports['127.0.0.2']}/reset"

    @property
    def silent_url(self) -> str:
        return f"http://127.0.0.3:{self.ports['127.0.0.3']}/never"

    @property
    def refused_url(self) -> str:
        return f"http://127.0.0.4:{self.ports['127.0.0.4']}/refused"

    def dead_url(self, path: str = "/dead") -> str:
        """A URL on the host whose connections never complete (connect timeout)."""
        return f"http://127.0.0.6:{self.ports['127.0.0.6']}{path}"

    def wait_until(self, predicate, timeout: float = 20.0) -> bool:
        """Wait until predicate() (called with the lock held) is true; False on timeout."""
        with self.changed:
            return self.changed.wait_for(predicate, timeout)

    def count(self, path: str, method: str | None = None) -> int:
        with self.lock:
            if method:
                return self.hits[f"{method} {path}"]
            return sum(n for k, n in self.hits.items() if k.split(" ", 1)[1] == path)

    # -- lifecycle ------------------------------------------------------------

    def start(self) -> LinkServers:
        self.thread.start()
        asyncio.run_coroutine_threadsafe(self._start(), self.loop).result(10)
        return self

    def stop(self) -> None:
        asyncio.run_coroutine_threadsafe(self._stop(), self.loop).result(10)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(10)

    async def _start(self) -> None:
        app = web.Application()
        app.router.add_route("*", "/ok", self.ok)
        app.router.add_route("*", "/status/{code}", self.status)
        app.router.add_route("*", "/flaky/{key:.+}", self.flaky)
        app.router.add_route("*", "/ratelimit/{key:.+}", self.ratelimit)
        app.router.add_route("*", "/redirect/{code}/{key:.+}", self.redirect)
        app.router.add_route("*", "/chain/{n}", self.chain)
        app.router.add_route("*", "/loop/{name}", self.loop_redirect)
        app.router.add_route("*", "/head-refused/{code}", self.head_refused)
        app.router.add_route("*", "/huge/{key:.+}", self.huge)
        app.router.add_route("*", "/slow/{key:.+}", self.slow)
        app.router.add_route("*", "/sleep/{key:.+}", self.sleep)
        app.router.add_route("*", "/gate/{key:.+}", self.gate)
        app.router.add_route("*", "/big/{key:.+}", self.big)
        app.router.add_route("*", "/pdf", self.pdf)
        for host in self.WEB_HOSTS:
            runner = web.AppRunner(app, handle_signals=False, access_log=None)
            await runner.setup()
            site = web.TCPSite(runner, host, 0)
            await site.start()
            self.ports[host] = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
            self._runners.append(runner)
        reset = await asyncio.start_server(self._reset, "127.0.0.2", 0)
        silent = await asyncio.start_server(self._silent, "127.0.0.3", 0)
        self._raw_servers += [reset, silent]
        self.ports["127.0.0.2"] = reset.sockets[0].getsockname()[1]
        self.ports["127.0.0.3"] = silent.sockets[0].getsockname()[1]
        self.ports["127.0.0.4"] = _free_port("127.0.0.4")
        self.ports["127.0.0.6"] = self._start_blackhole("127.0.0.6")
        self._gate = asyncio.Condition()

    def _start_blackhole(self, host: str) -> int:
        """Listen with a backlog of 0 and fill the queue: further SYNs are dropped."""
        listener = socket.socket()
        listener.bind((host, 0))
        listener.listen(0)
        port = listener.getsockname()[1]
        self._blackhole.append(listener)
        for _ in range(2):  # one fills the queue; a second makes sure of it
            filler = socket.socket()
            filler.settimeout(0.2)
            try:
                filler.connect((host, port))
            except OSError:
                pass
            self._blackhole.append(filler)
        return port

    async def _stop(self) -> None:
        for writer in self._held:
            writer.close()
        for server in self._raw_servers:
            server.close()
        for sock in self._blackhole:
            sock.close()
        for runner in self._runners:
            await runner.cleanup()

    # -- bookkeeping ----------------------------------------------------------

    def watch(self, prefix: str) -> None:
        """Count requests in flight from now on, for paths under ``prefix`` only.

        A request that an earlier test gave up on (a timeout, a body cut short) can still be in
        the server's hands; counting only this test's paths keeps it out of this test's figures.
        """
        with self.lock:
            self.watched = prefix
            self.in_flight.clear()
            self.max_in_flight.clear()
            self.total_in_flight = self.max_total_in_flight = 0

    def _enter(self, request: web.Request) -> tuple[str, bool, str]:
        host = request.transport.get_extra_info("sockname")[0]
        key = f"{request.method} {request.path}"
        with self.changed:
            self.changed.notify_all()
            self.hits[key] += 1
            self.request_times[request.path].append(time.monotonic())
            self.first_seen.setdefault(request.path, time.monotonic())
            watched = self.watched is not None and request.path.startswith(self.watched)
            if watched:
                self.in_flight[host] += 1
                self.total_in_flight += 1
                self.max_in_flight[host] = max(self.max_in_flight[host], self.in_flight[host])
                self.max_total_in_flight = max(self.max_total_in_flight, self.total_in_flight)
        return host, watched, request.path

    def _leave(self, entry: tuple[str, bool, str]) -> None:
        host, watched, path = entry
        with self.changed:
            self.finished[path] += 1
            if watched:
                self.in_flight[host] -= 1
                self.total_in_flight -= 1
            self.changed.notify_all()

    def _raw_hit(self, path: str) -> None:
        with self.changed:
            self.hits[f"RAW {path}"] += 1
            self.request_times[path].append(time.monotonic())
            self.changed.notify_all()

    # -- web routes -----------------------------------------------------------

    async def ok(self, request: web.Request) -> web.Response:
        host = self._enter(request)
        try:
            return web.Response(text=PAGE, content_type="text/html")
        finally:
            self._leave(host)

    async def status(self, request: web.Request) -> web.Response:
        host = self._enter(request)
        try:
            return web.Response(status=int(request.match_info["code"]), text="status")
        finally:
            self._leave(host)

    async def flaky(self, request: web.Request) -> web.Response:
        """503 for the first ``fail`` requests, then the page."""
        host = self._enter(request)
        try:
            fail = int(request.query.get("fail", "1"))
            if self.count(request.path) <= fail:
                return web.Response(status=503, text="try again")
            return web.Response(text=PAGE, content_type="text/html")
        finally:
            self._leave(host)

    async def ratelimit(self, request: web.Request) -> web.Response:
        """429 with Retry-After until ``after`` seconds past the first request."""
        host = self._enter(request)
        try:
            after = float(request.query.get("after", "1"))
            waited = time.monotonic() - self.first_seen[request.path]
            if waited < after:
                headers = {"Retry-After": request.query.get("header", str(int(after)))}
                return web.Response(status=429, headers=headers, text="slow down")
            return web.Response(text=PAGE, content_type="text/html")
        finally:
            self._leave(host)

    async def redirect(self, request: web.Request) -> web.Response:
        host = self._enter(request)
        try:
            code = int(request.match_info["code"])
            return web.Response(status=code, headers={"Location": request.query["to"]})
        finally:
            self._leave(host)

    async def chain(self, request: web.Request) -> web.Response:
        """/chain/3 -> /chain/2 -> /chain/1 -> /chain/0 (the page)."""
        host = self._enter(request)
        try:
            n = int(request.match_info["n"])
            if n == 0:
                return web.Response(text=PAGE, content_type="text/html")
            code = int(request.query.get("code", "301"))
            target = f"/chain/{n - 1}?code={code}"
            return web.Response(status=code, headers={"Location": target})
        finally:
            self._leave(host)

    async def loop_redirect(self, request: web.Request) -> web.Response:
        host = self._enter(request)
        try:
            other = "b" if request.match_info["name"] == "a" else "a"
            return web.Response(status=302, headers={"Location": f"/loop/{other}"})
        finally:
            self._leave(host)

    async def head_refused(self, request: web.Request) -> web.Response:
        """HEAD gets the status in the path; GET gets the page."""
        host = self._enter(request)
        try:
            if request.method == "HEAD":
                return web.Response(status=int(request.match_info["code"]))
            return web.Response(text=PAGE, content_type="text/html")
        finally:
            self._leave(host)

    async def huge(self, request: web.Request) -> web.StreamResponse:
        """A 1 GB page; ``?id=x`` puts an element with id x in the first bytes."""
        host = self._enter(request)
        try:
            resp = web.StreamResponse(headers={"Content-Type": "text/html"})
            resp.content_length = 1 << 30
            await resp.prepare(request)
            if request.method == "HEAD":
                return resp
            head = f'<html><body><p id="{request.query.get("id", "start")}">x</p>'
            await resp.write(head.encode())
            chunk = b"<p>" + b"filler " * 9360 + b"</p>\n"
            sent = len(head)
            try:
                while sent < (1 << 30):
                    await resp.write(chunk)
                    sent += len(chunk)
                    with self.lock:
                        self.bytes_sent[request.path] = sent
            except (ConnectionResetError, ConnectionError, RuntimeError):
                pass
            return resp
        finally:
            self._leave(host)

    async def slow(self, request: web.Request) -> web.StreamResponse:
        """Headers at once, then one small piece every 0.2 s for a minute."""
        host = self._enter(request)
        try:
            resp = web.StreamResponse(headers={"Content-Type": "text/html"})
            await resp.prepare(request)
            if request.method == "HEAD":
                return resp
            try:
                await resp.write(f'<html><p id="{request.query.get("id", "s")}">'.encode())
                for _ in range(300):
                    await asyncio.sleep(0.2)
                    await resp.write(b"<p>.</p>")
                    with self.lock:
                        self.bytes_sent[request.path] += 8
            except (ConnectionResetError, ConnectionError, RuntimeError):
                pass
            return resp
        finally:
            self._leave(host)

    async def sleep(self, request: web.Request) -> web.Response:
        """Answer after ``s`` seconds (default 0.2): for concurrency caps."""
        host = self._enter(request)
        try:
            await asyncio.sleep(float(request.query.get("s", "0.2")))
            return web.Response(text=PAGE, content_type="text/html")
        finally:
            self._leave(host)

    async def gate(self, request: web.Request) -> web.Response:
        """Hold each request until ``n`` watched requests are in flight at once
        (or ``s`` seconds, default 3, have passed), then ``hold`` seconds more
        (default 0.1) so that any request beyond the cap arrives while they
        are all held: the caps are reached by events, not by luck of timing."""
        entry = self._enter(request)
        try:
            n = int(request.query.get("n", "1"))
            assert self._gate is not None
            async with self._gate:
                self._gate.notify_all()
                try:
                    await asyncio.wait_for(
                        self._gate.wait_for(lambda: self.total_in_flight >= n),
                        float(request.query.get("s", "3")),
                    )
                except TimeoutError:
                    pass
            await asyncio.sleep(float(request.query.get("hold", "0.1")))
            return web.Response(text=PAGE, content_type="text/html")
        finally:
            self._leave(entry)
            async with self._gate:
                self._gate.notify_all()

    async def big(self, request: web.Request) -> web.StreamResponse:
        """A page of ``mb`` MB (default 8) of text, served fast, with an element
        whose id is ``id`` (default "late") after ``at`` MB (default 7.5)."""
        entry = self._enter(request)
        try:
            total = int(float(request.query.get("mb", "8")) * 1_000_000)
            at = int(float(request.query.get("at", "7.5")) * 1_000_000)
            anchor = f'<h2 id="{request.query.get("id", "late")}">Late section</h2>\n'.encode()
            resp = web.StreamResponse(headers={"Content-Type": "text/html; charset=utf-8"})
            await resp.prepare(request)
            if request.method == "HEAD":
                return resp
            piece = b"<p>" + b"A long page of text. " * 4000 + b"</p>\n"
            sent = 0
            placed = False
            try:
                await resp.write(b"<!doctype html><html><body>\n")
                while sent < total:
                    if not placed and sent >= at:
                        await resp.write(anchor)
                        placed = True
                    await resp.write(piece)
                    sent += len(piece)
                    with self.lock:
                        self.bytes_sent[request.path] = sent
                await resp.write(b"</body></html>\n")
            except (ConnectionResetError, ConnectionError, RuntimeError):
                pass
            return resp
        finally:
            self._leave(entry)

    async def pdf(self, request: web.Request) -> web.Response:
        host = self._enter(request)
        try:
            return web.Response(body=b"%PDF-1.4\n", content_type="application/pdf")
        finally:
            self._leave(host)

    # -- raw servers ----------------------------------------------------------

    async def _reset(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter):
        """Read the request, then reset the connection (RST, not FIN)."""
        self._raw_hit("/reset")
        try:
            await reader.read(1024)
        finally:
            sock = writer.get_extra_info("socket")
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            writer.transport.abort()

    async def _silent(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter):
        """Accept, read, and never answer; the connection is held open."""
        self._raw_hit("/never")
        self._held.append(writer)
        await reader.read(1024)
