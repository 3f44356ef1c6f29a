"""Exercise: behavioral checks that a churn model must pass before it is released.

Write two checks for a fitted classifier such as the case's churn model. ``model`` has
``predict_proba(X)``, whose column 1 is the probability of churning; ``X`` is a DataFrame of
customers with the model's feature columns and others (``customer_id``, ``name``, ``email``).
Each check returns None when the model behaves, and raises ``AssertionError`` when it does not,
with a message that names the column and says how many customers were affected. Neither check
may change the ``X`` it is given (work on a copy).

- ``check_invariance(model, X, columns, atol=1e-9)``: for each column in ``columns``, give
  every customer another customer's value (roll the column by one row, ``np.roll``) and
  require that no customer's churn probability moves by more than ``atol``. An id, a name or an
  e-mail address must not change a prediction.
- ``check_direction(model, X, column, delta, atol=1e-9)``: add ``delta`` to ``column`` for
  every customer and require that no customer's churn probability goes *down* by more than
  ``atol``. One more late box must never make a customer look safer.

Compare probabilities, customer by customer: a bug can move a few customers by a little, or
move some up and others down, without changing a single predicted label or the average.

Check your work:  pytest exercises/mlops/software-engineering/test_behavioral_checks.py
"""

import pandas as pd


def check_invariance(model, X: pd.DataFrame, columns: list[str], atol: float = 1e-9) -> None:
    raise NotImplementedError("write check_invariance")


def check_direction(model, X: pd.DataFrame, column: str, delta: float, atol: float = 1e-9) -> None:
    raise NotImplementedError("write check_direction")
