"""Tests for the dense layer exercise (dense_layer_backprop.py), checked against autograd."""

import numpy as np
import pytest
import torch


def make_case(seed, n=6, d_in=5, d_out=4):
    rng = np.random.default_rng(seed)
    x = rng.normal(size=(n, d_in))
    W = rng.normal(size=(d_in, d_out))
    b = rng.normal(size=d_out)
    grad_y = rng.normal(size=(n, d_out))
    return x, W, b, grad_y


def autograd(x, W, b, grad_y):
    tx, tW, tb = (torch.tensor(a, requires_grad=True) for a in (x, W, b))
    y = torch.relu(tx @ tW + tb)
    y.backward(torch.tensor(grad_y))
    return y.detach().numpy(), tx.grad.numpy(), tW.grad.numpy(), tb.grad.numpy()


def test_forward_matches_pytorch(exercise):
    layer = exercise("dense_layer_backprop")
    x, W, b, grad_y = make_case(0)
    expected = autograd(x, W, b, grad_y)[0]
    y = layer.dense_forward(x, W, b)
    assert np.shape(y) == expected.shape, "the output has one row per example, d_out columns"
    assert np.allclose(y, expected), "forward: compute max(x @ W + b, 0)"


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_gradients_match_autograd(exercise, seed):
    layer = exercise("dense_layer_backprop")
    x, W, b, grad_y = make_case(seed)
    _, gx, gW, gb = autograd(x, W, b, grad_y)
    grad_x, grad_W, grad_b = layer.dense_backward(x, W, b, grad_y)
    for name, mine, ref in [("grad_x", grad_x, gx), ("grad_W", grad_W, gW), ("grad_b", grad_b, gb)]:
        assert np.shape(mine) == ref.shape, f"{name} must have the shape of {name[5:]}"
        assert np.allclose(mine, ref), f"{name} differs from PyTorch's autograd"


def test_relu_blocks_the_gradient_of_inactive_units(exercise):
    layer = exercise("dense_layer_backprop")
    x, W, _, grad_y = make_case(4)
    b = np.full(W.shape[1], -100.0)  # every unit is inactive: z < 0 everywhere
    grad_x, grad_W, grad_b = layer.dense_backward(x, W, b, grad_y)
    assert np.allclose(grad_x, 0) and np.allclose(grad_W, 0) and np.allclose(grad_b, 0), (
        "where z < 0, ReLU's derivative is 0, so no gradient flows back"
    )


def test_relu_derivative_is_zero_where_z_is_exactly_zero(exercise):
    layer = exercise("dense_layer_backprop")
    x = np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]])
    W = np.array([[1.0, -1.0], [2.0, 0.0]])
    b = np.array([-1.0, 0.0])  # z = [[0, -1], [1, 0], [2, -1]]: two entries are exactly 0
    grad_y = np.ones((3, 2))
    _, gx, gW, gb = autograd(x, W, b, grad_y)
    grad_x, grad_W, grad_b = layer.dense_backward(x, W, b, grad_y)
    assert np.allclose(grad_b, gb) and np.allclose(grad_W, gW) and np.allclose(grad_x, gx), (
        "where z == 0 the ReLU derivative is 0, as in PyTorch: pass the gradient only where z > 0"
    )


def test_gradient_of_a_sum_over_a_batch(exercise):
    layer = exercise("dense_layer_backprop")
    x, W, _, _ = make_case(5, n=8)
    b = np.full(W.shape[1], 100.0)  # every unit active: the layer is linear here
    grad_y = np.ones((8, W.shape[1]))
    _, grad_W, grad_b = layer.dense_backward(x, W, b, grad_y)
    assert np.allclose(grad_b, 8.0), "grad_b sums the gradient over the batch's rows"
    assert np.allclose(grad_W, np.outer(x.sum(axis=0), np.ones(W.shape[1]))), (
        "grad_W = x.T @ grad_z: each weight's gradient sums over the batch's rows"
    )
