# Wrong: the matrix versions are written unquoted in YAML, so 3.10 is read as 3.1.
"""Wrong solution: a GitHub Actions workflow for the churn model, as a Python dict."""

import yaml

TEMPLATE = """\
name: CI
{on}:
  push:
    branches: [main]
  pull_request:
permissions:
  contents: read
jobs:
  lint:
    runs-on: ubuntu-latest
    timeout-minutes: 5
    steps:
      - uses: actions/checkout@v7
      - uses: actions/setup-python@v7
        with: {{python-version: "3.12", cache: pip}}
      - run: pip install ruff
      - run: ruff check .
  test:
    runs-on: ubuntu-latest
    timeout-minutes: 15
    strategy:
      fail-fast: false
      matrix:
        python-version: [{versions}]
    steps:
      - uses: actions/checkout@v7
      - uses: actions/setup-python@v7
        with: {{python-version: "${{{{ matrix.python-version }}}}", cache: pip}}
      - run: pip install -r requirements.txt
      - run: pytest -q
  smoke-train:
    runs-on: ubuntu-latest
    timeout-minutes: 15
    steps:
      - uses: actions/checkout@v7
      - uses: actions/setup-python@v7
        with: {{python-version: "3.12", cache: pip}}
      - run: pip install -r requirements.txt
      - run: python train.py --smoke
  build:
    needs: [lint, test, smoke-train]
    runs-on: ubuntu-latest
    timeout-minutes: 20
    steps:
      - uses: actions/checkout@v7
      - run: docker build --tag churn-service:${{{{ github.sha }}}} .
"""


ON = '"on"'  # quoted, so that PyYAML keeps it a string


def VERSIONS(versions):
    return ", ".join(versions)


def ci_workflow(python_versions: list[str]) -> dict:
    text = TEMPLATE.format(on=ON, versions=VERSIONS(python_versions))
    return yaml.safe_load(text)
