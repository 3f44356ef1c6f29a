"""Tests for the Dockerfile review exercise (dockerfile_review.py).

Each test reviews a small Dockerfile with known problems. The first is the churn service's
own multi-stage Dockerfile from the chapter, which has none.
"""

from pathlib import Path

import pytest

CHAPTER = Path(__file__).resolve().parents[3] / "book/mlops/infrastructure-automation"
GOOD = (CHAPTER / "listings/Dockerfile").read_text()

CASES = {
    "the chapter's Dockerfile": (GOOD, []),
    "no tag": ("FROM python\nUSER 1000\n", ["unpinned-base"]),
    "latest": ("from python:latest\nuser app\n", ["unpinned-base"]),
    "pinned by digest": (
        "FROM python@sha256:0b2f6e3c1d5a4b8e9f7a6c5d4e3b2a1f0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b\n"
        "USER 1000\n",
        [],
    ),
    "registry with a port, no tag": (
        "FROM registry.local:5000/python\nUSER 1000\n",
        ["unpinned-base"],
    ),
    "registry with a port and a tag": (
        "FROM --platform=linux/amd64 registry.local:5000/python:3.11-slim\nUSER 1000\n",
        [],
    ),
    "a stage named builder": (
        "FROM python:3.11-slim AS builder\nRUN pip install --no-cache-dir -r r.txt\n"
        "FROM builder\nUSER 1000\n",
        [],
    ),
    "FROM scratch": ("FROM scratch\nCOPY app /app\nUSER 1000\n", []),
    "code copied first": (
        "FROM python:3.11-slim\nWORKDIR /app\nCOPY . .\n"
        "RUN pip install --no-cache-dir -r requirements.txt\nUSER 1000\n",
        ["code-before-requirements"],
    ),
    "a .py file copied first": (
        "FROM python:3.11-slim\nCOPY serve.py requirements.txt ./\n"
        "RUN pip install \\\n    --no-cache-dir -r requirements.txt\nUSER 1000\n",
        ["code-before-requirements"],
    ),
    "code copied after installing": (
        "FROM python:3.11-slim\nCOPY requirements.txt .\n"
        "RUN pip install --no-cache-dir -r requirements.txt\nCOPY . .\nUSER 1000\n",
        [],
    ),
    "no USER": ('FROM python:3.11-slim\nCMD ["python"]\n', ["runs-as-root"]),
    "USER root": ("FROM python:3.11-slim\nUSER app\nUSER root\n", ["runs-as-root"]),
    "USER only in the builder": (
        "FROM python:3.11-slim AS builder\nUSER 1000\n"
        "FROM python:3.11-slim\nCOPY --from=builder /opt/venv /opt/venv\n",
        ["runs-as-root"],
    ),
    "a key in ENV": (
        "FROM python:3.11-slim\nENV MODEL_PATH=/app/m.joblib api_key=abc123\nUSER 1000\n",
        ["secret-in-env"],
    ),
    "a token in the old ENV form": (
        "FROM python:3.11-slim\nENV HF_TOKEN hf_abc\nUSER 1000\n",
        ["secret-in-env"],
    ),
    "a password in ARG": (
        "FROM python:3.11-slim\nARG DB_PASSWORD\nUSER 1000\n",
        ["secret-in-env"],
    ),
    "a harmless ENV value": (
        "FROM python:3.11-slim\nENV LOG_LEVEL=info NOTE=no-secret-here\nUSER 1000\n",
        [],
    ),
    "a comment": (
        "# FROM python\nFROM python:3.11-slim\n# USER root\nUSER 1000\n",
        [],
    ),
    "everything wrong": (
        "FROM python\nCOPY . /app\nRUN pip install -r /app/requirements.txt\nENV SECRET_KEY=x\n",
        ["code-before-requirements", "runs-as-root", "secret-in-env", "unpinned-base"],
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_review(exercise, case):
    text, expected = CASES[case]
    found = exercise("dockerfile_review").review(text)
    assert isinstance(found, list), "review() must return a list of codes"
    assert found == expected, (
        f"{case}: expected {expected}, got {found}, for this Dockerfile:\n{text}"
    )
