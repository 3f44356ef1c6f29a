"""Every page with code as a Jupyter notebook: to download, and to run on Colab or Binder.

Download. sphinx-book-theme copies each executed page (``_build/jupyter_execute``) to
``_sources/<page>.ipynb`` and offers it in the page's download menu (it does so once launch
buttons are configured). This extension rewrites that copy into a notebook that runs anywhere:

1. a first Markdown cell saying which page it is and what the next cell does;
2. a first code cell that installs the packages the page imports, at the book's versions (from
   constraints.txt): ``%pip install ...``, with PyTorch's CPU build from PyTorch's own index
   and the book's own package (ai_roadmaps) from the repository;
3. then the page's cells with their outputs (from the execution cache: myst-nb writes the
   jupyter_execute copy without them when it reuses cached outputs), less the hidden
   figure-format cell
   (``figure_formats.py``) and less the PDF copy of each figure (only the PDF build uses it).

Launch. Colab opens a notebook from a GitHub repository, and Binder builds an environment
from one; neither reads a MyST Markdown page. ``scripts/export_notebooks.py`` writes the same
notebooks, without outputs, and ``.github/workflows/notebooks.yml`` publishes them on the
repository's ``notebooks`` branch (with a ``runtime.txt`` asking Binder for Python 3.11). The
theme's Colab and Binder buttons, made from ``repository.url`` and ``launch_buttons`` in
_config.yml, are pointed at that branch here (``notebooks_branch``).
"""

from __future__ import annotations

import ast
import copy
import functools
import html
import re
import sys
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parents[2]
CONSTRAINTS = ROOT / "constraints.txt"
LOCAL_PACKAGE = "ai_roadmaps"  # the book's own package, installed from the repository
TORCH_INDEX = "https://download.pytorch.org/whl/cpu"
NOTEBOOKS_BRANCH = "notebooks"

# Module -> its distribution on PyPI, where the names differ beyond case and "-"/"_" (the
# longest dotted prefix of an import wins). tests/test_notebooks.py checks every module the
# pages import against the installed environment.
DISTRIBUTIONS = {
    "sklearn": "scikit-learn",
    "skimage": "scikit-image",
    "bs4": "beautifulsoup4",
    "yaml": "pyyaml",
    "PIL": "pillow",
    "hcl2": "python-hcl2",
    "dateutil": "python-dateutil",
    "google.auth": "google-auth",
    "google.cloud.storage": "google-cloud-storage",
    "google.protobuf": "protobuf",
    "azure.storage.blob": "azure-storage-blob",
    "airflow": "apache-airflow",
    "dbt": "dbt-core",
    "cyclonedx": "cyclonedx-python-lib",
    "helm_python": "helm-python-sdk",
    "jwt": "PyJWT",
    "tensorflow": "tensorflow-cpu",
}


def distribution(module: str) -> str:
    """The distribution that provides a (dotted) module, by DISTRIBUTIONS or by its name."""
    parts = module.split(".")
    for length in range(len(parts), 0, -1):
        prefix = ".".join(parts[:length])
        if prefix in DISTRIBUTIONS:
            return DISTRIBUTIONS[prefix]
    return parts[0]


def normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def pins(path: Path = CONSTRAINTS) -> dict[str, str]:
    """Normalised distribution name -> version, from a pip constraints file."""
    found = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#")[0].strip()
        if "==" in line:
            name, version = line.split("==", 1)
            found[normalise(name.split("[")[0])] = version.strip()
    return found


MAGIC = re.compile(r"^\s*[%!]")
WRITEFILE = re.compile(r"^%%writefile\s+(?:-a\s+)?(\S+)\.py\s*$")
# Namespace packages that several distributions share: `from google.cloud import storage`
# imports the module google.cloud.storage, which names its distribution.
NAMESPACES = {"google", "google.cloud", "azure", "azure.storage"}


def imports_of(code: str) -> set[str]:
    """The modules (dotted names) that Python code imports anywhere in it; magics and shell
    lines are left out."""
    text = "\n".join("" if MAGIC.match(line) else line for line in code.splitlines())
    try:
        tree = ast.parse(text)
    except SyntaxError:
        return set()
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            if node.module in NAMESPACES:
                found |= {f"{node.module}.{alias.name}" for alias in node.names}
            else:
                found.add(node.module)
    return found


def notebook_imports(nb) -> set[str]:
    """The modules a notebook's code imports, less the ones it writes itself with
    ``%%writefile name.py`` (a page's own small module, imported by its tests)."""
    found, own = set(), set()
    for cell in nb.cells:
        if cell.cell_type == "code":
            found |= imports_of(cell.source)
            written = WRITEFILE.match(cell.source.split("\n", 1)[0])
            if written:
                own.add(Path(written.group(1)).name)
    return {module for module in found if module.split(".")[0] not in own}


def local_package_imports(modules: set[str] | None = None) -> set[str]:
    """What the book's own package imports (a page that uses it needs those too): of the
    modules of it named (``ai_roadmaps.case_study``: that subpackage and the package's
    ``__init__``), or of all of it."""
    package = ROOT / LOCAL_PACKAGE
    if modules is None:
        files = set(package.rglob("*.py"))
    else:
        files = {package / "__init__.py"}
        for module in modules:
            parts = module.split(".")
            if parts[0] != LOCAL_PACKAGE or len(parts) == 1:
                continue
            path = package.joinpath(*parts[1:])
            files |= set(path.rglob("*.py")) if path.is_dir() else {path.with_suffix(".py")}
    found = set()
    for path in sorted(f for f in files if f.is_file()):
        found |= imports_of(path.read_text(encoding="utf-8"))
    return found


@functools.cache
def book_modules() -> frozenset[str]:
    """Modules that are files of the book itself (a page's listings, e.g. churn_service.py):
    a page imports them from the repository, they are not installed."""
    return frozenset(path.stem for path in (ROOT / "book").rglob("*.py"))


def third_party(modules: set[str]) -> set[str]:
    return {
        m
        for m in modules
        if m.split(".")[0] not in sys.stdlib_module_names and not m.startswith("_")
    }


def top(modules: set[str]) -> set[str]:
    return {m.split(".")[0] for m in modules}


def requirements(modules: set[str], versions: dict[str, str]) -> tuple[list[str], list[str]]:
    """(pinned requirements, modules with no pin), for the third-party modules a page imports.

    PyTorch and the book's own package are left to their own install lines.
    """
    modules = third_party(modules)
    if LOCAL_PACKAGE in top(modules):
        modules |= third_party(local_package_imports(modules))
    modules = {m for m in modules if m.split(".")[0] not in book_modules()}
    pinned, unknown = set(), []
    for module in sorted(modules):
        if module.split(".")[0] in ("torch", LOCAL_PACKAGE):
            continue
        name = normalise(distribution(module))
        if name in versions:
            pinned.add(f"{name}=={versions[name]}")
        else:
            unknown.append(module)
    return sorted(pinned), sorted(set(unknown))


def install_cell(modules: set[str], versions: dict[str, str], repository: str, branch: str):
    """The %pip lines a fresh environment runs first, and the modules with no pin."""
    pinned, unknown = requirements(modules, versions)
    modules = top(modules)
    lines = [
        "# Installs what this page uses, at the book's versions. Run it first on Colab,",
        "# Binder or a fresh Python 3.11 environment; skip it in the book's own environment.",
    ]
    if "torch" in modules:
        lines.append(
            f"%pip install --quiet torch=={versions.get('torch', '')} --index-url {TORCH_INDEX}"
        )
    if pinned:
        lines.append("%pip install --quiet " + " ".join(pinned))
    if LOCAL_PACKAGE in modules:
        lines.append(f'%pip install --quiet "ai-roadmaps @ git+{repository}@{branch}"')
    if len(lines) == 2:
        lines.append("# This page uses only the Python standard library: nothing to install.")
    return "\n".join(lines), unknown


def is_figure_formats_cell(cell) -> bool:
    from figure_formats import FIGURE_FORMATS

    return cell.cell_type == "code" and cell.source.strip() == FIGURE_FORMATS


def runnable_notebook(nb, title: str, repository: str, branch: str, versions: dict[str, str]):
    """A copy of a page's notebook that starts by installing what it needs; (notebook,
    modules without a pin)."""
    nb = copy.deepcopy(nb)
    nb.cells = [cell for cell in nb.cells if not is_figure_formats_cell(cell)]
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            output.get("data", {}).pop("application/pdf", None)
    source, unknown = install_cell(notebook_imports(nb), versions, repository, branch)
    intro = nbformat.v4.new_markdown_cell(
        f"# {title}\n\n"
        f"This notebook is a page of the AI Roadmaps book ({repository}). The next cell "
        "installs the packages the page uses, at the versions the book was built with: run "
        "it first on Colab, on Binder or in a fresh Python 3.11 environment, and skip it in "
        "the environment the book's `make book` sets up, which has them all."
    )
    setup = nbformat.v4.new_code_cell(source)
    for cell, name in ((intro, "book-page"), (setup, "book-install")):
        if nb.nbformat_minor >= 5:
            cell["id"] = name  # stable ids: the same notebook at every build
        else:
            cell.pop("id", None)
    nb.cells = [intro, setup, *nb.cells]
    return nb, unknown


# ---------------------------------------------------------------------------------------------
# Sphinx


LAUNCH_ICON = "fa-solid fa-arrow-up-right-from-square"


def launch_urls(app, pagename: str, context: dict) -> None:
    """Point the theme's Colab and Binder buttons at the notebooks branch, each with an icon of
    the solid font every page loads anyway (the theme's logos were two more requests, and
    their alt text repeated the button's name)."""
    from sphinx_book_theme.header_buttons import get_repo_parts

    parts = get_repo_parts(context)
    if not parts:
        return
    _provider_url, org, repo, _provider = parts
    branch = app.config.notebooks_branch
    binder = {
        "Binder": f"https://mybinder.org/v2/gh/{org}/{repo}/{branch}"
        f"?urlpath=lab/tree/{pagename}.ipynb",
        "Colab": f"https://colab.research.google.com/github/{org}/{repo}/blob/{branch}/"
        f"{pagename}.ipynb",
    }
    for group in context.get("header_buttons", []):
        if group.get("label") != "launch-buttons":
            continue
        for button in group.get("buttons", []):
            if button.get("text") in binder:
                button["url"] = binder[button["text"]]
                button["icon"] = LAUNCH_ICON


def with_outputs(app, nb):
    """The notebook with its outputs. myst-nb writes jupyter_execute/ notebooks without them
    when it takes them from the execution cache, so they are taken from the cache here."""
    if any(cell.get("outputs") for cell in nb.cells):
        return nb
    path = Path(app.config.nb_execution_cache_path or Path(app.outdir).parent / ".jupyter_cache")
    if not path.is_absolute():
        path = Path(app.srcdir) / path
    if not path.is_dir():
        return nb
    from jupyter_cache import get_cache

    try:  # KeyError: no cached run of this notebook
        _record, merged = get_cache(str(path)).merge_match_into_notebook(nb)
    except KeyError:
        return nb
    return merged


def write_download(app, pagename: str, context: dict) -> None:
    """Replace the theme's copy of the executed notebook with the runnable one."""
    source = context.get("ipynb_source")
    if not source:
        return
    executed = Path(app.outdir).parent / "jupyter_execute" / f"{pagename}.ipynb"
    if not executed.is_file():
        return
    nb = with_outputs(app, nbformat.read(executed, as_version=4))
    repository = app.config.html_theme_options.get("repository_url", "")
    branch = app.config.html_theme_options.get("repository_branch", "main")
    title = context.get("title", pagename)
    versions = getattr(app, "_notebook_pins", None)
    if versions is None:
        versions = app._notebook_pins = pins()
    runnable, unknown = runnable_notebook(nb, _plain(title), repository, branch, versions)
    if unknown:
        from sphinx.util import logging

        logging.getLogger(__name__).warning(
            "%s imports %s, which constraints.txt does not pin (book/_ext/notebooks.py: "
            "DISTRIBUTIONS names the package of an import)",
            pagename,
            ", ".join(unknown),
        )
    target = Path(app.outdir) / "_sources" / source
    target.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(runnable, target)


def _plain(title: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", str(title)))


def page_context(app, pagename: str, templatename: str, context: dict, doctree) -> None:
    if app.builder.format != "html":
        return
    launch_urls(app, pagename, context)
    write_download(app, pagename, context)


def setup(app) -> dict:
    app.add_config_value("notebooks_branch", NOTEBOOKS_BRANCH, "html", str)
    # After sphinx-book-theme made the header buttons and copied the notebook (priority 501).
    app.connect("html-page-context", page_context, priority=800)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
