"""Exercise: a GitHub Actions workflow for the churn model, built as a Python dict.

Write ``ci_workflow(python_versions)``. It returns the workflow as the nested dicts and lists
that ``yaml.safe_dump`` would write to ``.github/workflows/ci.yml``. The tests write it out as
YAML, read it back as GitHub does, validate it against the GitHub workflow JSON schema that
check-jsonschema ships, and then check what a schema cannot check:

- it runs on pushes to the branch ``main`` and on pull requests;
- the workflow's token may only read the repository: ``permissions`` is
  ``{"contents": "read"}``;
- it has exactly four jobs, ``lint``, ``test``, ``smoke-train`` and ``build``, each
  ``runs-on: ubuntu-latest`` with a ``timeout-minutes`` of at most 30;
- every job's first step uses ``actions/checkout``; in ``lint``, ``test`` and
  ``smoke-train`` a step uses ``actions/setup-python`` with pip caching (``cache: pip``);
- ``lint`` runs ``ruff check .``; ``smoke-train`` runs ``python train.py --smoke``;
- ``test`` runs ``pytest`` on each version in ``python_versions`` (strings such as
  ``"3.11"``) through a matrix, ``strategy: {matrix: {python-version: [...]}}``, whose values
  are exactly those strings, and passes ``${{ matrix.python-version }}`` to setup-python;
- ``build`` runs ``docker build`` and needs ``lint``, ``test`` and ``smoke-train``, so it
  starts only when all three passed; every name in any job's ``needs`` is a job;
- every action is pinned to a version: a tag such as ``@v7`` or ``@v7.0.1``, or a full
  40-character commit SHA; never a branch such as ``@main``, and never no version at all.

Check your work:  pytest exercises/mlops/software-engineering/test_ci_workflow.py
"""


def ci_workflow(python_versions: list[str]) -> dict:
    raise NotImplementedError("write ci_workflow")
