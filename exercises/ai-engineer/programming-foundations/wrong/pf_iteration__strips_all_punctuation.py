# Wrong: word_counts deletes punctuation inside words too, so "don't" becomes "dont".
"""Wrong solution: iterate over data with a generator, comprehensions and a sort key."""

import string
from collections.abc import Iterable, Iterator


def batches(items: Iterable, size: int, *, drop_last: bool = False) -> Iterator[list]:
    """Yield consecutive batches of ``items`` as lists of ``size`` elements."""
    if size < 1:
        raise ValueError(f"size must be at least 1, got {size}")
    batch = []
    for item in items:  # one element at a time: works on any iterable
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []  # a new list, so the caller's batch is never changed
    if batch and not drop_last:
        yield batch


def word_counts(text: str) -> dict[str, int]:
    """Count the words of ``text``; return a dict {word: number of occurrences}."""
    no_punctuation = str.maketrans("", "", string.punctuation)
    words = [piece.translate(no_punctuation).lower() for piece in text.split()]
    counts: dict[str, int] = {}
    for word in words:
        if word:
            counts[word] = counts.get(word, 0) + 1
    return counts


def top_words(counts: dict[str, int], n: int) -> list[tuple[str, int]]:
    """Return the ``n`` most frequent words of ``counts`` as (word, count) pairs."""
    ranked = sorted(counts.items(), key=lambda pair: (-pair[1], pair[0]))
    return ranked[:n]
