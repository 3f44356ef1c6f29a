"""Reference solution: behavioral checks that a churn model must pass before release."""

import numpy as np
import pandas as pd


def churn_probability(model, X: pd.DataFrame) -> np.ndarray:
    return model.predict_proba(X)[:, 1]


def check_invariance(model, X: pd.DataFrame, columns: list[str], atol: float = 1e-9) -> None:
    before = churn_probability(model, X)
    for column in columns:
        other = X.copy()
        other[column] = np.roll(other[column].to_numpy(), 1)
        moved = np.abs(churn_probability(model, other) - before)
        count = int((moved > atol).sum())
        if count:
            raise AssertionError(
                f"changing {column} moved the churn probability of {count} of "
                f"{len(X)} customers, by up to {moved.max():.2g}"
            )


def check_direction(model, X: pd.DataFrame, column: str, delta: float, atol: float = 1e-9) -> None:
    changed = X.copy()
    changed[column] = changed[column] + delta
    drop = churn_probability(model, X) - churn_probability(model, changed)
    count = int((drop > atol).sum())
    if count:
        raise AssertionError(
            f"adding {delta} to {column} lowered the churn probability of {count} of "
            f"{len(X)} customers, by up to {drop.max():.2g}"
        )
