"""Exercise: iterate over data with a generator, comprehensions and a sort key.

Write the three functions below. Each docstring states exactly what the tests check.

Check your work:  pytest exercises/ai-engineer/programming-foundations/test_pf_iteration.py
The book's pages "Loops and iteration over data" and "Functions" show every piece you need.
"""

from collections.abc import Iterable, Iterator


def batches(items: Iterable, size: int, *, drop_last: bool = False) -> Iterator[list]:
    """Yield consecutive batches of ``items`` as lists of ``size`` elements.

    Write it as a generator function (with ``yield``), so that calling it returns a generator.
    - ``items`` is any iterable: a list, a range, a file, a generator, even an endless iterator.
      Take elements from it one at a time as batches are requested; never read more of it than
      the batch being built needs (so ``batches(itertools.count(), 3)`` works).
    - Every batch is a new ``list``, in the order of ``items``. The last batch holds what is left
      and may be shorter than ``size``; with ``drop_last=True`` a shorter last batch is left out.
    - Empty input yields no batch at all.
    - ``size`` below 1 raises ``ValueError`` (at the latest when the first batch is requested).

    Example: ``list(batches(range(5), 2))`` is ``[[0, 1], [2, 3], [4]]``.
    """
    raise NotImplementedError("write batches")


def word_counts(text: str) -> dict[str, int]:
    """Count the words of ``text``; return a dict {word: number of occurrences}.

    A word is a piece of ``text`` between whitespace (``str.split()``), lower-cased, with the
    punctuation characters of ``string.punctuation`` stripped from both ends (not from inside:
    ``"don't"`` stays ``"don't"``). Pieces that are empty after stripping (``"--"``) are not
    words. Example: ``word_counts("The cat, the HAT!")`` is ``{"the": 2, "cat": 1, "hat": 1}``.
    """
    raise NotImplementedError("write word_counts")


def top_words(counts: dict[str, int], n: int) -> list[tuple[str, int]]:
    """Return the ``n`` most frequent words of ``counts`` as (word, count) pairs.

    Most frequent first; words with the same count in alphabetical order. If ``counts`` has
    fewer than ``n`` words, return all of them. ``counts`` itself must not change.
    Example: ``top_words({"b": 2, "a": 2, "c": 5}, 2)`` is ``[("c", 5), ("a", 2)]``.
    """
    raise NotImplementedError("write top_words")
