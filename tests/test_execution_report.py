"""scripts/execution_report.py: lists every code page with its cells and execution time."""

import re
import subprocess
import sys

import jupytext
from book_sources import ROOT, source, toc_files

SCRIPT = ROOT / "scripts" / "execution_report.py"


def test_report_lists_every_code_page_with_its_cells_and_time():
    result = subprocess.run(
        [sys.executable, str(SCRIPT)], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    for page in (d for d in toc_files() if "```{code-cell}" in source(d)):
        notebook = jupytext.read(ROOT / f"{page}.md")
        cells = sum(1 for cell in notebook.cells if cell.cell_type == "code")
        assert re.search(rf"^{re.escape(page)}\s+{cells}\s+\d+\.\d$", result.stdout, re.M), page
    assert re.search(r"^\d+ pages, \d+ cells, [\d.]+ s of execution in all$", result.stdout, re.M)
