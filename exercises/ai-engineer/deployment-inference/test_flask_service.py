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
    assert response.status_code == 200, "a JSON integer such as 13 is a number too"


def test_exactly_100_rows_are_accepted(client):
    response = client.post("/predict", json={"rows": [GOOD_ROW] * 100})
    assert response.status_code == 200, "between 1 and 100 rows: 100 rows are allowed"
    assert len(response.get_json()["predictions"]) == 100


@pytest.mark.parametrize(
    ("body", "bad_row"),
    [
        ({"rows": [GOOD_ROW, GOOD_ROW[:5]]}, 1),
        ({"rows": [GOOD_ROW, GOOD_ROW, GOOD_ROW + [0.5]]}, 2),
        ({"rows": [["high"] + GOOD_ROW[1:]]}, 0),
        ({"rows": [GOOD_ROW, GOOD_ROW, GOOD_ROW[:3] + ["13.2"] + GOOD_ROW[4:]]}, 2),
        ({"rows": [GOOD_ROW, [None] + GOOD_ROW[1:]]}, 1),
        ({"rows": [GOOD_ROW, [True] + GOOD_ROW[1:]]}, 1),
    ],
    ids=["short-row", "long-row", "text", "numeric-text", "null", "boolean"],
)
def test_a_bad_row_gets_400_naming_it(client, body, bad_row):
    response = client.post("/predict", json=body)
    assert response.status_code == 400, (
        f"row {bad_row} is bad but the answer was {response.status_code}, not 400; a string "
        'such as "13.2", null, true or false is not a JSON number'
    )
    error = response.get_json()["error"]
    assert f"row {bad_row}" in error, f"name the row by its position from 0, 'row {bad_row}'"


@pytest.mark.parametrize(
    "body",
    [{"rows": []}, {"rows": [GOOD_ROW] * 101}, {"data": [GOOD_ROW]}, [GOOD_ROW], "rows"],
    ids=["empty", "too-many", "no-rows-field", "list-body", "string-body"],
)
def test_a_bad_body_gets_400_with_a_message(client, body):
    response = client.post("/predict", json=body)
    assert response.status_code == 400, f"this body got {response.status_code}, not 400"
    assert response.get_json()["error"], 'answer {"error": "<what is wrong>"}'


def test_a_body_that_is_not_json_gets_400(client):
    response = client.post("/predict", data="rows=1", content_type="text/plain")
    assert response.status_code == 400, (
        f"got {response.status_code}, not 400: request.get_json(silent=True) returns None for a "
        "body that is not JSON, where request.get_json() makes Flask answer 415 itself"
    )
    assert response.get_json()["error"]
