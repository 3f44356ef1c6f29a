# Wrong: returns the state after the first step as h_n instead of the state after the last.
"""A wrong solution (the first line names its mistake): an RNN in NumPy."""

import numpy as np

ACTIVATIONS = {"tanh": np.tanh, "relu": lambda z: np.maximum(z, 0.0)}


def rnn_forward(
    x: np.ndarray,
    weights: dict[str, np.ndarray],
    h0: np.ndarray | None = None,
    batch_first: bool = False,
    nonlinearity: str = "tanh",
) -> tuple[np.ndarray, np.ndarray]:
    """Run a one-layer RNN over a batch of sequences; return (output, h_n) like nn.RNN."""
    act = ACTIVATIONS[nonlinearity]
    W_ih, W_hh = weights["weight_ih_l0"], weights["weight_hh_l0"]
    bias = weights["bias_ih_l0"] + weights["bias_hh_l0"]
    steps = np.swapaxes(x, 0, 1) if batch_first else x  # (steps, batch, input)
    h = np.zeros((steps.shape[1], W_hh.shape[0])) if h0 is None else h0[0]
    states = []
    for x_t in steps:  # one step after the other: h carries over
        h = act(x_t @ W_ih.T + h @ W_hh.T + bias)
        states.append(h)
    output = np.stack(states)  # (steps, batch, hidden)
    if batch_first:
        output = np.swapaxes(output, 0, 1)
    return output, states[0][np.newaxis]


def last_states(output: np.ndarray, lengths: np.ndarray, batch_first: bool = False) -> np.ndarray:
    """Return each sequence's hidden state at its last real step, shape (batch, hidden)."""
    by_batch = output if batch_first else np.swapaxes(output, 0, 1)  # (batch, steps, hidden)
    rows = np.arange(by_batch.shape[0])
    return by_batch[rows, np.asarray(lengths) - 1]
