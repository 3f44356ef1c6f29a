"""Load on each page only the scripts and stylesheets it uses.

The stock Jupyter Book 1 site loads every extension's assets on every page:

- sphinx-thebe (live code cells run on Binder): Jupyter Book always loads the extension, and
  it adds an inline script that declares ``const THEBE_JS_URL``. Sphinx 7.4 writes an inline
  script registered after the builder started twice (once as filename None, once as ''), so
  every page threw ``SyntaxError: Identifier 'THEBE_JS_URL' has already been declared``. This
  book never runs cells in the browser (its launch buttons open Colab and Binder instead, and
  ``launch_buttons.thebe`` is off), so this extension removes sphinx-thebe's event handlers
  and stylesheet: no inline script, no sphinx-thebe.js or .css.
- MathJax (1.2 MB): Sphinx treats a page as having maths when any page in its toctree has, so
  the landing page and the chapter pages loaded it too. Here a page loads MathJax only when its
  own content has a maths node.
- sphinx-design's tabs script and stylesheet, sphinx-togglebutton's script and stylesheet,
  sphinx-exercise's stylesheet and sphinx-copybutton's scripts: each only on a page whose
  content has what it works on (the classes in NEEDS).
- Font Awesome's brands font (118 kB): sphinx-book-theme fetched it for the GitHub icon of the
  repository buttons alone. They show an icon of the solid font, which every page loads anyway.
"""

from __future__ import annotations

import posixpath
import re
from typing import Any

from sphinx.application import Sphinx

THEBE_MODULE = "sphinx_thebe"
THEBE_STYLESHEET = "sphinx-thebe.css"

CLASS_ATTRIBUTE = re.compile(r'\bclass="([^"]*)"')


def element_classes(body: str) -> list[set[str]]:
    """The class tokens of each element of a page's rendered content."""
    return [set(value.split()) for value in CLASS_ATTRIBUTE.findall(body)]


def any_element(*tokens: str):
    """A test: some element carries all these class tokens."""
    wanted = set(tokens)
    return lambda elements: any(wanted <= classes for classes in elements)


def any_class_prefix(prefix: str):
    return lambda elements: any(c.startswith(prefix) for cs in elements for c in cs)


def either(*tests):
    return lambda elements: any(test(elements) for test in tests)


# Asset (a file under _static, or the start of an inline script) -> what on the page needs it.
TOGGLES = either(any_element("toggle"), any_element("admonition", "dropdown"))
COPYABLE = any_element("highlight")
NEEDS = {
    "design-tabs.js": any_element("sd-tab-set"),
    "sphinx-design.min.css": any_class_prefix("sd-"),
    "togglebutton.js": TOGGLES,
    "togglebutton.css": TOGGLES,
    "let toggleHint": TOGGLES,
    "let toggleOpenOnPrint": TOGGLES,
    "var togglebuttonSelector": TOGGLES,
    "exercise.css": either(any_element("exercise"), any_element("solution")),
    "clipboard.min.js": COPYABLE,
    "copybutton.js": COPYABLE,
    "copybutton.css": COPYABLE,
}


def asset_key(asset: Any) -> str | None:
    """The NEEDS key an asset (a Sphinx _JavaScript or _CascadingStyleSheet) matches, if any."""
    filename = str(asset.filename or "")
    if filename:
        name = posixpath.basename(filename)
        return name if name in NEEDS else None
    body = asset.attributes.get("body", "")
    return next((key for key in NEEDS if " " in key and body.startswith(key)), None)


def drop_thebe(app: Sphinx) -> None:
    """Disconnect every handler sphinx-thebe registered and drop its stylesheet."""
    for listeners in app.events.listeners.values():
        listeners[:] = [
            listener
            for listener in listeners
            if getattr(listener.handler, "__module__", "") != THEBE_MODULE
        ]
    app.registry.css_files[:] = [
        (name, attrs) for name, attrs in app.registry.css_files if name != THEBE_STYLESHEET
    ]


def is_mathjax(script: Any, mathjax_path: str) -> bool:
    """MathJax itself (the builder puts a local path under _static/) or its configuration."""
    body = script.attributes.get("body", "")
    local = posixpath.join("_static", mathjax_path)
    return script.filename in (mathjax_path, local) or body.startswith("window.MathJax = ")


def prune_assets(app: Sphinx, pagename: str, templatename: str, context: dict, doctree) -> None:
    """After every extension added its assets to the page: keep only those the page uses."""
    if app.builder.format != "html" or "script_files" not in context:
        return
    elements = element_classes(context.get("body", ""))

    def used(asset: Any) -> bool:
        key = asset_key(asset)
        return key is None or NEEDS[key](elements)

    has_maths = app.env.get_domain("math").data["has_equations"].get(pagename, False)
    scripts = context["script_files"]
    scripts[:] = [
        s for s in scripts if used(s) and (has_maths or not is_mathjax(s, app.config.mathjax_path))
    ]
    styles = context["css_files"]
    styles[:] = [s for s in styles if used(s)]


REPOSITORY_ICON = "fa-solid fa-code-branch"


def solid_icons(buttons: list[dict]) -> None:
    """Give header buttons that use a brand icon (fab ...) the solid repository icon."""
    for button in buttons:
        if str(button.get("icon", "")).startswith("fab "):
            button["icon"] = REPOSITORY_ICON
        solid_icons(button.get("buttons", []))


def repository_icon(app: Sphinx, pagename: str, templatename: str, context: dict, doctree):
    solid_icons(context.get("header_buttons", []))


def setup(app: Sphinx) -> dict:
    if THEBE_MODULE in app.extensions:
        drop_thebe(app)
    app.connect("html-page-context", prune_assets, priority=900)
    # After sphinx-book-theme made the page's header buttons (priority 501).
    app.connect("html-page-context", repository_icon, priority=900)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
