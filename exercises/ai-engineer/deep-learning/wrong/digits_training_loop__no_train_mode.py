# Wrong: train_one_epoch never calls model.train(), so after evaluate it trains without dropout.
"""Wrong solution: a PyTorch training loop on scikit-learn's digits."""

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
    """Train ``model`` for one pass over ``loader`` and return the epoch's mean loss."""
    total, count = 0.0, 0
    for xb, yb in loader:
        optimizer.zero_grad()
        loss = loss_fn(model(xb), yb)
        loss.backward()
        optimizer.step()
        total += loss.item() * len(yb)
        count += len(yb)
    return total / count


def evaluate(model: nn.Module, loader: DataLoader) -> float:
    """Return the fraction of examples whose largest logit is the true label."""
    model.eval()
    correct, count = 0, 0
    with torch.no_grad():
        for xb, yb in loader:
            correct += (model(xb).argmax(dim=1) == yb).sum().item()
            count += len(yb)
    return correct / count


def fit(
    model: nn.Module, train_loader: DataLoader, test_loader: DataLoader, epochs: int, lr: float
) -> list[float]:
    """Train with Adam and cross-entropy; return the test accuracy after every epoch."""
    optimizer = torch.optim.Adam(model.parameters(), lr=lr)
    loss_fn = nn.CrossEntropyLoss()
    accuracies = []
    for _ in range(epochs):
        train_one_epoch(model, train_loader, optimizer, loss_fn)
        accuracies.append(evaluate(model, test_loader))
    return accuracies
