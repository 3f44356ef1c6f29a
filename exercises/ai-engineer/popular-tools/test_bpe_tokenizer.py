"""Tests for the BPE tokenizer exercise (bpe_tokenizer.py)."""

import pytest
from tokenizers import Tokenizer

CORPUS = [
    "the cat sat on the mat",
    "the dog sat on the log",
    "a cat and a dog met on a mat",
    "the mat was flat and the log was long",
    "my model reads the data and the data trains my model",
] * 10
VOCAB_SIZE = 60
# Every character of these occurs in the corpus; most of the words do not.
KNOWN_LETTERS = ["a flat dog met the long cat", "dolls rest on a tall stool", "tom"]


@pytest.fixture
def mod(exercise):
    return exercise("bpe_tokenizer")


@pytest.fixture
def tokenizer(mod):
    return mod.train_tokenizer(CORPUS, VOCAB_SIZE)


def test_it_is_a_trained_tokenizer_of_the_requested_size(tokenizer):
    assert isinstance(tokenizer, Tokenizer), "return a tokenizers.Tokenizer"
    assert tokenizer.get_vocab_size() == VOCAB_SIZE, (
        f"the vocabulary has {tokenizer.get_vocab_size()} entries; train with "
        f"BpeTrainer(vocab_size={VOCAB_SIZE}, ...)"
    )
    assert tokenizer.token_to_id("[UNK]") == 0 and tokenizer.token_to_id("[PAD]") == 1, (
        "pass special_tokens=SPECIAL_TOKENS to the trainer: [UNK] gets ID 0, [PAD] ID 1"
    )


def test_frequent_words_become_single_tokens(tokenizer):
    tokens = tokenizer.encode("the cat sat on the mat").tokens
    assert len(tokens) == 6, f"six words of the corpus, six tokens expected, got {tokens}"


def test_case_does_not_matter(tokenizer):
    assert tokenizer.encode("The CAT Sat").ids == tokenizer.encode("the cat sat").ids, (
        "set normalizers.Lowercase() as the normalizer"
    )


@pytest.mark.parametrize("text", KNOWN_LETTERS)
def test_decoding_gives_back_the_text(tokenizer, text):
    decoded = tokenizer.decode(tokenizer.encode(text).ids)
    assert decoded == text, (
        f"decode(encode({text!r})) gave {decoded!r}: use the Metaspace pre-tokenizer, which "
        "marks word starts, and the Metaspace decoder, which turns them back into spaces"
    )


def test_unseen_characters_become_the_unknown_token(tokenizer):
    tokens = tokenizer.encode("the zebra sat").tokens
    assert tokens.count("[UNK]") == 2, (
        f"the corpus has no 'z' and no 'b', so each must become [UNK], got {tokens}; "
        'without models.BPE(unk_token="[UNK]") they silently disappear'
    )
    assert tokens[0] == "▁the" and tokens[-1] == "▁sat"


def test_a_batch_is_truncated_padded_and_masked(mod, tokenizer):
    texts = ["the cat", "the dog sat on the log", "a"]
    input_ids, attention_mask = mod.encode_batch(tokenizer, texts, 5)
    full = [tokenizer.encode(text).ids for text in texts]
    pad = tokenizer.token_to_id("[PAD]")
    assert input_ids == [
        full[0] + [pad] * 3,
        full[1][:5],
        full[2] + [pad] * 4,
    ], f"truncate to max_length, then pad on the right with the ID of [PAD], {pad}"
    assert attention_mask == [[1, 1, 0, 0, 0], [1, 1, 1, 1, 1], [1, 0, 0, 0, 0]]
    assert all(type(i) is int for row in input_ids + attention_mask for i in row)


def test_rows_are_only_as_long_as_the_longest_text(mod, tokenizer):
    input_ids, attention_mask = mod.encode_batch(tokenizer, ["the cat", "the"], 50)
    assert [len(row) for row in input_ids] == [2, 2], (
        "pad to the longest row of this batch, not to max_length"
    )
    assert attention_mask == [[1, 1], [1, 0]]


def test_the_tokenizer_is_left_as_it_was(mod, tokenizer):
    text = "the dog sat on the log and the cat sat on the mat"
    before = tokenizer.encode_batch([text, "a"])
    mod.encode_batch(tokenizer, ["the cat", text], 3)
    after = tokenizer.encode_batch([text, "a"])
    assert [e.ids for e in after] == [e.ids for e in before], (
        "after encode_batch the tokenizer truncates or pads every later call: do not call "
        "enable_truncation or enable_padding on the tokenizer you were given"
    )
