"""Exercise: data-quality checks for Harvest Crate's raw customers, with pandera.

Write two functions.

``customer_schema()`` returns a ``pandera.pandas.DataFrameSchema`` for the customers table as
``ai_roadmaps.case_study.generate().customers`` holds it (columns customer_id, name, email,
postcode, region, signup_date, channel, plan, household_size, age, cancelled_at, with the
dtypes that table has). Every row of the cleaned table, ``clean(data).customers``, must pass
it, and it must reject:

- a region that is not exactly one of ``REGIONS`` (so " North", "NORTH", "N." and "Centre"
  fail);
- an age outside 18 to 100, which includes the stand-ins 0 and 999; a missing age (NaN) is
  allowed, because many customers never give one;
- a ``customer_id`` that appears more than once: reject every row that has it, since nobody
  can tell which one is right;
- a ``plan`` not in ``PLANS``, a ``channel`` not in ``CHANNELS``, a ``household_size`` below 1;
- a missing value in any column but ``age`` and ``cancelled_at``;
- a table without one of the columns, or with a column of another dtype (household_size as
  floats, say).

The schema reports; it does not repair. Validating a table that passes must return it
unchanged, and a value must never be converted to make a check pass: no ``coerce=True``, no
parsers.

``split_customers(customers)`` validates ``customers`` with that schema, every check at once,
and returns ``(valid, rejected)``: ``valid`` holds the rows that pass every check, ``rejected``
the other rows with one more column, ``reason``, a string naming the checks the row failed.
Both keep the original index; together they hold every row exactly once. When a failure
belongs to no row (a missing column, a column of the wrong dtype), raise the
``pandera.errors.SchemaErrors`` that validation raised: such a table cannot be split.

Check your work:
    pytest exercises/data-scientist/data-engineering/test_customer_checks.py
The book's page "Data quality checks in the pipeline with pandera" shows every piece.
"""

import pandas as pd
import pandera.pandas as pa

from ai_roadmaps.case_study import CHANNELS, PLANS, REGIONS  # noqa: F401 (you need them)


def customer_schema() -> pa.DataFrameSchema:
    raise NotImplementedError("write customer_schema")


def split_customers(customers: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    raise NotImplementedError("write split_customers")
