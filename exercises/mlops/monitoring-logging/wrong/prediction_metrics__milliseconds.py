# Wrong: the latency is recorded in milliseconds, not in Prometheus's base unit, seconds.
"""A wrong solution of the metrics exercise."""

from prometheus_client import CollectorRegistry, Counter, Histogram

LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0)
SCORE_BUCKETS = (0.05, 0.1, 0.15, 0.2, 0.3, 0.5, 0.75)


def make_metrics(registry: CollectorRegistry) -> dict:
    """The service's three metrics, registered in `registry`."""
    return {
        "predictions": Counter(
            "churn_predictions",
            "Customers scored, by model version and decision.",
            ["model_version", "decision"],
            registry=registry,
        ),
        "latency": Histogram(
            "churn_prediction_latency_seconds",
            "Time to score one customer.",
            ["model_version"],
            buckets=LATENCY_BUCKETS,
            registry=registry,
        ),
        "score": Histogram(
            "churn_score",
            "Predicted churn probability.",
            buckets=SCORE_BUCKETS,
            registry=registry,
        ),
    }


def record_prediction(
    metrics: dict,
    *,
    customer_id: int,
    score: float,
    seconds: float,
    model_version: str,
    voucher_at: float = 0.15,
) -> None:
    """Record one scored customer in the metrics."""
    decision = "voucher" if score >= voucher_at else "none"
    metrics["predictions"].labels(model_version=model_version, decision=decision).inc()
    metrics["latency"].labels(model_version=model_version).observe(seconds * 1000)
    metrics["score"].observe(score)
