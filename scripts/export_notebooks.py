"""Write every page with code as a Jupyter notebook that Colab and Binder can open.

Usage: python scripts/export_notebooks.py [--out DIR]

For each page in _toc.yml that is a MyST notebook (a kernelspec in its front matter), writes
DIR/<page>.ipynb (the page's path, e.g. DIR/book/ai-engineer/deep-learning/cnns.ipynb): the
page's cells without outputs, after a first cell that installs the packages the page imports
at the book's versions (book/_ext/notebooks.py makes it, as it does for the site's .ipynb
downloads). Also DIR/runtime.txt, which asks Binder for Python 3.11, and DIR/README.md.

.github/workflows/notebooks.yml runs this on every push to main and publishes DIR as the
repository's `notebooks` branch, which the site's Colab and Binder buttons open. Needs only
jupytext, nbformat and PyYAML. Exit status: 0 on success, 1 when a page imports a module
that constraints.txt does not pin (the notebook could not install it), 2 on bad arguments.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

import jupytext
import nbformat
import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "book" / "_ext"))

from figure_formats import is_notebook  # noqa: E402
from notebooks import pins, runnable_notebook  # noqa: E402

README = """# Notebooks of the AI Roadmaps book

Generated from the `{branch}` branch by `scripts/export_notebooks.py`; do not edit here.
Each notebook is one page of the book; its first code cell installs what the page uses.
The book and its sources: {repository}
"""


def toc_files() -> list[str]:
    toc = yaml.safe_load((ROOT / "_toc.yml").read_text(encoding="utf-8"))

    def entries(items: list[dict]) -> list[str]:
        found = []
        for item in items:
            found.append(item["file"])
            found += entries(item.get("sections", []))
        return found

    files = [toc["root"]]
    for part in toc["parts"]:
        files += entries(part["chapters"])
    return files


def title_of(text: str, fallback: str) -> str:
    for line in text.splitlines():
        if line.startswith("# "):
            return line[2:].strip()
    return fallback


def export(out: Path) -> int:
    config = yaml.safe_load((ROOT / "_config.yml").read_text(encoding="utf-8"))
    repository = config["repository"]["url"]
    branch = config["repository"].get("branch", "main")
    versions = pins()
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    problems = 0
    count = 0
    for docname in toc_files():
        text = (ROOT / f"{docname}.md").read_text(encoding="utf-8")
        if not is_notebook(text):
            continue
        nb = jupytext.reads(text, fmt="md:myst")
        runnable, unknown = runnable_notebook(
            nb, title_of(text, docname), repository, branch, versions
        )
        if unknown:
            print(f"{docname}: no pin in constraints.txt for {', '.join(unknown)}")
            problems += 1
        target = out / f"{docname}.ipynb"
        target.parent.mkdir(parents=True, exist_ok=True)
        nbformat.write(runnable, target)
        count += 1
    (out / "runtime.txt").write_text("python-3.11\n", encoding="utf-8")
    (out / "README.md").write_text(
        README.format(branch=branch, repository=repository), encoding="utf-8"
    )
    print(f"wrote {count} notebooks to {out}")
    return 1 if problems else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--out", type=Path, default=ROOT / "_build" / "notebooks", help="output folder"
    )
    args = parser.parse_args(argv)
    return export(args.out)


if __name__ == "__main__":
    sys.exit(main())
