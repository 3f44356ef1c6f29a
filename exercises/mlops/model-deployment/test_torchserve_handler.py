"""Tests for the TorchServe handler exercise (torchserve_handler.py)."""

import json

import pytest
import torch


class Net(torch.nn.Module):
    """A logistic regression on (late_8w, tickets_8w, tenure_days) with distinct weights."""

    def __init__(self):
        super().__init__()
        self.linear = torch.nn.Linear(3, 1, dtype=torch.float64)
        with torch.no_grad():
            self.linear.weight.copy_(torch.tensor([[0.8, 0.5, -0.004]], dtype=torch.float64))
            self.linear.bias.fill_(-1.0)

    def forward(self, x):
        return torch.sigmoid(self.linear(x)).squeeze(1)


CUSTOMERS = [
    {"late_8w": 3, "tickets_8w": 0, "tenure_days": 120},
    {"tenure_days": 800, "tickets_8w": 2, "late_8w": 0},  # keys in another order
    {"late_8w": 1, "tickets_8w": None, "tenure_days": 45},  # null
    {"late_8w": 0, "tenure_days": 300},  # a feature missing
]
ROWS = [[3, 0, 120], [0, 2, 800], [1, 0, 45], [0, 0, 300]]


def expected():
    return Net()(torch.tensor(ROWS, dtype=torch.float64)).tolist()


def handler(exercise):
    return exercise("torchserve_handler").ChurnHandler(Net())


def as_bytes(customers):
    return [{"body": json.dumps(c).encode()} for c in customers]


def parsed(customers):
    return [{"body": c} for c in customers]


def test_preprocess_makes_one_row_per_request_in_the_models_order(exercise):
    x = handler(exercise).preprocess(parsed(CUSTOMERS))
    assert isinstance(x, torch.Tensor) and x.dtype == torch.float64, "a float64 tensor"
    assert tuple(x.shape) == (4, 3), "one row per request, one column per feature"
    assert x.tolist() == ROWS, (
        "columns in the order of self.features, whatever the order of the body's keys; "
        "a missing or null feature is 0.0"
    )


def test_bytes_bodies_and_the_data_key(exercise):
    mixed = as_bytes(CUSTOMERS[:2]) + [{"data": bytearray(json.dumps(CUSTOMERS[2]).encode())}]
    mixed += parsed(CUSTOMERS[3:])
    x = handler(exercise).preprocess(mixed)
    assert x.tolist() == ROWS, (
        "decode bytes and bytearray bodies with json.loads, and read 'data' when there is no 'body'"
    )


def test_postprocess_gives_one_plain_float_per_request(exercise):
    answers = handler(exercise).postprocess(torch.tensor([0.25, 0.5, 0.75], dtype=torch.float64))
    assert answers == [
        {"churn_probability": 0.25},
        {"churn_probability": 0.5},
        {"churn_probability": 0.75},
    ], "one dict per request, in order: TorchServe matches answers to clients by position"
    assert all(type(a["churn_probability"]) is float for a in answers), (
        "plain Python floats (tensor.tolist() gives them), not tensors"
    )


def test_a_batch_end_to_end(exercise):
    answers = handler(exercise).handle(as_bytes(CUSTOMERS))
    assert isinstance(answers, list) and len(answers) == 4, "four requests, four answers"
    got = [a["churn_probability"] for a in answers]
    assert got == pytest.approx(expected(), abs=1e-12), (
        "each answer is the model's probability for that request's customer"
    )


def test_a_batch_of_one(exercise):
    answers = handler(exercise).handle(parsed(CUSTOMERS[1:2]))
    assert answers == [{"churn_probability": pytest.approx(expected()[1], abs=1e-12)}], (
        "a single request gets a list with a single answer"
    )
