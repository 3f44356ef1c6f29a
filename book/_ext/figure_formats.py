"""Figures sharp on the site and vector in the PDF.

Matplotlib's inline backend shows a figure as one PNG at the figure's own resolution, which is
soft on a high-density screen, and the PDF printed that PNG. Before the first code cell of
every notebook page, this extension adds a cell (tagged ``remove-cell``: it is run, not shown)::

    %config InlineBackend.figure_formats = ['retina', 'pdf']
    %config InlineBackend.print_figure_kwargs = {'bbox_inches': 'tight',
                                                 'metadata': {'CreationDate': None}}

(the second is one line in the cell), so each figure is stored twice: a PNG at twice the
resolution, with its display size in the output's metadata (the site shows it at its size, sharp
on any screen), and a PDF, which myst-nb prefers for the LaTeX builder (vector figures in the
book's PDF). The PDF carries no creation date (the inline backend's other default, a tight
bounding box, is kept), so two executions of a page store the same bytes. The cell is part of
each page's code, so the execution cache runs a page again when it changes.

On the site, myst-nb gives such an image its display width and height, which docutils writes
as an inline style (``width: 557px; height: 413px``); on a screen narrower than the figure the
theme caps the width and the fixed height would squash it. The height is dropped here (HTML
only), so the browser keeps the figure's proportions.

The cell is added to the text Sphinx reads (the source-read event); the page's file is left as
it is, and a warning about a line after the cell gives a line number seven lines past it.
``notebooks.py`` removes the cell from the notebooks readers download.
"""

from __future__ import annotations

import re

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.transforms.post_transforms import SphinxPostTransform

FIGURE_FORMATS = (
    "%config InlineBackend.figure_formats = ['retina', 'pdf']\n"
    "%config InlineBackend.print_figure_kwargs = "
    "{'bbox_inches': 'tight', 'metadata': {'CreationDate': None}}"
)
CELL = f"```{{code-cell}} ipython3\n:tags: [remove-cell]\n\n{FIGURE_FORMATS}\n```\n\n"
CODE_CELL = re.compile(r"^`{3,}\{code-cell\}", re.MULTILINE)


def is_notebook(text: str) -> bool:
    """A MyST notebook page: front matter with a kernelspec."""
    if not text.startswith("---"):
        return False
    end = text.find("\n---", 3)
    return end > 0 and "kernelspec:" in text[:end]


def as_executed(text: str) -> str:
    """A page's text as the build executes it: the figure-format cell before its first code
    cell (the execution cache knows a page by this text; tests and scripts that look a page up
    there use it too)."""
    if not is_notebook(text):
        return text
    first = CODE_CELL.search(text)
    if first is None:
        return text
    return text[: first.start()] + CELL + text[first.start() :]


def add_figure_formats(app: Sphinx, docname: str, source: list[str]) -> None:
    source[0] = as_executed(source[0])


def in_cell_output(node: nodes.Node) -> bool:
    parent = node.parent
    while parent is not None:
        if isinstance(parent, nodes.container) and "cell_output" in parent.get("classes", []):
            return True
        parent = parent.parent
    return False


class KeepProportions(SphinxPostTransform):
    """A figure of a code cell keeps its display width on the site, not its height."""

    default_priority = 800
    formats = ("html",)

    def run(self, **kwargs) -> None:
        for image in self.document.findall(nodes.image):
            if "width" in image and "height" in image and in_cell_output(image):
                del image["height"]


def setup(app: Sphinx) -> dict:
    app.connect("source-read", add_figure_formats)
    app.add_post_transform(KeepProportions)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
