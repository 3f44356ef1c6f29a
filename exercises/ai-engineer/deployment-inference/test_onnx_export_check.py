"""Tests for the ONNX export-and-verify exercise (onnx_export_check.py)."""

import logging

import numpy as np
import onnx
import onnxruntime as ort
import pytest
import torch
from onnx import TensorProto, helper, numpy_helper
from sklearn.datasets import load_wine
from sklearn.preprocessing import StandardScaler

# The exporter logs about optional packages and PyTorch warns about its own internals.
logging.getLogger("torch.onnx._internal.exporter._registration").setLevel(logging.ERROR)
pytestmark = pytest.mark.filterwarnings("ignore:`isinstance.treespec:FutureWarning")

X_WINE, _ = load_wine(return_X_y=True)
X = StandardScaler().fit_transform(X_WINE).astype(np.float32)


def make_model():
    torch.manual_seed(0)
    return torch.nn.Sequential(
        torch.nn.Linear(13, 16),
        torch.nn.ReLU(),
        torch.nn.Dropout(0.5),
        torch.nn.Linear(16, 3),
    )


def write_onnx(model, path, bias_shift=0.0, batch=None):
    """Write the model's inference graph by hand, optionally with a wrong bias or fixed batch."""
    first, last = model[0], model[3]
    weights = [
        numpy_helper.from_array(t.detach().numpy().copy(), name)
        for t, name in [(first.weight, "w1"), (first.bias, "b1"), (last.weight, "w2")]
    ]
    shifted = last.bias.detach().numpy() + np.float32(bias_shift)
    weights.append(numpy_helper.from_array(shifted.astype(np.float32), "b2"))
    nodes = [
        helper.make_node("Gemm", ["x", "w1", "b1"], ["h"], transB=1),
        helper.make_node("Relu", ["h"], ["r"]),
        helper.make_node("Gemm", ["r", "w2", "b2"], ["y"], transB=1),
    ]
    dim = batch if batch is not None else "batch"
    graph = helper.make_graph(
        nodes,
        "wine",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, [dim, 13])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, [dim, 3])],
        initializer=weights,
    )
    onnx_model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    onnx_model.ir_version = 8
    onnx.save(onnx_model, path)
    return path


@pytest.fixture(scope="module")
def model():
    return make_model()


@pytest.fixture
def check(exercise):
    return exercise("onnx_export_check")


def test_export_writes_a_valid_single_file_with_a_dynamic_batch(check, tmp_path):
    net = make_model().train()  # as if training had just finished
    path = str(tmp_path / "wine.onnx")
    check.export_classifier(net, 13, path)
    exported = onnx.load(path)
    onnx.checker.check_model(exported)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["wine.onnx"], "no separate .data file"
    assert [i.name for i in exported.graph.input] == ["features"], "input must be 'features'"
    assert [o.name for o in exported.graph.output] == ["logits"], "output must be 'logits'"
    first_dim = exported.graph.input[0].type.tensor_type.shape.dim[0]
    assert first_dim.dim_param, "the batch dimension must be symbolic (dynamic)"
    net.eval()
    # ONNX Runtime's optimizer deletes Dropout nodes, so a file exported in training mode looks
    # right in a default session. With optimizations off the graph runs exactly as written.
    as_written = ort.SessionOptions()
    as_written.graph_optimization_level = ort.GraphOptimizationLevel.ORT_DISABLE_ALL
    for options in (None, as_written):
        session = ort.InferenceSession(path, options, providers=["CPUExecutionProvider"])
        for size in (1, 17):
            (out,) = session.run(None, {"features": X[:size]})
            with torch.no_grad():
                expected = net(torch.from_numpy(X[:size])).numpy()
            np.testing.assert_allclose(
                out,
                expected,
                rtol=1e-4,
                atol=1e-5,
                err_msg="the file must compute the eval-mode outputs: a model still in training "
                "mode exports dropout as it trains, so call model.eval() before exporting",
            )


def test_max_abs_difference_of_a_faithful_file_is_tiny(check, model, tmp_path):
    path = write_onnx(model, str(tmp_path / "good.onnx"))
    model.train()  # dropout on: the function must switch to evaluation mode itself
    difference = check.max_abs_difference(model, path, X[:50])
    assert isinstance(difference, float)
    assert difference < 1e-5, "compare in evaluation mode: dropout must be off"


@pytest.mark.parametrize("shift", [0.01, -0.01])
def test_max_abs_difference_measures_a_wrong_bias(check, model, tmp_path, shift):
    path = write_onnx(model, str(tmp_path / "shifted.onnx"), bias_shift=shift)
    difference = check.max_abs_difference(model, path, X[:50])
    assert difference == pytest.approx(0.01, rel=1e-3), (
        f"every ONNX output is off by {shift}: the largest absolute difference is 0.01"
    )


def test_outputs_match_accepts_a_faithful_file_at_any_batch_size(check, model, tmp_path):
    path = write_onnx(model, str(tmp_path / "good.onnx"))
    assert check.outputs_match(model, path, [X[:1], X[:7], X[:100]]) is True, (
        "this file is faithful and has a dynamic batch: compare in eval mode, within tolerance"
    )


def test_outputs_match_rejects_small_but_real_errors(check, model, tmp_path):
    path = write_onnx(model, str(tmp_path / "shifted.onnx"), bias_shift=1e-3)
    assert check.outputs_match(model, path, [X[:10]]) is False, (
        "a bias off by 0.001 is far beyond atol=1e-5 plus rtol=1e-4 times the output"
    )
    assert check.outputs_match(model, path, [X[:10]], atol=1e-2) is True, "respect atol"


def test_outputs_match_reports_a_fixed_batch_size_instead_of_crashing(check, model, tmp_path):
    path = write_onnx(model, str(tmp_path / "fixed.onnx"), batch=4)
    assert check.outputs_match(model, path, [X[:4]]) is True
    assert check.outputs_match(model, path, [X[:4], X[:1]]) is False, (
        "the file only takes batches of 4: check every batch, and answer False for one it rejects"
    )
