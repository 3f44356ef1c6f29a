"""book/_ext/roadmap_links.py: each topic page lists every roadmap chapter that names its topics."""

import re

import pytest
from book_sources import HTML, labels, roadmaps

HOMES = sorted({item["page"] for p in roadmaps() for a in p["key_areas"] for item in a["items"]
                if item.get("page")})  # fmt: skip


def note_of(docname: str) -> str:
    page = (HTML / f"{docname}.html").read_text(encoding="utf-8")
    match = re.search(r'<div class="[^"]*roadmap-appearances[^"]*">(.*?)</div>', page, re.S)
    assert match, f"{docname} has no 'In the roadmaps' note (add ```{{roadmap-appearances}}```)"
    return match.group(1)


@pytest.mark.parametrize("label", HOMES)
def test_home_page_lists_every_chapter_naming_its_topics(label):
    if not (HTML / "index.html").is_file():
        pytest.fail("no built book in _build/: run `make book`")
    docname = labels()[label]
    here = {name for name, doc in labels().items() if doc == docname}
    note = note_of(docname)
    for part in roadmaps():
        for area in part["key_areas"]:
            names = [i["name"] for i in area["items"] if i.get("page") in here]
            chapter_href = f'index.html#{area["label"]}"'
            if names:
                assert chapter_href in note, f"{docname}: {area['label']} missing from the note"
                for name in names:
                    assert name.replace("&", "&amp;") in note
