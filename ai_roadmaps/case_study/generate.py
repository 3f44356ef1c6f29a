"""Generate the Harvest Crate data: customers, deliveries, payments, tickets, events, experiment.

`generate(seed, n_customers)` simulates the company week by week, from Monday 1 January 2024
to Sunday 29 June 2025 (78 delivery weeks), for every customer at once with NumPy arrays. The
only source of randomness is ``numpy.random.default_rng(seed)``, so the same seed gives the
same data, row for row. The package docstring (``ai_roadmaps.case_study``) tells the story and
lists every table, column, dirty value and change over time.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

import numpy as np
import pandas as pd

from . import _text

START = pd.Timestamp("2024-01-01")  # Monday of the first delivery week
END = pd.Timestamp("2025-07-01")  # first moment after the data (exclusive)
WEEK_STARTS = pd.date_range(START, "2025-06-23", freq="7D")  # the 78 delivery weeks
PRICE_RISE_AT = pd.Timestamp("2025-03-01")  # list prices +12% from the week of 3 March 2025
PRICE_RISE = 0.12
CREATOR_LAUNCH_AT = pd.Timestamp("2025-03-01")  # the "creator" (influencer) channel opens
EAST_CARRIER_CHANGE = (pd.Timestamp("2025-04-01"), pd.Timestamp("2025-06-01"))  # [from, until)
EXPERIMENT_AT = pd.Timestamp("2024-10-01")  # the retention-voucher A/B test is assigned
VOUCHER_EUR = 15.0  # value of the retention voucher, taken off one box
GROSS_MARGIN = 0.30  # share of a box's price the company keeps after food, packing, delivery

REGIONS = ("north", "south", "east", "west", "central")
CHANNELS = ("search", "social", "referral", "tv", "creator")
PLANS = ("2-person", "4-person")
DELIVERY_STATUSES = ("delivered", "skipped", "late", "failed")
PAYMENT_STATUSES = ("paid", "failed", "refunded")
TICKET_CATEGORIES = _text.CATEGORIES
EVENT_TYPES = ("signup", "login", "browse", "swap_recipe", "skip", "pause", "rate", "cancel")

# Price of one box (three recipes for the plan's number of people), in EUR, before the rise.
LIST_PRICES_2024 = {
    "north": (49.90, 79.90),
    "south": (47.90, 76.90),
    "east": (46.90, 74.90),
    "west": (49.90, 79.90),
    "central": (51.90, 82.90),
}

DAY = 86_400  # seconds
WEEK = 7 * DAY
N_WEEKS = len(WEEK_STARTS)

# Dirty spellings of each region, as typed into the old sign-up form.
REGION_SPELLINGS = {
    "north": ("North", " north", "N.", "NORTH", "north "),
    "south": ("South", "south ", "S.", "SOUTH", " South"),
    "east": ("East", " east", "E.", "EAST", "east "),
    "west": ("West", "west ", "W.", "WEST", " West"),
    "central": ("Central", " central", "C.", "CENTRAL", "Centre"),
}
AGE_SENTINELS = (0, 999)  # typed by staff when the customer gave no age


def list_price(plan: str, region: str, at: str | pd.Timestamp) -> float:
    """The list price in EUR of one box of `plan` in `region` for a delivery week starting `at`.

    Prices rose by 12% (rounded to 10 cents) for weeks starting on or after 1 March 2025.
    """
    base = LIST_PRICES_2024[region][PLANS.index(plan)]
    if pd.Timestamp(at) >= PRICE_RISE_AT:
        return round(base * (1 + PRICE_RISE), 1)
    return base


def price_list(at: str | pd.Timestamp) -> pd.DataFrame:
    """The price list on a date: one row per region, one column per plan (EUR per box)."""
    rows = {r: [list_price(p, r, at) for p in PLANS] for r in REGIONS}
    return pd.DataFrame.from_dict(rows, orient="index", columns=list(PLANS)).rename_axis("region")


@dataclass(frozen=True, eq=False)
class CaseData:
    """The Harvest Crate tables, as pandas DataFrames (see the package docstring for columns).

    Build it with `generate()`. `tables()` gives the tables by name, in a fixed order.
    The DataFrames are shared, not copied: copy one before you change it in place.
    """

    customers: pd.DataFrame
    deliveries: pd.DataFrame
    payments: pd.DataFrame
    tickets: pd.DataFrame
    events: pd.DataFrame
    experiment: pd.DataFrame
    seed: int
    n_customers: int

    def tables(self) -> dict[str, pd.DataFrame]:
        """The six tables by name: customers, deliveries, payments, tickets, events, experiment."""
        return {
            "customers": self.customers,
            "deliveries": self.deliveries,
            "payments": self.payments,
            "tickets": self.tickets,
            "events": self.events,
            "experiment": self.experiment,
        }

    def fingerprints(self) -> dict[str, str]:
        """A SHA-256 digest of each table (columns, dtypes and every value).

        Two CaseData with equal fingerprints hold identical data: use it to check that a
        seed reproduces the data, or to version a snapshot of it.
        """
        digests = {}
        for name, table in self.tables().items():
            digest = hashlib.sha256()
            digest.update(repr([(c, str(t)) for c, t in table.dtypes.items()]).encode())
            digest.update(pd.util.hash_pandas_object(table, index=True).to_numpy().tobytes())
            digests[name] = digest.hexdigest()
        return digests

    def __repr__(self) -> str:
        sizes = ", ".join(f"{name}={len(t):,}" for name, t in self.tables().items())
        return f"CaseData(seed={self.seed}, {sizes})"


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-x))


def _timestamps(seconds: np.ndarray) -> pd.Series:
    """Seconds after START (NaN for missing) as datetime64[ns] values, NaT where missing."""
    seconds = np.asarray(seconds, dtype=float)
    out = np.full(seconds.shape, np.datetime64("NaT"), dtype="datetime64[ns]")
    ok = ~np.isnan(seconds)
    out[ok] = START.to_datetime64() + np.round(seconds[ok]).astype("timedelta64[s]")
    return pd.Series(out)


def _week_factors() -> dict[str, np.ndarray]:
    """Seasonal multipliers for each delivery week (summer, Christmas, January)."""
    middle = WEEK_STARTS + pd.Timedelta(days=3)
    month = middle.month.to_numpy()
    christmas = ((middle.month == 12) & (middle.day >= 22)) | (
        (middle.month == 1) & (middle.day <= 4)
    )
    christmas = np.asarray(christmas)
    summer = np.isin(month, (7, 8))
    return {
        "skip": np.where(christmas, 2.4, np.where(summer, 1.7, np.where(month == 1, 0.75, 1.0))),
        "pause": np.where(summer, 2.5, np.where(month == 12, 1.6, 1.0)),
        "late": np.where(month == 12, 1.6, 1.0),
        "churn": np.where(month == 1, 0.25, 0.0),
        "risen": np.asarray(WEEK_STARTS >= PRICE_RISE_AT),
    }


def _signup_days(rng: np.random.Generator, n_new: int) -> np.ndarray:
    """Sign-up days (days after START) of the customers who join during the window."""
    days = pd.date_range(START, END - pd.Timedelta(days=1), freq="D")
    doy = days.dayofyear.to_numpy()
    january = 1 + 0.9 * np.exp(-(((doy - 9) / 11) ** 2))
    summer = 1 - 0.3 * np.exp(-(((doy - 212) / 24) ** 2))
    holidays = np.where(((days.month == 12) & (days.day >= 20)) | (doy == 1), 0.45, 1.0)
    weekday = np.array([1.15, 1.0, 0.95, 0.9, 0.8, 0.9, 1.3])[days.dayofweek]
    trend = 1 + 0.6 * np.arange(len(days)) / 365
    creator = np.where(days >= CREATOR_LAUNCH_AT, 1.45, 1.0)
    weight = january * summer * holidays * weekday * trend * creator
    return np.sort(rng.choice(len(days), size=n_new, p=weight / weight.sum()))


def generate(seed: int = 2024, n_customers: int = 6000) -> CaseData:
    """Simulate Harvest Crate from January 2024 to June 2025 and return its tables.

    Parameters
    ----------
    seed:
        Seed of ``numpy.random.default_rng``; the same seed always gives the same data.
    n_customers:
        Number of customers: 40% were already subscribed on 1 January 2024, the rest sign
        up during the window. The default gives about 2,300 active customers at any time
        and an A/B test of about 1,600 of them in October 2024.

    Returns
    -------
    CaseData
        Six DataFrames: customers, deliveries, payments, tickets, events, experiment.
        They are dirty on purpose (see the package docstring).
    """
    if n_customers < 100:
        raise ValueError(f"n_customers must be at least 100, got {n_customers}")
    rng = np.random.default_rng(seed)
    n = int(n_customers)
    factors = _week_factors()

    # ---- customers: who they are -------------------------------------------------------
    n_base = round(0.4 * n)
    base_span = (START - pd.Timestamp("2022-01-01")).days
    base_weight = np.exp(np.arange(base_span) / 300)
    base_days = np.sort(rng.choice(base_span, size=n_base, p=base_weight / base_weight.sum()))
    signup_day = np.concatenate([base_days - base_span, _signup_days(rng, n - n_base)])
    signup_sec = signup_day * DAY + rng.integers(7 * 3600, 23 * 3600, n)
    in_window = signup_day >= 0

    creator_open = signup_day >= (CREATOR_LAUNCH_AT - START).days
    channel = rng.choice(4, size=n, p=[0.36, 0.24, 0.18, 0.22])
    channel = np.where(creator_open & (rng.random(n) < 0.31), 4, channel)
    is_creator = channel == 4
    region = rng.choice(5, size=n, p=[0.22, 0.18, 0.2, 0.2, 0.2])
    plan = (rng.random(n) < np.where(is_creator, 0.15, 0.37)).astype(int)  # 1 = 4-person
    household = np.where(
        plan == 1,
        rng.choice([3, 4, 5, 6], size=n, p=[0.25, 0.5, 0.18, 0.07]),
        rng.choice([1, 2, 3], size=n, p=[0.25, 0.65, 0.10]),
    )
    age = np.where(
        is_creator,
        np.clip(rng.normal(26, 4, n), 18, 45),
        np.clip(rng.normal(42, 12, n), 18, 85),
    ).round()

    # Hidden traits: they drive behaviour and are never exported.
    # Unobserved propensity to cancel. Customers still subscribed after months or years are
    # mostly the loyal ones: the base of January 2024 has a lower propensity.
    frailty = rng.normal(0, 1.0, n) - np.where(in_window, 0.0, 0.7)
    skip_prop = _sigmoid(-2.7 + 0.9 * frailty + rng.normal(0, 0.4, n))
    pause_prop = 0.012 * np.exp(rng.normal(0, 0.4, n))
    engagement = np.exp(-1.0 + rng.normal(0, 0.25, n) - 0.9 * frailty)  # app sessions a week
    rate_prop = rng.beta(2, 4, n) * np.where(is_creator, 0.6, 1.0)
    taste = rng.normal(0, 0.45, n) - 0.25 * frailty  # how much they like the recipes
    pay_fail = np.where(rng.random(n) < 0.08, 0.18, 0.012)
    # Extra boxes a week: rare for most, many for a few offices and big families.
    extra_box = np.where(rng.random(n) < 0.05, rng.lognormal(-0.3, 0.7, n), 0.02)
    price_sens = np.exp(rng.normal(0, 0.5, n)) * np.where(is_creator, 1.5, 1.0)
    dow = rng.choice([1, 2, 3], size=n, p=[0.35, 0.35, 0.3])  # Tuesday..Thursday
    static_logit = (
        np.array([0.0, 0.15, -0.35, 0.05, 0.4])[channel] - 0.012 * (age - 40) - 0.2 * plan + frailty
    )
    # The first delivery week is the first Monday at least three days after sign-up.
    first_week = np.maximum(0, np.ceil((signup_sec / DAY + 3) / 7)).astype(int)

    prices = np.array([LIST_PRICES_2024[r] for r in REGIONS])  # region x plan
    prices_risen = np.round(prices * (1 + PRICE_RISE), 1)
    carrier_from = (EAST_CARRIER_CHANGE[0] - START).days * DAY
    carrier_until = (EAST_CARRIER_CHANGE[1] - START).days * DAY
    base_late = np.array([0.055, 0.06, 0.065, 0.05, 0.06])

    # ---- the weekly simulation -----------------------------------------------------------
    late_ew = np.zeros(n)
    fail_ew = np.zeros(n)
    skip_ew = np.zeros(n)
    payfail_ew = np.zeros(n)
    ticket_ew = np.zeros(n)
    rating_sum = np.zeros(n)
    rating_n = np.zeros(n)
    boxes_so_far = np.zeros(n, dtype=int)
    pause_left = np.zeros(n, dtype=int)
    last_logit = np.full(n, -5.0)  # each customer's risk in the week before
    intent = np.zeros(n)  # hidden wish to leave: it builds up, then shows in the app
    cancelled = np.zeros(n, dtype=bool)
    cancel_sec = np.full(n, np.nan)
    voucher_pending = np.zeros(n, dtype=bool)
    treat = np.zeros(n, dtype=bool)  # in the voucher group, during the 30-day test window
    exp_week = int((EXPERIMENT_AT - START).days // 7)
    exp_ids = exp_group = exp_assigned = None
    rows: list[dict[str, np.ndarray]] = []

    for w in range(N_WEEKS):
        ws = w * WEEK
        if w == exp_week:
            exp_ids, exp_group, exp_assigned = _assign_experiment(
                rng, last_logit, first_week, cancelled, signup_sec, w, ws
            )
            treat[exp_ids[exp_group == 1]] = True
        if w == exp_week + 1:
            voucher_pending[exp_ids[exp_group == 1]] = True
        if w == exp_week + 5:
            treat[:] = False

        act = np.flatnonzero((first_week <= w) & ~cancelled)
        m = len(act)
        intent[act] = 0.95 * intent[act] + rng.normal(0, 0.2, m)
        # Skips: a single week, or a pause of two to four weeks.
        paused = pause_left[act] > 0
        starts_pause = ~paused & (rng.random(m) < pause_prop[act] * factors["pause"][w])
        pause_left[act[starts_pause]] = rng.integers(2, 5, int(starts_pause.sum()))
        in_pause = paused | starts_pause
        pause_left[act[in_pause]] -= 1
        skip_p = skip_prop[act] * factors["skip"][w] * (1.15 if factors["risen"][w] else 1.0)
        skip_p = skip_p * np.exp(0.8 * intent[act])
        single_skip = ~in_pause & (rng.random(m) < skip_p)
        skipped = in_pause | single_skip
        # What happens to the boxes that go out.
        sched = ws + dow[act] * DAY
        east_window = (region[act] == 2) & (sched >= carrier_from) & (sched < carrier_until)
        p_late = np.where(east_window, 0.30, base_late[region[act]] * factors["late"][w])
        p_fail = np.where(east_window, 0.04, 0.012)
        u = rng.random(m)
        failed = ~skipped & (u < p_fail)
        late = ~skipped & ~failed & (u < p_fail + p_late)
        status = np.where(skipped, 1, np.where(failed, 3, np.where(late, 2, 0)))
        boxes = np.where(skipped, 0, 1 + rng.poisson(extra_box[act]))
        table = prices_risen if factors["risen"][w] else prices
        unit = table[region[act], plan[act]]
        first_box = ~skipped & (boxes_so_far[act] == 0) & in_window[act]
        price = boxes * unit * np.where(first_box, 0.5, 1.0)  # welcome discount: half price
        redeem = ~skipped & voucher_pending[act]
        price = np.round(price - VOUCHER_EUR * redeem, 2)
        voucher_pending[act[redeem]] = False
        boxes_so_far[act] += boxes
        hour = rng.uniform(8, 20, m) * 3600
        delivered_sec = np.where(
            skipped | failed, np.nan, sched + hour + late * rng.integers(1, 3, m) * DAY
        )
        got = (status == 0) | (status == 2)
        rated = got & (rng.random(m) < rate_prop[act])
        stars = np.clip(
            np.round(
                4.1 + taste[act] - 1.1 * late - 0.3 * factors["risen"][w] + rng.normal(0, 0.8, m)
            ),
            1,
            5,
        )
        rating = np.where(rated, stars, np.nan)
        # Payments: charged on Monday; a failed charge is retried the next day.
        charged = ~skipped
        pay_first_fail = charged & (rng.random(m) < pay_fail[act])
        retry_fail = pay_first_fail & (rng.random(m) < 0.2)
        # Support tickets, one flag per category.
        t_late = (late & (rng.random(m) < 0.3)) | (failed & (rng.random(m) < 0.6))
        t_missing = got & (rng.random(m) < 0.02)
        t_billing = (pay_first_fail & (rng.random(m) < 0.35)) | (
            charged & (rng.random(m) < (0.012 if w in _RISE_WEEKS else 0.003))
        )
        t_quality = (rated & (stars <= 2) & (rng.random(m) < 0.35)) | (
            got & (rng.random(m) < 0.004)
        )
        t_account = rng.random(m) < 0.003
        n_tickets = t_late.astype(int) + t_missing + t_billing + t_quality + t_account

        # The state that decides whether the customer cancels this week.
        late_ew[act] = 0.85 * late_ew[act] + late
        fail_ew[act] = 0.85 * fail_ew[act] + failed
        skip_ew[act] = 0.8 * skip_ew[act] + skipped
        payfail_ew[act] = 0.85 * payfail_ew[act] + pay_first_fail
        ticket_ew[act] = 0.85 * ticket_ew[act] + n_tickets
        rating_sum[act] = 0.85 * rating_sum[act] + np.nan_to_num(rating)
        rating_n[act] = 0.85 * rating_n[act] + rated
        rating_mean = (rating_sum[act] + 4.0) / (rating_n[act] + 1.0)
        tenure_weeks = (ws - signup_sec[act]) / WEEK
        # Weekly log-odds of cancelling: what happened lately, who they are, the price,
        # hidden traits, the season and the voucher.
        logit = (
            -5.0
            + 1.8 * np.exp(-tenure_weeks / 8)
            + 0.8 * late_ew[act]
            + 1.2 * fail_ew[act]
            + 0.35 * skip_ew[act]
            + 0.9 * payfail_ew[act]
            + 0.5 * ticket_ew[act]
            + 0.6 * (3.8 - rating_mean)
            + 2.1 * intent[act]
            + 3.0 * price_sens[act] * np.log(unit / prices[region[act], plan[act]])
            + static_logit[act]
            + factors["churn"][w]
            - 0.3 * treat[act]
        )
        churn = rng.random(m) < _sigmoid(logit)
        last_logit[act] = logit
        low = np.fmax(ws + 1.5 * DAY, delivered_sec + 1800)
        when = low + rng.random(m) * (ws + WEEK - 60 - low)
        cancelled[act[churn]] = True
        cancel_sec[act[churn]] = when[churn]

        rows.append(
            {
                "cust": act,
                "week": np.full(m, w),
                "status": status,
                "boxes": boxes,
                "price": price,
                "delivered": delivered_sec,
                "rating": rating,
                "pay_first_fail": pay_first_fail,
                "retry_fail": retry_fail,
                "t_late": t_late,
                "t_missing": t_missing,
                "t_billing": t_billing,
                "t_quality": t_quality,
                "t_account": t_account,
                "intent": intent[act].copy(),
                "single_skip": single_skip,
                "starts_pause": starts_pause,
            }
        )

    r = {key: np.concatenate([row[key] for row in rows]) for key in rows[0]}
    r["ws"] = r["week"] * WEEK
    r["sched"] = r["ws"] + dow[r["cust"]] * DAY

    customers = _customers_table(
        rng, n, signup_sec, region, channel, plan, household, age, cancel_sec
    )
    deliveries = _deliveries_table(rng, r)
    payments = _payments_table(rng, r)
    tickets = _tickets_table(rng, r)
    events = _events_table(rng, r, engagement, signup_sec, in_window, cancel_sec)
    assign_rank = np.argsort(exp_ids)
    experiment = pd.DataFrame(
        {
            "customer_id": exp_ids[assign_rank] + 1,
            "group": np.where(exp_group[assign_rank] == 1, "voucher", "control"),
            "assigned_at": _timestamps(exp_assigned[assign_rank]),
        }
    )
    experiment["churned_30d"] = _churned_within(
        experiment["assigned_at"],
        customers.set_index("customer_id")["cancelled_at"]
        .reindex(experiment["customer_id"])
        .to_numpy(),
    )
    return CaseData(
        customers=customers,
        deliveries=deliveries,
        payments=payments,
        tickets=tickets,
        events=events,
        experiment=experiment,
        seed=seed,
        n_customers=n,
    )


_RISE_WEEKS = set(
    np.flatnonzero(
        (WEEK_STARTS >= PRICE_RISE_AT) & (WEEK_STARTS < PRICE_RISE_AT + pd.Timedelta(days=28))
    )
)


def _churned_within(assigned: pd.Series, cancelled_at: np.ndarray) -> np.ndarray:
    """Whether each customer cancelled within 30 days after assignment."""
    cancelled_at = pd.to_datetime(pd.Series(cancelled_at))
    delta = cancelled_at.to_numpy() - assigned.to_numpy()
    return (delta >= np.timedelta64(0)) & (delta < np.timedelta64(30, "D"))


def _assign_experiment(rng, last_logit, first_week, cancelled, signup_sec, w, ws):
    """Pick the at-risk customers on 1 October 2024 and split them into two equal groups.

    The company's old churn model (its score is not in the data: a noisy view of each
    customer's current risk) ranks the customers subscribed for at least 4 weeks; the
    riskiest 75% are the test population. Half of them, drawn at random, get the voucher.
    """
    eligible = np.flatnonzero((first_week < w) & ~cancelled & ((ws - signup_sec) >= 4 * WEEK))
    score = last_logit[eligible] + rng.normal(0, 0.4, len(eligible))
    chosen = eligible[np.argsort(-score, kind="stable")[: round(0.75 * len(eligible))]]
    ids = rng.permutation(chosen)
    group = (np.arange(len(ids)) < len(ids) // 2).astype(int)  # 1 = voucher
    assigned = ws + DAY + rng.uniform(7, 8, len(ids)) * 3600  # Tuesday 07:00-08:00 e-mails
    return ids, group, assigned


def _customers_table(rng, n, signup_sec, region, channel, plan, household, age, cancel_sec):
    first = np.array(_text.FIRST_NAMES)[rng.integers(len(_text.FIRST_NAMES), size=n)]
    last = np.array(_text.LAST_NAMES)[rng.integers(len(_text.LAST_NAMES), size=n)]
    domain = np.array(_text.EMAIL_DOMAINS)[rng.integers(3, size=n)]
    number = rng.integers(1, 100, size=n)
    names = [f"{f} {last_}" for f, last_ in zip(first, last, strict=True)]
    emails = [
        f"{_text.ascii_slug(f)}.{_text.ascii_slug(last_)}{k}@{d}"
        for f, last_, k, d in zip(first, last, number, domain, strict=True)
    ]
    postcode_prefix = np.array([2, 8, 0, 5, 3])[region]
    postcodes = [
        f"{p}{q:04d}" for p, q in zip(postcode_prefix, rng.integers(0, 10_000, n), strict=True)
    ]

    region_text = np.array(REGIONS, dtype=object)[region]
    dirty = rng.random(n) < 0.10
    variant = rng.integers(5, size=n)
    for i in np.flatnonzero(dirty):
        region_text[i] = REGION_SPELLINGS[region_text[i]][variant[i]]
    age = age.astype(float)
    u = rng.random(n)
    age[u < 0.08] = np.nan
    age[(u >= 0.08) & (u < 0.09)] = AGE_SENTINELS[0]
    age[(u >= 0.09) & (u < 0.095)] = AGE_SENTINELS[1]

    signup = _timestamps(signup_sec).dt.normalize()
    table = pd.DataFrame(
        {
            "customer_id": np.arange(1, n + 1),
            "name": names,
            "email": emails,
            "postcode": postcodes,
            "region": region_text,
            "signup_date": signup,
            "channel": np.array(CHANNELS)[channel],
            "plan": np.array(PLANS)[plan],
            "household_size": household,
            "age": age,
            "cancelled_at": _timestamps(cancel_sec),
        }
    )
    return table


def _deliveries_table(rng, r):
    n = len(r["cust"])
    order = np.lexsort((r["cust"], r["week"]))
    price = r["price"].copy()
    shipped = np.flatnonzero(r["status"] != 1)
    wrong = rng.choice(shipped, size=max(1, round(0.0015 * len(shipped))), replace=False)
    price[wrong[: len(wrong) // 2]] *= -1  # sign flipped in the export
    price[wrong[len(wrong) // 2 :]] = 0.0  # price lost in the export
    dups = rng.choice(n, size=max(1, round(0.002 * n)), replace=False)
    order = np.concatenate([order, dups])
    order = order[np.lexsort((r["cust"][order], r["week"][order]))]
    return pd.DataFrame(
        {
            "delivery_id": np.arange(1, len(order) + 1),
            "customer_id": r["cust"][order] + 1,
            "week_start": _timestamps(r["ws"][order]),
            "status": np.array(DELIVERY_STATUSES)[r["status"][order]],
            "boxes": r["boxes"][order],
            "price_eur": price[order],
            "delivered_at": _timestamps(r["delivered"][order]),
            "rating": r["rating"][order],
        }
    )


def _payments_table(rng, r):
    charged = np.flatnonzero(r["status"] != 1)
    when = r["ws"][charged] + rng.uniform(5, 8, len(charged)) * 3600
    first_fail = r["pay_first_fail"][charged]
    parts = [
        (charged, when, np.where(first_fail, 1, 0), r["price"][charged]),
    ]
    retry = charged[first_fail]
    parts.append(
        (retry, when[first_fail] + DAY, np.where(r["retry_fail"][retry], 1, 0), r["price"][retry])
    )
    failed_box = np.flatnonzero(r["status"] == 3)
    parts.append(
        (
            failed_box,
            r["sched"][failed_box] + DAY + rng.uniform(0, 8, len(failed_box)) * 3600,
            np.full(len(failed_box), 2),
            -r["price"][failed_box],
        )
    )
    missing = np.flatnonzero(r["t_missing"] & (r["status"] != 3))
    parts.append(
        (
            missing,
            r["delivered"][missing] + rng.uniform(20, 60, len(missing)) * 3600,
            np.full(len(missing), 2),
            -np.round(0.2 * r["price"][missing], 2),
        )
    )
    row = np.concatenate([p[0] for p in parts])
    when = np.concatenate([p[1] for p in parts])
    status = np.concatenate([p[2] for p in parts])
    amount = np.concatenate([p[3] for p in parts])
    order = np.argsort(when, kind="stable")
    return pd.DataFrame(
        {
            "payment_id": np.arange(1, len(order) + 1),
            "customer_id": r["cust"][row[order]] + 1,
            "charged_at": _timestamps(when[order]),
            "amount_eur": np.round(amount[order], 2),
            "status": np.array(PAYMENT_STATUSES)[status[order]],
        }
    )


def _tickets_table(rng, r):
    rows, times, cats = [], [], []
    spec = [
        ("t_late", "late_delivery"),
        ("t_missing", "missing_item"),
        ("t_billing", "billing"),
        ("t_quality", "recipe_quality"),
        ("t_account", "account"),
    ]
    for key, category in spec:
        idx = np.flatnonzero(r[key])
        k = len(idx)
        if category == "late_delivery":
            base = np.where(
                np.isnan(r["delivered"][idx]), r["sched"][idx] + 20 * 3600, r["delivered"][idx]
            )
            t = base + rng.uniform(0.5, 20, k) * 3600
        elif category in ("missing_item", "recipe_quality"):
            t = r["delivered"][idx] + rng.uniform(1, 40, k) * 3600
            t = np.where(np.isnan(t), r["ws"][idx] + rng.uniform(0, 7, k) * DAY, t)
        else:
            t = r["ws"][idx] + rng.uniform(0.3, 7, k) * DAY
        rows.append(idx)
        times.append(t)
        cats.append(np.full(k, category, dtype=object))
    idx = np.concatenate(rows)
    when = np.concatenate(times)
    truth = np.concatenate(cats)
    order = np.lexsort((idx, when))
    idx, when, truth = idx[order], when[order], truth[order]
    texts = _text.ticket_texts(truth, rng)
    label = truth.copy()
    wrong = rng.random(len(label)) < 0.12  # the agent picked the wrong category
    others = rng.integers(1, len(TICKET_CATEGORIES), len(label))
    true_code = np.array([TICKET_CATEGORIES.index(c) for c in truth])
    label[wrong] = np.array(TICKET_CATEGORIES, dtype=object)[(true_code[wrong] + others[wrong]) % 5]
    return pd.DataFrame(
        {
            "ticket_id": np.arange(1, len(idx) + 1),
            "customer_id": r["cust"][idx] + 1,
            "created_at": _timestamps(when),
            "category": label,
            "text": texts,
        }
    )


def _events_table(rng, r, engagement, signup_sec, in_window, cancel_sec):
    cust = r["cust"]
    lam = engagement[cust] * np.exp(-1.5 * r["intent"])
    lam = np.clip(lam * np.where(r["status"] == 1, 0.6, 1.0), 0.05, 12)
    sessions = rng.poisson(lam)
    s_row = np.repeat(np.arange(len(cust)), sessions)
    ns = len(s_row)
    day = rng.choice(7, size=ns, p=[0.12, 0.1, 0.1, 0.1, 0.12, 0.18, 0.28])
    evening = rng.random(ns)
    hour = np.where(
        evening < 0.6,
        rng.normal(20, 1.6, ns),
        np.where(evening < 0.85, rng.normal(12.5, 1.2, ns), rng.uniform(6, 23, ns)),
    )
    s_start = r["ws"][s_row] + day * DAY + np.clip(hour, 0, 23.9) * 3600
    n_browse = rng.poisson(0.6, ns)
    n_swap = (rng.random(ns) < 0.25).astype(int)
    per = 1 + n_browse + n_swap
    e_session = np.repeat(np.arange(ns), per)
    first = np.repeat(np.cumsum(per) - per, per)
    pos = np.arange(len(e_session)) - first
    kind = np.where(pos == 0, 1, np.where(pos <= np.repeat(n_browse, per), 2, 3))
    e_time = s_start[e_session] + pos * 40 + rng.integers(0, 30, len(e_session))
    e_cust = cust[s_row][e_session]

    extra_cust, extra_time, extra_kind = [], [], []
    skip = np.flatnonzero(r["single_skip"])
    extra_cust.append(cust[skip])
    extra_time.append(r["ws"][skip] - rng.uniform(0.5, 3, len(skip)) * DAY)
    extra_kind.append(np.full(len(skip), 4))
    pause = np.flatnonzero(r["starts_pause"])
    extra_cust.append(cust[pause])
    extra_time.append(r["ws"][pause] - rng.uniform(0.5, 3, len(pause)) * DAY)
    extra_kind.append(np.full(len(pause), 5))
    rated = np.flatnonzero(~np.isnan(r["rating"]))
    rate_time = r["delivered"][rated] + rng.uniform(1, 30, len(rated)) * 3600
    extra_cust.append(cust[rated])
    extra_time.append(np.minimum(rate_time, r["ws"][rated] + WEEK - 60))
    extra_kind.append(np.full(len(rated), 6))
    joined = np.flatnonzero(in_window)
    extra_cust.append(joined)
    extra_time.append(signup_sec[joined] + rng.uniform(60, 900, len(joined)))
    extra_kind.append(np.full(len(joined), 0))
    gone = np.flatnonzero(~np.isnan(cancel_sec))
    extra_cust.append(gone)
    extra_time.append(cancel_sec[gone])
    extra_kind.append(np.full(len(gone), 7))

    all_cust = np.concatenate([e_cust, *extra_cust])
    all_time = np.concatenate([e_time, *extra_time]).astype(float)
    all_kind = np.concatenate([kind, *extra_kind])
    ends = np.where(np.isnan(cancel_sec), np.inf, cancel_sec)[all_cust]
    keep = (all_time >= 0) & (all_time < (END - START).days * DAY)
    keep &= (all_time <= ends) & (all_time >= signup_sec[all_cust])
    all_cust, all_time, all_kind = all_cust[keep], np.round(all_time[keep]), all_kind[keep]
    order = np.lexsort((all_kind, all_cust, all_time))
    return pd.DataFrame(
        {
            "event_id": np.arange(1, len(order) + 1),
            "customer_id": all_cust[order] + 1,
            "ts": _timestamps(all_time[order]),
            "event_type": np.array(EVENT_TYPES)[all_kind[order]],
        }
    )
