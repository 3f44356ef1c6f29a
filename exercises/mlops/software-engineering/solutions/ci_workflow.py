"""Reference solution: a GitHub Actions workflow for the churn model, as a Python dict."""

CHECKOUT = {"uses": "actions/checkout@v7"}


def setup_python(version: str) -> dict:
    return {
        "uses": "actions/setup-python@v7",
        "with": {"python-version": version, "cache": "pip"},
    }


def job(steps: list[dict], minutes: int, **extra) -> dict:
    return {
        "runs-on": "ubuntu-latest",
        "timeout-minutes": minutes,
        **extra,
        "steps": [CHECKOUT, *steps],
    }


def ci_workflow(python_versions: list[str]) -> dict:
    install = {"name": "Install the dependencies", "run": "pip install -r requirements.txt"}
    return {
        "name": "CI",
        "on": {"push": {"branches": ["main"]}, "pull_request": {}},
        "permissions": {"contents": "read"},
        "jobs": {
            "lint": job(
                [
                    setup_python("3.12"),
                    {"run": "pip install ruff"},
                    {"run": "ruff check ."},
                    {"run": "ruff format --check ."},
                ],
                minutes=5,
            ),
            "test": job(
                [
                    setup_python("${{ matrix.python-version }}"),
                    install,
                    {"run": "pytest -q"},
                ],
                minutes=15,
                strategy={
                    "fail-fast": False,
                    "matrix": {"python-version": list(python_versions)},
                },
            ),
            "smoke-train": job(
                [setup_python("3.12"), install, {"run": "python train.py --smoke"}],
                minutes=15,
            ),
            "build": job(
                [{"run": "docker build --tag churn-service:${{ github.sha }} ."}],
                minutes=20,
                needs=["lint", "test", "smoke-train"],
            ),
        },
    }
