"""Exercise: train a small BPE tokenizer with Hugging Face `tokenizers`, then batch with it.

Write the two functions below with the ``tokenizers`` library. Everything runs offline: the
tokenizer learns its vocabulary from the corpus the tests give it.

Check your work:  pytest exercises/ai-engineer/popular-tools/test_bpe_tokenizer.py
The book's page "Hugging Face: tokenizers, transformers and datasets" trains one like it.
"""

from tokenizers import Tokenizer

SPECIAL_TOKENS = ["[UNK]", "[PAD]"]  # their IDs are 0 and 1, in this order


def train_tokenizer(corpus: list[str], vocab_size: int) -> Tokenizer:
    """Return a byte-pair-encoding (BPE) tokenizer trained on ``corpus``.

    Build it from these parts of ``tokenizers``:

    - the model ``models.BPE`` with ``unk_token="[UNK]"``, so that a character the corpus never
      contained becomes ``[UNK]`` instead of disappearing;
    - the normalizer ``normalizers.Lowercase()``: ``"The"`` and ``"the"`` are the same token;
    - the pre-tokenizer ``pre_tokenizers.Metaspace()`` and the decoder ``decoders.Metaspace()``.
      Metaspace marks the start of each word with ``"▁"``, so that decoding can put the spaces
      back: for lowercase text whose characters all occur in the corpus,
      ``tokenizer.decode(tokenizer.encode(text).ids) == text``.
    - Train it with ``trainers.BpeTrainer(vocab_size=vocab_size,
      special_tokens=SPECIAL_TOKENS, show_progress=False)`` and
      ``tokenizer.train_from_iterator(corpus, trainer)``.
    """
    raise NotImplementedError("write train_tokenizer")


def encode_batch(
    tokenizer: Tokenizer, texts: list[str], max_length: int
) -> tuple[list[list[int]], list[list[int]]]:
    """Encode ``texts`` into one rectangular batch; return ``(input_ids, attention_mask)``.

    - Encode each text; keep at most its first ``max_length`` token IDs.
    - Pad every row on the right, with the ID of ``"[PAD]"``, to the length of the longest
      row of this batch (which is at most ``max_length``).
    - ``attention_mask`` has the same shape: 1 for a real token, 0 for padding.
    - Both are lists of lists of Python ints, one row per text, in order.
    - Leave ``tokenizer`` as you found it: after the call, ``tokenizer.encode`` must give the
      same results as before (``enable_padding`` and ``enable_truncation`` would change it
      for every later call).
    """
    raise NotImplementedError("write encode_batch")
