# Wrong: sorts the caller's list in place, reordering the recorded latencies.
import math


def nearest_rank(samples: list[float], q: float) -> float:
    if not samples:
        raise ValueError("no samples")
    if not 0 < q <= 100:
        raise ValueError(f"q must be in (0, 100], got {q}")
    samples.sort()
    rank = math.ceil(q * len(samples) / 100)
    return samples[rank - 1]


def latency_report(seconds: list[float]) -> dict:
    return {
        "count": len(seconds),
        "p50_ms": 1000 * nearest_rank(seconds, 50),
        "p95_ms": 1000 * nearest_rank(seconds, 95),
        "p99_ms": 1000 * nearest_rank(seconds, 99),
        "max_ms": 1000 * max(seconds),
    }
