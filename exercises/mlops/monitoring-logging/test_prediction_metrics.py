"""Tests for the Prometheus metrics exercise (prediction_metrics.py).

Each test gets a fresh registry, builds your metrics in it, records some
predictions and reads the samples back, as Prometheus would scrape them.
"""

import pytest
from prometheus_client import CollectorRegistry, generate_latest


@pytest.fixture
def module(exercise):
    return exercise("prediction_metrics")


@pytest.fixture
def registry():
    return CollectorRegistry()


def record(module, metrics, customer_id, score, seconds=0.02, version="2024-12"):
    module.record_prediction(
        metrics, customer_id=customer_id, score=score, seconds=seconds, model_version=version
    )


def value(registry, name, **labels):
    return registry.get_sample_value(name, labels) or 0.0


def test_predictions_are_counted_by_version_and_decision(module, registry):
    metrics = module.make_metrics(registry)
    for customer_id, score in enumerate([0.01, 0.4, 0.2, 0.05, 0.6, 0.02, 0.03]):
        record(module, metrics, customer_id, score)
    record(module, metrics, 99, 0.9, version="2025-03")
    got = {
        decision: value(
            registry, "churn_predictions_total", model_version="2024-12", decision=decision
        )
        for decision in ("voucher", "none")
    }
    assert got == {"voucher": 3.0, "none": 4.0}, (
        f"churn_predictions_total for model 2024-12 should count 3 vouchers and 4 none, "
        f"got {got}: a Counter with labels model_version and decision, incremented once "
        "per customer"
    )
    newer = value(registry, "churn_predictions_total", model_version="2025-03", decision="voucher")
    assert newer == 1.0, "each model version gets its own series"
    types = {m.name: m.type for m in registry.collect()}
    assert types.get("churn_predictions") == "counter", (
        f"churn_predictions must be a Counter, found {types}"
    )


def test_the_threshold_itself_gets_the_voucher(module, registry):
    metrics = module.make_metrics(registry)
    record(module, metrics, 1, 0.15)
    record(module, metrics, 2, 0.1499)
    got = value(registry, "churn_predictions_total", model_version="2024-12", decision="voucher")
    assert got == 1.0, "a score equal to voucher_at (0.15) gets the voucher: use >="


def test_labels_stay_bounded_whatever_the_traffic(module, registry):
    metrics = module.make_metrics(registry)
    for customer_id in range(300):
        record(module, metrics, customer_id, (customer_id % 10) / 10)
    series = [
        sample
        for metric in registry.collect()
        if metric.name == "churn_predictions"
        for sample in metric.samples
        if sample.name == "churn_predictions_total"
    ]
    assert len(series) == 2, (
        f"300 customers of one model version made {len(series)} churn_predictions_total "
        "series; there should be one per decision: keep customer_id out of the labels"
    )
    for sample in series:
        assert set(sample.labels) == {"model_version", "decision"}, (
            f"the counter's labels should be model_version and decision, got {set(sample.labels)}"
        )


def test_latency_is_observed_in_seconds(module, registry):
    metrics = module.make_metrics(registry)
    for seconds in (0.003, 0.02, 0.02, 0.08, 0.3):
        record(module, metrics, 1, 0.1, seconds=seconds)
    name = "churn_prediction_latency_seconds"
    count = value(registry, f"{name}_count", model_version="2024-12")
    assert count == 5, f"{name}_count should be 5 after five predictions, got {count}"
    total = value(registry, f"{name}_sum", model_version="2024-12")
    assert total == pytest.approx(0.423), (
        f"{name}_sum should be 0.423 (seconds), got {total}: observe seconds, not milliseconds"
    )
    at_25ms = value(registry, f"{name}_bucket", model_version="2024-12", le="0.025")
    assert at_25ms == 3, f"three predictions took at most 25 ms, the bucket le=0.025 says {at_25ms}"
    text = generate_latest(registry).decode()
    assert 'le="0.005"' in text and 'le="1.0"' in text, "use LATENCY_BUCKETS as the buckets"


def test_scores_fill_the_score_histogram(module, registry):
    metrics = module.make_metrics(registry)
    for customer_id, score in enumerate([0.01, 0.04, 0.12, 0.18, 0.45, 0.8]):
        record(module, metrics, customer_id, score)
    assert value(registry, "churn_score_count") == 6, "observe every score in churn_score"
    assert value(registry, "churn_score_sum") == pytest.approx(1.6)
    assert value(registry, "churn_score_bucket", le="0.15") == 3, (
        "three scores are at most 0.15: use SCORE_BUCKETS"
    )
    assert value(registry, "churn_score_bucket", le="+Inf") == 6
