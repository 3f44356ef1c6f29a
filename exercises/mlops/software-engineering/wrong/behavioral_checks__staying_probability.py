# Wrong: the checks read predict_proba column 0 (staying), so a correct model fails.
"""Wrong solution: behavioral checks that a churn model must pass before release."""

import numpy as np
import pandas as pd


def churn_probability(model, X: pd.DataFrame) -> np.ndarray:
    return model.predict_proba(X)[:, 1]


def check_invariance(model, X: pd.DataFrame, columns: list[str], atol: float = 1e-9) -> None:
    before = model.predict_proba(X)[:, 0]
    for column in columns:
        other = X.copy()
        other[column] = np.roll(other[column].to_numpy(), 1)
        moved = np.abs(model.predict_proba(other)[:, 0] - before)
        count = int((moved > atol).sum())
        if count:
            raise AssertionError(
                f"changing {column} moved the churn probability of {count} of "
                f"{len(X)} customers, by up to {moved.max():.2g}"
            )


def check_direction(model, X: pd.DataFrame, column: str, delta: float, atol: float = 1e-9) -> None:
    changed = X.copy()
    changed[column] = changed[column] + delta
    drop = model.predict_proba(X)[:, 0] - model.predict_proba(changed)[:, 0]
    count = int((drop > atol).sum())
    if count:
        raise AssertionError(
            f"adding {delta} to {column} lowered the churn probability of {count} of "
            f"{len(X)} customers, by up to {drop.max():.2g}"
        )
