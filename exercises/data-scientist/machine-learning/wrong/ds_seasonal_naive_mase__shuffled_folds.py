# Wrong: it uses a shuffled KFold, so the model trains on observations after the test window.
"""A wrong solution: rolling-origin splits, the seasonal naive forecast and MASE."""

import numpy as np
from sklearn.model_selection import KFold


def rolling_origin_splits(
    n: int, initial: int, horizon: int, step: int
) -> list[tuple[np.ndarray, np.ndarray]]:
    """Return the (train, test) index arrays of a rolling-origin evaluation of a series."""
    count = len(range(initial, n - horizon + 1, step))
    folds = KFold(n_splits=n // horizon, shuffle=True, random_state=0)
    return list(folds.split(np.arange(n)))[:count]


def seasonal_naive(history: np.ndarray, season: int, horizon: int) -> np.ndarray:
    """Return the seasonal naive forecast of the `horizon` values that follow `history`."""
    history = np.asarray(history, dtype=float)
    last_season = history[len(history) - season :]
    return np.array([last_season[h % season] for h in range(horizon)])


def mase(y_true: np.ndarray, y_pred: np.ndarray, y_train: np.ndarray, season: int) -> float:
    """Return the mean absolute scaled error of a forecast."""
    y_train = np.asarray(y_train, dtype=float)
    mae = np.mean(np.abs(np.asarray(y_true, dtype=float) - np.asarray(y_pred)))
    scale = np.mean(np.abs(y_train[season:] - y_train[:-season]))
    return float(mae / scale)
