# Wrong: assumes every body is already parsed JSON and never decodes bytes.

import json  # noqa: F401

import torch


class ChurnHandler:
    features = ["late_8w", "tickets_8w", "tenure_days"]

    def __init__(self, net: torch.nn.Module):
        self.net = net

    def preprocess(self, data: list[dict]) -> torch.Tensor:
        rows = []
        for request in data:
            body = request.get("body")
            if body is None:
                body = request.get("data")
            rows.append([float(body.get(name) or 0.0) for name in self.features])
        return torch.tensor(rows, dtype=torch.float64).reshape(len(data), len(self.features))

    def inference(self, x: torch.Tensor) -> torch.Tensor:
        with torch.inference_mode():
            return self.net(x)

    def postprocess(self, probabilities: torch.Tensor) -> list[dict]:
        return [{"churn_probability": float(p)} for p in probabilities.reshape(-1).tolist()]

    def handle(self, data: list[dict], context=None) -> list[dict]:
        return self.postprocess(self.inference(self.preprocess(data)))
