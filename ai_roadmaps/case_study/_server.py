"""Run an http.server handler on 127.0.0.1 in a background thread, for a `with` block.

The standard library's ThreadingHTTPServer is enough here, and it is chosen over FastAPI
and uvicorn on purpose: it starts in milliseconds without an event loop, binds a free port
synchronously (so the URL is known, and a failure raised, before the `with` body runs), and
stops with one call. The servers exist to be *clients'* counterparts in lessons about
collecting data; building APIs with FastAPI is taught on its own page.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

HOST = "127.0.0.1"


class QuietHandler(BaseHTTPRequestHandler):
    """A handler that writes no access log to stderr (notebook cells would show it)."""

    server_version = "HarvestCrate/1.0"

    def log_message(self, format: str, *args) -> None:
        pass

    def send_body(self, status: int, body: bytes, content_type: str, headers=()) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers:
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


@contextmanager
def background_server(handler: type[BaseHTTPRequestHandler], what: str) -> Iterator[str]:
    """Serve `handler` on 127.0.0.1 at a free port; yield the base URL; stop on exit.

    Raises RuntimeError with a one-line message if the server cannot start.
    """
    try:
        server = ThreadingHTTPServer((HOST, 0), handler)
    except OSError as error:
        raise RuntimeError(f"could not start the {what} on {HOST}: {error}") from None
    server.daemon_threads = True
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
    )
    thread.start()
    try:
        yield f"http://{HOST}:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
