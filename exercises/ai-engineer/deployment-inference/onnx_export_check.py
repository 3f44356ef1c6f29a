"""Exercise: export a PyTorch classifier to ONNX and verify the file.

Write the three functions below.

- ``export_classifier(model, n_features, path)`` exports ``model`` (a ``torch.nn.Module`` that
  maps a float32 batch of shape ``(batch, n_features)`` to class scores) to the ONNX file
  ``path`` with ``torch.onnx.export``. The graph's input must be named ``"features"`` and its
  output ``"logits"``; the batch dimension must be dynamic, so that any batch size runs; the
  weights must be stored inside the file itself (no separate ``.data`` file). Export the
  inference behaviour of the model, not its training behaviour.
- ``max_abs_difference(model, onnx_path, inputs)`` runs ``inputs`` (a float32 NumPy array of
  shape ``(batch, n_features)``) through the PyTorch model in evaluation mode, without tracking
  gradients, and through ONNX Runtime on the CPU, and returns the largest absolute difference
  between the two outputs as a Python float.
- ``outputs_match(model, onnx_path, batches, rtol=1e-4, atol=1e-5)`` returns ``True`` when, for
  every array in the list ``batches``, ONNX Runtime succeeds, its output has the same shape as
  the model's, and every element satisfies ``|onnx - torch| <= atol + rtol * |torch|``.
  Otherwise it returns ``False``: a batch size the file cannot handle is a mismatch, not a
  crash.

Check your work:  pytest exercises/ai-engineer/deployment-inference/test_onnx_export_check.py
The book's page "ONNX and ONNX Runtime" shows every piece you need.
"""

import numpy as np
import onnxruntime as ort  # noqa: F401  (you will need it)
import torch


def export_classifier(model: torch.nn.Module, n_features: int, path: str) -> None:
    raise NotImplementedError("write export_classifier")


def max_abs_difference(model: torch.nn.Module, onnx_path: str, inputs: np.ndarray) -> float:
    raise NotImplementedError("write max_abs_difference")


def outputs_match(
    model: torch.nn.Module,
    onnx_path: str,
    batches: list[np.ndarray],
    rtol: float = 1e-4,
    atol: float = 1e-5,
) -> bool:
    raise NotImplementedError("write outputs_match")
