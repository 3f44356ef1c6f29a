"""Exercise: a model-decay alert that waits for its labels.

The churn service logs every prediction. ``log`` is a DataFrame with one row
per prediction and the columns:

- ``scored_at``: when the customer was scored (a pandas Timestamp);
- ``score``: the predicted probability that they cancel within the horizon;
- ``cancelled_at``: when the customer cancelled, or NaT if they have not. The
  warehouse fills it in when a cancellation happens, so a row can hold a
  cancellation that happened after ``today``: your monitor must not use it.

A prediction's outcome is "churned" if the customer cancelled at or after
``scored_at`` and before ``scored_at + horizon_days``. That outcome is known
on ``today`` only when the prediction's horizon has closed:
``scored_at + horizon_days <= today``.

Write ``decay_alert(log, today, horizon_days=30, window_days=28,
threshold=1.4)``, returning ``(ratio, alert)``:

1. Take the predictions whose outcome is known on ``today`` and that were
   scored in the ``window_days`` days before the newest such moment, that is
   ``today - horizon - window < scored_at <= today - horizon``.
2. ``ratio`` is the number of those predictions whose outcome is "churned",
   divided by the sum of their scores (observed over predicted churners), as
   a Python float; ``alert`` is ``ratio > threshold``, as a Python bool.
3. If no prediction is in the window, return ``(float("nan"), False)``.
"""

import pandas as pd


def decay_alert(
    log: pd.DataFrame,
    today: pd.Timestamp,
    horizon_days: int = 30,
    window_days: int = 28,
    threshold: float = 1.4,
) -> tuple[float, bool]:
    """Observed over predicted churn on the newest labelled window, and the alert."""
    raise NotImplementedError
