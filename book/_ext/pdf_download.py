"""Offer the PDF edition on the web site, when it has been built.

`make pdf` writes _build/latex/ai-roadmaps.pdf. When that file exists as the HTML is built, it is
copied to the site's root and every page's sidebar links it (template pdf-download.html). When it
does not exist, the site simply has no link, and the build says so in one line.
"""

from __future__ import annotations

from pathlib import Path

from sphinx.application import Sphinx
from sphinx.util import logging

logger = logging.getLogger(__name__)


def offer_pdf(app: Sphinx) -> None:
    if app.builder.format != "html":
        return
    pdf = Path(app.srcdir) / app.config.pdf_download_file
    if not pdf.is_file():
        logger.info("no PDF at %s: the site will not link one (run `make pdf` first)", pdf)
        return
    app.config.html_extra_path = [*app.config.html_extra_path, str(pdf)]
    app.config.html_context = {**app.config.html_context, "pdf_download": pdf.name}


def setup(app: Sphinx) -> dict:
    app.add_config_value("pdf_download_file", "_build/latex/ai-roadmaps.pdf", "html", str)
    app.connect("builder-inited", offer_pdf)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
