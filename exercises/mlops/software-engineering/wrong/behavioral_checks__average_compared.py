# Wrong: both checks compare average probabilities, which hides customers who move apart.
"""Wrong solution: behavioral checks that a churn model must pass before release."""

import numpy as np
import pandas as pd


def churn_probability(model, X: pd.DataFrame) -> np.ndarray:
    return model.predict_proba(X)[:, 1]


def check_invariance(model, X: pd.DataFrame, columns: list[str], atol: float = 1e-9) -> None:
    before = churn_probability(model, X).mean()
    for column in columns:
        other = X.copy()
        other[column] = np.roll(other[column].to_numpy(), 1)
        after = churn_probability(model, other).mean()
        if abs(after - before) > atol:
            raise AssertionError(
                f"changing {column} moved the average churn probability "
                f"from {before:.4f} to {after:.4f}"
            )


def check_direction(model, X: pd.DataFrame, column: str, delta: float, atol: float = 1e-9) -> None:
    changed = X.copy()
    changed[column] = changed[column] + delta
    before = churn_probability(model, X).mean()
    after = churn_probability(model, changed).mean()
    if after < before - atol:
        raise AssertionError(
            f"adding {delta} to {column} lowered the average churn probability "
            f"from {before:.4f} to {after:.4f}"
        )
