"""Exercise: the forward pass of PyTorch's nn.RNN in NumPy, and the last state of padded sequences.

An Elman RNN keeps a hidden state h (``hidden_size`` numbers per sequence). At each time step t,
with the layer's weights, it computes

    h_t = act(x_t @ W_ih.T + b_ih + h_{t-1} @ W_hh.T + b_hh)

where act is tanh (or ReLU, if the layer was built with ``nonlinearity="relu"``) and h_0 is
the initial state. Write the two functions below with NumPy only, so that they reproduce
``torch.nn.RNN`` (one layer) exactly, whichever layout its tensors use.

Check your work:  pytest exercises/ai-engineer/deep-learning/test_rnn_forward_numpy.py
The book's page "Recurrent neural networks" writes the same loop in PyTorch.
"""

import numpy as np


def rnn_forward(
    x: np.ndarray,
    weights: dict[str, np.ndarray],
    h0: np.ndarray | None = None,
    batch_first: bool = False,
    nonlinearity: str = "tanh",
) -> tuple[np.ndarray, np.ndarray]:
    """Run a one-layer RNN over a batch of sequences; return ``(output, h_n)`` like nn.RNN.

    - ``weights`` holds the layer's parameters under the names of ``nn.RNN.state_dict()``:
      ``"weight_ih_l0"`` (hidden, input), ``"weight_hh_l0"`` (hidden, hidden),
      ``"bias_ih_l0"`` and ``"bias_hh_l0"`` (hidden,).
    - ``x`` has shape (steps, batch, input) when ``batch_first`` is False, PyTorch's default,
      and (batch, steps, input) when it is True.
    - ``h0`` has shape (1, batch, hidden) in both layouts; None means a state of zeros.
    - ``nonlinearity`` is ``"tanh"`` or ``"relu"``.
    - ``output`` holds the hidden state of every step, in the layout of ``x``: (steps, batch,
      hidden), or (batch, steps, hidden) when ``batch_first``. ``h_n`` is the state after the
      last step, of shape (1, batch, hidden) in both layouts, as in PyTorch.
    """
    raise NotImplementedError("write rnn_forward")


def last_states(output: np.ndarray, lengths: np.ndarray, batch_first: bool = False) -> np.ndarray:
    """Return the hidden state of each sequence at its own last real step, shape (batch, hidden).

    The sequences of a batch were padded at the end to a common number of steps, and
    ``output`` is what rnn_forward returned for them (in the layout ``batch_first`` says).
    Sequence b has ``lengths[b]`` real steps (at least 1), so its last real state is at step
    ``lengths[b] - 1``; the steps after it only read padding. The result is what nn.RNN
    returns as ``h_n[0]`` for the same batch packed with
    ``nn.utils.rnn.pack_padded_sequence``. Use indexing, not a loop over the batch.
    """
    raise NotImplementedError("write last_states")
