"""Exercise: a point-in-time join with a time to live, by hand.

A feature store builds training sets with a point-in-time join. Write it yourself with
pandas, so that you know exactly what ``get_historical_features`` does (see the page
"Feature stores with Feast").

Check your work:  pytest exercises/mlops/data-feature-management/test_point_in_time_join.py
"""

import pandas as pd


def point_in_time_join(
    entities: pd.DataFrame,
    features: pd.DataFrame,
    key: str,
    ttl: pd.Timedelta,
) -> pd.DataFrame:
    """Attach to each entity row the feature values known at its moment.

    `entities` has a column `key`, a column "event_timestamp" (the moment a prediction is
    asked for) and any other columns (labels, for example). `features` has a column
    `key`, a column "event_timestamp" (the moment the values were computed) and the
    feature columns.

    For each entity row, choose the feature row with the same `key` whose
    event_timestamp is the latest one that is at or before the entity's event_timestamp
    and at most `ttl` older than it (both bounds inclusive: a value computed exactly at
    the entity's moment counts, and so does one exactly `ttl` old). Copy its feature
    columns onto the entity row. If no feature row qualifies, the feature columns are
    missing (NaN) for that row: the row is kept, never dropped.

    Return a new DataFrame with the rows of `entities` in their original order and with
    their original index, the columns of `entities` followed by the feature columns
    (every column of `features` except `key` and "event_timestamp"). Neither input is
    sorted, and neither may be changed.
    """
    raise NotImplementedError("write point_in_time_join")
