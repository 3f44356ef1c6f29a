# Wrong: batches slices items by position with len(), so generators and endless iterators fail.
"""Wrong solution: iterate over data with a generator, comprehensions and a sort key."""

import string
from collections.abc import Iterable, Iterator


def batches(items: Iterable, size: int, *, drop_last: bool = False) -> Iterator[list]:
    """Yield consecutive batches of ``items`` as lists of ``size`` elements."""
    if size < 1:
        raise ValueError(f"size must be at least 1, got {size}")
    for start in range(0, len(items), size):  # needs len() and slicing
        batch = list(items[start : start + size])
        if len(batch) == size or not drop_last:
            yield batch


def word_counts(text: str) -> dict[str, int]:
    """Count the words of ``text``; return a dict {word: number of occurrences}."""
    words = [piece.strip(string.punctuation).lower() for piece in text.split()]
    counts: dict[str, int] = {}
    for word in words:
        if word:
            counts[word] = counts.get(word, 0) + 1
    return counts


def top_words(counts: dict[str, int], n: int) -> list[tuple[str, int]]:
    """Return the ``n`` most frequent words of ``counts`` as (word, count) pairs."""
    ranked = sorted(counts.items(), key=lambda pair: (-pair[1], pair[0]))
    return ranked[:n]
