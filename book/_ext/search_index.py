"""Keep index entries out of the site's search index: each page is then found once.

Sphinx 7.4 adds every ``{index}`` entry to searchindex.js. A search for an indexed term then
lists the page twice (once for the entry, anchored at ``#index-N``, once for its text), and the
entry's anchor is an empty ``<span>``: Sphinx's search script finds no text there and throws
("Failed to execute 'appendChild' on 'Node'"), so the second result has no excerpt. The
entries stay in the book's index (genindex, and the PDF's index); the search still finds
their pages through the full text, where every indexed term also appears.
"""

from __future__ import annotations

from sphinx.application import Sphinx


def drop_index_entries(app: Sphinx) -> list:
    """Runs as the HTML builder finishes, after every page was fed to the search indexer and
    before the index is written."""
    indexer = getattr(app.builder, "indexer", None)
    if indexer is not None:
        indexer._index_entries = {}
    return []


def setup(app: Sphinx) -> dict:
    app.connect("html-collect-pages", drop_index_entries)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
