"""Figures sharp on the site and vector in the PDF.

Matplotlib's inline backend shows a figure as one PNG at the figure's own resolution, which is
soft on a high-density screen, and the PDF printed that PNG. Before the first code cell of
every notebook page, this extension adds a cell (tagged ``remove-cell``: it is run, not shown)::

    %config InlineBackend.figure_formats = ['retina', 'pdf']

so each figure is stored twice: a PNG at twice the resolution, with its display size in the
output's metadata (the site shows it at its size, sharp on any screen), and a PDF, which
myst-nb prefers for the LaTeX builder (vector figures in the book's PDF). The cell is part of
each page's code, so the execution cache runs a page again when it changes.

The cell is added to the text Sphinx reads (the source-read event); the page's file is left as
it is. ``notebooks.py`` removes it from the notebooks readers download.
"""

from __future__ import annotations

import re

from sphinx.application import Sphinx

FIGURE_FORMATS = "%config InlineBackend.figure_formats = ['retina', 'pdf']"
CELL = f"```{{code-cell}} ipython3\n:tags: [remove-cell]\n\n{FIGURE_FORMATS}\n```\n\n"
CODE_CELL = re.compile(r"^`{3,}\{code-cell\}", re.MULTILINE)


def is_notebook(text: str) -> bool:
    """A MyST notebook page: front matter with a kernelspec."""
    if not text.startswith("---"):
        return False
    end = text.find("\n---", 3)
    return end > 0 and "kernelspec:" in text[:end]


def add_figure_formats(app: Sphinx, docname: str, source: list[str]) -> None:
    text = source[0]
    if not is_notebook(text):
        return
    first = CODE_CELL.search(text)
    if first is None:
        return
    source[0] = text[: first.start()] + CELL + text[first.start() :]


def setup(app: Sphinx) -> dict:
    app.connect("source-read", add_figure_formats)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
