"""Exercise: Prometheus metrics for the churn model service.

Write the two functions below with ``prometheus_client``. Every metric is
registered in the ``registry`` you are given (``registry=registry``), never in
the library's default registry.

``make_metrics(registry)`` creates and returns a dict of three metrics:

- ``"predictions"``: a Counter named ``churn_predictions`` (the library adds
  ``_total``), help text of your choice, with exactly the labels
  ``model_version`` and ``decision``;
- ``"latency"``: a Histogram named ``churn_prediction_latency_seconds`` with
  the label ``model_version`` and the buckets ``LATENCY_BUCKETS``;
- ``"score"``: a Histogram named ``churn_score`` without labels and with the
  buckets ``SCORE_BUCKETS``.

``record_prediction(metrics, *, customer_id, score, seconds, model_version,
voucher_at=0.15)`` records one scored customer:

- the decision is ``"voucher"`` when ``score >= voucher_at``, else ``"none"``;
  increment the predictions counter by one for that model version and decision;
- observe ``seconds`` (the time the prediction took, in seconds) in the
  latency histogram for that model version;
- observe ``score`` in the score histogram.

``customer_id`` is given because a service has it at hand: it must not become
a label, since every distinct label value is a new time series.
"""

from prometheus_client import CollectorRegistry, Counter, Histogram  # noqa: F401

LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0)
SCORE_BUCKETS = (0.05, 0.1, 0.15, 0.2, 0.3, 0.5, 0.75)


def make_metrics(registry: CollectorRegistry) -> dict:
    """The service's three metrics, registered in `registry`."""
    raise NotImplementedError


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
    raise NotImplementedError
