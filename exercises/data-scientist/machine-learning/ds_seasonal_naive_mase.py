"""Exercise: rolling-origin splits, the seasonal naive forecast and MASE.

Three small functions that every forecasting evaluation needs, written with NumPy: the index
sets of a rolling-origin evaluation, the seasonal naive baseline, and the mean absolute scaled
error that compares a forecast with that baseline.

Check your work:  pytest exercises/data-scientist/machine-learning/test_ds_seasonal_naive_mase.py
The book's page "Time series: forecasting weekly deliveries" explains all three.
"""

import numpy as np


def rolling_origin_splits(
    n: int, initial: int, horizon: int, step: int
) -> list[tuple[np.ndarray, np.ndarray]]:
    """Return the (train, test) index arrays of a rolling-origin evaluation of a series.

    - The series has n observations, indexed 0 .. n-1 in time order.
    - The first origin is `initial`: train on indices 0 .. origin-1, test on the `horizon`
      indices origin .. origin+horizon-1.
    - Each next origin is `step` later. Stop before a test window would run past the end:
      every test window has exactly `horizon` indices.
    - Return a list of (train, test) pairs of integer NumPy arrays, in order of origin.
    """
    raise NotImplementedError("write rolling_origin_splits")


def seasonal_naive(history: np.ndarray, season: int, horizon: int) -> np.ndarray:
    """Return the seasonal naive forecast of the `horizon` values that follow `history`.

    Each forecast value is the last observed value from the same position of the season:
    with n = len(history), the forecast for index n + h (h = 0, 1, ...) is
    history[n - season + (h % season)]. For a horizon longer than one season, the last season
    repeats. `history` holds at least `season` values. Return a float array.
    """
    raise NotImplementedError("write seasonal_naive")


def mase(y_true: np.ndarray, y_pred: np.ndarray, y_train: np.ndarray, season: int) -> float:
    """Return the mean absolute scaled error of a forecast.

    MASE = MAE(y_true, y_pred) / scale, where the scale is the in-sample mean absolute error of
    the seasonal naive one-step forecast on the training series:
    mean(|y_train[t] - y_train[t - season]|) over t = season .. len(y_train) - 1.
    (With season=1 the scale is the naive forecast's error.) Return a Python float.
    """
    raise NotImplementedError("write mase")
