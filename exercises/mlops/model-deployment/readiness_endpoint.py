"""Exercise: liveness and readiness for a model service that loads in the background.

Write ``create_app(load_model)``. ``load_model`` is a function with no arguments that returns
a fitted scikit-learn classifier; it may take a long time, and it may raise. The application:

- at start-up (in its lifespan handler) starts a background thread that calls
  ``load_model()`` once; start-up must not wait for it, so the server answers at once;
- ``GET /health/live`` answers 200 ``{"status": "alive"}`` always: while the model loads,
  once it is loaded, and after the loading failed;
- ``GET /health/ready`` answers 503 ``{"status": "loading"}`` while the model loads,
  200 ``{"status": "ready"}`` once it is loaded, and 503
  ``{"status": "failed", "error": "<the exception's message>"}`` if ``load_model`` raised;
- ``POST /predict`` with ``{"rows": [[x1, x2, ...], ...]}`` answers 200
  ``{"probabilities": [...]}``, the model's ``predict_proba(rows)[:, 1]``, once the model
  is loaded, and 503 (any body) before that or after a failed load.

Check your work:  pytest exercises/mlops/model-deployment/test_readiness_endpoint.py
The book's page "FastAPI in production" builds the same pattern step by step.
"""

from fastapi import FastAPI


def create_app(load_model) -> FastAPI:
    raise NotImplementedError("write create_app")
