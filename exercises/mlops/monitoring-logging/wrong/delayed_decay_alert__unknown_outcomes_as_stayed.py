# Wrong: the window ends today, and outcomes not known yet count as stayed.
"""A wrong solution of the decay alert exercise."""

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
    newest = today  # every prediction up to today
    oldest = newest - pd.Timedelta(days=window_days)
    rows = log[(log["scored_at"] > oldest) & (log["scored_at"] <= newest)]
    if rows.empty:
        return float("nan"), False
    known = rows["cancelled_at"] < today  # what the warehouse has seen so far
    churned = (
        known
        & (rows["cancelled_at"] >= rows["scored_at"])
        & (rows["cancelled_at"] < rows["scored_at"] + horizon)
    )
    ratio = float(churned.sum() / rows["score"].sum())
    return ratio, bool(ratio > threshold)
