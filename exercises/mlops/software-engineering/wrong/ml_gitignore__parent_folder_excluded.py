# Wrong: it ignores the data and models folders themselves, so ! cannot re-include files.
"""Wrong solution: the .gitignore of an ML project."""

GITIGNORE = """\
# Data and models are versioned with DVC and the model registry, not with Git.
# Ignore what the folders contain (not the folders), so that ! can re-include files.
/data/
!/data/README.md
!/data/*.dvc
/models/
!/models/README.md

# Secrets stay on each machine; .env.example documents the names.
.env

# Environments, caches and local stores of the tools
.venv/
__pycache__/
*.py[cod]
.ipynb_checkpoints/
/mlruns/
/.dvc/cache/
"""


def gitignore_text() -> str:
    return GITIGNORE
