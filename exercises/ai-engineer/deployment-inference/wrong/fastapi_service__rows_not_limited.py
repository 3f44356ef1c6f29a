# Wrong: the list of rows has a minimum length but no maximum, so a request can ask for any work.
"""Wrong solution: a FastAPI prediction service for any scikit-learn classifier."""

from typing import Annotated

from fastapi import FastAPI
from pydantic import BaseModel, Field, StrictFloat


def create_app(model, class_names: list[str]) -> FastAPI:
    n_features = int(model.n_features_in_)
    # The row length depends on the model, so the request type is built here, per model.
    # StrictFloat takes JSON numbers only: a lax float would turn "13.2" or true into a number.
    Row = Annotated[list[StrictFloat], Field(min_length=n_features, max_length=n_features)]

    class PredictRequest(BaseModel):
        rows: list[Row] = Field(min_length=1)

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
    def predict(request: PredictRequest) -> PredictResponse:
        probabilities = model.predict_proba(request.rows)
        best = probabilities.argmax(axis=1)
        return PredictResponse(
            predictions=[
                Prediction(label=str(class_names[b]), probability=float(p[b]))
                for b, p in zip(best, probabilities, strict=True)
            ]
        )

    return app
