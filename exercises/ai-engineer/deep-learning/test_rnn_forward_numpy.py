"""Tests for the RNN forward pass exercise (rnn_forward_numpy.py), checked against nn.RNN."""

import numpy as np
import pytest
import torch
from torch import nn

STEPS, BATCH, INPUT, HIDDEN = 6, 3, 4, 5  # steps != batch, so a swapped layout shows


@pytest.fixture
def mod(exercise):
    return exercise("rnn_forward_numpy")


def make_rnn(nonlinearity="tanh", batch_first=False, seed=0):
    torch.manual_seed(seed)
    rnn = nn.RNN(
        INPUT, HIDDEN, nonlinearity=nonlinearity, batch_first=batch_first, dtype=torch.float64
    )
    weights = {name: value.detach().numpy() for name, value in rnn.state_dict().items()}
    return rnn, weights


def inputs(batch_first, seed=1):
    shape = (BATCH, STEPS, INPUT) if batch_first else (STEPS, BATCH, INPUT)
    return np.random.default_rng(seed).normal(size=shape)


def run_torch(rnn, x, h0=None):
    with torch.no_grad():
        h0 = None if h0 is None else torch.from_numpy(h0)
        output, h_n = rnn(torch.from_numpy(x), h0)
    return output.numpy(), h_n.numpy()


def test_shapes_follow_pytorchs_default_layout(mod):
    _, weights = make_rnn()
    output, h_n = mod.rnn_forward(inputs(False), weights)
    assert np.shape(output) == (STEPS, BATCH, HIDDEN), (
        "with batch_first=False, x and output are (steps, batch, features)"
    )
    assert np.shape(h_n) == (1, BATCH, HIDDEN), "h_n is (1, batch, hidden)"


def test_matches_nn_rnn_step_by_step(mod):
    rnn, weights = make_rnn()
    x = inputs(False)
    expected, expected_h = run_torch(rnn, x)
    output, h_n = mod.rnn_forward(x, weights)
    np.testing.assert_allclose(
        output[0], expected[0], atol=1e-10, err_msg="the first step already differs: check "
        "the formula, both biases and the transposed weights",
    )  # fmt: skip
    np.testing.assert_allclose(
        output, expected, atol=1e-10,
        err_msg="later steps differ: each step must use the PREVIOUS step's state",
    )  # fmt: skip
    np.testing.assert_allclose(h_n, expected_h, atol=1e-10, err_msg="h_n is the LAST state")


def test_batch_first_layout(mod):
    rnn, weights = make_rnn(batch_first=True)
    x = inputs(True)
    expected, expected_h = run_torch(rnn, x)
    output, h_n = mod.rnn_forward(x, weights, batch_first=True)
    assert np.shape(output) == (BATCH, STEPS, HIDDEN), (
        "with batch_first=True, x and output are (batch, steps, features)"
    )
    np.testing.assert_allclose(
        output, expected, atol=1e-10,
        err_msg="outputs differ from nn.RNN: with batch_first=True, time is axis 1 of x",
    )  # fmt: skip
    assert np.shape(h_n) == (1, BATCH, HIDDEN), "h_n stays (1, batch, hidden) with batch_first"
    np.testing.assert_allclose(h_n, expected_h, atol=1e-10)


def test_an_initial_state_is_used(mod):
    rnn, weights = make_rnn(batch_first=True)
    x = inputs(True)
    h0 = np.random.default_rng(2).normal(size=(1, BATCH, HIDDEN))
    expected, expected_h = run_torch(rnn, x, h0)
    output, h_n = mod.rnn_forward(x, weights, h0=h0, batch_first=True)
    np.testing.assert_allclose(
        output, expected, atol=1e-10, err_msg="start from h0[0] when h0 is given"
    )
    np.testing.assert_allclose(h_n, expected_h, atol=1e-10)


def test_relu_nonlinearity(mod):
    rnn, weights = make_rnn(nonlinearity="relu", seed=3)
    x = inputs(False, seed=4)
    expected, expected_h = run_torch(rnn, x)
    output, h_n = mod.rnn_forward(x, weights, nonlinearity="relu")
    np.testing.assert_allclose(
        output, expected, atol=1e-10, err_msg='nonlinearity="relu" means max(z, 0), not tanh'
    )
    np.testing.assert_allclose(h_n, expected_h, atol=1e-10)


@pytest.mark.parametrize("batch_first", [False, True], ids=["time-first", "batch-first"])
def test_last_states_of_padded_sequences_match_packed_nn_rnn(mod, batch_first):
    rnn, _ = make_rnn(batch_first=batch_first)
    x = inputs(batch_first)
    lengths = np.array([2, STEPS, 4])
    packed = nn.utils.rnn.pack_padded_sequence(
        torch.from_numpy(x), torch.from_numpy(lengths), batch_first=batch_first,
        enforce_sorted=False,
    )  # fmt: skip
    with torch.no_grad():
        _, h_n = rnn(packed)  # nn.RNN skips the padding of a packed batch
    output, _ = run_torch(rnn, x)  # every step, padding included, as nn.RNN computes it
    result = np.asarray(mod.last_states(output, lengths, batch_first=batch_first))
    assert result.shape == (BATCH, HIDDEN), "one state of hidden_size numbers per sequence"
    np.testing.assert_allclose(
        result, h_n[0].numpy(), atol=1e-10,
        err_msg="take sequence b's state at step lengths[b] - 1, not at the last padded step",
    )  # fmt: skip


def test_full_length_sequences_give_h_n(mod):
    rnn, weights = make_rnn()
    x = inputs(False)
    _, expected_h = run_torch(rnn, x)
    output, _ = mod.rnn_forward(x, weights)
    result = mod.last_states(output, np.full(BATCH, STEPS))
    np.testing.assert_allclose(result, expected_h[0], atol=1e-10)
