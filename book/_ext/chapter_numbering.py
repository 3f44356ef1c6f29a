"""Number a chapter's topic pages 6.1, 6.2, … instead of after the chapter page's own sections.

In a numbered toctree Sphinx numbers a chapter page's own headings (What this chapter covers,
Order of study, …) as 6.1-6.6 and then its child pages, which the toctree at the end of the page
lists, from 6.7 on. Readers expect the topic pages of chapter 6 to be 6.1, 6.2, …, so this
extension renumbers after Sphinx (and sphinx-multitoc-numbering) have assigned the numbers:

- a chapter, and any page that has child pages in a numbered toctree, keeps its own number, and
  its own headings lose theirs (they are the chapter's introduction, not its sections);
- its children are numbered 1, 2, … under it in toctree order, and every heading below a child
  follows its new number.

The numbers live in two places, both updated: ``env.toc_secnumbers`` (headings, references,
figure numbers) and the ``secnumber`` of each entry in ``env.tocs`` (sidebars, next/previous).
The PDF numbers its sections itself; ``latex_layout`` does the same there.
"""

from __future__ import annotations

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment
from sphinx.environment.collectors.toctree import TocTreeCollector

Number = tuple[int, ...]


def translate(mapping: dict[Number, Number], number: Number | None) -> Number | None:
    """The new number: the longest old prefix of ``number`` in ``mapping`` replaced."""
    if number is None:
        return None
    for length in range(len(number), 0, -1):
        if number[:length] in mapping:
            return mapping[number[:length]] + number[length:]
    return number


def numbered_parents(env: BuildEnvironment) -> list[str]:
    """Numbered pages with child pages, in number order (so parents come before children)."""
    numbers = env.toc_secnumbers
    parents = [d for d in env.toctree_includes if numbers.get(d, {}).get("")]
    return sorted(parents, key=lambda d: numbers[d][""])


def introduction_pages(env: BuildEnvironment) -> set[str]:
    """Pages whose own headings are an introduction: chapters, and pages with child pages."""
    numbers = env.toc_secnumbers
    chapters = {d for d, n in numbers.items() if n.get("") and len(n[""]) == 1}
    return chapters | set(numbered_parents(env))


def renumbered(env: BuildEnvironment) -> dict[Number, Number]:
    """Old number -> new number of every child page of a numbered page."""
    numbers = env.toc_secnumbers
    mapping: dict[Number, Number] = {}
    for parent in numbered_parents(env):
        children = [c for c in env.toctree_includes[parent] if numbers.get(c, {}).get("")]
        base = translate(mapping, numbers[parent][""])
        for position, child in enumerate(children, 1):
            mapping[numbers[child][""]] = base + (position,)
    return mapping


def renumber(env: BuildEnvironment) -> None:
    mapping = renumbered(env)
    parents = introduction_pages(env)

    for docname, numbers in env.toc_secnumbers.items():
        for anchor, number in numbers.items():
            if docname in parents and anchor:
                numbers[anchor] = None  # the chapter page's own headings
            else:
                numbers[anchor] = translate(mapping, number)
        for reference in env.tocs[docname].findall(nodes.reference):
            anchor = reference.get("anchorname")
            if anchor in numbers:
                reference["secnumber"] = list(numbers[anchor]) if numbers[anchor] else None
        title = env.titles.get(docname)
        if title is not None and numbers.get(""):
            title["secnumber"] = list(numbers[""])


def setup(app: Sphinx) -> dict:
    # sphinx-multitoc-numbering (loaded by Jupyter Book before this extension) replaces the
    # collector's method; wrap whichever one is in place.
    assign = TocTreeCollector.assign_section_numbers

    def assign_section_numbers(self, env: BuildEnvironment) -> list[str]:
        before = {d: dict(n) for d, n in env.toc_secnumbers.items()}
        assign(self, env)
        renumber(env)
        return [d for d, n in env.toc_secnumbers.items() if n != before.get(d)]

    TocTreeCollector.assign_section_numbers = assign_section_numbers
    return {"parallel_read_safe": True, "parallel_write_safe": True}
