"""scripts/compare_outputs.py: cells whose outputs differ between two executions."""

import subprocess
import sys

import nbformat
from book_sources import ROOT

SCRIPT = ROOT / "scripts" / "compare_outputs.py"


def notebook(folder, outputs, tags=()):
    nb = nbformat.v4.new_notebook()
    for text, tag in zip(outputs, tags or [None] * len(outputs), strict=True):
        cell = nbformat.v4.new_code_cell("print(...)")
        cell.outputs = [nbformat.v4.new_output("stream", name="stdout", text=text)]
        if tag:
            cell.metadata["tags"] = [tag]
        nb.cells.append(cell)
    folder.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, folder / "page.ipynb")


def run(*args):
    return subprocess.run(
        [sys.executable, str(SCRIPT), *map(str, args)], capture_output=True, text=True, timeout=60
    )


def test_same_outputs_pass_and_a_differing_cell_is_named(tmp_path):
    notebook(tmp_path / "a", ["1\n", "0.25 s\n", "x\ny\n"], [None, "measures-time", None])
    notebook(tmp_path / "b", ["1\n", "0.31 s\n", "x\ny\n"], [None, "measures-time", None])
    assert run(tmp_path / "a", tmp_path / "b").returncode == 0
    notebook(tmp_path / "b", ["1\n", "0.31 s\n", "x\nz\n"], [None, "measures-time", None])
    result = run(tmp_path / "a", tmp_path / "b")
    assert result.returncode == 1
    assert "page.ipynb, cell 3: '[stdout] y' vs '[stdout] z'" in result.stdout
    assert "cell 2" not in result.stdout  # tagged measures-time


def test_a_page_missing_from_one_run_is_reported(tmp_path):
    notebook(tmp_path / "a", ["1\n"])
    (tmp_path / "b").mkdir()
    result = run(tmp_path / "a", tmp_path / "b")
    assert result.returncode == 1 and "only in" in result.stdout


def test_a_missing_folder_is_one_line(tmp_path):
    result = run(tmp_path / "nope", tmp_path)
    assert result.returncode == 2 and result.stderr.startswith("error:")


def test_notebooks_without_outputs_are_an_error_not_a_pass(tmp_path):
    # _build/jupyter_execute after a build that reused the cache: code cells, no outputs.
    for run_folder in ("a", "b"):
        nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("print(1)")])
        (tmp_path / run_folder).mkdir()
        nbformat.write(nb, tmp_path / run_folder / "page.ipynb")
    result = run(tmp_path / "a", tmp_path / "b")
    assert result.returncode == 2 and "no output to compare" in result.stderr


def test_a_stream_split_into_other_chunks_is_the_same_output(tmp_path):
    notebook(tmp_path / "a", ["line 1\nline 2\n"])
    nb = nbformat.v4.new_notebook()
    cell = nbformat.v4.new_code_cell("print(...)")
    cell.outputs = [
        nbformat.v4.new_output("stream", name="stdout", text="line 1\n"),
        nbformat.v4.new_output("stream", name="stdout", text="line 2\n"),
    ]
    nb.cells.append(cell)
    (tmp_path / "b").mkdir()
    nbformat.write(nb, tmp_path / "b" / "page.ipynb")
    result = run(tmp_path / "a", tmp_path / "b")
    assert result.returncode == 0, result.stdout
