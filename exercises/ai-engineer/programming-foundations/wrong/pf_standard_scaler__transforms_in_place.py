# Wrong: transform and inverse_transform work in place on the float array they are given.
"""Wrong solution: a StandardScaler class in the scikit-learn style."""

import numpy as np


class NotFittedError(RuntimeError):
    """Raised when a scaler is used before ``fit``. (Given: do not change it.)"""


class StandardScaler:
    """Standardize features: subtract each column's mean, divide by its standard deviation."""

    def __init__(self, *, with_mean: bool = True, with_std: bool = True) -> None:
        self.with_mean = with_mean
        self.with_std = with_std

    def fit(self, X: np.ndarray) -> "StandardScaler":
        X = np.asarray(X, dtype=float)
        if X.ndim != 2:
            raise ValueError(f"expected a 2-D array, got {X.ndim} dimension(s)")
        self.mean_ = X.mean(axis=0)
        std = X.std(axis=0)
        self.scale_ = np.where(std == 0.0, 1.0, std)  # constant columns: divide by 1
        self.n_features_in_ = X.shape[1]
        return self

    def _check(self, X: np.ndarray) -> np.ndarray:
        """Raise unless fitted; return X as a float array with the right number of columns."""
        if not hasattr(self, "mean_"):
            raise NotFittedError("this StandardScaler is not fitted yet: call fit first")
        X = np.asarray(X, dtype=float)
        if X.ndim != 2 or X.shape[1] != self.n_features_in_:
            raise ValueError(
                f"expected a 2-D array with {self.n_features_in_} columns, got shape {X.shape}"
            )
        return X

    def transform(self, X: np.ndarray) -> np.ndarray:
        result = self._check(X)  # the caller's own array when X is already float
        if self.with_mean:
            result -= self.mean_
        if self.with_std:
            result /= self.scale_
        return result

    def fit_transform(self, X: np.ndarray) -> np.ndarray:
        return self.fit(X).transform(X)

    def inverse_transform(self, X: np.ndarray) -> np.ndarray:
        result = self._check(X)
        if self.with_std:
            result *= self.scale_
        if self.with_mean:
            result += self.mean_
        return result

    def __repr__(self) -> str:
        defaults = {"with_mean": True, "with_std": True}
        changed = [
            f"{name}={getattr(self, name)}"
            for name, default in defaults.items()
            if getattr(self, name) != default
        ]
        return f"StandardScaler({', '.join(changed)})"
