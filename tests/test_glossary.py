"""The glossary's source: each term on its own line after a blank one, and defined once.

Chapters append their terms to one file, so merges are where these break; Sphinx only reports
them in a full build ("glossary term must be preceded by empty line", duplicate terms).
"""

import re

from book_sources import BOOK

SOURCE = (BOOK / "reference" / "glossary.md").read_text(encoding="utf-8")
BODY = re.search(r"```\{glossary\}\n(?::sorted:\n)?(.*?)\n```", SOURCE, re.S).group(1)
LINES = BODY.split("\n")


def terms() -> list[tuple[int, str]]:
    return [(i, line) for i, line in enumerate(LINES) if line and not line.startswith(" ")]


def test_every_term_follows_a_blank_line():
    crowded = [term for i, term in terms() if i > 0 and LINES[i - 1] != ""]
    assert not crowded, f"add a blank line before each of these terms: {crowded}"


def test_every_term_is_defined_once():
    seen: dict[str, str] = {}
    twice = []
    for _, term in terms():
        key = term.casefold()
        if key in seen:
            twice.append(term)
        seen[key] = term
    assert not twice, f"defined more than once (terms match case-insensitively): {twice}"


def test_every_term_has_a_definition():
    bare = [term for i, term in terms() if i + 1 >= len(LINES) or not LINES[i + 1].startswith("  ")]
    assert not bare, f"these terms have no indented definition below them: {bare}"
