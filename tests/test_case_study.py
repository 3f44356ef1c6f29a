"""The Harvest Crate case study (ai_roadmaps.case_study) is what its docstrings promise.

Parts II and III of the book are written against this package: these tests pin down the
properties the pages rely on (determinism, schemas, the dirty values, the drift, point-in-time
snapshots, the servers' rules), so a change that breaks a page fails here first.
"""

from __future__ import annotations

import json
import socket
import sqlite3
import urllib.error
import urllib.request
from dataclasses import replace
from urllib.robotparser import RobotFileParser

import numpy as np
import pandas as pd
import pytest

from ai_roadmaps.case_study import (
    CATEGORICAL,
    CHANNELS,
    EVENT_TYPES,
    FEATURES,
    LABEL,
    PLANS,
    REGIONS,
    TICKET_CATEGORIES,
    VOUCHER_EUR,
    _server,
    churn_snapshots,
    clean,
    clean_region,
    generate,
    list_price,
    monthly_snapshots,
    price_list,
    serve_api,
    serve_site,
    truncate,
    write_csv,
    write_lake,
    write_sqlite,
)

COLUMNS = {
    "customers": [
        "customer_id",
        "name",
        "email",
        "postcode",
        "region",
        "signup_date",
        "channel",
        "plan",
        "household_size",
        "age",
        "cancelled_at",
    ],
    "deliveries": [
        "delivery_id",
        "customer_id",
        "week_start",
        "status",
        "boxes",
        "price_eur",
        "delivered_at",
        "rating",
    ],
    "payments": ["payment_id", "customer_id", "charged_at", "amount_eur", "status"],
    "tickets": ["ticket_id", "customer_id", "created_at", "category", "text"],
    "events": ["event_id", "customer_id", "ts", "event_type"],
    "experiment": ["customer_id", "group", "assigned_at", "churned_30d"],
}
TIME_COLUMNS = {
    "customers": ["signup_date", "cancelled_at"],
    "deliveries": ["week_start", "delivered_at"],
    "payments": ["charged_at"],
    "tickets": ["created_at"],
    "events": ["ts"],
    "experiment": ["assigned_at"],
}
ID_COLUMNS = {
    "customers": "customer_id",
    "deliveries": "delivery_id",
    "payments": "payment_id",
    "tickets": "ticket_id",
    "events": "event_id",
    "experiment": "customer_id",
}
TOKEN = "test-token"


@pytest.fixture(scope="module")
def data():
    return generate()


@pytest.fixture(scope="module")
def cleaned(data):
    return clean(data)


@pytest.fixture(scope="module")
def snapshots(data):
    return monthly_snapshots(data)


def shipped(deliveries: pd.DataFrame) -> pd.DataFrame:
    return deliveries[deliveries["status"] != "skipped"]


# ---- generation ------------------------------------------------------------------------


def test_the_same_seed_gives_identical_data_and_another_seed_other_data(data):
    again = generate()
    assert again.fingerprints() == data.fingerprints()
    small, other = generate(n_customers=500), generate(seed=7, n_customers=500)
    changed = [n for n, digest in other.fingerprints().items() if digest != small.fingerprints()[n]]
    assert changed == list(data.tables()), "every table must change with the seed"


def test_generate_refuses_a_tiny_population():
    with pytest.raises(ValueError, match="n_customers"):
        generate(n_customers=10)


def test_tables_have_the_documented_columns_and_types(data):
    assert list(data.tables()) == list(COLUMNS)
    for name, table in data.tables().items():
        assert list(table.columns) == COLUMNS[name], name
        for column in TIME_COLUMNS[name]:
            assert pd.api.types.is_datetime64_any_dtype(table[column]), (name, column)
        assert table[ID_COLUMNS[name]].is_unique, f"{name}.{ID_COLUMNS[name]} must be unique"
        assert table.index.equals(pd.RangeIndex(len(table)))
    assert data.experiment["churned_30d"].dtype == bool
    assert "CaseData(seed=2024, customers=6,000" in repr(data)


def test_sizes_are_as_documented(data):
    sizes = {name: len(table) for name, table in data.tables().items()}
    assert sizes["customers"] == 6000
    assert 150_000 <= sizes["deliveries"] <= 220_000
    assert 140_000 <= sizes["payments"] <= 210_000
    assert 8_000 <= sizes["tickets"] <= 15_000
    assert 400_000 <= sizes["events"] <= 700_000
    assert 1_400 <= sizes["experiment"] <= 1_750
    assert sizes["events"] == max(sizes.values()), "events is the biggest table"


def test_categorical_columns_hold_only_documented_values(data):
    assert set(data.customers["channel"]) == set(CHANNELS)
    assert set(data.customers["plan"]) == set(PLANS)
    assert set(data.deliveries["status"]) == {"delivered", "skipped", "late", "failed"}
    assert set(data.payments["status"]) == {"paid", "failed", "refunded"}
    assert set(data.tickets["category"]) == set(TICKET_CATEGORIES)
    assert set(data.events["event_type"]) == set(EVENT_TYPES)
    assert set(data.experiment["group"]) == {"control", "voucher"}
    assert (
        data.customers["email"].str.fullmatch(r"[a-z']+\.[a-z']+\d+@example\.(com|org|net)").all()
    )
    assert data.customers["postcode"].str.fullmatch(r"\d{5}").all()


def test_every_row_belongs_to_a_customer_and_happens_in_the_window(data):
    known = set(data.customers["customer_id"])
    for name in ("deliveries", "payments", "tickets", "events", "experiment"):
        assert set(getattr(data, name)["customer_id"]) <= known, name
    start, end = pd.Timestamp("2024-01-01"), pd.Timestamp("2025-07-01")
    for name, columns in TIME_COLUMNS.items():
        for column in columns:
            if column == "signup_date":
                continue
            values = getattr(data, name)[column].dropna()
            assert values.min() >= start and values.max() < end, (name, column)


def test_rows_are_consistent_with_the_customer_life(data):
    d = data.deliveries.merge(data.customers, on="customer_id")
    assert (d["week_start"] >= d["signup_date"]).all(), "no box before sign-up"
    assert ~(d["week_start"] > d["cancelled_at"]).any(), "no box after cancelling"
    events = data.events.merge(data.customers, on="customer_id")
    assert ~(events["ts"] > events["cancelled_at"]).any(), "no app use after cancelling"
    cancels = data.events[data.events["event_type"] == "cancel"]
    assert len(cancels) == data.customers["cancelled_at"].notna().sum()


def test_delivery_rows_follow_the_documented_rules(data):
    d = data.deliveries
    skipped = d["status"] == "skipped"
    assert (d.loc[skipped, "boxes"] == 0).all() and (d.loc[skipped, "price_eur"] == 0).all()
    assert (d.loc[~skipped, "boxes"] >= 1).all()
    assert d.loc[d["status"].isin(["skipped", "failed"]), "delivered_at"].isna().all()
    arrived = d[d["delivered_at"].notna()]
    offset = arrived["delivered_at"] - arrived["week_start"]
    assert (offset > pd.Timedelta(days=1)).all() and (offset < pd.Timedelta(days=6)).all()
    assert d["rating"].dropna().isin([1, 2, 3, 4, 5]).all()
    assert (d["week_start"].dt.dayofweek == 0).all(), "weeks start on Mondays"


# ---- dirty values -------------------------------------------------------------------------


def test_regions_are_spelled_inconsistently_and_clean_region_fixes_them(data):
    region = data.customers["region"]
    odd = ~region.isin(REGIONS)
    assert 0.07 <= odd.mean() <= 0.13
    for spelling in ("North", " north", "N.", "NORTH", "Centre"):
        assert (region == spelling).any(), spelling
    assert set(clean_region(region)) == set(REGIONS)


def test_ages_are_missing_or_sentinels_as_documented(data):
    age = data.customers["age"]
    assert 0.06 <= age.isna().mean() <= 0.10
    assert 0.005 <= (age == 0).mean() <= 0.015
    assert 0.002 <= (age == 999).mean() <= 0.01
    assert age[~age.isin([0, 999])].dropna().between(18, 85).all()


def test_deliveries_have_duplicates_and_wrong_prices(data):
    d = data.deliveries
    dups = d.duplicated(["customer_id", "week_start"])
    assert 0.001 <= dups.mean() <= 0.003
    same = d.drop(columns="delivery_id")
    assert same.duplicated().sum() == dups.sum(), "duplicates differ only in delivery_id"
    ship = shipped(d)
    assert (ship["price_eur"] < 0).sum() >= 50 and (ship["price_eur"] == 0).sum() >= 50
    assert (ship["price_eur"] <= 0).mean() < 0.003
    assert d["rating"].isna().mean() > 0.6, "most weeks are not rated"
    refunds = data.payments[data.payments["status"] == "refunded"]
    assert len(refunds) > 0 and (refunds["amount_eur"] < 0).all(), "refunds are negative"
    assert (data.payments.loc[data.payments["status"] != "refunded", "amount_eur"] > 0).all()


def test_clean_fixes_the_documented_dirt_and_nothing_else(data, cleaned):
    assert set(cleaned.customers["region"]) == set(REGIONS)
    assert not cleaned.customers["age"].isin([0, 999]).any()
    assert cleaned.customers["age"].isna().sum() == data.customers["age"].isin([0, 999]).sum() + (
        data.customers["age"].isna().sum()
    )
    d = cleaned.deliveries
    assert not d.duplicated(["customer_id", "week_start"]).any()
    assert not (shipped(d)["price_eur"] <= 0).any()
    unique = data.deliveries.drop_duplicates(["customer_id", "week_start"])
    assert d["price_eur"].isna().sum() == (shipped(unique)["price_eur"] <= 0).sum()
    assert cleaned.events is data.events and cleaned.payments is data.payments
    assert data.customers["region"].isin(REGIONS).mean() < 0.95, "clean must not modify data"


# ---- the story: prices, seasons, heavy tails, drift ---------------------------------------


def test_list_prices_rise_by_twelve_percent_in_march_2025():
    before, after = price_list("2025-02-24"), price_list("2025-03-03")
    assert list(before.index) == list(REGIONS) and list(before.columns) == list(PLANS)
    ratio = (after / before).to_numpy()
    assert np.allclose(ratio, 1.12, atol=0.003)
    assert list_price("2-person", "north", "2024-06-03") == 49.90
    assert list_price("2-person", "north", "2025-03-03") == 55.90


def test_boxes_are_charged_at_the_list_price(data):
    d = shipped(clean(data).deliveries).merge(clean(data).customers, on="customer_id")
    d = d[d["price_eur"].notna()]
    per_box = (d["price_eur"] / d["boxes"]).round(2)
    listed = [
        list_price(p, r, w) for p, r, w in zip(d["plan"], d["region"], d["week_start"], strict=True)
    ]
    listed = pd.Series(listed, index=d.index)
    full = np.isclose(per_box, listed)
    half = np.isclose(per_box, (listed / 2).round(2), atol=0.01)  # welcome discount
    voucher = np.isclose(d["price_eur"], (listed * d["boxes"] - VOUCHER_EUR).round(2))
    assert full.mean() > 0.95
    assert (full | half | voucher).all()
    rise = d["week_start"] >= "2025-03-03"
    assert per_box[rise & full].mean() / per_box[~rise & full].mean() > 1.08


def test_orders_are_seasonal_and_signups_peak_in_january(data):
    boxes = shipped(data.deliveries).groupby("week_start").size()
    christmas = boxes[["2024-12-23", "2024-12-30"]].mean()
    december = boxes["2024-12-02":"2024-12-16"].mean()
    assert christmas < 0.92 * december
    summer = boxes["2024-07-08":"2024-08-19"].mean()
    assert summer < 0.95 * boxes["2024-05-06":"2024-06-17"].mean()
    signups = data.customers.set_index("signup_date").sort_index()["customer_id"]
    assert signups["2025-01"].size > 1.5 * signups["2024-07"].size


def test_customer_value_is_heavy_tailed(data):
    paid = data.payments.groupby("customer_id")["amount_eur"].sum()
    assert paid.skew() > 1
    assert paid.quantile(0.99) > 4 * paid.median()


def test_creator_channel_opens_in_march_2025_with_young_customers(data):
    c = clean(data).customers
    creator = c["channel"] == "creator"
    assert c.loc[creator, "signup_date"].min() >= pd.Timestamp("2025-03-01")
    late_signups = c[c["signup_date"] >= "2025-03-01"]
    assert 0.2 <= (late_signups["channel"] == "creator").mean() <= 0.45
    assert c.loc[creator, "age"].mean() < 30 < 38 < c.loc[~creator, "age"].mean()


def test_late_deliveries_spike_in_the_east_in_april_and_may_2025(data):
    d = shipped(clean(data).deliveries).merge(clean(data).customers, on="customer_id")
    d["late"] = d["status"] == "late"
    spike = d["week_start"].between("2025-04-07", "2025-05-26")
    east = d["region"] == "east"
    assert d.loc[spike & east, "late"].mean() > 0.2
    assert d.loc[spike & ~east, "late"].mean() < 0.1
    assert d.loc[(d["week_start"] < "2025-03-01") & east, "late"].mean() < 0.1


def test_churn_rises_where_and_when_the_drift_says(snapshots):
    s = snapshots
    before = s[s["as_of"] < "2025-03-01"]
    after = s[s["as_of"] >= "2025-04-01"]
    assert after[LABEL].mean() > before[LABEL].mean() + 0.02
    east = s["region"] == "east"
    assert s.loc[east & (s["as_of"] >= "2025-05-01"), LABEL].mean() > 1.5 * (
        s.loc[east & (s["as_of"] < "2025-03-01"), LABEL].mean()
    )
    by_channel = s.groupby("channel")[LABEL].mean()
    assert by_channel["creator"] > 2 * by_channel.drop("creator").max()


# ---- snapshots ----------------------------------------------------------------------------


def test_snapshots_have_the_documented_columns(snapshots):
    assert list(snapshots.columns) == ["customer_id", "as_of", *FEATURES, LABEL]
    assert snapshots["as_of"].nunique() == 16
    assert not snapshots.duplicated(["customer_id", "as_of"]).any()
    assert (
        snapshots[FEATURES]
        .drop(columns=["age", "rating_mean_8w", "days_since_last_event"])
        .notna()
        .all()
        .all()
    )
    assert set(snapshots[LABEL]) == {0, 1}


@pytest.mark.parametrize("as_of", ["2024-03-01", "2024-10-01", "2025-03-01", "2025-05-15"])
def test_snapshot_features_do_not_change_when_the_future_is_deleted(data, as_of):
    full = churn_snapshots(data, [as_of], label=False)
    known = truncate(data, as_of)
    pd.testing.assert_frame_equal(full, churn_snapshots(known, [as_of], label=False))
    assert len(full) > 1500
    # Deleting only the rows stamped at or after as_of keeps the week in progress: its
    # status is not final yet, and the features must not use it either.
    at = pd.Timestamp(as_of)
    d = data.deliveries
    early = replace(data, deliveries=d[(d["week_start"] < at) & ~(d["delivered_at"] >= at)])
    assert len(early.deliveries) > len(known.deliveries)
    pd.testing.assert_frame_equal(full, churn_snapshots(early, [as_of], label=False))


def test_truncate_keeps_exactly_what_had_arrived(data):
    at = pd.Timestamp("2024-10-01")
    past = truncate(data, at)
    assert past.customers["signup_date"].max() < at
    assert not (past.customers["cancelled_at"] >= at).any()
    assert (past.deliveries["week_start"] + pd.Timedelta(days=7) <= at).all()
    assert past.events["ts"].max() < at and past.payments["charged_at"].max() < at
    assert past.tickets["created_at"].max() < at
    assert len(past.experiment) == 0
    later = truncate(data, "2024-10-15")
    assert later.experiment["churned_30d"].isna().all() and len(later.experiment) > 0


def test_the_label_is_a_cancellation_within_30_days(data, snapshots):
    one = snapshots[snapshots["as_of"] == "2024-06-01"]
    cancelled = data.customers.set_index("customer_id").loc[one["customer_id"], "cancelled_at"]
    expected = cancelled.between("2024-06-01", "2024-07-01", inclusive="left").astype(int)
    assert (one[LABEL].to_numpy() == expected.to_numpy()).all()
    active = data.customers[
        (data.customers["signup_date"] < "2024-06-01")
        & ~(data.customers["cancelled_at"] < "2024-06-01")
    ]
    assert set(one["customer_id"]) == set(active["customer_id"])


def test_label_prevalence_is_in_a_sane_range(snapshots):
    by_month = snapshots.groupby("as_of")[LABEL].mean()
    assert by_month.between(0.03, 0.15).all()
    assert 0.05 <= snapshots[LABEL].mean() <= 0.10


def test_snapshots_refuse_a_label_that_runs_past_the_data(data):
    with pytest.raises(ValueError, match="too late"):
        churn_snapshots(data, ["2025-06-15"])
    assert len(churn_snapshots(data, ["2025-06-15"], label=False)) > 1000


def test_churn_is_learnable_but_not_trivially(snapshots):
    from sklearn.ensemble import HistGradientBoostingClassifier
    from sklearn.metrics import roc_auc_score
    from threadpoolctl import threadpool_limits

    x = snapshots[FEATURES].copy()
    for column in CATEGORICAL:
        x[column] = x[column].astype("category")
    train = snapshots["as_of"] < "2025-01-01"
    test = snapshots["as_of"].isin(pd.to_datetime(["2025-01-01", "2025-02-01"]))
    drifted = snapshots["as_of"] >= "2025-04-01"
    with threadpool_limits(limits=1):
        model = HistGradientBoostingClassifier(
            categorical_features="from_dtype", learning_rate=0.05, max_iter=200, random_state=0
        ).fit(x[train], snapshots.loc[train, LABEL])
        auc = roc_auc_score(snapshots.loc[test, LABEL], model.predict_proba(x[test])[:, 1])
        predicted = model.predict_proba(x[drifted])[:, 1].mean()
    assert 0.70 <= auc <= 0.85
    assert snapshots.loc[drifted, LABEL].mean() > predicted + 0.02, "the model decays after drift"


# ---- experiment and tickets ---------------------------------------------------------------


def test_the_experiment_is_a_balanced_modest_ab_test(data):
    e = data.experiment
    counts = e["group"].value_counts()
    assert abs(counts["control"] - counts["voucher"]) <= 1
    assert (e["assigned_at"].dt.normalize() == pd.Timestamp("2024-10-01")).all()
    cancelled = data.customers.set_index("customer_id").loc[e["customer_id"], "cancelled_at"]
    delta = cancelled.to_numpy() - e["assigned_at"].to_numpy()
    within = (delta >= np.timedelta64(0)) & (delta < np.timedelta64(30, "D"))
    assert (within == e["churned_30d"].to_numpy()).all()
    rates = e.groupby("group")["churned_30d"].mean()
    assert 0.06 <= rates["control"] <= 0.14
    assert rates["voucher"] < rates["control"]

    c = clean(data)
    later = shipped(c.deliveries[c.deliveries["week_start"] >= "2024-10-07"])
    first = later.groupby("customer_id").head(1).merge(e, on="customer_id")
    first = first.merge(c.customers[["customer_id", "plan", "region"]], on="customer_id")
    listed = [
        list_price(p, r, "2024-10-07") for p, r in zip(first["plan"], first["region"], strict=True)
    ]
    off = (pd.Series(listed, index=first.index) * first["boxes"] - first["price_eur"]).round(2)
    voucher = first["group"] == "voucher"
    assert (off[voucher & first["price_eur"].notna()] == VOUCHER_EUR).all(), (
        "EUR 15 off the next box"
    )
    assert (off[~voucher] == 0).mean() > 0.95


def test_a_text_classifier_gets_most_tickets_right_but_not_all(data):
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import train_test_split
    from sklearn.pipeline import make_pipeline
    from threadpoolctl import threadpool_limits

    t = data.tickets
    x_train, x_test, y_train, y_test = train_test_split(
        t["text"], t["category"], test_size=0.25, random_state=0, stratify=t["category"]
    )
    model = make_pipeline(TfidfVectorizer(), LogisticRegression(max_iter=1000))
    with threadpool_limits(limits=1):  # many BLAS threads on a busy machine are far slower
        accuracy = model.fit(x_train, y_train).score(x_test, y_test)
    assert 0.80 <= accuracy <= 0.92


# ---- the API ------------------------------------------------------------------------------


def get(url: str, token: str | None = TOKEN):
    """(status, headers, JSON body) of a GET request; HTTP errors are answers too."""
    request = urllib.request.Request(url)
    if token is not None:
        request.add_header("Authorization", f"Bearer {token}")
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.headers, json.load(response)
    except urllib.error.HTTPError as error:
        with error:
            return error.code, error.headers, json.load(error)


def port_is_open(url: str) -> bool:
    host, port = url.removeprefix("http://").split(":")
    with socket.socket() as sock:
        sock.settimeout(2)
        return sock.connect_ex((host, int(port))) == 0


def test_pagination_returns_every_customer_exactly_once(data):
    with serve_api(data, token=TOKEN, throttle_every=None) as base:
        assert base.startswith("http://127.0.0.1:")
        seen, url, pages = [], f"{base}/v1/customers?per_page=500", 0
        while url:
            status, headers, body = get(url)
            assert status == 200
            seen += [row["customer_id"] for row in body["data"]]
            url, pages = body["next"], pages + 1
            assert (headers.get("Link") is not None) == (url is not None)
        assert body["next_page"] is None and body["total"] == 6000
    assert sorted(seen) == data.customers["customer_id"].tolist()
    assert len(seen) == len(set(seen)) and pages == 12


def test_api_rows_are_raw_json_with_iso_text_and_nulls(data):
    with serve_api(data, token=TOKEN, throttle_every=None) as base:
        _, _, body = get(f"{base}/v1/customers?page=1&per_page=50")
        _, _, one = get(f"{base}/v1/customers/3")
        _, _, since = get(f"{base}/v1/deliveries?since=2025-06-01&per_page=1000")
        _, _, own = get(f"{base}/v1/customers/3/deliveries?per_page=1000")
    rows = pd.DataFrame(body["data"])
    assert list(rows.columns) == COLUMNS["customers"]
    assert rows["signup_date"].str.fullmatch(r"\d{4}-\d\d-\d\d").all()
    cancelled = rows["cancelled_at"].dropna()
    assert cancelled.str.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ").all()
    assert rows["cancelled_at"].isna().any(), "an active customer's cancelled_at is null"
    assert one == body["data"][2]
    assert since["total"] == (data.deliveries["week_start"] >= "2025-06-01").sum()
    assert min(row["week_start"] for row in since["data"]) >= "2025-06-01"
    assert own["total"] == (data.deliveries["customer_id"] == 3).sum()
    assert {type(row["rating"]) for row in since["data"]} <= {int, type(None)}


def test_api_answers_401_without_the_right_token_and_404_for_unknown_things(data):
    with serve_api(data, token=TOKEN) as base:
        status, headers, body = get(f"{base}/v1/customers", token=None)
        assert status == 401 and body["error"]["code"] == "unauthorized"
        assert headers["WWW-Authenticate"].startswith("Bearer")
        status, _, body = get(f"{base}/v1/customers", token="wrong")
        assert (status, body["error"]["message"]) == (401, "invalid token")
        assert get(f"{base}/v1/health", token=None)[0] == 200
        status, _, body = get(f"{base}/v1/customers/999999")
        assert status == 404
        assert body == {"error": {"code": "not_found", "message": "no customer with id 999999"}}
        assert get(f"{base}/v1/orders")[0] == 404
        assert get(f"{base}/v1/customers?page=zero")[0] == 400
        assert get(f"{base}/v1/deliveries?since=yesterday")[0] == 400


def test_api_rate_limit_answers_every_nth_request_with_429(data):
    with serve_api(data, token=TOKEN, throttle_every=3) as base:
        answers = [get(f"{base}/v1/customers/1") for _ in range(7)]
        assert get(f"{base}/v1/health", token=None)[0] == 200  # not counted
        eighth = get(f"{base}/v1/customers/1")
    statuses = [status for status, _, _ in answers]
    assert statuses == [200, 200, 429, 200, 200, 429, 200]
    assert answers[2][1]["Retry-After"] == "1"
    assert answers[2][2]["error"]["code"] == "rate_limited"
    assert eighth[0] == 200


def test_api_injected_faults_answer_500(data):
    transient = "/v1/customers?page=2&per_page=10"
    with serve_api(data, token=TOKEN, throttle_every=None, fail_once=[transient],
                   fail_always=["/v1/deliveries"]) as base:  # fmt: skip
        first = get(f"{base}/v1/customers?per_page=10&page=2")
        second = get(f"{base}/v1/customers?per_page=10&page=2")
        broken = [get(f"{base}/v1/deliveries?page={p}")[0] for p in (1, 1, 2)]
    assert first[0] == 500 and first[2]["error"]["code"] == "internal_error"
    assert second[0] == 200 and second[2]["page"] == 2
    assert broken == [500, 500, 500]


def test_servers_stop_when_the_block_ends(data):
    with serve_api(data) as api_url, serve_site(data) as site_url:
        assert port_is_open(api_url) and port_is_open(site_url)
    assert not port_is_open(api_url) and not port_is_open(site_url)


def test_a_server_that_cannot_start_raises_a_one_line_error(data, monkeypatch):
    def refuse(*args, **kwargs):
        raise OSError(98, "Address already in use")

    monkeypatch.setattr(_server, "ThreadingHTTPServer", refuse)
    with pytest.raises(RuntimeError, match="could not start the Harvest Crate API") as info:
        with serve_api(data):
            pass
    assert "\n" not in str(info.value)
    with pytest.raises(RuntimeError, match="website"):
        with serve_site(data):
            pass


# ---- files --------------------------------------------------------------------------------


def test_sqlite_holds_the_tables_with_keys_and_indexes(data, tmp_path):
    path = write_sqlite(data, tmp_path / "harvest.db")
    with sqlite3.connect(path) as db:
        tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        assert tables == ["customers", "deliveries", "payments", "tickets", "experiment"]
        for name in tables:
            (count,) = db.execute(f"SELECT count(*) FROM {name}").fetchone()
            assert count == len(getattr(data, name))
            keys = [row[1] for row in db.execute(f"PRAGMA table_info({name})") if row[5]]
            assert keys == [ID_COLUMNS[name]]
        indexes = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='index'")}
        assert {"deliveries_by_customer", "payments_by_customer"} <= indexes
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        customers = pd.read_sql("SELECT * FROM customers ORDER BY customer_id", db)
        (text,) = db.execute("SELECT charged_at FROM payments LIMIT 1").fetchone()
        (group,) = db.execute(
            'SELECT count(*) FROM experiment WHERE "group" = ?', ("voucher",)
        ).fetchone()
    assert len(text) == 19 and text[10] == " "
    assert group == (data.experiment["group"] == "voucher").sum()
    for column in TIME_COLUMNS["customers"]:
        customers[column] = pd.to_datetime(customers[column])
    pd.testing.assert_frame_equal(customers, data.customers)


def test_lake_partitions_by_month_and_reads_back_with_pyarrow(data, tmp_path):
    import pyarrow as pa
    import pyarrow.dataset as ds

    root = write_lake(data, tmp_path / "lake")
    months = sorted(p.name for p in (root / "events").iterdir())
    assert months == [
        f"month={m}" for m in pd.period_range("2024-01", "2025-06", freq="M").astype(str)
    ]
    assert (root / "events" / "month=2024-01" / "part-0.parquet").is_file()
    events = ds.dataset(root / "events", partitioning="hive")
    assert events.count_rows() == len(data.events)
    assert events.schema.field("ts").type == pa.timestamp("us")
    january = events.to_table(filter=ds.field("month") == "2024-01").to_pandas()
    january["ts"] = january["ts"].astype("datetime64[ns]")
    expected = data.events[data.events["ts"] < "2024-02-01"].reset_index(drop=True)
    pd.testing.assert_frame_equal(january.drop(columns="month"), expected, check_dtype=False)
    deliveries = ds.dataset(root / "deliveries", partitioning="hive")
    assert deliveries.count_rows() == len(data.deliveries)


def test_csv_exports_read_back(data, tmp_path):
    root = write_csv(data, tmp_path / "csv", tables=["customers", "experiment"])
    assert sorted(p.name for p in root.iterdir()) == ["customers.csv", "experiment.csv"]
    with pytest.raises(ValueError, match="no such tables"):
        write_csv(data, tmp_path / "csv", tables=["orders"])
    customers = pd.read_csv(root / "customers.csv", dtype={"postcode": str})
    raw = customers["cancelled_at"].dropna()
    assert raw.str.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d").all()
    for column in TIME_COLUMNS["customers"]:
        customers[column] = pd.to_datetime(customers[column])
    pd.testing.assert_frame_equal(customers, data.customers)


# ---- the website --------------------------------------------------------------------------


def fetch(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        with error:
            return error.code, error.read().decode("utf-8")


def test_site_pages_parse_and_show_the_price_rise(data):
    from bs4 import BeautifulSoup

    prices = {}
    with serve_site(data) as base:
        for year in (2024, 2025):
            status, html = fetch(f"{base}/plans/{year}.html")
            assert status == 200
            table = BeautifulSoup(html, "html.parser").select_one("table#plan-prices")
            rows = table.select("tbody tr")
            assert [row["data-region"] for row in rows] == list(REGIONS)
            prices[year] = {
                (row["data-region"], cell["data-plan"]): float(cell.get_text().lstrip("€"))
                for row in rows
                for cell in row.select("td.price")
            }
        assert "Plans and prices 2025" in fetch(f"{base}/plans.html")[1]
        assert fetch(f"{base}/nothing-here.html")[0] == 404
    for (region, plan), price in prices[2024].items():
        assert price == list_price(plan, region, "2024-01-01")
        assert prices[2025][region, plan] == list_price(plan, region, "2025-03-03")


def test_review_pages_chain_through_next_links(data):
    from bs4 import BeautifulSoup

    reviews, url, pages = [], "/reviews/page-1.html", 0
    with serve_site(data) as base:
        while url:
            status, html = fetch(base + url)
            assert status == 200
            soup = BeautifulSoup(html, "html.parser")
            for article in soup.select("article.review"):
                reviews.append(
                    {
                        "stars": int(article["data-rating"]),
                        "shown": article.select_one("p.stars").get_text().count("★"),
                        "reviewer": article.select_one("span.reviewer").get_text(),
                        "date": article.select_one("time")["datetime"],
                        "text": article.select_one("p.review-text").get_text(),
                    }
                )
            link = soup.select_one("a.next[rel=next]")
            url, pages = (link["href"] if link else None), pages + 1
    frame = pd.DataFrame(reviews)
    assert pages == 16 and len(frame) == 160
    assert (frame["stars"] == frame["shown"]).all()
    assert frame["reviewer"].str.fullmatch(r"\w+ \w\.").all()
    assert frame["date"].is_monotonic_decreasing
    late = frame[frame["date"] >= "2025-03-01"]
    assert late["text"].str.contains("price").any()


def test_robots_txt_disallows_the_account_pages_with_a_crawl_delay(data):
    with serve_site(data, crawl_delay=2) as base:
        status, text = fetch(f"{base}/robots.txt")
        assert fetch(f"{base}/account/")[0] == 200
    assert status == 200
    robots = RobotFileParser()
    robots.parse(text.splitlines())
    assert robots.crawl_delay("*") == 2
    assert not robots.can_fetch("*", f"{base}/account/")
    assert robots.can_fetch("*", f"{base}/reviews/page-1.html")
