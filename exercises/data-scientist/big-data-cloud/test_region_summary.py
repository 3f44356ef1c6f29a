"""Tests for the Dask region summary exercise (region_summary.py).

The tests build Dask DataFrames whose partitions are loaded by a function that counts its
calls, so they can see how often each partition is read.
"""

import threading
from collections import Counter

import dask.dataframe as dd
import pandas as pd
import pytest

from ai_roadmaps.case_study import clean, generate

COLUMNS = ["region", "boxes", "price_eur"]


class CountingLoader:
    """Returns partition number i of a list of pandas frames, and counts each call."""

    def __init__(self, parts):
        self.parts = parts
        self.loads = Counter()
        self.lock = threading.Lock()

    def __call__(self, number):
        with self.lock:
            self.loads[number] += 1
        return self.parts[number].copy()

    def __dask_tokenize__(self):  # how Dask names this loader's tasks: one name per loader
        return ("counting-loader", id(self))


def counted(parts):
    """A Dask DataFrame of the given pandas partitions, and a Counter of their loads."""
    loader = CountingLoader(parts)
    frame = dd.from_map(
        loader, list(range(len(parts))), meta=parts[0].iloc[:0], enforce_metadata=False
    )
    return frame, loader.loads


def rows(*records):
    return pd.DataFrame(list(records), columns=COLUMNS).astype(
        {"region": object, "boxes": "int64", "price_eur": "float64"}
    )


# Partitions of very different sizes. North: one delivery of 100 boxes at EUR 1 a box in the
# first, ten deliveries of one box at EUR 10 in the second: EUR 200 for 110 boxes in all.
PARTS = [
    rows(("north", 100, 100.0), ("south", 2, 20.0), ("south", 0, 0.0)),
    rows(*[("north", 1, 10.0)] * 10),
    rows(("south", 4, 16.0), ("east", 3, 30.0)),
]
EXPECTED = pd.DataFrame(
    {"boxes": [3, 110, 6], "revenue_eur": [30.0, 200.0, 36.0]},
    index=pd.Index(["east", "north", "south"], name="region"),
)
EXPECTED["eur_per_box"] = EXPECTED["revenue_eur"] / EXPECTED["boxes"]


@pytest.fixture
def summary(exercise):
    return exercise("region_summary").region_summary


def test_returns_a_pandas_frame_by_region(summary):
    frame, _ = counted(PARTS)
    result = summary(frame)
    assert isinstance(result, pd.DataFrame), (
        f"region_summary returns a pandas DataFrame (computed), not {type(result).__name__}"
    )
    assert list(result.index) == ["east", "north", "south"], "one row per region, sorted"
    assert list(result.columns) == ["boxes", "revenue_eur", "eur_per_box"], (
        "the columns boxes, revenue_eur and eur_per_box, in that order"
    )


def test_totals_per_region(summary):
    frame, _ = counted(PARTS)
    result = summary(frame)
    assert result["boxes"].tolist() == [3, 110, 6], "boxes: the sum of each region's boxes"
    assert result["revenue_eur"].tolist() == pytest.approx([30.0, 200.0, 36.0]), (
        "revenue_eur: the sum of each region's price_eur"
    )


def test_price_per_box_is_total_revenue_over_total_boxes(summary):
    frame, _ = counted(PARTS)
    got = summary(frame)["eur_per_box"]
    assert got["north"] == pytest.approx(200 / 110), (
        f"north sold 110 boxes for EUR 200, so EUR {200 / 110:.2f} a box; got {got['north']:.2f}. "
        "Divide the region's totals: an average of per-partition or per-row prices weights a "
        "partition of one delivery like a partition of ten"
    )
    assert got.tolist() == pytest.approx(EXPECTED["eur_per_box"].tolist())


def test_reads_every_partition_once(summary):
    frame, loads = counted(PARTS)
    summary(frame)
    assert dict(loads) == {0: 1, 1: 1, 2: 1}, (
        f"partitions were loaded {dict(loads)} times: build every total lazily and compute "
        "them with one .compute() or dask.compute call, which reads each partition once"
    )


def test_matches_pandas_on_the_case_study(summary):
    data = clean(generate(seed=23, n_customers=400))
    table = data.deliveries.merge(data.customers[["customer_id", "region"]], on="customer_id")
    month = table["week_start"].dt.strftime("%Y-%m")
    parts = [group[COLUMNS].reset_index(drop=True) for _, group in table.groupby(month)]
    frame, loads = counted(parts)
    result = summary(frame)
    expected = table.groupby("region")[["boxes", "price_eur"]].sum()
    assert result["boxes"].tolist() == expected["boxes"].tolist(), "boxes per region"
    assert result["revenue_eur"].tolist() == pytest.approx(expected["price_eur"].tolist())
    ratio = (expected["price_eur"] / expected["boxes"]).tolist()
    assert result["eur_per_box"].tolist() == pytest.approx(ratio), "revenue over boxes"
    assert set(loads.values()) == {1}, "every monthly partition is read once"
