"""Harvest Crate: the running case study of Parts II and III of the book.

The story
---------
Harvest Crate is a fictional meal-kit company in Europe. Customers subscribe to a weekly box
of three recipes with their ingredients, for two people ("2-person" plan) or four
("4-person"); prices are in EUR and differ by region. A customer can skip a week (or pause
for a few weeks) in the app, and can cancel at any time. The data cover the delivery weeks
from Monday 1 January 2024 to Sunday 29 June 2025 (78 weeks). 40% of the customers were
already subscribed when the data start; the rest sign up during the window, most in January
and fewest in summer and over Christmas.

The business question, with money attached: which subscribers should get a EUR 15 retention
voucher (`VOUCHER_EUR`)? A voucher pays off when it keeps a customer who would have left, and
a kept customer brings the company `GROSS_MARGIN` (30%) of every box they go on buying.

Build everything with::

    from ai_roadmaps.case_study import generate
    data = generate()            # seed=2024, n_customers=6000; about one second
    data.customers.head()

The tables (pandas DataFrames; `data.tables()` maps name -> DataFrame)
-----------------------------------------------------------------------
customers (one row per customer)
    customer_id (int), name, email (fake: at example.com/.org/.net), postcode (fake, five
    digits), region (north/south/east/west/central, dirty spellings), signup_date (date),
    channel (search/social/referral/tv, and "creator" from March 2025), plan
    ("2-person"/"4-person"), household_size (int), age (float, dirty), cancelled_at
    (timestamp, NaT while subscribed). name, email and postcode are personal data.
deliveries (one row per customer and week subscribed)
    delivery_id, customer_id, week_start (the Monday), status (delivered/skipped/late/failed),
    boxes (0 when skipped), price_eur (what the boxes cost that week: list price times boxes,
    half price on a new customer's first box, EUR 15 less on a redeemed voucher; 0.0 when
    skipped), delivered_at (timestamp; NaT when skipped or failed), rating (1-5, NaN when not
    rated, which is most weeks). Boxes go out Tuesday to Thursday; a late box arrives one or
    two days later; everything about a week is final by the next Monday.
payments (one row per charge or refund)
    payment_id, customer_id, charged_at, amount_eur, status (paid/failed/refunded). Each
    week with boxes is charged on its Monday morning; a failed charge is retried the next day
    (a second row). Refunds are rows with a negative amount: the full price of a failed box,
    20% of the price for a box with a missing item.
tickets (one row per support ticket)
    ticket_id, customer_id, created_at, category (late_delivery/missing_item/billing/
    recipe_quality/account), text (free text written by the customer). The category is the
    one the support agent chose: about 12% are wrong, and texts often mention a second topic
    and have typing slips, so a text classifier cannot be perfect.
events (the app's event log, the biggest table: about half a million rows)
    event_id, customer_id, ts, event_type (signup, login, browse, swap_recipe, skip, pause,
    rate, cancel). A session is a login followed by browse and swap_recipe events;
    sessions peak on Sunday evenings. A skip or pause event comes before the week it skips.
experiment (the retention-voucher A/B test, one row per customer in it)
    customer_id, group (control/voucher), assigned_at (1 October 2024, 07:00-08:00),
    churned_30d (bool: cancelled within 30 days of assigned_at). About 1,600 customers:
    the riskiest 75% of those subscribed for at least four weeks, by the company's old risk
    score (not in the data); half of them, at random, got the voucher by e-mail, redeemed on
    their next box. The true effect is modest (the voucher lowers the weekly odds of
    cancelling by about a quarter for five weeks), so the test has little power.

Dirty on purpose (`clean` fixes exactly these)
----------------------------------------------
- customers.region: about 10% are spelled differently: "North", " north", "N.", "NORTH",
  "north ", "Centre" for central, and so on.
- customers.age: about 8% missing (NaN), about 1% the sentinel 0 and 0.5% the sentinel 999.
- deliveries: about 0.2% of the rows are duplicated (same customer and week, everything
  equal except a new delivery_id).
- deliveries.price_eur: about 0.15% of the rows with boxes have a price that is wrong in
  the export: half negative (sign flipped), half 0.0. Refunds in payments are negative too,
  and those are legitimate.
- deliveries.rating: missing for most weeks (customers rarely rate).
- Raw exports (the API, the SQLite file, the CSV files) hold timestamps as ISO-8601 text
  and missing values as null or empty.

Change over time (drift)
------------------------
Until the end of February 2025 the process is stationary apart from seasonality (skips and
pauses rise in July-August and over Christmas and fall in January; more late boxes in
December; more sign-ups in January, fewer in summer; a little more cancelling in January)
and a steady growth in sign-ups. Then three things change:

1. Price rise: list prices rise by 12% (rounded to 10 cents) for delivery weeks starting on
   or after 1 March 2025 (`PRICE_RISE_AT`, `list_price`, `price_list`). Price-sensitive
   customers cancel more, everyone skips a little more, ratings drop slightly and billing
   tickets rise for four weeks.
2. Creator channel: from 1 March 2025 (`CREATOR_LAUNCH_AT`) about 30% of new sign-ups come
   through influencers ("creator"), a category no earlier data contain. They are younger
   (mean age about 26, against about 42), choose the 2-person plan more often, rate less,
   are more price-sensitive and cancel much more.
3. Carrier change in the east: boxes scheduled from 1 April to 31 May 2025
   (`EAST_CARRIER_CHANGE`) in region east are late 30% of the time (about 6% elsewhere and
   before) and fail 4% of the time (1.2%); late and failed boxes raise cancelling there.

So a churn model trained on 2024 under-predicts cancellations from March 2025 on.

Churn and the features
----------------------
Whether a customer cancels in a week depends, with noise, on their recent late and failed
boxes, skips, failed payments, tickets and ratings, tenure (new customers leave most, once
the half-price first box is behind them), price, channel, age and plan, on a hidden
propensity that shows in how often they skip and use the app, and on a hidden wish to leave
that builds up over weeks and shows as fewer app sessions. `churn_snapshots` and
`monthly_snapshots` turn the tables into point-in-time-correct training rows (features from
data that had arrived before the snapshot, label = cancels within the next 30 days); a
gradient-boosting model scores a ROC AUC of about 0.77 on them.

How the data arrive
-------------------
- `serve_api`: a JSON REST API with bearer tokens, pagination, rate limiting (429) and
  injectable 500 errors, on 127.0.0.1.
- `write_sqlite`: customers, deliveries, payments, tickets and experiment in one SQLite file.
- `write_lake`: events and deliveries as Hive-partitioned Parquet, one folder per month.
- `write_csv`: every table as a raw CSV export.
- `serve_site`: the company's public website (price lists, customer reviews, robots.txt) to
  scrape, on 127.0.0.1.
"""

from .api import serve_api
from .features import (
    CATEGORICAL,
    FEATURES,
    HORIZON_DAYS,
    LABEL,
    NUMERIC,
    churn_snapshots,
    clean,
    clean_region,
    monthly_snapshots,
    truncate,
)
from .generate import (
    CHANNELS,
    CREATOR_LAUNCH_AT,
    DELIVERY_STATUSES,
    EAST_CARRIER_CHANGE,
    END,
    EVENT_TYPES,
    EXPERIMENT_AT,
    GROSS_MARGIN,
    PAYMENT_STATUSES,
    PLANS,
    PRICE_RISE,
    PRICE_RISE_AT,
    REGIONS,
    START,
    TICKET_CATEGORIES,
    VOUCHER_EUR,
    CaseData,
    generate,
    list_price,
    price_list,
)
from .sources import write_csv, write_lake, write_sqlite
from .website import serve_site

__all__ = [
    "CATEGORICAL",
    "CHANNELS",
    "CREATOR_LAUNCH_AT",
    "DELIVERY_STATUSES",
    "EAST_CARRIER_CHANGE",
    "END",
    "EVENT_TYPES",
    "EXPERIMENT_AT",
    "FEATURES",
    "GROSS_MARGIN",
    "HORIZON_DAYS",
    "LABEL",
    "NUMERIC",
    "PAYMENT_STATUSES",
    "PLANS",
    "PRICE_RISE",
    "PRICE_RISE_AT",
    "REGIONS",
    "START",
    "TICKET_CATEGORIES",
    "VOUCHER_EUR",
    "CaseData",
    "churn_snapshots",
    "clean",
    "clean_region",
    "generate",
    "list_price",
    "monthly_snapshots",
    "price_list",
    "serve_api",
    "serve_site",
    "truncate",
    "write_csv",
    "write_lake",
    "write_sqlite",
]
