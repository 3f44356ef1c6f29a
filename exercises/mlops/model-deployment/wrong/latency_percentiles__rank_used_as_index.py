# Wrong: uses q * n / 100 as a 0-based index (rounded down), one sample too high.
import math  # noqa: F401


def nearest_rank(samples: list[float], q: float) -> float:
    if not samples:
        raise ValueError("no samples")
    if not 0 < q <= 100:
        raise ValueError(f"q must be in (0, 100], got {q}")
    ordered = sorted(samples)
    index = min(int(q * len(ordered) / 100), len(ordered) - 1)
    return ordered[index]


def latency_report(seconds: list[float]) -> dict:
    return {
        "count": len(seconds),
        "p50_ms": 1000 * nearest_rank(seconds, 50),
        "p95_ms": 1000 * nearest_rank(seconds, 95),
        "p99_ms": 1000 * nearest_rank(seconds, 99),
        "max_ms": 1000 * max(seconds),
    }
