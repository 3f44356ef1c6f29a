"""Tests for the notebook tools exercise (notebook_tools.py)."""

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

SOURCES = ["values = [3, 4, 5]", "print(sum(values))", "max(values)", "print('a')\nlen(values)"]


@pytest.fixture
def tools(exercise):
    return exercise("notebook_tools")


def counted(*counts):
    """A notebook whose code cells carry the given execution counts."""
    cells = [new_markdown_cell("# notes")]
    for count in counts:
        cell = new_code_cell("x = 1")
        cell.execution_count = count
        cells.append(cell)
    return new_notebook(cells=cells)


def test_built_notebook_is_valid_and_names_the_kernel(tools):
    notebook = tools.build_notebook(SOURCES)
    nbformat.validate(notebook)
    assert [cell.source for cell in notebook.cells] == SOURCES
    assert all(cell.cell_type == "code" for cell in notebook.cells)
    assert notebook.metadata["kernelspec"]["name"] == "python3"


def test_running_fills_outputs_and_counts(tools):
    notebook = tools.run_notebook(tools.build_notebook(SOURCES))
    assert [cell.execution_count for cell in notebook.cells] == [1, 2, 3, 4]
    assert tools.cell_text(notebook, 0) == ""
    assert tools.cell_text(notebook, 1) == "12\n"
    assert tools.cell_text(notebook, 2) == "5"
    assert tools.cell_text(notebook, 3) == "a\n3"


def test_cells_share_one_kernel_state(tools):
    notebook = tools.run_notebook(tools.build_notebook(["n = 20", "n += 1", "n * 2"]))
    assert tools.cell_text(notebook, 2) == "42"


@pytest.mark.parametrize(
    ("counts", "expected"),
    [((1, 2, 3), True), ((5, 6), True), ((1, 3, 2), False), ((2, 2), False),
     ((1, None), False), ((), True), ((1, 3), False), ((None, 1, 2), False)],
)  # fmt: skip
def test_runs_in_order_reads_the_execution_counts(tools, counts, expected):
    assert tools.runs_in_order(counted(*counts)) is expected, (
        f"execution counts {counts}: True only if every code cell ran (no None) and each count "
        "is exactly one more than the one above (1, 3 means a cell was run twice or skipped)"
    )


def test_cell_text_counts_every_cell_and_keeps_only_streams_and_results(tools):
    # Outputs written by hand, so no kernel is needed: a markdown cell first, then a code cell
    # that printed, warned on stderr, displayed something and returned a value.
    shown = new_code_cell("...")
    shown.outputs = [
        new_output("stream", name="stdout", text="loading\n"),
        new_output("stream", name="stderr", text="careful\n"),
        new_output("display_data", data={"text/plain": "<Figure>"}),
        new_output("execute_result", data={"text/plain": "42"}, execution_count=1),
    ]
    notebook = new_notebook(cells=[new_markdown_cell("# title"), shown, new_code_cell("x = 1")])
    assert tools.cell_text(notebook, 1) == "loading\ncareful\n42", (
        "index 1 is the second cell, counting the markdown cell; its text is its stream texts "
        "and execute results joined as they are, without display_data"
    )
    assert tools.cell_text(notebook, 2) == "", "a cell without outputs shows no text"
