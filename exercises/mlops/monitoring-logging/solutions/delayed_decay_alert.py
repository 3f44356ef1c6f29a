"""Solution: a model-decay alert that waits for its labels."""

import pandas as pd


def decay_alert(
    log: pd.DataFrame,
    today: pd.Timestamp,
    horizon_days: int = 30,
    window_days: int = 28,
    threshold: float = 1.4,
) -> tuple[float, bool]:
    """Observed over predicted churn on the newest labelled window, and the alert."""
    today = pd.Timestamp(today)
    horizon = pd.Timedelta(days=horizon_days)
    newest = today - horizon  # the newest prediction whose outcome is known
    oldest = newest - pd.Timedelta(days=window_days)
    rows = log[(log["scored_at"] > oldest) & (log["scored_at"] <= newest)]
    if rows.empty:
        return float("nan"), False
    churned = (rows["cancelled_at"] >= rows["scored_at"]) & (
        rows["cancelled_at"] < rows["scored_at"] + horizon
    )
    ratio = float(churned.sum() / rows["score"].sum())
    return ratio, bool(ratio > threshold)
