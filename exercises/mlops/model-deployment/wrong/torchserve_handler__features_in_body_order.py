# Wrong: takes the body's values in the order the client wrote them, not in the model's order.

import json

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
            if isinstance(body, (bytes, bytearray)):
                body = json.loads(body)
            rows.append([float(value or 0.0) for value in body.values()])
        return torch.tensor(rows, dtype=torch.float64).reshape(len(data), len(self.features))

    def inference(self, x: torch.Tensor) -> torch.Tensor:
        with torch.inference_mode():
            return self.net(x)

    def postprocess(self, probabilities: torch.Tensor) -> list[dict]:
        return [{"churn_probability": float(p)} for p in probabilities.reshape(-1).tolist()]

    def handle(self, data: list[dict], context=None) -> list[dict]:
        return self.postprocess(self.inference(self.preprocess(data)))
