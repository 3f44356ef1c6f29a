# Wrong: the export stores the weights as external data, in a .data file beside the .onnx file.
"""Wrong solution: export a PyTorch classifier to ONNX and verify the file."""

import numpy as np
import onnxruntime as ort
import torch


def export_classifier(model: torch.nn.Module, n_features: int, path: str) -> None:
    model.eval()  # dropout and batch norm must export their inference behaviour
    example = (torch.zeros(2, n_features, dtype=torch.float32),)
    torch.onnx.export(
        model,
        example,
        path,
        input_names=["features"],
        output_names=["logits"],
        dynamic_shapes=({0: torch.export.Dim("batch")},),
        external_data=True,
        verbose=False,
    )


def _both_outputs(model, onnx_path, inputs):
    model.eval()
    with torch.no_grad():
        expected = model(torch.from_numpy(inputs)).numpy()
    session = ort.InferenceSession(onnx_path, providers=["CPUExecutionProvider"])
    name = session.get_inputs()[0].name
    (actual,) = session.run(None, {name: inputs})
    return actual, expected


def max_abs_difference(model: torch.nn.Module, onnx_path: str, inputs: np.ndarray) -> float:
    actual, expected = _both_outputs(model, onnx_path, inputs)
    return float(np.abs(actual - expected).max())


def outputs_match(
    model: torch.nn.Module,
    onnx_path: str,
    batches: list[np.ndarray],
    rtol: float = 1e-4,
    atol: float = 1e-5,
) -> bool:
    for batch in batches:
        try:
            actual, expected = _both_outputs(model, onnx_path, batch)
        except Exception:  # ONNX Runtime rejected the input: the file does not fit
            return False
        if actual.shape != expected.shape:
            return False
        if not np.allclose(actual, expected, rtol=rtol, atol=atol):
            return False
    return True
