"""Give each expand/collapse toggle of the sidebar's table of contents an accessible name.

pydata-sphinx-theme puts an icon-only ``<summary>`` beside every chapter that has sections, so
a screen reader announced each of them as an unnamed button (axe: summary-name). Each one is
named here after the chapter it opens ("Sections of 4. Deep Learning"); browsers announce
whether it is expanded themselves.
"""

from __future__ import annotations

from bs4 import BeautifulSoup
from markupsafe import Markup
from sphinx.application import Sphinx


def name_toggles(html: str) -> str:
    soup = BeautifulSoup(html, "html.parser")
    for summary in soup.select("li.has-children > details > summary"):
        if summary.get_text(strip=True) or summary.get("aria-label"):
            continue
        item = summary.find_parent("li")
        link = item.find("a", recursive=False)
        if link is not None:
            summary["aria-label"] = f"Sections of {link.get_text(' ', strip=True)}"
    return str(soup)


def wrap_toctree(app: Sphinx, pagename: str, templatename: str, context: dict, doctree) -> None:
    generate = context.get("generate_toctree_html")
    if generate is None:
        return

    def generate_named(*args, **kwargs):
        return Markup(name_toggles(str(generate(*args, **kwargs))))

    context["generate_toctree_html"] = generate_named


def setup(app: Sphinx) -> dict:
    # After pydata-sphinx-theme added generate_toctree_html to the page's context.
    app.connect("html-page-context", wrap_toctree, priority=900)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
