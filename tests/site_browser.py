"""Open the built site in headless Chromium, as a reader would, and record what each page does.

Used by tests/test_site.py and benchmarks/page_weight.py. The site (_build/html) is served on
127.0.0.1 from a thread; every request the browser makes to any other host is aborted and
recorded, so a page that would need the internet fails its test instead of waiting for it.

Needs Debian's Chromium (/usr/bin/chromium), PyPI's playwright (no `playwright install`: it
drives the system browser) and axe-core from npm in .cache/node: `make browser` (which runs
scripts/require_system.sh browser) installs them.
"""

from __future__ import annotations

import asyncio
import functools
import http.server
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[1]
HTML = ROOT / "_build" / "html"
CHROMIUM = Path("/usr/bin/chromium")
AXE = ROOT / ".cache" / "node" / "node_modules" / "axe-core" / "axe.min.js"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
# Rules outside those tags that the site is held to as well: all content inside landmarks, and
# every table header cell names its column or row.
AXE_EXTRA_RULES = ["region", "empty-table-header"]

DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}


@dataclass(frozen=True)
class Setup:
    """A reader's browser: a colour mode (None: a first visit, nothing stored) and a viewport."""

    name: str
    mode: str | None
    viewport: dict

    @property
    def phone(self) -> bool:
        return self.viewport["width"] < 600


SETUPS = [
    Setup("light-desktop", None, DESKTOP),  # a first-time visitor: the site's default mode
    Setup("dark-desktop", "dark", DESKTOP),
    Setup("light-phone", "light", PHONE),
    Setup("dark-phone", "dark", PHONE),
]


def html_pages(html: Path = HTML) -> list[str]:
    """Every HTML page of the built site, as paths relative to its root."""
    return sorted(
        p.relative_to(html).as_posix()
        for p in html.rglob("*.html")
        if not p.relative_to(html).parts[0].startswith("_")
    )


MATHJAX = "/_static/mathjax/"  # the site's copy of MathJax (mathjax_path in _config.yml)

AXE_URL_PATH = "/__axe__/axe.min.js"  # where the test server serves axe-core (not in the site)


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def translate_path(self, path: str) -> str:
        # axe-core from the server, so the browser caches it (and its compiled code) across pages.
        if path.split("?")[0] == AXE_URL_PATH:
            return str(AXE)
        return super().translate_path(path)

    def log_message(self, format, *args):
        pass


@contextmanager
def serve(directory: Path = HTML) -> Iterator[str]:
    """Serve a folder on 127.0.0.1 (a free port) from a thread; yields the base URL."""
    handler = functools.partial(_QuietHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


@dataclass
class Visit:
    """What happened while one page loaded, and what it weighs."""

    path: str
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    off_site: list[str] = field(default_factory=list)  # requests to other hosts (aborted)
    failed: list[str] = field(default_factory=list)  # failed requests and HTTP errors
    resources: dict[str, int] = field(default_factory=dict)  # URL -> bytes (decoded body)
    axe: list[dict] = field(default_factory=list)  # violations: id, impact, help, nodes
    sideways_scroll: int = 0  # pixels the page itself scrolls sideways
    too_wide: list[str] = field(default_factory=list)  # what sticks out, when it does
    figures: list[dict] = field(default_factory=list)  # each output image: its sizes

    @property
    def bytes(self) -> int:
        return sum(self.resources.values())

    @property
    def requests(self) -> int:
        return len(self.resources)

    def without_mathjax(self) -> dict[str, int]:
        """The resources less MathJax's own files: its script and the font files it fetches,
        one for each style of maths it draws. A page with maths needs them; the budget is for
        the rest."""
        return {url: size for url, size in self.resources.items() if MATHJAX not in url}

    def problems(self, phone: bool = False) -> list[str]:
        found = (
            [f"console error: {m}" for m in self.console_errors]
            + [f"page error: {m}" for m in self.page_errors]
            + [f"request off the site: {u}" for u in self.off_site]
            + [f"failed request: {u}" for u in self.failed]
        )
        for violation in self.axe:
            for node in violation["nodes"]:
                found.append(
                    f"axe {violation['id']} ({violation['impact']}): {violation['help']}: {node}"
                )
        if phone and self.sideways_scroll > 0:
            found.append(
                f"the page scrolls sideways by {self.sideways_scroll}px; too wide: "
                + ", ".join(self.too_wide)
            )
        return found


# Run in the page after it loaded: wait for MathJax to finish typesetting and for web fonts,
# so what axe and the measurements see is what the reader sees.
SETTLE = """async () => {
    if (window.MathJax && MathJax.startup && MathJax.startup.promise) {
        await MathJax.startup.promise;
    }
    await document.fonts.ready;
    await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
}"""

RESOURCES = """() => {
    const nav = performance.getEntriesByType('navigation')[0];
    const entries = [[nav.name, nav.decodedBodySize]];
    for (const e of performance.getEntriesByType('resource')) {
        entries.push([e.name, e.decodedBodySize]);
    }
    return entries;
}"""

AXE_RUN = """async ([tags, rules]) => {
    const result = await axe.run(document, {
        resultTypes: ['violations'],
        runOnly: {type: 'tag', values: tags},
        rules: Object.fromEntries(rules.map(rule => [rule, {enabled: true}])),
    });
    return result.violations.map(v => ({
        id: v.id, impact: v.impact, help: v.help,
        nodes: v.nodes.map(n => n.target.join(' ') + ' :: ' +
                                n.failureSummary.split('\\n').slice(1, 2).join(' ').trim()),
    }));
}"""

# Each image a code cell drew: its file's pixels, its own display width (the width a 2x
# figure's style gives it) and the width it is shown at, less the padding dark mode adds.
FIGURES = """() => [...document.querySelectorAll('.bd-article .cell_output img')].map(img => ({
    src: img.getAttribute('src'),
    natural: img.naturalWidth,
    declared: parseFloat(img.style.width) || null,
    shown: img.clientWidth - parseFloat(getComputedStyle(img).paddingLeft)
        - parseFloat(getComputedStyle(img).paddingRight),
}))"""

# The elements wider than the viewport that are not inside a box that scrolls on its own.
TOO_WIDE = """() => {
    const width = document.documentElement.clientWidth;
    const scrolls = el => {
        for (let p = el.parentElement; p; p = p.parentElement) {
            const o = getComputedStyle(p).overflowX;
            if ((o === 'auto' || o === 'scroll' || o === 'hidden') && p.clientWidth <= width) {
                return true;
            }
        }
        return false;
    };
    const out = [];
    for (const el of document.body.querySelectorAll('*')) {
        const r = el.getBoundingClientRect();
        if (r.right > width + 1 && r.width > 0 && !scrolls(el)) {
            out.push(el.tagName.toLowerCase() + (el.className ? '.' + String(el.className)
                .trim().split(/\\s+/).join('.') : '') + ' "' +
                (el.textContent || '').trim().slice(0, 40) + '"');
        }
    }
    return out.slice(-5);
}"""


class Reader:
    """One browser context (a setup) and one tab, reused page after page."""

    def __init__(self, context, page, base: str, setup: Setup):
        self.context, self.page, self.base, self.setup = context, page, base, setup
        self.visit: Visit | None = None
        self._issued_by: dict = {}  # request -> the visit during which it started

    @classmethod
    async def open_browser(cls, browser, base: str, setup: Setup) -> Reader:
        context = await browser.new_context(viewport=setup.viewport, device_scale_factor=1)
        if setup.mode is not None:
            await context.add_init_script(f"localStorage.setItem('mode', '{setup.mode}');")
        page = await context.new_page()
        reader = cls(context, page, base, setup)
        await context.route("**/*", reader._route)
        page.on("console", reader._console)
        page.on("pageerror", lambda error: reader._record("page_errors", str(error)))
        page.on("request", reader._request)
        page.on("requestfinished", lambda request: reader._issued_by.pop(request, None))
        page.on("requestfailed", reader._request_failed)
        page.on("response", reader._response)
        return reader

    async def close(self) -> None:
        await self.context.close()

    def _record(self, kind: str, message: str) -> None:
        if self.visit is not None:
            getattr(self.visit, kind).append(message)

    async def _route(self, route) -> None:
        url = route.request.url
        if urlsplit(url).hostname == "127.0.0.1" or url.startswith(("data:", "blob:")):
            await route.continue_()
        else:
            self._record("off_site", url)
            await route.abort()

    def _console(self, message) -> None:
        if message.type == "error":
            self._record("console_errors", message.text)

    def _request(self, request) -> None:
        self._issued_by[request] = self.visit

    def _request_failed(self, request) -> None:
        issued_by = self._issued_by.pop(request, self.visit)
        if urlsplit(request.url).hostname != "127.0.0.1":
            return
        if issued_by is not self.visit and "ERR_ABORTED" in str(request.failure):
            # The previous page's late request (its favicon, say), cancelled by the browser
            # because the next page is being opened: not a failure of either page.
            return
        if issued_by is not None:
            issued_by.failed.append(f"{request.url} ({request.failure})")

    def _response(self, response) -> None:
        if response.status >= 400:
            self._record("failed", f"{response.url} (HTTP {response.status})")

    async def open(self, path: str) -> Visit:
        """Load a page and wait until it, its maths and its fonts are ready."""
        self.visit = visit = Visit(path)
        await self.page.goto(self.base + path, wait_until="load")
        if path == "index.html":  # a meta refresh to the landing page
            await self.page.wait_for_url("**/book/intro.html")
            await self.page.wait_for_load_state("load")
        await self.page.evaluate(SETTLE)
        visit.resources = dict(await self.page.evaluate(RESOURCES))
        return visit

    async def check(self, path: str) -> Visit:
        """Open a page, run axe on it and measure whether it fits the viewport's width."""
        visit = await self.open(path)
        await self.page.add_script_tag(url=self.base.rstrip("/") + AXE_URL_PATH)
        visit.axe = await self.page.evaluate(AXE_RUN, [AXE_TAGS, AXE_EXTRA_RULES])
        visit.sideways_scroll = await self.page.evaluate(
            "() => document.scrollingElement.scrollWidth - document.scrollingElement.clientWidth"
        )
        if visit.sideways_scroll > 0:
            visit.too_wide = await self.page.evaluate(TOO_WIDE)
        visit.figures = await self.page.evaluate(FIGURES)
        return visit


async def launch(playwright):
    """Debian's Chromium, headless."""
    return await playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True)


async def _crawl(base: str, setups: Iterable[Setup], pages: list[str], axe: bool) -> dict:
    from playwright.async_api import async_playwright

    results: dict[tuple[str, str], Visit] = {}
    async with async_playwright() as playwright:
        browser = await launch(playwright)

        async def one_setup(setup: Setup) -> None:
            reader = await Reader.open_browser(browser, base, setup)
            for path in pages:
                results[setup.name, path] = await (reader.check if axe else reader.open)(path)
            await reader.close()

        # One context per setup, run side by side: each has its own renderer process.
        await asyncio.gather(*(one_setup(setup) for setup in setups))
        await browser.close()
    return results


def crawl(base: str, setups: Iterable[Setup], pages: list[str], axe: bool = True) -> dict:
    """Visit every page in every setup; {(setup name, page): Visit}."""
    return asyncio.run(_crawl(base, list(setups), pages, axe))
