# Wrong: the error body is returned without a status code, so Flask answers 200.
"""Wrong solution: a Flask prediction service with hand-written validation."""

from flask import Flask, jsonify, request

MAX_ROWS = 100


def read_rows(body: object, n_features: int) -> list[list[float]]:
    """Return the rows of a valid request body; raise ValueError saying what is wrong."""
    if not isinstance(body, dict) or not isinstance(body.get("rows"), list):
        raise ValueError('the body must be a JSON object with a list "rows"')
    rows = body["rows"]
    if not 1 <= len(rows) <= MAX_ROWS:
        raise ValueError(f"send between 1 and {MAX_ROWS} rows, not {len(rows)}")
    for position, row in enumerate(rows):
        if not isinstance(row, list) or len(row) != n_features:
            raise ValueError(f"row {position} must have {n_features} numbers")
        if any(isinstance(x, bool) or not isinstance(x, (int, float)) for x in row):
            raise ValueError(f"row {position} must contain only numbers")
    return rows


def create_app(model, class_names: list[str]) -> Flask:
    n_features = int(model.n_features_in_)
    app = Flask(__name__)

    @app.post("/predict")
    def predict():
        try:
            rows = read_rows(request.get_json(silent=True), n_features)
        except ValueError as problem:
            return jsonify(error=str(problem))
        probabilities = model.predict_proba(rows)
        best = probabilities.argmax(axis=1)
        predictions = [
            {"label": str(class_names[b]), "probability": float(p[b])}
            for b, p in zip(best, probabilities, strict=True)
        ]
        return jsonify(predictions=predictions)

    return app
