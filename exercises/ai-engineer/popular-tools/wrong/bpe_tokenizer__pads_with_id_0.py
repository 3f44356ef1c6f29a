# Wrong: pads with enable_padding's default pad_id=0, which is the ID of [UNK], not of [PAD].
"""A wrong solution (the first line names its mistake): a BPE tokenizer."""

from tokenizers import Tokenizer, decoders, models, normalizers, pre_tokenizers, trainers

SPECIAL_TOKENS = ["[UNK]", "[PAD]"]  # their IDs are 0 and 1, in this order


def train_tokenizer(corpus: list[str], vocab_size: int) -> Tokenizer:
    """Return a BPE tokenizer trained on ``corpus`` that decodes back to the text."""
    tokenizer = Tokenizer(models.BPE(unk_token="[UNK]"))
    tokenizer.normalizer = normalizers.Lowercase()
    tokenizer.pre_tokenizer = pre_tokenizers.Metaspace()  # "▁" marks each word's start
    tokenizer.decoder = decoders.Metaspace()  # turns the "▁" back into spaces
    trainer = trainers.BpeTrainer(
        vocab_size=vocab_size, special_tokens=SPECIAL_TOKENS, show_progress=False
    )
    tokenizer.train_from_iterator(corpus, trainer)
    return tokenizer


def encode_batch(
    tokenizer: Tokenizer, texts: list[str], max_length: int
) -> tuple[list[list[int]], list[list[int]]]:
    """Truncate, pad on the right with [PAD] and build the attention mask, by hand."""
    pad_id = 0  # enable_padding's default
    rows = [encoding.ids[:max_length] for encoding in tokenizer.encode_batch(texts)]
    width = max(len(row) for row in rows)
    input_ids = [row + [pad_id] * (width - len(row)) for row in rows]
    attention_mask = [[1] * len(row) + [0] * (width - len(row)) for row in rows]
    return input_ids, attention_mask
