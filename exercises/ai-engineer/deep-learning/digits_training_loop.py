"""Exercise: a PyTorch training loop that must reach 95% accuracy on scikit-learn's digits.

``digits_loaders`` and ``make_model`` are written for you. Write ``train_one_epoch``,
``evaluate`` and ``fit``.

Check your work:  pytest exercises/ai-engineer/deep-learning/test_digits_training_loop.py
The book's page "PyTorch" writes the same loop step by step.
"""

import torch
from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split
from torch import nn
from torch.utils.data import DataLoader, TensorDataset


def digits_loaders(batch_size: int = 64, seed: int = 0) -> tuple[DataLoader, DataLoader]:
    """Return (train_loader, test_loader): 8x8 digits as 64 floats in [0, 1], labels 0-9."""
    digits = load_digits()
    X_train, X_test, y_train, y_test = train_test_split(
        digits.data / 16.0, digits.target, test_size=0.25, random_state=0, stratify=digits.target
    )

    def dataset(X, y):
        return TensorDataset(torch.tensor(X, dtype=torch.float32), torch.tensor(y))

    generator = torch.Generator().manual_seed(seed)
    train = DataLoader(dataset(X_train, y_train), batch_size, shuffle=True, generator=generator)
    test = DataLoader(dataset(X_test, y_test), batch_size=256)
    return train, test


def make_model(seed: int = 0, dropout: float = 0.2) -> nn.Module:
    """Return a small classifier of 64 inputs into 10 logits, with a dropout layer."""
    torch.manual_seed(seed)
    return nn.Sequential(nn.Linear(64, 64), nn.ReLU(), nn.Dropout(dropout), nn.Linear(64, 10))


def train_one_epoch(
    model: nn.Module, loader: DataLoader, optimizer: torch.optim.Optimizer, loss_fn: nn.Module
) -> float:
    """Train ``model`` for one pass over ``loader`` and return the epoch's mean loss.

    Put the model in training mode; then, for every batch ``(xb, yb)``: clear the gradients,
    compute ``loss_fn(model(xb), yb)``, backpropagate and take an optimizer step. Return the
    mean loss per example over the epoch, as a Python float: weight each batch's loss (computed
    before that batch's step) by the number of examples in the batch, and divide by the total.
    """
    raise NotImplementedError("write train_one_epoch")


def evaluate(model: nn.Module, loader: DataLoader) -> float:
    """Return the fraction of examples in ``loader`` whose largest logit is the true label.

    Predict in evaluation mode (dropout off) and without recording gradients.
    """
    raise NotImplementedError("write evaluate")


def fit(
    model: nn.Module, train_loader: DataLoader, test_loader: DataLoader, epochs: int, lr: float
) -> list[float]:
    """Train with Adam (learning rate ``lr``) and cross-entropy for ``epochs`` epochs.

    After every epoch, measure the accuracy on ``test_loader`` with ``evaluate``; return the
    list of these accuracies, one per epoch. With ``make_model()``, ``digits_loaders()``,
    ``epochs=10`` and ``lr=1e-2`` the last accuracy must be at least 0.95.
    """
    raise NotImplementedError("write fit")
