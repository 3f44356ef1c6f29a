"""Clean the Harvest Crate tables and turn them into point-in-time churn snapshots.

A *snapshot* describes one active customer at one moment `as_of`: features computed only from
what the company knew before `as_of`, and the label `churned_30d`, whether the customer
cancelled during the 30 days from `as_of`. This is what a churn model is trained on and what
it would be asked about in production.

Point-in-time correctness: every feature of a snapshot is computed from rows that had
*arrived* before `as_of` (see `truncate` for when each kind of row arrives), so deleting all
data from `as_of` on leaves every feature unchanged. Only the label looks ahead.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
import pandas as pd

from .generate import AGE_SENTINELS, END, PLANS, REGIONS, CaseData, list_price

LABEL = "churned_30d"
HORIZON_DAYS = 30
CATEGORICAL = ["region", "channel", "plan"]
NUMERIC = [
    "tenure_days",
    "household_size",
    "age",
    "price_per_box_eur",
    "weeks_8w",
    "deliveries_8w",
    "skips_8w",
    "late_8w",
    "failed_8w",
    "ratings_8w",
    "rating_mean_8w",
    "failed_payments_8w",
    "refunds_8w",
    "tickets_8w",
    "sessions_4w",
    "events_4w",
    "days_since_last_event",
]
FEATURES = CATEGORICAL + NUMERIC

_REGION_ALIASES = {"n.": "north", "s.": "south", "e.": "east", "w.": "west", "c.": "central"}
_REGION_ALIASES["centre"] = "central"


def clean_region(values: pd.Series) -> pd.Series:
    """Map every spelling of a region (' North', 'N.', 'NORTH', 'Centre') to its canonical name."""
    text = values.astype("string").str.strip().str.lower()
    text = text.replace(_REGION_ALIASES)
    return text.where(text.isin(REGIONS)).astype(object)


def clean(data: CaseData) -> CaseData:
    """A cleaned copy of the data, fixing the documented dirty values and nothing else.

    - customers.region: spellings mapped to north/south/east/west/central;
    - customers.age: the sentinels 0 and 999 become missing (NaN);
    - deliveries: exact duplicate rows (same customer and week) dropped, keeping the first;
    - deliveries.price_eur: a zero or negative price on a row with boxes > 0 becomes NaN
      (the amount charged is in payments).
    Missing ratings stay missing: most customers never rate a box.
    """
    customers = data.customers.copy()
    customers["region"] = clean_region(customers["region"])
    customers["age"] = customers["age"].where(~customers["age"].isin(AGE_SENTINELS))
    deliveries = data.deliveries.drop_duplicates(["customer_id", "week_start"], keep="first")
    deliveries = deliveries.reset_index(drop=True)
    wrong = (deliveries["boxes"] > 0) & (deliveries["price_eur"] <= 0)
    deliveries["price_eur"] = deliveries["price_eur"].mask(wrong)
    return CaseData(
        customers=customers,
        deliveries=deliveries,
        payments=data.payments,
        tickets=data.tickets,
        events=data.events,
        experiment=data.experiment,
        seed=data.seed,
        n_customers=data.n_customers,
    )


def truncate(data: CaseData, at: str | pd.Timestamp) -> CaseData:
    """The data as the company's warehouse held it at the moment `at` (nothing from `at` on).

    A row arrives when it happens: a customer at sign-up (their cancellation only when it
    happens), a delivery row when its week closes (``week_start`` + 7 days, when its status
    and rating are final), a payment at ``charged_at``, a ticket at ``created_at``, an event
    at ``ts``, an experiment row at ``assigned_at`` (its ``churned_30d`` only 30 days later;
    before that it is missing). Use it to prove that a feature does not leak the future.
    """
    at = pd.Timestamp(at)
    customers = data.customers[data.customers["signup_date"] < at].copy()
    customers["cancelled_at"] = customers["cancelled_at"].where(customers["cancelled_at"] < at)
    week_end = data.deliveries["week_start"] + pd.Timedelta(days=7)
    experiment = data.experiment[data.experiment["assigned_at"] < at].copy()
    known = experiment["assigned_at"] + pd.Timedelta(days=HORIZON_DAYS) <= at
    experiment["churned_30d"] = experiment["churned_30d"].astype("boolean").where(known)
    return CaseData(
        customers=customers.reset_index(drop=True),
        deliveries=data.deliveries[week_end <= at].reset_index(drop=True),
        payments=data.payments[data.payments["charged_at"] < at].reset_index(drop=True),
        tickets=data.tickets[data.tickets["created_at"] < at].reset_index(drop=True),
        events=data.events[data.events["ts"] < at].reset_index(drop=True),
        experiment=experiment.reset_index(drop=True),
        seed=data.seed,
        n_customers=data.n_customers,
    )


def _window(table: pd.DataFrame, column: str, start: pd.Timestamp, stop: pd.Timestamp):
    """Rows of a table (sorted by `column`) with start <= column < stop."""
    values = table[column].to_numpy()
    lo, hi = np.searchsorted(values, [start.to_datetime64(), stop.to_datetime64()])
    return table.iloc[lo:hi]


def churn_snapshots(
    data: CaseData,
    as_of_dates: Iterable[str | pd.Timestamp],
    *,
    label: bool = True,
) -> pd.DataFrame:
    """One row per customer active at each `as_of` moment: features, and the label.

    A customer is active at `as_of` if they signed up before it and had not cancelled
    before it. Each `as_of` is a moment: ``"2024-04-01"`` means midnight at the start of
    1 April, so the snapshot sees everything up to the end of 31 March. The data are cleaned
    with `clean` first. Features (all computed from data that arrived before `as_of`, see
    `truncate`; "8w" is the 8 weeks, "4w" the 28 days, before `as_of`):

    - region, channel, plan, household_size, age (NaN if unknown), tenure_days (since
      sign-up), price_per_box_eur (list price of the customer's plan and region);
    - weeks_8w (delivery weeks completed), deliveries_8w (boxes delivered or late),
      skips_8w, late_8w, failed_8w, ratings_8w and rating_mean_8w (NaN without ratings);
    - failed_payments_8w, refunds_8w, tickets_8w;
    - sessions_4w (app logins), events_4w (all app events), days_since_last_event (NaN if
      the customer never used the app).

    The label `churned_30d` (0 or 1) is 1 if the customer cancelled in
    [as_of, as_of + 30 days). With ``label=True`` every as_of + 30 days must fall within
    the data (on or before 1 July 2025); pass ``label=False`` for features only (to score
    customers at any moment up to 1 July 2025, as a deployed model would).

    Columns: customer_id, as_of, then `FEATURES`, then `LABEL` (if label=True).
    """
    data = clean(data)
    dates = [pd.Timestamp(d) for d in as_of_dates]
    for at in dates:
        if at > END or (label and at + pd.Timedelta(days=HORIZON_DAYS) > END):
            raise ValueError(
                f"as_of {at.date()} is too late: the data end on {END.date()}"
                + (f" and the label needs {HORIZON_DAYS} days after as_of" if label else "")
            )
    deliveries = data.deliveries.sort_values("week_start", kind="stable")
    payments = data.payments.sort_values("charged_at", kind="stable")
    tickets = data.tickets.sort_values("created_at", kind="stable")
    events = data.events.sort_values("ts", kind="stable")
    frames = [
        _snapshot(data.customers, deliveries, payments, tickets, events, at, label) for at in dates
    ]
    columns = ["customer_id", "as_of", *FEATURES] + ([LABEL] if label else [])
    if not frames:
        return pd.DataFrame(columns=columns)
    return pd.concat(frames, ignore_index=True)[columns]


def monthly_snapshots(
    data: CaseData, start: str = "2024-03-01", end: str = "2025-06-01", *, label: bool = True
) -> pd.DataFrame:
    """`churn_snapshots` at midnight on the first day of every month from `start` to `end`.

    The defaults give 16 snapshots, the ends of February 2024 to May 2025: the first with
    8 full weeks of history (the data start on 1 January 2024), the last whose 30-day label
    window ends inside the data.
    """
    return churn_snapshots(data, pd.date_range(start, end, freq="MS"), label=label)


def _counts(frame: pd.DataFrame, mask=None) -> pd.Series:
    rows = frame if mask is None else frame[mask]
    return rows.groupby("customer_id").size()


def _snapshot(customers, deliveries, payments, tickets, events, at, label) -> pd.DataFrame:
    week8 = at - pd.Timedelta(weeks=8)
    day28 = at - pd.Timedelta(days=28)
    active = (customers["signup_date"] < at) & ~(customers["cancelled_at"] < at)
    snap = customers.loc[active, ["customer_id", "region", "channel", "plan"]].copy()
    snap["as_of"] = at
    snap["tenure_days"] = (at - customers.loc[active, "signup_date"]).dt.days
    snap["household_size"] = customers.loc[active, "household_size"]
    snap["age"] = customers.loc[active, "age"]
    prices = {(p, r): list_price(p, r, at) for p in PLANS for r in REGIONS}
    snap["price_per_box_eur"] = [
        prices.get((p, r), np.nan) for p, r in zip(snap["plan"], snap["region"], strict=True)
    ]
    snap = snap.set_index("customer_id")

    # Delivery weeks that closed in the 8 weeks before as_of: week_start in [as_of-8w, as_of-7d].
    d = _window(deliveries, "week_start", week8, at - pd.Timedelta(days=6))
    d = d[d["week_start"] + pd.Timedelta(days=7) <= at]
    status = d["status"]
    snap["weeks_8w"] = _counts(d)
    snap["deliveries_8w"] = _counts(d, status.isin(["delivered", "late"]))
    snap["skips_8w"] = _counts(d, status == "skipped")
    snap["late_8w"] = _counts(d, status == "late")
    snap["failed_8w"] = _counts(d, status == "failed")
    rated = d[d["rating"].notna()]
    snap["ratings_8w"] = rated.groupby("customer_id").size()
    snap["rating_mean_8w"] = rated.groupby("customer_id")["rating"].mean()

    p = _window(payments, "charged_at", week8, at)
    snap["failed_payments_8w"] = _counts(p, p["status"] == "failed")
    snap["refunds_8w"] = _counts(p, p["status"] == "refunded")
    snap["tickets_8w"] = _counts(_window(tickets, "created_at", week8, at))

    e = _window(events, "ts", day28, at)
    snap["sessions_4w"] = _counts(e, e["event_type"] == "login")
    snap["events_4w"] = _counts(e)
    before = _window(events, "ts", pd.Timestamp.min, at)
    last = before.groupby("customer_id")["ts"].max().reindex(snap.index)
    snap["days_since_last_event"] = (at - last).dt.total_seconds() / 86_400

    counts = [c for c in NUMERIC if c.endswith(("_8w", "_4w")) and c != "rating_mean_8w"]
    snap[counts] = snap[counts].fillna(0).astype(int)
    snap["days_since_last_event"] = snap["days_since_last_event"].round(2)
    if label:
        stop = at + pd.Timedelta(days=HORIZON_DAYS)
        cancelled = customers.set_index("customer_id").loc[snap.index, "cancelled_at"]
        snap[LABEL] = ((cancelled >= at) & (cancelled < stop)).astype(int)
    return snap.reset_index()
