"""The book's structure: the toc, the roadmaps data and the pages agree with each other."""

import re

import pytest
from book_sources import (
    BOOK,
    LABEL_LINE,
    ROOT,
    labels,
    mentions,
    roadmap_parts,
    roadmaps,
    source,
    title,
    toc_files,
    topic_pages,
)

ROMAN = ["I", "II", "III"]


def test_toc_has_the_three_roadmaps_as_parts_in_seed_order():
    captions = [part.caption for part in roadmap_parts()]
    expected = [f"Part {ROMAN[i]} · {p['title']}" for i, p in enumerate(roadmaps())]
    assert len(roadmaps()) == 3
    assert captions == expected


def test_each_part_has_its_opener_and_its_seven_key_areas_as_chapters_in_order():
    for part, data in zip(roadmap_parts(), roadmaps(), strict=True):
        assert part.opener == f"book/{data['slug']}/index"
        expected = [f"book/{data['slug']}/{area['slug']}/index" for area in data["key_areas"]]
        assert [chapter.file for chapter in part.chapters] == expected
        assert len(expected) == 7
    assert sum(len(part.chapters) for part in roadmap_parts()) == 21


@pytest.mark.parametrize(
    ("docname", "label", "expected_title"),
    [
        (f"book/{p['slug']}/{a['slug']}/index", a["label"], a["title"])
        for p in roadmaps()
        for a in p["key_areas"]
    ]
    + [(f"book/{p['slug']}/index", p["label"], p["title"]) for p in roadmaps()],
)
def test_chapter_and_opener_pages_carry_their_label_and_title(docname, label, expected_title):
    assert labels().get(label) == docname
    assert title(docname) == expected_title


@pytest.mark.parametrize(
    "area", [a for p in roadmaps() for a in p["key_areas"]], ids=lambda a: a["label"]
)
def test_chapter_page_introduces_every_item_of_its_key_area(area):
    text = source(labels()[area["label"]])
    missing = [item["name"] for item in area["items"] if not mentions(text, item)]
    assert not missing, f"{area['label']} does not mention {missing}"


ITEMS_WITH_PAGES = [
    (area["label"], item) for p in roadmaps() for area in p["key_areas"] for item in area["items"]
    if item.get("page")
]  # fmt: skip


@pytest.mark.parametrize(
    ("area_label", "item"), ITEMS_WITH_PAGES, ids=lambda v: v if isinstance(v, str) else v["name"]
)
def test_every_item_page_exists_and_teaches_the_item(area_label, item):
    docname = labels().get(item["page"])
    assert docname, f"{item['name']} points at label {item['page']!r}, which no toc page defines"
    assert mentions(source(docname), item), f"{docname} never mentions {item['name']}"


def test_every_page_under_book_is_in_the_toc_and_every_toc_file_exists():
    listed = set(toc_files())
    on_disk = {str(p.relative_to(ROOT).with_suffix("")) for p in BOOK.rglob("*.md")}
    assert sorted(on_disk - listed) == [], "pages that the toc does not list"
    assert sorted(listed - on_disk) == [], "toc entries without a file"


@pytest.mark.parametrize("docname", toc_files())
def test_every_page_opens_with_a_label_then_its_title(docname):
    text = source(docname)
    body = re.sub(r"\A---\n.*?\n---\n", "", text, flags=re.DOTALL).lstrip()
    first_lines = body.splitlines()[:2]
    assert LABEL_LINE.match(first_lines[0]), f"{docname} must open with a (label)= line"
    assert first_lines[1].startswith("# "), f"{docname}: the label must be followed by the title"


UNFINISHED = re.compile(r"\b(TODO|TBD|FIXME|XXX|coming soon|lorem ipsum|placeholder)\b", re.I)


@pytest.mark.parametrize("docname", toc_files())
def test_no_page_has_unfinished_text(docname):
    assert not UNFINISHED.findall(source(docname))


TOPIC_SECTIONS = ["In practice", "Check yourself", "Practice", "Resources"]
LINK = re.compile(r"\[[^\]]+\]\((https?://[^)\s]+)\)")


@pytest.mark.parametrize("docname", topic_pages())
def test_topic_pages_follow_the_page_anatomy(docname):
    text = source(docname)
    assert "**You will learn**" in text, f"{docname}: objectives ('**You will learn**') missing"
    assert "**Before this**" in text, f"{docname}: prerequisites ('**Before this**') missing"
    assert "```{code-cell}" in text, f"{docname}: a topic page teaches with executed code cells"
    headings = re.findall(r"^## (.+)$", text, re.MULTILINE)
    positions = [headings.index(h) if h in headings else -1 for h in TOPIC_SECTIONS]
    assert -1 not in positions, f"{docname}: needs sections {TOPIC_SECTIONS}, has {headings}"
    assert positions == sorted(positions), f"{docname}: sections out of order: {headings}"
    assert headings[-1] == "Resources", f"{docname}: Resources must be the last section"
    resources = text.split("## Resources", 1)[1]
    assert 3 <= len(LINK.findall(resources)) <= 8, f"{docname}: Resources needs 3-8 links"
    assert text.count("{dropdown} Answer") >= 2, f"{docname}: Check yourself needs 2-4 answers"


def test_chapters_and_their_exercises_pages_link_each_other():
    for part in roadmap_parts():
        for chapter in part.chapters:
            exercises = [s for s in chapter.sections if s.endswith("/exercises")]
            if not exercises:
                continue
            chapter_label = LABEL_LINE.search(source(chapter.file)).group(1)
            exercises_label = LABEL_LINE.search(source(exercises[0])).group(1)
            assert refers_to(source(chapter.file), exercises_label)
            assert refers_to(source(exercises[0]), chapter_label)


def refers_to(text: str, label: str) -> bool:
    """Whether the text has a {ref} role to the label, with or without explicit link text."""
    return re.search(r"\{ref\}`(?:[^`<]*<)?" + re.escape(label) + r">?`", text) is not None
