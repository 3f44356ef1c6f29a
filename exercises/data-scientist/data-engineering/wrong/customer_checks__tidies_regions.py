# Wrong: customer_schema strips and lowercases regions before checking, so ' North' passes.
"""Wrong solution: data-quality checks for Harvest Crate's raw customers."""

import pandas as pd
import pandera.pandas as pa

from ai_roadmaps.case_study import CHANNELS, PLANS, REGIONS


def customer_schema() -> pa.DataFrameSchema:
    return pa.DataFrameSchema(
        {
            "customer_id": pa.Column(int, pa.Check.gt(0), unique=True),
            "name": pa.Column(str),
            "email": pa.Column(str),
            "postcode": pa.Column(str),
            "region": pa.Column(
                str,
                pa.Check.isin(REGIONS),
                parsers=pa.Parser(lambda region: region.str.strip().str.lower()),
            ),
            "signup_date": pa.Column("datetime64[ns]"),
            "channel": pa.Column(str, pa.Check.isin(CHANNELS)),
            "plan": pa.Column(str, pa.Check.isin(PLANS)),
            "household_size": pa.Column(int, pa.Check.ge(1)),
            "age": pa.Column(float, pa.Check.in_range(18, 100), nullable=True),
            "cancelled_at": pa.Column("datetime64[ns]", nullable=True),
        },
    )


def split_customers(customers: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    schema = customer_schema()
    try:
        valid = schema.validate(customers, lazy=True)
        return valid, customers.iloc[:0].assign(reason=pd.Series(dtype=str))
    except pa.errors.SchemaErrors as errors:
        cases = errors.failure_cases
        if cases["index"].isna().any():
            raise
    reasons = cases.groupby("index")["check"].agg(
        lambda checks: ", ".join(sorted(set(map(str, checks))))
    )
    rejected = customers.loc[reasons.index].assign(reason=reasons)
    valid = customers.drop(index=reasons.index)
    return valid, rejected
