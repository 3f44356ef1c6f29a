"""The churn model's prediction service, as the container image runs it.

The model is a fitted scikit-learn pipeline saved with joblib; the service loads
it once, at start-up, from the file that MODEL_PATH names (default: model.joblib
beside this file). Routes: GET /healthz (liveness: the process answers),
GET /readyz (readiness: the model is loaded), POST /v1/predict (churn risks).
"""

import os
from contextlib import asynccontextmanager
from pathlib import Path

import joblib
import pandas as pd
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

DEFAULT_MODEL = Path(__file__).with_name("model.joblib")
state = {}


@asynccontextmanager
async def lifespan(app: FastAPI):
    state["model"] = joblib.load(os.environ.get("MODEL_PATH", DEFAULT_MODEL))
    yield
    state.clear()


app = FastAPI(title="Harvest Crate churn service", lifespan=lifespan)


class Customers(BaseModel):
    customers: list[dict[str, str | float | None]]


@app.get("/healthz")
def healthz() -> dict:
    return {"status": "alive"}


@app.get("/readyz")
def readyz() -> dict:
    if "model" not in state:
        raise HTTPException(status_code=503, detail="model not loaded")
    return {"status": "ready"}


@app.post("/v1/predict")
def predict(body: Customers) -> dict:
    model = state["model"]
    features = list(model.feature_names_in_)
    for number, customer in enumerate(body.customers):
        missing = [name for name in features if name not in customer]
        if missing:
            raise HTTPException(422, f"customer {number} lacks {missing}")
    rows = pd.DataFrame(body.customers, columns=features)
    risks = model.predict_proba(rows)[:, 1]
    return {"churn_risk": [round(float(risk), 4) for risk in risks]}
