"""Tests for the FastAPI prediction service exercise (fastapi_service.py)."""

import pytest
from fastapi.testclient import TestClient
from sklearn.datasets import load_wine
from sklearn.ensemble import RandomForestClassifier

WINE = load_wine()


@pytest.fixture(scope="module")
def model():
    return RandomForestClassifier(n_estimators=20, random_state=0).fit(WINE.data, WINE.target)


@pytest.fixture
def client(exercise, model):
    app = exercise("fastapi_service").create_app(model, list(WINE.target_names))
    return TestClient(app)


def test_health_reports_status_and_feature_count(client):
    response = client.get("/health")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "n_features": 13}


def test_predictions_match_the_model_in_row_order(client, model):
    rows = WINE.data[[0, 70, 140, 1]]
    response = client.post("/predict", json={"rows": rows.tolist()})
    assert response.status_code == 200
    labels = [p["label"] for p in response.json()["predictions"]]
    assert labels == [str(WINE.target_names[i]) for i in model.predict(rows)], (
        "one prediction per row, in order; the label is the class's name from class_names"
    )


def test_probability_is_that_of_the_predicted_class(client, model):
    rows = WINE.data[[5, 80]]
    predictions = client.post("/predict", json={"rows": rows.tolist()}).json()["predictions"]
    expected = model.predict_proba(rows).max(axis=1)
    assert [p["probability"] for p in predictions] == pytest.approx(expected.tolist())


@pytest.mark.parametrize(
    "body",
    [
        {"rows": [[1.0, 2.0, 3.0]]},  # too short a row
        {"rows": [WINE.data[0].tolist() + [1.0]]},  # too long a row
        {"rows": [["high"] + WINE.data[0].tolist()[1:]]},  # not a number
        {"rows": [[None] + WINE.data[0].tolist()[1:]]},  # null is not a number
        {"rows": []},  # no rows
        {"rows": WINE.data[:101].tolist()},  # more than 100 rows
        {"data": WINE.data[:1].tolist()},  # wrong field name
    ],
    ids=["short-row", "long-row", "text", "null", "empty", "too-many", "no-rows-field"],
)
def test_invalid_bodies_get_422(client, body):
    response = client.post("/predict", json=body)
    assert response.status_code == 422, (
        f"this body got {response.status_code}, not FastAPI's 422: declare the rule it breaks "
        "in the Pydantic request model"
    )
    assert response.json()["detail"], "FastAPI's validation errors are expected in 'detail'"


@pytest.mark.parametrize("value", ["13.2", True], ids=["numeric-text", "boolean"])
def test_a_string_or_boolean_is_not_a_number(client, value):
    row = [value] + WINE.data[0].tolist()[1:]
    response = client.post("/predict", json={"rows": [row]})
    assert response.status_code == 422, (
        f"{value!r} is not a JSON number, yet the service accepted it: Pydantic's default (lax) "
        "float converts it; declare the numbers strict"
    )


def test_integers_count_as_numbers(client):
    response = client.post("/predict", json={"rows": [[round(x) for x in WINE.data[0]]]})
    assert response.status_code == 200, "a JSON integer such as 13 is a number too"


def test_validation_is_declared_so_openapi_describes_it(client):
    schema = client.get("/openapi.json").json()
    assert "post" in schema["paths"]["/predict"]
    body = schema["paths"]["/predict"]["post"]["requestBody"]["content"]["application/json"]
    assert "$ref" in body["schema"], "declare the body as a Pydantic model"
