"""The case's churn model, as Part II builds it and Part III tracks, serves and monitors it.

`build_churn_pipeline` is the model of the Machine Learning chapter's classification page:
one scikit-learn Pipeline that prepares a snapshot's FEATURES and classifies. `train_churn_model`
fits it the way Part III's pages do: on every monthly snapshot before `train_until` (all of
2024 by default), so the model meets the drift of March 2025 on, as a deployed model would.
"""

from __future__ import annotations

import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline, make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

from .features import CATEGORICAL, FEATURES, LABEL, NUMERIC, monthly_snapshots
from .generate import CaseData, generate


def build_churn_pipeline(classifier=None) -> Pipeline:
    """The churn model: prepare the snapshot's FEATURES, then classify.

    Categorical columns are one-hot encoded; a category that training never saw (a new
    marketing channel) becomes all zeros instead of an error. Numeric columns get missing
    values filled with the training median, plus a 0/1 column per gap saying a value was
    missing, and are standardized. The default classifier is a logistic regression.
    """
    if classifier is None:
        classifier = LogisticRegression(max_iter=1000)
    numeric = make_pipeline(SimpleImputer(strategy="median", add_indicator=True), StandardScaler())
    prepare = ColumnTransformer(
        [
            ("categorical", OneHotEncoder(handle_unknown="ignore"), CATEGORICAL),
            ("numeric", numeric, NUMERIC),
        ]
    )
    return Pipeline([("prepare", prepare), ("classify", classifier)])


def train_churn_model(
    data: CaseData | None = None,
    *,
    train_until: str | pd.Timestamp = "2025-01-01",
    classifier=None,
) -> tuple[Pipeline, pd.DataFrame]:
    """Fit `build_churn_pipeline` on the monthly snapshots of March 2024 to a month before
    `train_until` (whose labels look at most about a month ahead).

    Returns the fitted pipeline and the snapshots it was trained on (customer_id, as_of,
    FEATURES, LABEL). `data` defaults to `generate()`. Deterministic: the same data give
    the same model.
    """
    data = generate() if data is None else data
    last = pd.Timestamp(train_until) - pd.DateOffset(months=1)
    if last < pd.Timestamp("2024-03-01"):
        raise ValueError(f"no snapshot before train_until={train_until}: the first is 2024-03-01")
    train = monthly_snapshots(data, end=str(last.date())).reset_index(drop=True)
    model = build_churn_pipeline(classifier).fit(train[FEATURES], train[LABEL])
    return model, train
