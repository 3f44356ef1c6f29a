# Wrong: the direction check changes one customer, so a model wrong for some others passes.
"""Wrong solution: behavioral checks that a churn model must pass before release."""

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
    customer = X.iloc[[0]]
    changed = customer.copy()
    changed[column] = changed[column] + delta
    before = churn_probability(model, customer)[0]
    after = churn_probability(model, changed)[0]
    if after < before - atol:
        raise AssertionError(
            f"adding {delta} to {column} lowered the churn probability "
            f"from {before:.4f} to {after:.4f}"
        )
