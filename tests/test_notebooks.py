"""Pages as notebooks that run anywhere (book/_ext/notebooks.py, scripts/export_notebooks.py):
the first cell installs exactly the packages each page imports, at the pinned versions."""

from __future__ import annotations

import functools
import importlib.metadata
import importlib.util
import re
import subprocess
import sys

import jupytext
import nbformat
import pytest
from book_sources import BOOK, ROOT, source, toc_files

sys.path.insert(0, str(BOOK / "_ext"))

import notebooks  # noqa: E402
from figure_formats import CELL, add_figure_formats, is_notebook  # noqa: E402

NOTEBOOK_PAGES = [d for d in toc_files() if is_notebook(source(d))]


def page_modules(docname: str) -> set[str]:
    return notebooks.notebook_imports(jupytext.reads(source(docname), fmt="md:myst"))


def test_there_are_notebook_pages():
    assert len(NOTEBOOK_PAGES) > 30


@functools.cache
def installed_distributions() -> dict[str, list[str]]:
    return importlib.metadata.packages_distributions()


def every_third_party_module() -> set[str]:
    found = set()
    for docname in NOTEBOOK_PAGES:
        found |= notebooks.third_party(page_modules(docname))
    return found | notebooks.third_party(notebooks.local_package_imports())


@pytest.mark.parametrize("module", sorted(every_third_party_module()))
def test_each_imported_module_is_mapped_to_the_package_that_provides_it(module):
    top = module.split(".")[0]
    if top in (notebooks.LOCAL_PACKAGE, "tensorrt"):
        pytest.skip("installed from the repository, or not installable on a CPU machine")
    if importlib.util.find_spec(top) is None:
        pytest.skip(f"{module} is not installed here (a listing that is not executed)")
    provided_by = {notebooks.normalise(d) for d in installed_distributions().get(top, [])}
    wanted = notebooks.normalise(notebooks.distribution(module))
    # A meta-distribution (apache-airflow) installs the ones that provide the module.
    requires = importlib.metadata.requires(wanted) or []
    brings = {notebooks.normalise(re.split(r"[^A-Za-z0-9._-]", r, maxsplit=1)[0]) for r in requires}
    assert wanted in provided_by or brings & provided_by, (
        f"{module} comes from {provided_by}; add it to DISTRIBUTIONS in book/_ext/notebooks.py"
    )


@pytest.mark.parametrize("docname", NOTEBOOK_PAGES)
def test_the_install_cell_pins_every_package_the_page_imports(docname):
    versions = notebooks.pins()
    modules = page_modules(docname)
    cell, unknown = notebooks.install_cell(modules, versions, "https://example.org/r", "main")
    assert unknown == [], f"{docname} imports {unknown}, which constraints.txt does not pin"
    for line in cell.splitlines():
        if line.startswith("%pip install"):
            for requirement in line.split()[3:]:
                if "==" in requirement:
                    name, version = requirement.split("==")
                    assert versions[notebooks.normalise(name)] == version
    if "torch" in notebooks.top(modules):
        assert f"torch=={versions['torch']} --index-url {notebooks.TORCH_INDEX}" in cell
    if notebooks.LOCAL_PACKAGE in notebooks.top(modules):
        assert "ai-roadmaps @ git+https://example.org/r@main" in cell


def test_a_module_the_page_writes_itself_needs_no_install_and_namespaces_name_the_module():
    nb = nbformat.v4.new_notebook()
    nb.cells = [
        nbformat.v4.new_code_cell("%%writefile features.py\nimport numpy as np\n"),
        nbformat.v4.new_code_cell("%%writefile test_f.py\nfrom features import f\nimport pytest"),
        nbformat.v4.new_code_cell("from google.cloud import storage\nimport features"),
    ]
    assert notebooks.notebook_imports(nb) == {"numpy", "pytest", "google.cloud.storage"}


def test_a_page_of_the_case_study_installs_what_the_case_study_needs_and_not_the_listing_tools():
    needs = notebooks.third_party(notebooks.local_package_imports({"ai_roadmaps.case_study"}))
    assert "pandas" in notebooks.top(needs)
    assert not {"helm_python", "kubernetes_validate"} & notebooks.top(needs)
    assert "helm_python" in notebooks.top(notebooks.local_package_imports())


def test_the_figure_format_cell_goes_before_the_first_code_cell():
    text = "---\nkernelspec:\n  name: python3\n---\n\n# T\n\n```{code-cell} ipython3\nx = 1\n```\n"
    source_ = [text]
    add_figure_formats(None, "page", source_)
    assert source_[0] == text.replace("```{code-cell}", CELL + "```{code-cell}", 1)
    plain = ["# A page without code\n"]
    add_figure_formats(None, "page", plain)
    assert plain == ["# A page without code\n"]


def test_the_export_writes_a_runnable_notebook_of_every_page_with_code(tmp_path):
    out = tmp_path / "notebooks"
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "export_notebooks.py"), "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    written = sorted(p.relative_to(out).with_suffix("").as_posix() for p in out.rglob("*.ipynb"))
    assert written == sorted(NOTEBOOK_PAGES)
    assert (out / "runtime.txt").read_text() == "python-3.11\n"
    for docname in NOTEBOOK_PAGES:
        nb = nbformat.read(out / f"{docname}.ipynb", as_version=4)
        nbformat.validate(nb)
        assert nb.cells[1].source.startswith("# Installs what this page uses")
        page = jupytext.reads(source(docname), fmt="md:myst")
        assert [c.source for c in nb.cells[2:]] == [c.source for c in page.cells]
