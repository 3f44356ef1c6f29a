"""Exercise: latency percentiles by nearest rank.

A load test records how long each request took, in seconds. Write two functions:

- ``nearest_rank(samples, q)`` returns the q-th percentile of ``samples`` by the
  nearest-rank definition: sort the n samples in ascending order; the rank is
  ``ceil(q * n / 100)``; return the sample at that rank, counting from 1. The result is
  always one of the samples (no interpolation between two of them), and ``q = 100``
  gives the largest. Raise ``ValueError`` when ``samples`` is empty or when ``q`` is not in
  the interval (0, 100]. Do not change the caller's list.
- ``latency_report(seconds)`` returns a dict with the number of samples and the p50, p95,
  p99 and largest latency in milliseconds::

      {"count": n, "p50_ms": ..., "p95_ms": ..., "p99_ms": ..., "max_ms": ...}

  using ``nearest_rank`` for the percentiles.

Check your work:  pytest exercises/mlops/model-deployment/test_latency_percentiles.py
The book's page "Real-time and batch inference" measures latencies and explains percentiles.
"""

import math  # noqa: F401  (you will need math.ceil)


def nearest_rank(samples: list[float], q: float) -> float:
    raise NotImplementedError("write nearest_rank")


def latency_report(seconds: list[float]) -> dict:
    raise NotImplementedError("write latency_report")
