# Wrong: It joins on time alone, so a row can get another customer's values.
"""Wrong solution: a point-in-time join with a time to live."""

import pandas as pd


def point_in_time_join(
    entities: pd.DataFrame,
    features: pd.DataFrame,
    key: str,
    ttl: pd.Timedelta,
) -> pd.DataFrame:
    """Attach to each entity row the feature values known at its moment."""
    right = features.rename(columns={"event_timestamp": "_feature_ts"})
    right = right.drop(columns=[key])
    left = entities.assign(_row=range(len(entities)))
    joined = pd.merge_asof(
        left.sort_values("event_timestamp"),
        right.sort_values("_feature_ts"),
        left_on="event_timestamp",
        right_on="_feature_ts",
        direction="backward",
        tolerance=ttl,
        allow_exact_matches=True,
    )
    joined = joined.sort_values("_row").drop(columns=["_row", "_feature_ts"])
    joined.index = entities.index
    return joined
