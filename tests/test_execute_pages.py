"""scripts/execute_pages.py: pages executed ahead of the build, into the cache the build reads.

`make book` and `make pdf` run it before Sphinx; these tests run after them. If the script's
notebooks did not match the build's (another text, other cell metadata), every page would be
executed a second time by Sphinx, one after another: slow, and easy to miss.
"""

import subprocess
import sys

import nbformat
import pytest
from book_sources import BUILD, BUILD_LOG, ROOT

SCRIPT = ROOT / "scripts" / "execute_pages.py"
CACHE = BUILD / ".jupyter_cache"
PDF_LOG = BUILD / "pdf.log"


def script(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(SCRIPT), *args], capture_output=True, text=True, cwd=ROOT, timeout=600
    )


def test_every_page_of_the_build_is_found_in_the_cache():
    assert CACHE.is_dir(), "no execution cache: run `make book` first"
    run = script("--jobs", "1")
    assert run.returncode == 0, run.stdout + run.stderr
    first = run.stdout.splitlines()[0]
    cached, _, total = first.partition(" of ")
    assert first.endswith("running 0") and total.startswith(cached + " "), first


@pytest.mark.parametrize("log", [BUILD_LOG, PDF_LOG], ids=["html", "pdf"])
def test_sphinx_executed_no_page_itself(log):
    if not log.is_file():
        pytest.skip(f"{log.name} is written by `make {'book' if log == BUILD_LOG else 'pdf'}`")
    text = log.read_text(encoding="utf-8", errors="replace")
    executed = [line for line in text.splitlines() if "Executing notebook" in line]
    assert not executed, f"the build executed pages that execute_pages.py had run: {executed}"


def test_a_page_outside_the_toc_is_a_usage_error():
    run = script("README.md")
    assert run.returncode == 2
    assert "not a code page of the toc: README" in run.stderr
    assert "Traceback" not in run.stderr


def test_a_bad_jobs_value_is_one_line():
    run = script("--jobs", "0")
    assert run.returncode == 2
    assert "--jobs must be at least 1" in run.stderr


PAGE = """\
---
jupytext:
  text_representation:
    extension: .md
    format_name: myst
kernelspec:
  display_name: Python 3
  language: python
  name: python3
---
# A page

```{code-cell} ipython3
print(6 * 7)
```
"""


@pytest.fixture
def module():
    """The script as a module (it imports execution_report from its own folder)."""
    sys.path.insert(0, str(SCRIPT.parent))
    try:
        import execute_pages
    finally:
        sys.path.remove(str(SCRIPT.parent))
    return execute_pages


@pytest.fixture
def execute(module):
    return module.execute


def test_a_page_runs_in_a_kernel_and_keeps_its_outputs(tmp_path, execute):
    page = tmp_path / "page.md"
    page.write_text(PAGE)
    path, notebook, seconds, error = execute(page, 60)
    assert path == page and error is None and seconds > 0
    outputs = [
        o for c in nbformat.reads(notebook, as_version=4).cells for o in c.get("outputs", [])
    ]
    assert [o.get("text") for o in outputs] == ["42\n"]


def test_a_failing_page_reports_its_error_in_one_line(tmp_path, execute):
    page = tmp_path / "page.md"
    page.write_text(PAGE.replace("print(6 * 7)", "{}['missing']"))
    _, _, _, error = execute(page, 60)
    assert error is not None and "KeyError" in error and "\n" not in error


def test_kernels_share_the_cores_instead_of_fighting_for_them(module):
    kernel_threads = module.kernel_threads
    assert kernel_threads(2, 2) == 1
    assert kernel_threads(8, 2) == 4
    assert kernel_threads(2, 1) == 2
    assert kernel_threads(2, 3) == 1  # never zero threads


def test_a_kernel_sees_its_share_and_an_explicit_setting_wins(
    tmp_path, module, execute, monkeypatch
):
    for name in module.THREAD_VARIABLES:  # recorded, so that the test leaves none of them set
        monkeypatch.setenv(name, "")
        monkeypatch.delenv(name)
    monkeypatch.setenv("MKL_NUM_THREADS", "3")
    module.share_cores(4, 2)
    page = tmp_path / "page.md"
    code = "import os; print(os.environ['OPENBLAS_NUM_THREADS'], os.environ['MKL_NUM_THREADS'])"
    page.write_text(PAGE.replace("print(6 * 7)", code))
    _, notebook, _, error = execute(page, 60)
    assert error is None, error
    outputs = [
        o for c in nbformat.reads(notebook, as_version=4).cells for o in c.get("outputs", [])
    ]
    assert [o.get("text") for o in outputs] == ["2 3\n"]
