# Wrong: calls enable_padding and enable_truncation, which change every later encode call.
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
    tokenizer.enable_padding(pad_id=tokenizer.token_to_id("[PAD]"), pad_token="[PAD]")
    tokenizer.enable_truncation(max_length=max_length)
    encodings = tokenizer.encode_batch(texts)
    return [e.ids for e in encodings], [e.attention_mask for e in encodings]
