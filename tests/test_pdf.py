"""The PDF edition (`make pdf`): built cleanly, structured like a book, offered by the site."""

import re

import pytest
from book_sources import BUILD, HTML, log_problems, roadmap_parts, roadmaps, title, toc_files
from pypdf import PdfReader

LATEX = BUILD / "latex"
PDF = LATEX / "ai-roadmaps.pdf"


@pytest.fixture(scope="module")
def pdf() -> PdfReader:
    if not PDF.is_file():
        pytest.fail("no PDF in _build/latex/: run `make pdf` (or `make test`, which builds it)")
    return PdfReader(PDF)


@pytest.fixture(scope="module")
def pages_text(pdf) -> list[str]:
    return [page.extract_text() or "" for page in pdf.pages]


def outline_titles(pdf: PdfReader) -> list[tuple[int, str]]:
    """(depth, title) for every bookmark, in order."""
    found = []

    def walk(items, depth):
        for item in items:
            if isinstance(item, list):
                walk(item, depth + 1)
            else:
                found.append((depth, item.title))

    walk(pdf.outline, 0)
    return found


def test_pdf_build_log_has_no_warnings():
    assert log_problems(BUILD / "pdf.log") == []


def test_outline_has_every_part_and_chapter_in_toc_order(pdf):
    titles = [text for _depth, text in outline_titles(pdf)]
    expected = []
    for part, data in zip(roadmap_parts(), roadmaps(), strict=True):
        expected.append(data["title"])
        expected += [title(chapter.file) for chapter in part.chapters]
    positions = []
    for name in expected:
        later = [
            i for i, t in enumerate(titles) if t.endswith(name) and i > max(positions, default=-1)
        ]
        assert later, f"{name!r} missing from the PDF outline (or out of order)"
        positions.append(later[0])


def test_latex_log_has_no_undefined_references_or_missing_glyphs():
    log = (LATEX / "ai-roadmaps.log").read_text(encoding="utf-8", errors="replace")
    assert "undefined" not in log.lower().replace("undefined on input line", "undefined"), [
        line for line in log.splitlines() if "undefined" in line.lower()
    ]
    assert "Missing character" not in log


def test_no_unresolved_reference_marks_in_the_text(pages_text):
    # LaTeX prints an unresolved reference as ??; `git status` prints ?? before an untracked
    # file at the start of a line, which the Software Engineering pages show.
    # So the text is searched for ?? not followed by a space, and LaTeX's log for the rest.
    assert not [i + 1 for i, text in enumerate(pages_text) if re.search(r"\?\?(?! )", text)]
    log = (BUILD / "latex" / "ai-roadmaps.log").read_text(encoding="utf-8", errors="replace")
    assert not re.findall(r"Reference `[^']*' on page \d+ undefined", log)


def test_every_chapter_title_is_printed_on_a_page(pages_text):
    for part in roadmap_parts():
        for chapter in part.chapters:
            name = title(chapter.file)
            assert any(name in text for text in pages_text), f"{name!r} is on no page"


def test_solutions_sit_in_an_appendix_not_under_their_exercises(pages_text):
    text = "\n".join(pages_text)
    exercises = [m.start() for m in re.finditer(r"(?<!Solution to )Exercise \d+(\.\d+)* \(", text)]
    solutions = [m.start() for m in re.finditer(r"Solution to Exercise", text)]
    assert exercises and solutions, "the PDF shows no exercises or no solutions"
    assert min(solutions) > max(exercises), "a solution is printed before the last exercise"
    assert text.count("The solution to this exercise is in the appendix") == len(solutions)


@pytest.mark.parametrize(
    "page", [f"{d}.html" for d in toc_files()] + ["genindex.html", "search.html"]
)
def test_the_site_offers_the_pdf_on_every_page(page):
    assert (HTML / PDF.name).read_bytes() == PDF.read_bytes(), "the site's PDF is not this build's"
    html = (HTML / page).read_text(encoding="utf-8")
    depth = page.count("/")
    assert f'href="{"../" * depth}{PDF.name}"' in html
    assert "Download the book as a PDF" in html


def test_pdf_ends_with_the_glossary_the_solutions_and_an_index(pdf):
    titles = [text for _depth, text in outline_titles(pdf)]
    glossary = next(i for i, t in enumerate(titles) if t.endswith("Glossary"))
    solutions = next(i for i, t in enumerate(titles) if t.endswith("Solutions to the exercises"))
    assert titles[-1] == "Index"
    assert glossary < solutions < len(titles) - 1


def test_chapter_pages_are_numbered_as_on_the_site(pages_text):
    # Chapter N's topic pages are N.1, N.2, …; its own introduction sections carry no number.
    # pypdf guesses spaces from gaps between glyphs and drops some on tightly set lines, so
    # headings are compared with every space removed.
    text = re.sub(r"\s+", "", "\n".join(pages_text))
    number = 0
    for part in roadmap_parts():
        for chapter in part.chapters:
            number += 1
            for position, docname in enumerate(chapter.sections, start=1):
                heading = f"{number}.{position} {title(docname)}"
                assert re.sub(r"\s+", "", heading) in text, f"no heading {heading!r} in the PDF"
    assert not re.search(r"\d+\.\d+Whatthischaptercovers", text), "a chapter's own section"


def test_exercises_are_numbered_within_their_chapter(pages_text):
    text = "\n".join(pages_text)
    numbers = set(re.findall(r"(?<!Solution to )Exercise (\d+(?:\.\d+)*) \(", text))
    assert numbers, "the PDF shows no exercises"
    assert all(n.count(".") == 1 for n in numbers), sorted(numbers)


TEX = LATEX / "ai-roadmaps.tex"
TIKZ = re.compile(r"\\begin\{tikzpicture\}.*?\\end\{tikzpicture\}", re.DOTALL)


def test_every_part_and_chapter_has_its_roadmap_map_drawn_in_vector():
    tex = TEX.read_text(encoding="utf-8")
    maps = TIKZ.findall(tex)
    areas = sum(len(part["key_areas"]) for part in roadmaps())
    assert len(maps) == len(roadmaps()) + areas
    labels = set(re.findall(r"\\label\{\\detokenize\{([^}]*)\}\}", tex))
    targets = {t for m in maps for t in re.findall(r"\\hyperref\[\\detokenize\{([^}]*)\}\]", m)}
    assert targets and targets <= labels, f"map links to no label: {sorted(targets - labels)}"


def test_figures_of_code_cells_are_vector_in_the_pdf():
    tex = TEX.read_text(encoding="utf-8")
    included, bitmaps = [], []
    heading = ""
    for line in tex.splitlines():
        title = re.match(r"\\(?:sub)*section\{(.*)\}", line)
        heading = title[1] if title else heading
        found = re.search(
            r"\\sphinxincludegraphics(?:\[[^\]]*\])?\{\{[0-9a-f]{64}\}(\.\w+)\}", line
        )
        if found:
            included.append(found[1])
            if found[1] != ".pdf":
                bitmaps.append(f"{heading}: {found[1]}")
    assert included, "no figure of a code cell in the PDF"
    assert bitmaps == [], "a figure of a code cell is a bitmap in the PDF"
