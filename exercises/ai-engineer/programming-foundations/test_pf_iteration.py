"""Tests for the iteration exercise (pf_iteration.py)."""

import itertools
import types

import pytest


@pytest.fixture
def mod(exercise):
    return exercise("pf_iteration")


def test_batches_splits_a_list_and_keeps_the_short_last_batch(mod):
    assert list(mod.batches(list(range(7)), 3)) == [[0, 1, 2], [3, 4, 5], [6]]
    assert list(mod.batches("abcd", 2)) == [["a", "b"], ["c", "d"]]


def test_batches_drop_last_is_keyword_only_and_drops_a_short_batch(mod):
    assert list(mod.batches(range(7), 3, drop_last=True)) == [[0, 1, 2], [3, 4, 5]]
    assert list(mod.batches(range(6), 3, drop_last=True)) == [[0, 1, 2], [3, 4, 5]]
    with pytest.raises(TypeError):
        mod.batches(range(7), 3, True)  # drop_last must be passed by name


def test_batches_of_empty_input_is_empty(mod):
    assert list(mod.batches([], 4)) == []


def test_batches_rejects_a_size_below_one(mod):
    for size in (0, -2):
        with pytest.raises(ValueError):
            list(mod.batches([1, 2, 3], size))


def test_batches_is_a_generator(mod):
    result = mod.batches([1, 2, 3], 2)
    assert isinstance(result, types.GeneratorType), "use yield: batches must be a generator"
    assert next(result) == [1, 2]


def test_batches_works_on_an_endless_iterator(mod):
    first_three = list(itertools.islice(mod.batches(itertools.count(), 4), 3))
    assert first_three == [[0, 1, 2, 3], [4, 5, 6, 7], [8, 9, 10, 11]]


def test_batches_reads_only_what_the_batch_needs(mod):
    pulled = []

    def source():
        for i in range(100):
            pulled.append(i)
            yield i

    gen = mod.batches(source(), 5)
    assert pulled == [], "nothing should be read before the first batch is requested"
    assert next(gen) == [0, 1, 2, 3, 4]
    assert len(pulled) <= 6, f"the first batch of 5 read {len(pulled)} items from the input"


def test_batches_yields_new_lists(mod):
    first, second = mod.batches(range(4), 2)
    assert first == [0, 1] and second == [2, 3]
    assert first is not second


def test_word_counts_lowercases_and_strips_punctuation(mod):
    text = "The cat, the HAT! (The end.)"
    assert mod.word_counts(text) == {"the": 3, "cat": 1, "hat": 1, "end": 1}


def test_word_counts_keeps_inner_punctuation_and_skips_empty_words(mod):
    text = "Don't stop -- don't!\n\tWell-known  ... state-of-the-art"
    assert mod.word_counts(text) == {
        "don't": 2,
        "stop": 1,
        "well-known": 1,
        "state-of-the-art": 1,
    }


def test_word_counts_of_empty_text_is_empty(mod):
    assert mod.word_counts("") == {}
    assert mod.word_counts("  ?! ...\n") == {}


def test_top_words_orders_by_count_then_alphabetically(mod):
    counts = {"pear": 2, "fig": 5, "apple": 2, "kiwi": 1, "date": 5}
    assert mod.top_words(counts, 3) == [("date", 5), ("fig", 5), ("apple", 2)]


def test_top_words_returns_everything_when_n_is_large_and_leaves_counts_alone(mod):
    counts = {"b": 1, "a": 1}
    snapshot = dict(counts)
    assert mod.top_words(counts, 10) == [("a", 1), ("b", 1)]
    assert mod.top_words(counts, 0) == []
    assert counts == snapshot


def test_the_three_functions_work_together(mod):
    lines = ["the quick brown fox", "jumps over the lazy dog", "The end"]
    counts = {}
    for batch in mod.batches(lines, 2):
        for word, n in mod.word_counts(" ".join(batch)).items():
            counts[word] = counts.get(word, 0) + n
    assert mod.top_words(counts, 2) == [("the", 3), ("brown", 1)]
