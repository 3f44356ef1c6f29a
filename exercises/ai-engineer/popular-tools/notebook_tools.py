"""Exercise: build, run and inspect notebooks from Python.

Write four functions with nbformat and nbclient (see the page "Jupyter: notebooks and kernels"):

- ``build_notebook(sources)``: a new notebook (format 4) with one code cell per string in
  ``sources``, in order, whose metadata names the ``python3`` kernel in ``kernelspec``
  (``{"name": "python3", "display_name": "Python 3", "language": "python"}``); it must pass
  ``nbformat.validate``.
- ``run_notebook(notebook, timeout=30)``: execute every cell in a fresh ``python3`` kernel and
  return the notebook, now with outputs and execution counts.
- ``cell_text(notebook, index)``: the text that code cell number ``index`` (counting all cells,
  markdown ones included, from 0) showed: the ``text`` of its stream outputs (stdout and
  stderr) and the ``text/plain`` data of its execute results, joined in output order with
  nothing added between them; other outputs (``display_data``, errors) are left out. ``""``
  when it has no such output.
- ``runs_in_order(notebook)``: ``True`` when every code cell has run and the execution counts of
  the code cells increase by exactly one down the notebook; ``False`` otherwise.

Check your work:  pytest exercises/ai-engineer/popular-tools/test_notebook_tools.py
"""

import nbformat


def build_notebook(sources: list[str]) -> nbformat.NotebookNode:
    raise NotImplementedError("write build_notebook")


def run_notebook(notebook: nbformat.NotebookNode, timeout: int = 30) -> nbformat.NotebookNode:
    raise NotImplementedError("write run_notebook")


def cell_text(notebook: nbformat.NotebookNode, index: int) -> str:
    raise NotImplementedError("write cell_text")


def runs_in_order(notebook: nbformat.NotebookNode) -> bool:
    raise NotImplementedError("write runs_in_order")
