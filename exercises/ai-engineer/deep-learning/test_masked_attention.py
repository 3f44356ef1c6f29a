"""Tests for the masked attention exercise (masked_attention.py), checked against PyTorch."""

import numpy as np
import torch
import torch.nn.functional as F


def qkv(seed, shape=(2, 3, 5, 4)):
    rng = np.random.default_rng(seed)
    return tuple(rng.normal(size=shape) for _ in range(3))


def reference(q, k, v, **kwargs):
    t = [torch.tensor(a) for a in (q, k, v)]
    if "attn_mask" in kwargs:
        kwargs["attn_mask"] = torch.tensor(kwargs["attn_mask"])
    return F.scaled_dot_product_attention(*t, **kwargs).numpy()


def test_causal_mask(exercise):
    mask = exercise("masked_attention").causal_mask(4)
    expected = np.array([[1, 0, 0, 0], [1, 1, 0, 0], [1, 1, 1, 0], [1, 1, 1, 1]], dtype=bool)
    assert np.asarray(mask).dtype == bool, "return a boolean array"
    assert np.array_equal(mask, expected), "query i sees keys 0..i: a lower triangle"


def test_unmasked_attention_matches_pytorch(exercise):
    q, k, v = qkv(0)
    out, weights = exercise("masked_attention").attention(q, k, v)
    assert np.shape(weights) == (2, 3, 5, 5), "weights: one row per query, one column per key"
    assert np.allclose(np.sum(weights, axis=-1), 1.0), "each query's weights sum to 1"
    assert np.allclose(out, reference(q, k, v)), "did you scale the scores by 1/sqrt(d)?"


def test_works_without_leading_axes_and_with_other_sizes(exercise):
    rng = np.random.default_rng(1)
    q, k, v = rng.normal(size=(3, 8)), rng.normal(size=(6, 8)), rng.normal(size=(6, 2))
    out, weights = exercise("masked_attention").attention(q, k, v)
    assert np.shape(weights) == (3, 6) and np.shape(out) == (3, 2)
    assert np.allclose(out, reference(q, k, v)), (
        "here d = 8 but v has 2 columns: scale by the square root of q's (and k's) last axis"
    )


def test_causal_mask_matches_is_causal(exercise):
    module = exercise("masked_attention")
    q, k, v = qkv(2)
    out, weights = module.attention(q, k, v, mask=module.causal_mask(5))
    assert np.allclose(np.triu(weights, k=1), 0.0), "masked keys must get a weight of exactly 0"
    assert np.allclose(np.sum(weights, axis=-1), 1.0), (
        "each query's allowed weights must still sum to 1: mask the scores before the softmax"
    )
    assert np.allclose(out, reference(q, k, v, is_causal=True))


def test_padding_mask_matches_pytorch(exercise):
    q, k, v = qkv(3)
    mask = np.array([True, True, True, False, False])  # the last two keys are padding
    out, weights = exercise("masked_attention").attention(q, k, v, mask=mask)
    assert np.allclose(np.asarray(weights)[..., 3:], 0.0), "padding keys get no weight"
    assert np.allclose(np.sum(weights, axis=-1), 1.0), (
        "each query's allowed weights must still sum to 1: mask the scores before the softmax"
    )
    assert np.allclose(out, reference(q, k, v, attn_mask=np.broadcast_to(mask, (5, 5)).copy()))


def test_large_scores_stay_finite(exercise):
    q, k, v = qkv(4)
    q = q * 500.0  # scores in the hundreds: a naive exp() overflows to inf
    out, weights = exercise("masked_attention").attention(q, k, v)
    assert np.all(np.isfinite(out)), "subtract each row's maximum score before np.exp"
    assert np.allclose(out, reference(q, k, v), atol=1e-6)
