"""Exercise: the preprocess and postprocess steps of a TorchServe handler.

TorchServe calls a handler with ``data``, a list with one item per request (several
requests when the server batches them). Each item is a dict whose ``"body"`` (or, from some
clients, ``"data"``) is the request's body: either raw ``bytes``/``bytearray`` holding JSON,
or the JSON already parsed into a dict. Here every body is one customer, for example
``{"late_8w": 2, "tickets_8w": 1, "tenure_days": 400}``.

Write two methods of ``ChurnHandler``:

- ``preprocess(self, data)`` returns a float64 tensor of shape ``(len(data), 3)``: one row per
  request, in order, with the columns of ``self.features`` (``["late_8w", "tickets_8w",
  "tenure_days"]``). A feature missing from a body, or ``null``, is 0.0.
- ``postprocess(self, probabilities)`` receives a tensor of shape ``(len(data),)`` and returns
  a list with one dict per request, in order: ``[{"churn_probability": p}, ...]`` where each
  ``p`` is a plain Python float.

``inference`` and ``handle`` are written for you; do not change them.

Check your work:  pytest exercises/mlops/model-deployment/test_torchserve_handler.py
The book's page "TorchServe" writes and tests a full handler for the churn model.
"""

import json  # noqa: F401

import torch


class ChurnHandler:
    features = ["late_8w", "tickets_8w", "tenure_days"]

    def __init__(self, net: torch.nn.Module):
        self.net = net

    def preprocess(self, data: list[dict]) -> torch.Tensor:
        raise NotImplementedError("write preprocess")

    def inference(self, x: torch.Tensor) -> torch.Tensor:
        with torch.inference_mode():
            return self.net(x)

    def postprocess(self, probabilities: torch.Tensor) -> list[dict]:
        raise NotImplementedError("write postprocess")

    def handle(self, data: list[dict], context=None) -> list[dict]:
        return self.postprocess(self.inference(self.preprocess(data)))
