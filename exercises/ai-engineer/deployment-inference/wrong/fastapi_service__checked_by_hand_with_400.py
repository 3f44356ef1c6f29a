# Wrong: the body is a plain dict checked by hand, answering 400 instead of declaring it for a 422.
"""Wrong solution: a FastAPI prediction service for any scikit-learn classifier."""

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

MAX_ROWS = 100


def create_app(model, class_names: list[str]) -> FastAPI:
    n_features = int(model.n_features_in_)

    class Prediction(BaseModel):
        label: str
        probability: float

    class PredictResponse(BaseModel):
        predictions: list[Prediction]

    app = FastAPI(title="Classifier service")

    @app.get("/health")
    def health() -> dict:
        return {"status": "ok", "n_features": n_features}

    @app.post("/predict", response_model=PredictResponse)
    def predict(request: dict) -> PredictResponse:
        rows = request.get("rows")
        if not isinstance(rows, list) or not 1 <= len(rows) <= MAX_ROWS:
            raise HTTPException(status_code=400, detail="send 1 to 100 rows")
        for row in rows:
            if not isinstance(row, list) or len(row) != n_features:
                raise HTTPException(status_code=400, detail="wrong row length")
            if any(isinstance(x, bool) or not isinstance(x, (int, float)) for x in row):
                raise HTTPException(status_code=400, detail="rows hold numbers only")
        probabilities = model.predict_proba(rows)
        best = probabilities.argmax(axis=1)
        return PredictResponse(
            predictions=[
                Prediction(label=str(class_names[b]), probability=float(p[b]))
                for b, p in zip(best, probabilities, strict=True)
            ]
        )

    return app
