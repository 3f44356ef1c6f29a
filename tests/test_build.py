"""The built HTML book: built without warnings, every page rendered, every cell ran cleanly.

These tests read what `make book` left in _build/ (make test builds the book first).
"""

import re
import sys
from html import unescape

import jupytext
import pytest
from book_sources import BUILD, BUILD_LOG, HTML, ROOT, log_problems, source, title, toc_files
from jupyter_cache import get_cache

sys.path.insert(0, str(ROOT / "book" / "_ext"))
from figure_formats import as_executed  # noqa: E402  (the page as the build runs it)


@pytest.fixture(scope="module", autouse=True)
def built_book():
    if not BUILD_LOG.is_file() or not (HTML / "index.html").is_file():
        pytest.fail("no built book in _build/: run `make book` (or `make test`, which builds it)")


def test_build_log_has_no_warnings_or_errors():
    assert log_problems(BUILD_LOG) == []
    assert "Finished generating HTML for book" in BUILD_LOG.read_text(errors="replace")


def test_build_log_is_newer_than_every_page():
    built_at = BUILD_LOG.stat().st_mtime
    stale = [d for d in toc_files() if (ROOT / f"{d}.md").stat().st_mtime > built_at]
    assert stale == [], "pages changed after the last `make book`: rebuild before testing"


@pytest.mark.parametrize("docname", toc_files())
def test_every_toc_page_is_rendered_with_its_title(docname):
    page = HTML / f"{docname}.html"
    assert page.is_file(), f"{docname} was not rendered"
    heading = re.search(r"<h1[^>]*>(.*?)</h1>", page.read_text(encoding="utf-8"), re.DOTALL)
    assert heading, f"{page} has no <h1>"
    text = unescape(re.sub(r"<[^>]+>", "", heading.group(1))).replace("#", "").strip()
    assert text.endswith(title(docname))


CODE_PAGES = [d for d in toc_files() if "```{code-cell}" in source(d)]
INTERACTIVE = re.compile(r"^(text/html|application/javascript|application/vnd\.)")
STATIC = {"application/pdf", "image/png", "image/svg+xml", "image/jpeg", "text/latex"}


def assert_printable(data: dict, where: str) -> None:
    """An interactive or HTML-only output must carry a static form the PDF can print."""
    rich = [mime for mime in data if INTERACTIVE.match(mime)]
    assert not rich or STATIC & set(data), (
        f"{where}: output {rich} has no static form (PDF, PNG, SVG or LaTeX) for the PDF; "
        "see CONTRIBUTING.md, 'The PDF edition'"
    )


@pytest.mark.parametrize("docname", CODE_PAGES)
def test_every_code_cell_ran_without_an_error_or_a_warning(docname):
    # The execution cache holds a page only after all its cells ran; match it by the page's code.
    cache = get_cache(BUILD / ".jupyter_cache")
    try:
        record = cache.match_cache_notebook(jupytext.reads(as_executed(source(docname)), "md"))
    except KeyError:
        pytest.fail(f"{docname}: its current code was never executed successfully")
    cells = [c for c in cache.get_cache_bundle(record.pk).nb.cells if c.cell_type == "code"]
    assert all(c.get("execution_count") for c in cells), f"{docname}: a cell did not run"
    for number, cell in enumerate(cells, 1):
        for output in cell.outputs:
            where = f"{docname}, cell {number}"
            assert_printable(output.get("data", {}), where)
            assert output.output_type != "error", f"{where}: {output.get('ename')}"
            text = "".join(output.get("text", ""))
            assert "Traceback" not in text, f"{where} printed a traceback"
            assert not re.search(r"\w+Warning\b", text), f"{where} emitted a warning:\n{text}"


FIGURE_PAGES = [d for d in CODE_PAGES if re.search(r"\bplt\.|\.plot\(", source(d))]


@pytest.mark.parametrize("docname", FIGURE_PAGES)
def test_pages_that_plot_show_their_figures(docname):
    # A page that draws with matplotlib must have image outputs (MPLBACKEND=Agg would drop them).
    page = (HTML / f"{docname}.html").read_text(encoding="utf-8")
    assert re.search(r'<img[^>]+src="[^"]*\.png"', page), f"{docname} draws but shows no figure"


EXTERNAL_ASSET = re.compile(r'<(?:script|link)\b[^>]*(?:src|href)="(https?:)?//[^"]+"', re.I)


@pytest.mark.parametrize("docname", toc_files())
def test_pages_load_no_script_or_stylesheet_from_another_site(docname):
    # Readers offline, or behind a strict firewall, get the whole page: MathJax included.
    page = (HTML / f"{docname}.html").read_text(encoding="utf-8")
    assert EXTERNAL_ASSET.findall(page) == [], EXTERNAL_ASSET.search(page).group(0)
