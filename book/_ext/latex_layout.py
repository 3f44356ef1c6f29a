"""Shape the PDF edition: how the book reads when Sphinx writes LaTeX.

Every transform here runs only for the LaTeX builder, on the whole book assembled into one
document, so the HTML pages are untouched.

- Parts and numbering. In _toc.yml a roadmap is two toctrees: its captioned opener, then its
  numbered, captionless chapters. sphinx-jupyterbook-latex makes a LaTeX part of each captioned
  toctree (and warns about captionless ones), so the chapters join their opener's toctree first,
  and "Part I · " leaves the caption (LaTeX numbers parts itself). Openers and the guide pages
  are unnumbered chapters, so chapters are numbered 1-21 as on the web site. "Start here" is
  front matter (no part page); "Reference" becomes the appendices. A chapter page's own
  sections (What this chapter covers, …) are unnumbered, so its topic pages are 6.1, 6.2, …, as
  `chapter_numbering` numbers them on the site.
- Exercises. Each solution moves from under its exercise to an appendix, "Solutions to the
  exercises"; the exercise says on which page its solution is, and the solution links back.
- sphinx-design. Grids of cards become lists (title, link and text of each card) and tab sets
  become consecutive labelled blocks, which LaTeX typesets well.
- Downloads. A download link names the repository file it points to.
"""

from __future__ import annotations

import re

from docutils import nodes
from sphinx import addnodes
from sphinx.application import Sphinx
from sphinx.transforms.post_transforms import SphinxPostTransform

PART_PREFIX = re.compile(r"^Part [IVXLC]+ · ")
SOLUTIONS_TITLE = "Solutions to the exercises"


def latex(text: str) -> nodes.raw:
    return nodes.raw("", text, format="latex")


def toctree_wrappers(document: nodes.document, docname: str) -> list[nodes.compound]:
    return [
        node
        for node in document.findall(nodes.compound)
        if "toctree-wrapper" in node["classes"] and node.get("docname") == docname
    ]


def component(node: nodes.Node, name: str) -> bool:
    return isinstance(node, nodes.Element) and node.get("design_component") == name


class BookTransform(SphinxPostTransform):
    """A LaTeX-only transform of the whole book, which the builder assembles in the root doc."""

    builders = ("latex",)

    def run(self, **kwargs) -> None:
        if self.env.docname == self.config.root_doc:
            self.transform_book()

    def transform_book(self) -> None:
        raise NotImplementedError


class ArrangeParts(BookTransform):
    """Join each roadmap's toctrees and mark unnumbered chapters (before jblatex, at 700)."""

    default_priority = 650

    def transform_book(self) -> None:
        root = self.config.root_doc
        wrappers = toctree_wrappers(self.document, root)
        captioned = [w for w in wrappers if w.get("caption")]
        if not captioned:
            return
        # The root page's own text opens the book as an unnumbered "Introduction".
        self.document.insert(
            0,
            latex(
                "\\edef\\bookSecNumDepth{\\number\\value{secnumdepth}}\n"
                "\\setcounter{secnumdepth}{-2}\n\\chapter{Introduction}\n"
            ),
        )
        back_matter = captioned[-1]
        previous = None
        for wrapper in wrappers:
            if not wrapper.get("caption"):
                if previous is not None:  # a roadmap's numbered chapters
                    previous.extend(wrapper.children)
                    wrapper.parent.remove(wrapper)
                continue
            wrapper["caption"] = PART_PREFIX.sub("", wrapper["caption"])
            previous = wrapper
            if wrapper is back_matter:
                wrapper.insert(0, latex("\\setcounter{secnumdepth}{\\bookSecNumDepth}\n"))
                continue
            for chapter in list(wrapper.findall(addnodes.start_of_file, include_self=False)):
                if chapter.parent is wrapper:
                    index = wrapper.index(chapter)
                    wrapper.insert(index, latex("\\setcounter{secnumdepth}{-2}\n"))
                    wrapper.insert(
                        index + 2, latex("\\setcounter{secnumdepth}{\\bookSecNumDepth}\n")
                    )


class ChapterIntroductionsUnnumbered(BookTransform):
    """A chapter page's own sections are its introduction: number only its topic pages."""

    default_priority = 660

    def transform_book(self) -> None:
        from chapter_numbering import introduction_pages

        pages = introduction_pages(self.env)
        for start in list(self.document.findall(addnodes.start_of_file)):
            docname = start.get("docname")
            chapter = next((c for c in start.children if isinstance(c, nodes.section)), None)
            if docname not in pages or chapter is None:
                continue
            chapter.insert(1, latex("\\setcounter{secnumdepth}{0}\n"))
            restore = latex("\\setcounter{secnumdepth}{\\bookSecNumDepth}\n")
            children = toctree_wrappers(self.document, docname)
            if children:
                children[0].parent.insert(children[0].parent.index(children[0]), restore)
            else:
                chapter.append(restore)


class FrontAndBackMatter(BookTransform):
    """After jblatex made parts: no part page for the first and last parts; appendices."""

    default_priority = 750

    def transform_book(self) -> None:
        parts = [
            section
            for section in self.document.findall(nodes.section)
            if isinstance(section.parent, addnodes.start_of_file)
            and section.get("docname") == section.parent.get("docname")
            and section.parent.get("docname") not in self.env.all_docs
        ]
        if len(parts) < 2:
            return
        front, back = parts[0], parts[-1]
        for part in (front, back):
            part.remove(part[0])  # the part's title: no part page
        front.insert(0, latex("\\setcounter{secnumdepth}{-2}\n"))
        back.insert(0, latex("\\appendix\n"))
        self.document["book_back_matter"] = back


class SolutionsToAppendix(BookTransform):
    """Move exercise solutions to an appendix, with page references both ways."""

    default_priority = 760

    def transform_book(self) -> None:
        from sphinx_exercise.nodes import exercise_enumerable_node, exercise_node, solution_node

        registry = getattr(self.env, "sphinx_exercise_registry", {})
        numbers = {}  # exercise label -> "Exercise 6.1", as its title prints it
        for exercise in list(self.document.findall(exercise_enumerable_node)) + list(
            self.document.findall(exercise_node)
        ):
            title = exercise[0].astext() if len(exercise) else ""
            numbers[exercise.get("label")] = title.split("(")[0].strip()
        # sphinx-exercise labels exercises "exercise:<label>" in LaTeX, so a {ref} to one
        # (resolved by Sphinx as "<docname>:<label>") would print "??": point it there.
        for ref in list(self.document.findall(addnodes.number_reference)):
            label = ref.get("refuri", "").rpartition("#")[2]
            if label in numbers and numbers[label]:
                ref.replace_self(latex(f"\\hyperref[exercise:{label}]{{{numbers[label]}}}"))
        solutions = list(self.document.findall(solution_node))
        back = self.document.get("book_back_matter")
        if not solutions or back is None:
            return
        appendix = nodes.section("", nodes.title("", SOLUTIONS_TITLE), ids=["solutions-appendix"])
        appendix += nodes.paragraph(
            "",
            "Each solution passes its exercise's tests. Try the exercise first; the page of "
            "the exercise is given with each solution.",
        )
        for solution in solutions:
            target = solution.get("target_label")
            docname = registry.get(target, {}).get("docname", "")
            here = f"{docname}:{solution.get('label')}"
            parent = solution.parent
            parent.insert(
                parent.index(solution),
                nodes.paragraph(
                    "",
                    "",
                    latex(
                        f"\\sphinxstyleemphasis{{The solution to this exercise is in the appendix, "
                        f"on page \\pageref{{\\detokenize{{{here}}}}}.}}"
                    ),
                ),
            )
            parent.remove(solution)
            appendix += solution
            appendix += nodes.paragraph(
                "",
                "",
                latex(
                    f"\\sphinxstyleemphasis{{Back to the exercise on page "
                    f"\\pageref{{exercise:{target}}}.}}"
                ),
            )
        back += appendix


class DesignComponentsForPrint(SphinxPostTransform):
    """Cards, grids and tabs of sphinx-design as plain, well-typeset blocks."""

    default_priority = 770
    builders = ("latex",)

    def run(self, **kwargs) -> None:
        for grid in list(self.document.findall(lambda n: component(n, "grid-container"))):
            items = nodes.bullet_list()
            for item in grid.findall(lambda n: component(n, "grid-item")):
                items += nodes.list_item("", *self.flatten(item))
            grid.replace_self(items)
        for card in list(self.document.findall(lambda n: component(n, "card"))):
            card.replace_self(self.card(card))
        for tab in list(self.document.findall(lambda n: component(n, "tab-item"))):
            label = next(tab.findall(lambda n: component(n, "tab-label")), None)
            content = next(tab.findall(lambda n: component(n, "tab-content")), None)
            replacement = [nodes.rubric("", label.astext())] if label else []
            replacement += list(content.children) if content else []
            tab.replace_self(replacement)
        for tab_set in list(self.document.findall(lambda n: component(n, "tab-set"))):
            tab_set.replace_self(list(tab_set.children))

    def flatten(self, item: nodes.Element) -> list[nodes.Node]:
        cards = [n for n in item.findall(lambda n: component(n, "card"))]
        return [self.card(card) for card in cards] if cards else list(item.children)

    @staticmethod
    def card(card: nodes.Element) -> nodes.container:
        title = next(card.findall(lambda n: component(n, "card-title")), None)
        link = next(
            (r for r in card.findall(nodes.reference) if "sd-stretched-link" in r["classes"]),
            None,
        )
        heading = nodes.paragraph()
        if title is not None:
            strong = nodes.strong("", title.astext())
            if link is not None:
                link.parent.remove(link)
                link.children = [strong]
                link["classes"] = []
                heading += link
            else:
                heading += strong
            title.parent.remove(title)
        body = [
            child
            for part in card.findall(nodes.Element)
            if component(part, "card-body") or component(part, "card-footer")
            for child in part.children
        ]
        return nodes.container("", heading, *body)


class DownloadsNameTheirFile(SphinxPostTransform):
    """A download link cannot be clicked on paper: say which repository file it is."""

    default_priority = 780
    builders = ("latex",)

    def run(self, **kwargs) -> None:
        for download in list(self.document.findall(addnodes.download_reference)):
            target = download.get("reftarget", "").lstrip("/")
            if target:
                download.parent.insert(
                    download.parent.index(download) + 1,
                    nodes.inline("", f" (the file {target} in the book's repository)"),
                )


def number_within_chapters(app: Sphinx) -> None:
    """Exercises and figures as "Exercise 6.2", as on the site, not "Exercise 6.7.2".

    sphinx-jupyterbook-latex sets numfig_secnum_depth to 2 for a book with parts, counting the
    part as a level; Sphinx's section numbers do not count parts, so 1 is the chapter.
    """
    if app.builder.format == "latex":
        app.config.numfig_secnum_depth = 1


def setup(app: Sphinx) -> dict:
    app.connect("builder-inited", number_within_chapters, priority=900)
    for transform in (
        ArrangeParts,
        ChapterIntroductionsUnnumbered,
        FrontAndBackMatter,
        SolutionsToAppendix,
        DesignComponentsForPrint,
        DownloadsNameTheirFile,
    ):
        app.add_post_transform(transform)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
