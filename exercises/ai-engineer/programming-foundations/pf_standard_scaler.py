"""Exercise: a StandardScaler class in the scikit-learn style.

Write the class ``StandardScaler`` below so that it behaves like
``sklearn.preprocessing.StandardScaler`` for two-dimensional NumPy arrays:

- ``__init__(self, *, with_mean=True, with_std=True)`` stores the two settings as attributes of
  the same names, and learns nothing.
- ``fit(X)`` takes a 2-D array (rows are examples, columns are features) and learns, per column,
  ``mean_`` (the mean) and ``scale_`` (the standard deviation, as ``X.std(axis=0)`` computes it;
  a column whose standard deviation is 0 gets a scale of 1.0, so it never divides by zero), and
  ``n_features_in_`` (the number of columns). It returns ``self``. A ``X`` that is not 2-D
  raises ``ValueError``.
- ``transform(X)`` returns a NEW array: ``(X - mean_) / scale_``, where the subtraction is
  skipped if ``with_mean`` is False and the division if ``with_std`` is False. It never changes
  the array it is given. Called before ``fit``, it raises ``NotFittedError`` (defined below) with
  a message that mentions ``fit``. An ``X`` whose number of columns differs from
  ``n_features_in_`` raises ``ValueError``.
- ``fit_transform(X)`` fits, then transforms ``X``.
- ``inverse_transform(X)`` undoes ``transform`` (same rules: new array, ``NotFittedError``
  before ``fit``).
- ``repr(scaler)`` looks like scikit-learn's: ``StandardScaler()`` with the default settings,
  and otherwise only the settings that differ from their defaults, in the order of the
  constructor: ``StandardScaler(with_mean=False)``, ``StandardScaler(with_std=False)``,
  ``StandardScaler(with_mean=False, with_std=False)``.

Use NumPy's vectorized operations (``X.mean(axis=0)``...), no Python loop over the numbers.

Check your work:  pytest exercises/ai-engineer/programming-foundations/test_pf_standard_scaler.py
The book's page "Object-oriented programming: classes for data and models" shows every piece.
"""

import numpy as np


class NotFittedError(RuntimeError):
    """Raised when a scaler is used before ``fit``. (Given: do not change it.)"""


class StandardScaler:
    """Standardize features: subtract each column's mean, divide by its standard deviation."""

    def __init__(self, *, with_mean: bool = True, with_std: bool = True) -> None:
        raise NotImplementedError("write __init__")

    def fit(self, X: np.ndarray) -> "StandardScaler":
        raise NotImplementedError("write fit")

    def transform(self, X: np.ndarray) -> np.ndarray:
        raise NotImplementedError("write transform")

    def fit_transform(self, X: np.ndarray) -> np.ndarray:
        raise NotImplementedError("write fit_transform")

    def inverse_transform(self, X: np.ndarray) -> np.ndarray:
        raise NotImplementedError("write inverse_transform")

    def __repr__(self) -> str:
        raise NotImplementedError("write __repr__")
