"""Exercise: the same prediction service in Flask, with validation written by hand.

Write `create_app(model, class_names)` so that it returns a Flask application with
``POST /predict`` that behaves like the FastAPI service of the previous exercise:

- it accepts ``{"rows": [[x1, ..., xN], ...]}`` — between 1 and 100 rows, each exactly N numbers,
  where N is ``model.n_features_in_`` — and answers ``200`` with
  ``{"predictions": [{"label": ..., "probability": ...}, ...]}``, one entry per row in order
  (``label``: the name from ``class_names`` of the most probable class; ``probability``: that
  class's probability from ``model.predict_proba``);
- anything else gets ``400`` with ``{"error": "<what is wrong>"}``. When one row is at fault the
  message names it by its position counted from 0, e.g. ``"row 2 must have 13 numbers"``.
  Numbers are JSON numbers, such as ``13`` or ``13.2``: a string (even ``"13.2"``), ``null`` or
  ``true``/``false`` is not a number (mind that ``bool`` is a subclass of ``int`` in Python).

Check your work:  pytest exercises/ai-engineer/deployment-inference/test_flask_service.py
"""

from flask import Flask


def create_app(model, class_names: list[str]) -> Flask:
    raise NotImplementedError("write create_app")
