"""Reference solution: liveness and readiness for a model that loads in the background."""

import threading
from contextlib import asynccontextmanager

from fastapi import FastAPI, HTTPException, Response
from pydantic import BaseModel


class Rows(BaseModel):
    rows: list[list[float]]


def create_app(load_model) -> FastAPI:
    state = {"model": None, "error": None}

    def load():
        try:
            state["model"] = load_model()
        except Exception as error:
            state["error"] = str(error)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        threading.Thread(target=load, daemon=True).start()
        yield

    app = FastAPI(lifespan=lifespan)

    @app.get("/health/live")
    def live() -> dict:
        return {"status": "alive"}

    @app.get("/health/ready")
    def ready(response: Response) -> dict:
        if state["model"] is not None:
            return {"status": "ready"}
        response.status_code = 503
        if state["error"] is not None:
            return {"status": "failed", "error": state["error"]}
        return {"status": "loading"}

    @app.post("/predict")
    def predict(body: Rows) -> dict:
        model = state["model"]
        if model is None:
            raise HTTPException(503, "model not ready")
        return {"probabilities": model.predict_proba(body.rows)[:, 1].tolist()}

    return app
