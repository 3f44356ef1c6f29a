"""Tests for the training loop exercise (digits_training_loop.py)."""

import pytest
import sklearn.datasets  # noqa: F401  (imported here, outside each test's time limit)
import sklearn.model_selection  # noqa: F401
import torch
from torch import nn

torch.set_num_threads(1)  # tiny models run fastest on one thread

# The first optimizer step imports parts of PyTorch lazily, which takes seconds: do it here,
# outside the time limit of each test.
_warm = torch.zeros(1, requires_grad=True)
_warm.sum().backward()
torch.optim.Adam([_warm]).step()
torch.optim.SGD([_warm], lr=0.1).step()


def record_calls(model):
    """Record (training mode, grad enabled) at every forward call of the model."""
    calls = []
    model.register_forward_hook(
        lambda module, args, output: calls.append((module.training, torch.is_grad_enabled()))
    )
    return calls


def test_train_one_epoch_steps_in_training_mode(exercise):
    loop = exercise("digits_training_loop")
    train, _ = loop.digits_loaders()
    model = loop.make_model()
    model.eval()  # the function must switch it back on
    calls = record_calls(model)
    before = [p.detach().clone() for p in model.parameters()]
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    loop.train_one_epoch(model, train, optimizer, nn.CrossEntropyLoss())
    assert len(calls) == len(train), "call the model once per batch"
    assert all(training for training, _ in calls), "call model.train() before the batches"
    changed = [not torch.equal(b, p) for b, p in zip(before, model.parameters(), strict=True)]
    assert all(changed), "every parameter should change: zero_grad, backward, optimizer.step()"


def test_train_one_epoch_takes_the_steps_of_the_four_step_loop(exercise):
    loop = exercise("digits_training_loop")
    train, _ = loop.digits_loaders(batch_size=256)  # the same seed: the same batches
    expected_train, _ = loop.digits_loaders(batch_size=256)
    model, expected = loop.make_model(dropout=0.0), loop.make_model(dropout=0.0)
    loss_fn = nn.CrossEntropyLoss()
    optimizer = torch.optim.SGD(expected.parameters(), lr=0.5)
    for xb, yb in expected_train:
        optimizer.zero_grad()
        loss_fn(expected(xb), yb).backward()
        optimizer.step()
    loop.train_one_epoch(model, train, torch.optim.SGD(model.parameters(), lr=0.5), loss_fn)
    for mine, ref in zip(model.parameters(), expected.parameters(), strict=True):
        assert torch.allclose(mine, ref, atol=1e-5), (
            "after one epoch of SGD the weights differ from those of zero_grad, loss, backward "
            "and step on every batch: are the gradients cleared before each batch?"
        )


def test_train_one_epoch_returns_the_mean_loss_per_example(exercise):
    loop = exercise("digits_training_loop")
    train, _ = loop.digits_loaders(batch_size=500)  # 1347 examples: batches of 500, 500, 347
    model = loop.make_model(dropout=0.0)
    loss_fn = nn.CrossEntropyLoss()
    with torch.no_grad():
        X, y = train.dataset.tensors
        expected = loss_fn(model(X), y).item()
    optimizer = torch.optim.SGD(model.parameters(), lr=0.0)  # no change: losses are comparable
    mean = loop.train_one_epoch(model, train, optimizer, loss_fn)
    assert isinstance(mean, float), "return a Python float (use loss.item())"
    assert mean == pytest.approx(expected, rel=1e-5), (
        "weight each batch's loss by its size: the last batch is smaller"
    )


def test_evaluate_uses_eval_mode_and_no_grad(exercise):
    loop = exercise("digits_training_loop")
    _, test = loop.digits_loaders()
    model = loop.make_model(dropout=0.5)
    calls = record_calls(model)
    first = loop.evaluate(model, test)
    model.train()
    second = loop.evaluate(model, test)
    assert calls and not any(training for training, _ in calls), "call model.eval() first"
    assert not any(grad for _, grad in calls), "predict inside torch.no_grad()"
    assert first == second, "evaluation must not depend on dropout's randomness"
    X, y = test.dataset.tensors
    model.eval()
    with torch.no_grad():
        expected = (model(X).argmax(dim=1) == y).float().mean().item()
    assert first == pytest.approx(expected), "accuracy = correct predictions / examples"


def test_fit_reaches_95_percent(exercise):
    loop = exercise("digits_training_loop")
    train, test = loop.digits_loaders()
    model = loop.make_model()
    accuracies = loop.fit(model, train, test, epochs=10, lr=1e-2)
    assert len(accuracies) == 10, "return one accuracy per epoch"
    X, y = test.dataset.tensors
    model.eval()
    with torch.no_grad():
        on_test = (model(X).argmax(dim=1) == y).float().mean().item()
    assert accuracies[-1] == pytest.approx(on_test), (
        "the accuracies must be measured on test_loader, with evaluate, after each epoch"
    )
    assert accuracies[-1] >= 0.95, f"final test accuracy {accuracies[-1]:.3f} is below 0.95"
