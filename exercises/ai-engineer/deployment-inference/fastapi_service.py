"""Exercise: a FastAPI prediction service for any scikit-learn classifier.

Write `create_app(model, class_names)` so that it returns a FastAPI application with

- ``GET /health`` answering ``{"status": "ok", "n_features": N}``, where N is the number of
  features the model was trained on (``model.n_features_in_``);
- ``POST /predict`` accepting ``{"rows": [[x1, ..., xN], ...]}`` — between 1 and 100 rows, each
  exactly N numbers — and answering ``{"predictions": [{"label": ..., "probability": ...}, ...]}``:
  one entry per row, in the same order, where ``label`` is the name (from ``class_names``) of the
  most probable class and ``probability`` is that class's probability from
  ``model.predict_proba``. Numbers are JSON numbers (``13`` and ``13.2``): a string such as
  ``"13.2"``, ``null``, ``true`` or ``false`` is not a number. A body that breaks these rules gets
  FastAPI's ``422`` response: declare the rules with Pydantic types instead of checking them by
  hand. Mind that Pydantic's default (lax) mode converts ``"13.2"`` and ``true`` to floats.

Check your work:  pytest exercises/ai-engineer/deployment-inference/test_fastapi_service.py
The book's page "Serving a model over a REST API" shows every piece you need.
"""

from fastapi import FastAPI


def create_app(model, class_names: list[str]) -> FastAPI:
    raise NotImplementedError("write create_app")
