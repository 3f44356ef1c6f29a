"""Execute the book's code pages ahead of the build, several at once, into the execution cache.

Usage: python scripts/execute_pages.py [--jobs N] [PAGE ...]

Sphinx executes the pages it reads one after another, so a build with an empty cache keeps one
core of the machine busy and leaves the others idle. This script runs the pages whose current
code has no cached run in parallel, N kernels at a time (default: one per core), exactly as the
build would (the same notebook text, a temporary working folder, the cell timeout of
_config.yml), and stores each run in the cache that the build reads (_build/.jupyter_cache).
The build that follows then finds every page cached and executes nothing.

Each kernel gets an equal share of the cores for its maths libraries (OpenBLAS, OpenMP,
PyTorch): with N kernels on N cores and every library starting one thread per core, the
threads fight for the cores and a small fit can take minutes instead of a second. A value
already set in the environment (OMP_NUM_THREADS, ...) is kept.

A page that fails is not stored: the script names it and the build executes it again and
reports the error in its usual place, with its traceback. PAGE (a path such as
book/intro.md) limits the run to those pages. Exit status: 0 when every page is cached at the
end, 1 when a page failed, 2 on a usage error.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from pathlib import Path

import nbformat
import yaml
from execution_report import CACHE, ROOT, code_pages, executed_notebook
from jupyter_cache import get_cache
from jupyter_cache.base import CacheBundleIn
from jupyter_cache.executors.utils import single_nb_execution

# The variables that OpenBLAS, MKL, OpenMP (scikit-learn, PyTorch) and numexpr read at start-up.
THREAD_VARIABLES = (
    "OMP_NUM_THREADS",
    "OPENBLAS_NUM_THREADS",
    "MKL_NUM_THREADS",
    "NUMEXPR_MAX_THREADS",
)


def kernel_threads(cpus: int, jobs: int) -> int:
    """The threads one kernel's maths libraries may start when `jobs` kernels share `cpus`."""
    return max(1, cpus // jobs)


def share_cores(cpus: int, jobs: int) -> None:
    """Set the thread variables of this process (and so of the kernels it starts), unless set."""
    for name in THREAD_VARIABLES:
        os.environ.setdefault(name, str(kernel_threads(cpus, jobs)))


def timeout() -> int:
    config = yaml.safe_load((ROOT / "_config.yml").read_text(encoding="utf-8"))
    return int(config["execute"]["timeout"])


def execute(path: Path, seconds: int) -> tuple[Path, str, float, str | None]:
    """Run one page in a fresh kernel in a temporary folder: (path, notebook json, time, error)."""
    notebook = executed_notebook(path)
    with tempfile.TemporaryDirectory(prefix="page-") as cwd:
        result = single_nb_execution(
            notebook, cwd=cwd, timeout=seconds, allow_errors=False, meta_override=True
        )
    error = None
    if result.err is not None:
        error = f"{type(result.err).__name__}: {str(result.err).strip().splitlines()[-1]}"
    return path, nbformat.writes(notebook), result.time, error


def page_name(argument: str) -> str:
    """book/intro.md (or its absolute path) -> book/intro, as the toc names it."""
    path = Path(argument).resolve()
    return str(path.relative_to(ROOT).with_suffix("")) if path.is_relative_to(ROOT) else argument


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pages", nargs="*", metavar="PAGE", help="pages to run (default: all)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="kernels at once")
    args = parser.parse_args(argv)
    if args.jobs < 1:
        parser.error("--jobs must be at least 1")
    pages = code_pages()
    if args.pages:
        wanted = {page_name(p) for p in args.pages}
        unknown = wanted - set(pages)
        if unknown:
            parser.error(f"not a code page of the toc: {', '.join(sorted(unknown))}")
        pages = [p for p in pages if p in wanted]

    CACHE.parent.mkdir(parents=True, exist_ok=True)
    cache = get_cache(CACHE)
    todo = []
    for page in pages:
        try:
            cache.match_cache_notebook(executed_notebook(ROOT / f"{page}.md"))
        except KeyError:
            todo.append(page)
    print(f"{len(pages) - len(todo)} of {len(pages)} pages already cached; running {len(todo)}")

    failed = []
    started = time.monotonic()
    seconds = timeout()
    # Fresh worker processes (spawn), not copies of this one with its open cache database.
    context = multiprocessing.get_context("spawn")
    cpus = os.cpu_count() or 1
    with ProcessPoolExecutor(
        args.jobs, mp_context=context, initializer=share_cores, initargs=(cpus, args.jobs)
    ) as pool:
        runs = [pool.submit(execute, ROOT / f"{page}.md", seconds) for page in todo]
        for run in as_completed(runs):
            path, text, took, error = run.result()
            page = str(path.relative_to(ROOT).with_suffix(""))
            if error:
                failed.append(page)
                print(f"failed  {took:6.1f} s  {page}: {error}", flush=True)
                continue
            # Only this process writes to the cache (its SQLite index takes one writer).
            cache.cache_notebook_bundle(
                CacheBundleIn(
                    nbformat.reads(text, as_version=4),
                    str(path),
                    data={"execution_seconds": took},
                ),
                check_validity=False,
                overwrite=True,
            )
            print(f"cached  {took:6.1f} s  {page}", flush=True)
    wall = time.monotonic() - started
    done = len(todo) - len(failed)
    print(f"{done} page{'' if done == 1 else 's'} run in {wall:.0f} s, {args.jobs} at a time")
    if failed:
        print(f"{len(failed)} failed; the build will run them again and report the error:")
        for page in failed:
            print(f"  {page}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
