"""Tests for the rolling-origin, seasonal naive and MASE exercise (ds_seasonal_naive_mase.py)."""

import numpy as np
import pytest


@pytest.fixture
def ts(exercise):
    return exercise("ds_seasonal_naive_mase")


def test_rolling_origin_splits_by_hand(ts):
    splits = ts.rolling_origin_splits(n=20, initial=10, horizon=3, step=3)
    origins = [int(test[0]) for _, test in splits]
    assert origins == [10, 13, 16], (
        "origins start at `initial` and move by `step`; the window at 19 would need indices "
        "19, 20, 21 and the series ends at 19, so it is left out"
    )
    for train, test in splits:
        origin = int(test[0])
        assert list(train) == list(range(origin)), "train on every index before the origin"
        assert list(test) == list(range(origin, origin + 3)), "test on `horizon` indices"


@pytest.mark.parametrize(
    ("n", "initial", "horizon", "step"), [(52, 26, 4, 4), (78, 40, 6, 2), (30, 10, 5, 7)]
)
def test_training_never_sees_the_future(ts, n, initial, horizon, step):
    splits = ts.rolling_origin_splits(n=n, initial=initial, horizon=horizon, step=step)
    assert len(splits) == len(range(initial, n - horizon + 1, step)), "wrong number of splits"
    for train, test in splits:
        assert len(test) == horizon, "every test window holds exactly `horizon` indices"
        assert train.max() < test.min(), (
            "a training index comes after a test index: the model would learn from the future "
            "(a shuffled KFold does this)"
        )
        assert len(train) == test.min(), "train on all of the past, from index 0 to the origin"


def test_seasonal_naive_copies_the_last_season(ts):
    history = np.arange(1.0, 11.0)  # 1, 2, ..., 10
    forecast = ts.seasonal_naive(history, season=4, horizon=3)
    assert np.allclose(forecast, [7.0, 8.0, 9.0]), (
        "with season 4, the value after 10 is the one 4 steps back from it, 7, then 8, 9"
    )


def test_seasonal_naive_repeats_the_season_beyond_one_season(ts):
    history = np.array([5.0, 1.0, 2.0, 3.0, 4.0, 9.0, 6.0, 7.0])
    forecast = ts.seasonal_naive(history, season=3, horizon=7)
    assert np.allclose(forecast, [9.0, 6.0, 7.0, 9.0, 6.0, 7.0, 9.0]), (
        "the last season is 9, 6, 7; a longer horizon repeats it"
    )


def test_a_perfectly_seasonal_series_is_forecast_exactly(ts):
    pattern = np.array([120.0, 80.0, 95.0, 140.0, 60.0, 20.0, 10.0])
    series = np.tile(pattern, 6)
    history, future = series[:30], series[30:]
    forecast = ts.seasonal_naive(history, season=7, horizon=len(future))
    assert np.allclose(forecast, future), (
        "the seasonal naive forecast of a repeating series is exact"
    )


def seasonal_with_trend(season, periods):
    pattern = np.array([10.0, 50.0, 20.0, 80.0, 30.0, 60.0, 40.0])[:season]
    return np.tile(pattern, periods) + 2.0 * np.arange(season * periods)


def test_mase_by_hand(ts):
    y_train = seasonal_with_trend(season=4, periods=3)
    # y_train[t] - y_train[t - 4] is 2 * 4 = 8 for every t, so the scale is 8.
    y_true = np.array([100.0, 110.0, 90.0])
    y_pred = np.array([104.0, 106.0, 94.0])  # MAE 4
    result = ts.mase(y_true, y_pred, y_train, season=4)
    assert isinstance(result, float), "return a Python float"
    assert result == pytest.approx(0.5), (
        "MAE 4 divided by the in-sample seasonal naive error 8 (differences at lag `season`, "
        "not lag 1)"
    )


def test_mase_with_season_one_uses_the_naive_forecast(ts):
    y_train = np.array([10.0, 12.0, 9.0, 15.0, 15.0])  # |differences|: 2, 3, 6, 0 -> 2.75
    result = ts.mase(np.array([20.0, 20.0]), np.array([22.75, 17.25]), y_train, season=1)
    assert result == pytest.approx(1.0)


def test_mase_of_the_seasonal_naive_forecast_on_a_random_walk(ts):
    rng = np.random.default_rng(0)
    season = 7
    series = np.cumsum(rng.normal(size=(20, season)), axis=0).ravel() + 100
    history, future = series[:-season], series[-season:]
    forecast = ts.seasonal_naive(history, season=season, horizon=season)
    assert np.allclose(forecast, history[-season:]), "forecast = the last season of history"
    value = ts.mase(future, forecast, history, season=season)
    scale = np.mean(np.abs(history[season:] - history[:-season]))
    assert value == pytest.approx(np.mean(np.abs(future - history[-season:])) / scale), (
        "MASE = the forecast's MAE / the mean of |y_train[t] - y_train[t - season]|"
    )
