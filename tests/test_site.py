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
from book_sources import BUILD, ROOT, labels, roadmaps, toc_files, topic_pages
from site_browser import AXE, CHROMIUM, HTML, SETUPS, Reader, crawl, html_pages, launch, serve

PAGES = ["index.html", *(f"{d}.html" for d in toc_files()), "genindex.html", "search.html"]
TOPIC_PAGES = [f"{d}.html" for d in topic_pages()]

# A typical topic page (the median of all of them), as the browser fetches it uncompressed.
# Its maths aside (see test_a_typical_topic_page_is_light).
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
    # MathJax's own files aside: about half the topic pages have maths, and MathJax alone is
    # 1.2 MB and a font file per style of maths; the test below loads it only on those pages.
    topic = [visits["light-desktop", page].without_mathjax() for page in TOPIC_PAGES]
    size = statistics.median(sum(files.values()) for files in topic)
    requests = statistics.median(len(files) for files in topic)
    assert size <= PAGE_BYTES_BUDGET, f"the median topic page weighs {size:,.0f} bytes"
    assert requests <= PAGE_REQUESTS_BUDGET, f"the median topic page makes {requests} requests"


def test_a_typical_topic_page_without_maths_is_light_with_everything_it_loads(visits):
    topic = [visits["light-desktop", page] for page in TOPIC_PAGES if not has_maths(page)]
    assert len(topic) >= 10
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


# Roadmap maps (book/_ext/roadmap_maps.py): one on every part opener and chapter page.


def soup(page: str):
    from bs4 import BeautifulSoup

    return BeautifulSoup(built(page), "html.parser")


def map_pages() -> list[tuple[str, str, dict, dict | None]]:
    """(built page, kind, part, key area or None) of every page that gets a map."""
    pages = []
    for part in roadmaps():
        pages.append((f"{labels()[part['label']]}.html", "part", part, None))
        for area in part["key_areas"]:
            pages.append((f"{labels()[area['label']]}.html", "chapter", part, area))
    return pages


MAP_PAGES = map_pages()
MAP_IDS = [page for page, *_ in MAP_PAGES]


def resolve_link(page: str, href: str) -> tuple[str, str]:
    """(built page, anchor) that a relative link on a page points to."""
    url, _, anchor = href.partition("#")
    target = (Path(page).parent / url).as_posix() if url else page
    parts = []
    for part in target.split("/"):
        if part == "..":
            parts.pop()
        elif part not in ("", "."):
            parts.append(part)
    return "/".join(parts), anchor


def expected_target(area: dict, item: dict | None) -> str:
    """The page a map box must link to: the item's page, or its chapter page."""
    label = (item or {}).get("page", area["label"])
    return f"{labels()[label]}.html"


@pytest.mark.parametrize(("page", "kind", "part", "area"), MAP_PAGES, ids=MAP_IDS)
def test_every_part_and_chapter_page_has_its_map_with_a_text_alternative(page, kind, part, area):
    maps = soup(page).select("figure.roadmap-map")
    assert len(maps) == 1, f"{page} has {len(maps)} roadmap maps"
    figure = maps[0]
    assert f"roadmap-map--{kind}" in figure["class"]
    wide = figure.select_one("svg.roadmap-map__svg--wide")
    narrow = figure.select_one("svg.roadmap-map__svg--narrow")
    listed = figure.select_one("details.roadmap-map__list")
    assert wide and narrow and listed, "a map has a wide and a narrow drawing and a list"
    caption = figure.select_one("figcaption")
    assert caption and caption.get("id") == wide["aria-labelledby"] == narrow["aria-labelledby"]

    def links(element) -> list[tuple[str, str]]:
        return sorted((a["href"], " ".join(a.get_text(" ").split())) for a in element.select("a"))

    # The drawings and the list hold the same links (the list numbers its chapters "4.").
    drawn = [(href, text.replace(" ", "")) for href, text in links(wide)]
    listed_links = [(h, t.replace(".", "", 1).replace(" ", "")) for h, t in links(listed)]
    assert links(wide) == links(narrow)
    assert sorted(drawn) == sorted(listed_links)
    areas = part["key_areas"] if kind == "part" else [area]
    expected = []
    for each in areas:
        expected += [(expected_target(each, item), item["name"]) for item in each["items"]]
        if kind == "part":
            expected.append((expected_target(each, None), each["title"]))
    found = []
    for a in wide.select("a"):
        target, _anchor = resolve_link(page, a["href"])
        title = a.select_one(".roadmap-map__title")
        text = " ".join((title or a.select_one("text")).get_text(" ").split())
        found.append((target, text))
        assert a["data-page"] == target.removesuffix(".html")
    assert sorted(found) == sorted(expected)


@pytest.mark.parametrize(("page", "kind", "part", "area"), MAP_PAGES, ids=MAP_IDS)
def test_every_link_of_a_map_resolves(page, kind, part, area):
    broken = []
    for a in soup(page).select("figure.roadmap-map a"):
        target, anchor = resolve_link(page, a["href"])
        if not (HTML / target).is_file():
            broken.append(f"{a['href']} (no {target})")
        elif anchor and soup(target).find(id=anchor) is None:
            broken.append(f"{a['href']} (no #{anchor} in {target})")
    assert broken == []


def test_pages_without_a_map_have_none():
    with_maps = {page for page, *_ in MAP_PAGES}
    others = [p for p in PAGES if p not in with_maps and 'class="roadmap-map' in built(p)]
    assert others == []


# Learner progress: a reader marks a page done; it survives a reload and shows on the maps.

TOPIC = "book/ai-engineer/deep-learning/pytorch.html"
PART = "book/ai-engineer/index.html"
CHAPTER = "book/ai-engineer/deep-learning/index.html"

MARKS = """() => ({
    pressed: document.querySelector('.progress-mark__button')?.getAttribute('aria-pressed'),
    stored: localStorage.getItem('ai-roadmaps:done'),
    done: [...document.querySelectorAll(
        '.roadmap-map__svg--wide a.is-done, .roadmap-map__list a.is-done'
    )].map(a => a.getAttribute('data-page') + ' ' + (a.closest('svg') ? 'map' : 'list')),
    counts: [...document.querySelectorAll('.roadmap-map__svg--wide .roadmap-map__count')]
        .map(t => t.textContent).filter(Boolean),
    sidebar: [...document.querySelectorAll('.bd-docs-nav a.is-done')]
        .map(a => a.getAttribute('href')),
})"""


async def _progress(base: str) -> dict:
    from playwright.async_api import async_playwright

    seen = {}
    async with async_playwright() as playwright:
        browser = await launch(playwright)
        reader = await Reader.open_browser(browser, base, SETUPS[0])
        visit = await reader.open(TOPIC)
        seen["before"] = await reader.page.evaluate(MARKS)
        await reader.page.get_by_role("button", name="Done with this page").click()
        seen["clicked"] = await reader.page.evaluate(MARKS)
        await reader.page.reload(wait_until="load")
        seen["reloaded"] = await reader.page.evaluate(MARKS)
        for name, page in (("part", PART), ("chapter", CHAPTER)):
            await reader.open(page)
            seen[name] = await reader.page.evaluate(MARKS)
        await reader.open(TOPIC)
        await reader.page.get_by_role("button", name="Done with this page").click()
        await reader.open(PART)
        seen["undone"] = await reader.page.evaluate(MARKS)
        seen["problems"] = visit.problems()
        await browser.close()
    return seen


@pytest.fixture(scope="module")
def progress(site):
    return asyncio.run(_progress(site))


def test_marking_a_page_done_survives_a_reload(progress):
    assert progress["before"]["pressed"] == "false"
    assert progress["clicked"]["pressed"] == "true"
    assert progress["reloaded"]["pressed"] == "true"
    assert progress["reloaded"]["stored"] == '["book/ai-engineer/deep-learning/pytorch"]'
    assert progress["problems"] == []


def test_a_page_marked_done_is_ticked_on_the_maps_and_in_the_sidebar(progress):
    page = TOPIC.removesuffix(".html")
    for name in ("part", "chapter"):
        assert sorted(progress[name]["done"]) == [f"{page} list", f"{page} map"], name
    # The Deep Learning box counts its items done: PyTorch, one of seven.
    assert progress["part"]["counts"] == ["1/7"]
    assert progress["chapter"]["counts"] == ["1/7"]
    assert any(href.endswith("pytorch.html") for href in progress["part"]["sidebar"])


def test_a_mark_can_be_taken_back(progress):
    assert progress["undone"]["done"] == [] and progress["undone"]["counts"] == []


def test_the_done_button_is_on_every_page_the_maps_link_to_and_no_other():
    targets = {
        expected_target(area, item)
        for *_, area in MAP_PAGES
        if area
        for item in [None, *area["items"]]
    }
    with_button = {p for p in PAGES if 'class="btn progress-mark__button"' in built(p)}
    assert with_button == targets


# Launch buttons and notebook downloads (book/_ext/notebooks.py).

NOTEBOOK_PAGES = [
    f"{d}.html"
    for d in toc_files()
    if (ROOT / f"{d}.md").read_text(encoding="utf-8").startswith("---")
    and "kernelspec:" in (ROOT / f"{d}.md").read_text(encoding="utf-8").split("\n---", 1)[0]
]


def test_there_are_notebook_pages():
    assert len(NOTEBOOK_PAGES) > 30


@pytest.mark.parametrize("page", NOTEBOOK_PAGES)
def test_a_page_with_code_launches_on_colab_and_binder_from_the_notebooks_branch(page):
    repository = config()["repository"]["url"]
    org_repo = repository.removeprefix("https://github.com/")
    notebook = page.removesuffix(".html") + ".ipynb"
    html = unescape(built(page))
    assert f"https://colab.research.google.com/github/{org_repo}/blob/notebooks/{notebook}" in html
    assert f"https://mybinder.org/v2/gh/{org_repo}/notebooks?urlpath=lab/tree/{notebook}" in html


def test_pages_without_code_have_no_launch_buttons():
    others = [p for p in PAGES if p not in NOTEBOOK_PAGES and "dropdown-launch-buttons" in built(p)]
    assert others == []


@pytest.mark.parametrize("page", NOTEBOOK_PAGES)
def test_a_page_with_code_downloads_as_a_notebook_that_installs_what_it_needs(page):
    import nbformat

    docname = page.removesuffix(".html")
    depth = page.count("/")
    assert f'href="{"../" * depth}_sources/{docname}.ipynb"' in built(page)
    nb = nbformat.read(HTML / "_sources" / f"{docname}.ipynb", as_version=4)
    nbformat.validate(nb)
    intro, install, *cells = nb.cells
    assert intro.cell_type == "markdown" and "AI Roadmaps book" in intro.source
    assert install.cell_type == "code" and "Run it first on Colab" in install.source
    executed = nbformat.read(BUILD / "jupyter_execute" / f"{docname}.ipynb", as_version=4)
    page_cells = [c for c in executed.cells if "%config InlineBackend" not in c.source]
    assert [c.source for c in cells] == [c.source for c in page_cells]
    assert any(c.get("outputs") for c in cells), "the notebook has the outputs the page shows"
    data = [o.get("data", {}) for c in cells for o in c.get("outputs", [])]
    assert not any("application/pdf" in d for d in data), "PDF figures are for the PDF build"


# Figures: twice the resolution of their display size, and not shrunk much below it.

# A figure may be shown at no less than this share of its own width at 1280 px: its text,
# 10 pt at 100 dpi (14 px) by matplotlib's default, stays at 9 px or more.
FIGURE_SCALE_MIN = 0.65


def test_figures_are_drawn_at_twice_their_display_size(visits):
    soft = []
    for page in PAGES:
        for figure in visits["light-desktop", page].figures:
            if figure["src"].endswith(".png") and figure["declared"] != figure["natural"] // 2:
                soft.append(
                    f"{page}: {figure['src']} ({figure['natural']} px, "
                    f"shown as {figure['declared']})"
                )
    assert soft == []


@pytest.mark.parametrize(
    "page",
    NOTEBOOK_PAGES,
)
def test_figures_are_legible_at_the_width_they_are_shown(visits, page):
    shrunk = []
    for figure in visits["light-desktop", page].figures:
        own = figure["declared"] or figure["natural"]
        if figure["shown"] < FIGURE_SCALE_MIN * own:
            shrunk.append(f"{figure['src']} shown at {figure['shown'] / own:.0%} of its {own} px")
    assert shrunk == []
