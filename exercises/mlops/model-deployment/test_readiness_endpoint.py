"""Tests for the readiness endpoint exercise (readiness_endpoint.py)."""

import threading
import time
from contextlib import contextmanager

import numpy as np
import pytest
from fastapi.testclient import TestClient
from sklearn.linear_model import LogisticRegression

RNG = np.random.default_rng(0)
X = RNG.normal(size=(200, 3))
MODEL = LogisticRegression().fit(X, X[:, 0] + RNG.normal(0, 0.5, 200) > 0)
ROWS = X[:4].tolist()


class Loader:
    """A load_model that waits until the test releases it (at most 3 s), or raises."""

    def __init__(self, error=None):
        self.release = threading.Event()
        self.error = error
        self.calls = 0

    def __call__(self):
        self.calls += 1
        self.release.wait(timeout=3)
        if self.error:
            raise self.error
        return MODEL


def wait_until_settled(client, seconds=5.0):
    """Poll readiness until it stops saying 'loading'."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        reply = client.get("/health/ready")
        if reply.json().get("status") != "loading":
            return reply
        time.sleep(0.02)
    return reply


@contextmanager
def loading(exercise):
    """A client whose model is still loading; the test may release it."""
    loader = Loader()
    app = exercise("readiness_endpoint").create_app(loader)
    try:
        with TestClient(app) as client:
            yield client, loader
    finally:
        loader.release.set()


def test_alive_while_loading(exercise):
    with loading(exercise) as (client, _):
        reply = client.get("/health/live")
        assert reply.status_code == 200 and reply.json() == {"status": "alive"}, (
            "liveness answers 200 while the model loads: a failing liveness probe gets the "
            "process restarted before it can ever finish loading"
        )


def test_not_ready_while_loading(exercise):
    with loading(exercise) as (client, _):
        reply = client.get("/health/ready")
        assert reply.json() == {"status": "loading"}, (
            "while load_model has not returned, readiness says loading; did start-up wait for "
            "the model instead of loading it in a background thread?"
        )
        assert reply.status_code == 503, (
            "not ready must be status 503: probes and load balancers read the status code, "
            "not the body"
        )


def test_predict_refused_while_loading(exercise):
    with loading(exercise) as (client, _):
        reply = client.post("/predict", json={"rows": ROWS})
        assert reply.status_code == 503, "before the model is loaded, /predict answers 503"


def test_ready_and_predicting_once_loaded(exercise):
    with loading(exercise) as (client, loader):
        loader.release.set()
        reply = wait_until_settled(client)
        assert reply.status_code == 200 and reply.json() == {"status": "ready"}, (
            "once load_model has returned, readiness answers 200 {'status': 'ready'}"
        )
        assert client.get("/health/live").status_code == 200, "still alive once loaded"
        reply = client.post("/predict", json={"rows": ROWS})
        assert reply.status_code == 200
        assert reply.json()["probabilities"] == pytest.approx(
            MODEL.predict_proba(np.array(ROWS))[:, 1].tolist()
        ), "probabilities are predict_proba(rows)[:, 1], one per row, in order"
        assert loader.calls == 1, "load_model is called exactly once"


def test_failed_load_is_reported(exercise):
    loader = Loader(error=RuntimeError("model file is corrupt"))
    loader.release.set()
    with TestClient(exercise("readiness_endpoint").create_app(loader)) as client:
        reply = wait_until_settled(client)
        assert reply.status_code == 503, "after a failed load the service is not ready (503)"
        assert reply.json() == {"status": "failed", "error": "model file is corrupt"}, (
            "after a failed load, readiness says failed and gives the exception's message"
        )
        assert client.get("/health/live").status_code == 200, "alive even after a failed load"
        assert client.post("/predict", json={"rows": ROWS}).status_code == 503, (
            "no predictions after a failed load: 503"
        )
