"""Tests for the latency percentiles exercise (latency_percentiles.py)."""

import random

import pytest

# 1 ms to 100 ms in the shuffled order in which requests might finish.
HUNDRED = [k / 1000 for k in range(1, 101)]
random.Random(0).shuffle(HUNDRED)


@pytest.mark.parametrize(("q", "expected"), [(50, 50), (95, 95), (99, 99), (100, 100), (1, 1)])
def test_nearest_rank_of_one_to_hundred(exercise, q, expected):
    got = exercise("latency_percentiles").nearest_rank(list(HUNDRED), q)
    assert got == pytest.approx(expected / 1000), (
        f"p{q} of the latencies 1..100 ms is {expected} ms by nearest rank: "
        "the ceil(q * n / 100)-th smallest, counting from 1"
    )


def test_result_is_always_one_of_the_samples(exercise):
    nearest_rank = exercise("latency_percentiles").nearest_rank
    samples = [0.010, 0.020, 0.030, 0.500]
    for q in (10, 25, 50, 60, 75, 90, 99):
        assert nearest_rank(list(samples), q) in samples, (
            f"p{q} of {samples} must be one of the samples: nearest rank never "
            "interpolates between two latencies"
        )
    assert nearest_rank(list(samples), 50) == 0.020, "p50 of 4 samples is the 2nd smallest"
    assert nearest_rank(list(samples), 51) == 0.030, "p51 of 4 samples is the 3rd smallest"


def test_small_samples(exercise):
    nearest_rank = exercise("latency_percentiles").nearest_rank
    assert nearest_rank([0.3, 0.1, 0.2], 50) == 0.2, "p50 of three samples is the middle one"
    assert nearest_rank([0.3, 0.1, 0.2], 99) == 0.3, "p99 of three samples is the largest"
    assert nearest_rank([0.7], 95) == 0.7, "every percentile of one sample is that sample"


def test_the_callers_list_is_unchanged(exercise):
    samples = list(HUNDRED)
    exercise("latency_percentiles").nearest_rank(samples, 95)
    assert samples == HUNDRED, (
        "nearest_rank reordered the caller's list: sort a copy (sorted(samples))"
    )


@pytest.mark.parametrize(("samples", "q"), [([], 50), ([0.1], 0), ([0.1], 101), ([0.1], -5)])
def test_bad_arguments_raise_value_error(exercise, samples, q):
    with pytest.raises(ValueError):
        exercise("latency_percentiles").nearest_rank(samples, q)


def test_report_in_milliseconds(exercise):
    report = exercise("latency_percentiles").latency_report(list(HUNDRED))
    assert set(report) == {"count", "p50_ms", "p95_ms", "p99_ms", "max_ms"}, (
        "the report has exactly the keys count, p50_ms, p95_ms, p99_ms and max_ms"
    )
    assert report["count"] == 100
    expected = {"p50_ms": 50, "p95_ms": 95, "p99_ms": 99, "max_ms": 100}
    for key, value in expected.items():
        assert report[key] == pytest.approx(value), (
            f"{key} of the latencies 1..100 ms should be {value} (milliseconds, nearest rank)"
        )


def test_report_p99_of_twenty_is_the_largest(exercise):
    seconds = [0.01] * 19 + [2.0]
    report = exercise("latency_percentiles").latency_report(seconds)
    assert report["p99_ms"] == pytest.approx(2000), (
        "with 20 requests the rank of p99 is ceil(19.8) = 20: the slowest one"
    )
    assert report["p95_ms"] == pytest.approx(10), "with 20 requests p95 is the 19th smallest"
