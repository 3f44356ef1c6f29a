"""The built site in a browser, as its readers get it.

Every page is opened in headless Chromium (tests/site_browser.py) in four set-ups: light and
dark colour mode, a 1280x900 desktop and a 390x844 phone; the light desktop one is a first
visit (nothing stored). On each, no axe-core violation of WCAG 2.1 A/AA (and no content
outside a landmark), no console error, no uncaught script error, no failed request, no
request off the site, and on the phone no page that scrolls sideways (a wide table or code
block may scroll inside its own box). Then the search, the weight of a page, the favicon,
the figures' alt text and the repository buttons.

Needs `make book` (make test builds it) and `make browser` (Chromium, playwright, axe-core).
"""

from __future__ import annotations

import asyncio
import re
import statistics
from html import unescape
from pathlib import Path

import pytest
import yaml
from book_sources import ROOT, toc_files, topic_pages
from site_browser import AXE, CHROMIUM, HTML, SETUPS, Reader, crawl, html_pages, launch, serve

PAGES = ["index.html", *(f"{d}.html" for d in toc_files()), "genindex.html", "search.html"]
TOPIC_PAGES = [f"{d}.html" for d in topic_pages()]

# A typical topic page (the median of all of them), as the browser fetches it uncompressed.
PAGE_BYTES_BUDGET = 1_200_000
PAGE_REQUESTS_BUDGET = 20


def missing_tools() -> list[str]:
    missing = []
    try:
        import playwright.async_api  # noqa: F401
    except ImportError:
        missing.append("playwright (pip, requirements.txt)")
    if not CHROMIUM.is_file():
        missing.append(f"Chromium at {CHROMIUM} (Debian package chromium)")
    if not AXE.is_file():
        missing.append(f"axe-core at {AXE.relative_to(ROOT)} (npm)")
    return missing


@pytest.fixture(scope="module")
def site():
    if not (HTML / "index.html").is_file():
        pytest.fail("no built site in _build/html: run `make book` (or `make test`)")
    if missing := missing_tools():
        pytest.fail("the browser tests need " + ", ".join(missing) + ": run `make browser`")
    with serve() as base:
        yield base


@pytest.fixture(scope="module")
def visits(site):
    """Every page in every set-up, visited once (the four set-ups side by side)."""
    return crawl(site, SETUPS, PAGES)


def test_every_built_page_is_checked():
    assert sorted(html_pages()) == sorted(PAGES)


@pytest.mark.parametrize("setup", SETUPS, ids=[s.name for s in SETUPS])
@pytest.mark.parametrize("page", PAGES)
def test_page_has_no_accessibility_script_or_layout_problem(visits, setup, page):
    assert visits[setup.name, page].problems(phone=setup.phone) == []


def asset_names(visit) -> set[str]:
    return {url.split("?")[0].rsplit("/", 1)[-1] for url in visit.resources}


def test_a_typical_topic_page_is_light(visits):
    topic = [visits["light-desktop", page] for page in TOPIC_PAGES]
    size = statistics.median(v.bytes for v in topic)
    requests = statistics.median(v.requests for v in topic)
    assert size <= PAGE_BYTES_BUDGET, f"the median topic page weighs {size:,.0f} bytes"
    assert requests <= PAGE_REQUESTS_BUDGET, f"the median topic page makes {requests} requests"


def test_no_page_loads_the_font_awesome_script(visits):
    loading = [p for p in PAGES if "fontawesome.js" in asset_names(visits["light-desktop", p])]
    assert loading == []


def test_only_the_search_page_loads_the_search_index(visits):
    loading = [p for p in PAGES if "searchindex.js" in asset_names(visits["light-desktop", p])]
    assert loading == ["search.html"]


def has_maths(page: str) -> bool:
    html = (HTML / page).read_text(encoding="utf-8")
    return re.search(r'class="math[ "]', html) is not None


@pytest.mark.parametrize("page", PAGES)
def test_mathjax_loads_only_on_pages_with_maths(visits, page):
    loads = "tex-chtml.js" in asset_names(visits["light-desktop", page])
    assert loads == has_maths(page)


def test_some_pages_have_maths():
    # The check above must see both kinds of page.
    assert any(has_maths(p) for p in PAGES) and not all(has_maths(p) for p in PAGES)


# Search: a term, and a page that must be among its results.
SEARCHES = {
    "FastAPI": "book/ai-engineer/deployment-inference/rest-apis.html",
    "convolution": "book/ai-engineer/deep-learning/cnns.html",
    "quantization": "book/ai-engineer/model-optimization/quantization.html",
}

RESULTS = """() => [...document.querySelectorAll('#search-results li')].map(li => ({
    href: li.querySelector('a').getAttribute('href'),
    title: li.querySelector('a').innerText.trim(),
    excerpt: (li.querySelector('p.context') || {innerText: ''}).innerText.trim(),
}))"""


async def _search(base: str, terms: list[str]) -> dict:
    from playwright.async_api import async_playwright

    found = {}
    async with async_playwright() as playwright:
        browser = await launch(playwright)
        reader = await Reader.open_browser(browser, base, SETUPS[0])
        for term in terms:
            visit = await reader.open(f"search.html?q={term}")
            await reader.page.wait_for_function(
                "() => /Search finished|did not match/.test("
                "document.querySelector('#search-results')?.innerText || '')"
            )
            # Each result's excerpt is fetched after the list is shown.
            await reader.page.wait_for_function(
                "() => [...document.querySelectorAll('#search-results li')]"
                ".every(li => li.querySelector('p.context'))",
                timeout=10_000,
            )
            found[term] = (visit.problems(), await reader.page.evaluate(RESULTS))
        await browser.close()
    return found


@pytest.fixture(scope="module")
def searches(site):
    return asyncio.run(_search(site, list(SEARCHES)))


@pytest.mark.parametrize("term", SEARCHES)
def test_search_finds_the_page_once_with_an_excerpt_of_its_text(searches, term):
    problems, results = searches[term]
    assert problems == []
    pages = [r["href"].split("#")[0] for r in results]
    assert SEARCHES[term] in pages, f"searching {term!r} does not list {SEARCHES[term]}"
    entries = [(r["href"].split("#")[0], r["title"]) for r in results]
    duplicates = {e for e in entries if entries.count(e) > 1}
    assert duplicates == set(), f"searching {term!r} lists these more than once"
    for result in results:
        assert result["excerpt"], f"{result['href']} has no excerpt"
    page_excerpt = next(r["excerpt"] for r in results if r["href"] == SEARCHES[term])
    assert term.lower() in page_excerpt.lower(), (
        f"the excerpt of {SEARCHES[term]} does not show where it says {term!r}: {page_excerpt}"
    )


# Static checks of the built HTML: no browser needed.


def built(page: str) -> str:
    return (HTML / page).read_text(encoding="utf-8")


def config() -> dict:
    return yaml.safe_load((ROOT / "_config.yml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("page", PAGES[1:])
def test_every_page_has_a_favicon(page):
    match = re.search(r'<link rel="icon" href="([^"]+)"', built(page))
    assert match, f"{page} links no favicon"
    assert (HTML / Path(page).parent / match.group(1)).resolve().is_file()


IMG = re.compile(r"<img\b[^>]*>")
ALT = re.compile(r'\balt="([^"]*)"')


@pytest.mark.parametrize("page", [p for p in PAGES if IMG.search(built(p))])
def test_every_figure_has_alt_text_that_describes_it(page):
    bad = []
    for tag in IMG.findall(built(page)):
        alt = ALT.search(tag)
        text = unescape(alt.group(1)).strip() if alt else ""
        if len(text) < 10 or re.search(r"\.(png|svg|jpe?g|gif)$|/", text):
            bad.append(tag[:160])
    assert bad == [], (
        "figures without a description (a code cell's figure takes one from the cell's "
        "`mystnb: image: alt:` option; see CONTRIBUTING.md)"
    )


@pytest.mark.parametrize("page", [f"{d}.html" for d in toc_files()])
def test_every_page_links_its_source_the_repository_and_its_issues(page):
    repository = config()["repository"]["url"]
    branch = config()["repository"]["branch"]
    html = built(page)
    source = page.removesuffix(".html") + ".md"
    assert f'href="{repository}"' in html
    assert f'href="{repository}/edit/{branch}/{source}"' in html
    assert f'href="{repository}/issues/new?title=Issue%20on%20page%20%2F{page}' in html


def test_the_repository_is_named_once():
    # The buttons come from repository.url in _config.yml; nothing else spells it out.
    repository = config()["repository"]["url"]
    sources = [ROOT / "_config.yml", *ROOT.glob("book/_templates/**/*.html")]
    assert [p.name for p in sources if repository in p.read_text(encoding="utf-8")] == [
        "_config.yml"
    ]
