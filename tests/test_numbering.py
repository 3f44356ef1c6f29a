"""Chapter numbering on the site: chapters 1-21 through the book, and chapter N's pages N.1, N.2, …

A chapter page's own headings (What this chapter covers, …) are its introduction and carry no
number, so that its first topic page is N.1, as in the sidebar, the page titles and references.
The PDF's numbering is checked in test_pdf.py.
"""

import re
from html import unescape

import pytest
from book_sources import HTML, roadmap_parts, title

CHAPTERS = [
    (number, chapter)
    for number, chapter in enumerate(
        (chapter for part in roadmap_parts() for chapter in part.chapters), start=1
    )
]
HEADING = re.compile(r"<h([1-6])[^>]*>(.*?)</h\1>", re.DOTALL)
NUMBER = re.compile(r'<span class="section-number">([\d.]+)\s*</span>')


def headings(docname: str) -> list[tuple[int, str | None, str]]:
    """(level, number or None, text) of every heading in the page's article."""
    page = (HTML / f"{docname}.html").read_text(encoding="utf-8")
    article = page.split('<article class="bd-article">', 1)[-1].split("</article>", 1)[0]
    found = []
    for level, inner in HEADING.findall(article):
        number = NUMBER.search(inner)
        text = unescape(re.sub(r"<[^>]+>", "", NUMBER.sub("", inner))).replace("#", "").strip()
        found.append((int(level), number.group(1).rstrip(".") if number else None, text))
    return found


@pytest.mark.parametrize("number, chapter", CHAPTERS, ids=[c.file for _, c in CHAPTERS])
def test_chapter_page_is_numbered_and_its_own_sections_are_not(number, chapter):
    found = headings(chapter.file)
    assert found[0][:2] == (1, str(number)), f"{chapter.file}: title numbered {found[0][1]}"
    numbered = [(text, n) for _level, n, text in found[1:] if n is not None]
    assert numbered == [], f"{chapter.file}: its own sections must not be numbered: {numbered}"


@pytest.mark.parametrize("number, chapter", CHAPTERS, ids=[c.file for _, c in CHAPTERS])
def test_a_chapters_pages_are_numbered_from_one_in_toc_order(number, chapter):
    for position, docname in enumerate(chapter.sections, start=1):
        expected = f"{number}.{position}"
        found = headings(docname)
        assert found[0][:2] == (1, expected), f"{docname}: title numbered {found[0][1]}"
        for _level, section_number, text in found[1:]:
            if section_number is not None:
                assert section_number.startswith(expected + "."), (
                    f"{docname}: section {text!r} numbered {section_number}, not under {expected}"
                )


@pytest.mark.parametrize("number, chapter", CHAPTERS, ids=[c.file for _, c in CHAPTERS])
def test_the_sidebar_shows_the_same_numbers(number, chapter):
    # A chapter's pages sit beside its index.md, so the sidebar links them by bare file name.
    page = (HTML / f"{chapter.file}.html").read_text(encoding="utf-8")
    for position, docname in enumerate(chapter.sections, start=1):
        link = re.search(rf'href="{re.escape(docname.rsplit("/", 1)[-1])}\.html">([^<]*)<', page)
        assert link, f"the sidebar of {chapter.file} does not link {docname}"
        assert unescape(link.group(1)).strip() == f"{number}.{position}. {title(docname)}"
