"""Show on a topic page where its topics appear in the three roadmaps.

A page places the directive ``{roadmap-appearances}`` below its opening paragraph. After all
pages are read, the directive becomes a note that lists every chapter of every roadmap naming an
item that this page teaches, as recorded in ``book/_data/roadmaps.yml`` (an item's ``page`` is a
label defined on this page). So a topic with one home page shows, on that page, every other
place the roadmaps mention it, and the list never drifts from the data file.
"""

from __future__ import annotations

from pathlib import Path

import yaml
from docutils import nodes
from sphinx.addnodes import pending_xref
from sphinx.application import Sphinx
from sphinx.transforms.post_transforms import SphinxPostTransform
from sphinx.util.docutils import SphinxDirective

ROADMAPS = Path(__file__).resolve().parents[1] / "_data" / "roadmaps.yml"


class pending_appearances(nodes.General, nodes.Element):
    """Stands where the directive was until every page's labels are known."""


class RoadmapAppearances(SphinxDirective):
    has_content = False

    def run(self) -> list[nodes.Node]:
        self.env.note_dependency(str(ROADMAPS))
        return [pending_appearances()]


def load_roadmaps() -> list[dict]:
    with ROADMAPS.open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)["parts"]


def chapter_link(docname: str, label: str, text: str) -> pending_xref:
    ref = pending_xref(
        "", refdomain="std", reftype="ref", reftarget=label, refexplicit=True, refwarn=True
    )
    ref["refdoc"] = docname
    ref += nodes.inline(text, text)
    return ref


class FillAppearances(SphinxPostTransform):
    """Replace each pending node before Sphinx resolves cross-references (priority 10)."""

    default_priority = 5

    def run(self, **kwargs) -> None:
        pending = list(self.document.findall(pending_appearances))
        if not pending:
            return
        labels = self.env.domaindata["std"]["labels"]
        here = {name for name, (doc, _anchor, _title) in labels.items() if doc == self.env.docname}
        rows: list[tuple[str, str, str, list[str]]] = []  # part, chapter label, chapter, items
        for part in load_roadmaps():
            for area in part["key_areas"]:
                items = [item["name"] for item in area["items"] if item.get("page") in here]
                if items:
                    rows.append((part["title"], area["label"], area["title"], items))
        for node in pending:
            if not rows:
                node.parent.remove(node)
                continue
            note = nodes.admonition(classes=["note", "roadmap-appearances"])
            note += nodes.title("", "In the roadmaps")
            bullets = nodes.bullet_list()
            for part_title, label, area_title, items in rows:
                para = nodes.paragraph()
                para += nodes.Text(f"{part_title} › ")
                para += chapter_link(self.env.docname, label, area_title)
                para += nodes.Text(": " + ", ".join(items))
                bullets += nodes.list_item("", para)
            note += bullets
            node.replace_self(note)


def setup(app: Sphinx) -> dict:
    app.add_node(pending_appearances)
    app.add_directive("roadmap-appearances", RoadmapAppearances)
    app.add_post_transform(FillAppearances)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
