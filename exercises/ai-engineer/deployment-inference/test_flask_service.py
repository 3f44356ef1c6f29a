"""Tests for the Flask prediction service exercise (flask_service.py)."""

import pytest
from sklearn.datasets import load_wine
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

WINE = load_wine()
GOOD_ROW = WINE.data[0].tolist()


@pytest.fixture(scope="module")
def model():
    return make_pipeline(StandardScaler(), LogisticRegression(max_iter=500)).fit(
        WINE.data, WINE.target
    )


@pytest.fixture
def client(exercise, model):
    app = exercise("flask_service").create_app(model, list(WINE.target_names))
    return app.test_client()


def test_predictions_match_the_model_in_row_order(client, model):
    rows = WINE.data[[0, 70, 140]]
    response = client.post("/predict", json={"rows": rows.tolist()})
    assert response.status_code == 200
    labels = [p["label"] for p in response.get_json()["predictions"]]
    assert labels == [str(WINE.target_names[i]) for i in model.predict(rows)]


def test_probability_is_that_of_the_predicted_class(client, model):
    rows = WINE.data[[10, 100]]
    predictions = client.post("/predict", json={"rows": rows.tolist()}).get_json()["predictions"]
    expected = model.predict_proba(rows).max(axis=1)
    assert [p["probability"] for p in predictions] == pytest.approx(expected.tolist())


def test_integers_count_as_numbers(client):
    response = client.post("/predict", json={"rows": [[round(x) for x in GOOD_ROW]]})
    assert response.status_code == 200


@pytest.mark.parametrize(
    ("body", "bad_row"),
    [
        ({"rows": [GOOD_ROW, GOOD_ROW[:5]]}, 1),
        ({"rows": [GOOD_ROW, GOOD_ROW, GOOD_ROW + [0.5]]}, 2),
        ({"rows": [["high"] + GOOD_ROW[1:]]}, 0),
        ({"rows": [GOOD_ROW, [None] + GOOD_ROW[1:]]}, 1),
        ({"rows": [GOOD_ROW, [True] + GOOD_ROW[1:]]}, 1),
    ],
    ids=["short-row", "long-row", "text", "null", "boolean"],
)
def test_a_bad_row_gets_400_naming_it(client, body, bad_row):
    response = client.post("/predict", json=body)
    assert response.status_code == 400
    assert f"row {bad_row}" in response.get_json()["error"]


@pytest.mark.parametrize(
    "body",
    [{"rows": []}, {"rows": [GOOD_ROW] * 101}, {"data": [GOOD_ROW]}, [GOOD_ROW], "rows"],
    ids=["empty", "too-many", "no-rows-field", "list-body", "string-body"],
)
def test_a_bad_body_gets_400_with_a_message(client, body):
    response = client.post("/predict", json=body)
    assert response.status_code == 400
    assert response.get_json()["error"]


def test_a_body_that_is_not_json_gets_400(client):
    response = client.post("/predict", data="rows=1", content_type="text/plain")
    assert response.status_code == 400
    assert response.get_json()["error"]
