# Wrong: runs_in_order leaves out cells that never ran instead of answering False.
"""Wrong solution: build, run and inspect notebooks from Python."""

from itertools import pairwise

import nbformat
from nbclient import NotebookClient
from nbformat.v4 import new_code_cell, new_notebook

KERNELSPEC = {"name": "python3", "display_name": "Python 3", "language": "python"}


def build_notebook(sources: list[str]) -> nbformat.NotebookNode:
    notebook = new_notebook(cells=[new_code_cell(source) for source in sources])
    notebook.metadata["kernelspec"] = dict(KERNELSPEC)
    nbformat.validate(notebook)
    return notebook


def run_notebook(notebook: nbformat.NotebookNode, timeout: int = 30) -> nbformat.NotebookNode:
    NotebookClient(notebook, timeout=timeout, kernel_name="python3").execute()
    return notebook


def cell_text(notebook: nbformat.NotebookNode, index: int) -> str:
    parts = []
    for output in notebook.cells[index].get("outputs", []):
        if output["output_type"] == "stream":
            parts.append(output["text"])
        elif output["output_type"] == "execute_result":
            parts.append(output["data"].get("text/plain", ""))
    return "".join(parts)


def runs_in_order(notebook: nbformat.NotebookNode) -> bool:
    counts = [cell.execution_count for cell in notebook.cells if cell.cell_type == "code"]
    counts = [count for count in counts if count is not None]  # skips cells never run
    return all(later == earlier + 1 for earlier, later in pairwise(counts))
