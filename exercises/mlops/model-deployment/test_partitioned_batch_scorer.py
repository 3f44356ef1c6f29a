"""Tests for the partitioned batch scorer exercise (partitioned_batch_scorer.py)."""

import numpy as np
import pandas as pd
import pytest
from sklearn.linear_model import LogisticRegression

FEATURES = ["tenure_days", "late_8w", "tickets_8w"]


class CountingModel:
    """A fitted logistic regression that counts its calls and the rows it scored."""

    def __init__(self):
        rng = np.random.default_rng(0)
        X = pd.DataFrame(
            {
                "tenure_days": rng.integers(1, 900, 400),
                "late_8w": rng.integers(0, 5, 400),
                "tickets_8w": rng.integers(0, 4, 400),
            }
        )
        y = (X["late_8w"] + X["tickets_8w"] - X["tenure_days"] / 300 + rng.normal(0, 1, 400)) > 1
        self.model = LogisticRegression().fit(X, y)
        self.rows_scored = []

    def predict_proba(self, X):
        self.rows_scored.append(len(X))
        return self.model.predict_proba(X)


def month_rows(rng, month, n, first_id):
    ids = rng.permutation(np.arange(first_id, first_id + n))  # not sorted
    return pd.DataFrame(
        {
            "customer_id": ids.astype("int64"),
            "as_of": pd.Timestamp(f"{month}-01"),
            "tenure_days": rng.integers(1, 900, n),
            "late_8w": rng.integers(0, 5, n),
            "tickets_8w": rng.integers(0, 4, n),
        }
    )


@pytest.fixture
def lake(tmp_path):
    """Three partitions: January in two files, an empty February, March in one file."""
    rng = np.random.default_rng(1)
    january = month_rows(rng, "2025-01", 60, 1000)
    march = month_rows(rng, "2025-03", 45, 5000)
    source = tmp_path / "snapshots"
    for name, parts in {
        "month=2025-01": [january.iloc[:35], january.iloc[35:]],
        "month=2025-02": [january.iloc[:0]],
        "month=2025-03": [march],
    }.items():
        (source / name).mkdir(parents=True)
        for i, part in enumerate(parts):
            part.to_parquet(source / name / f"part-{i}.parquet", index=False)
    (source / "_SUCCESS").write_text("")  # a marker file, not a partition
    return source, tmp_path / "scores", {"month=2025-01": january, "month=2025-03": march}


def run(exercise, lake):
    source, target, frames = lake
    model = CountingModel()
    counts = exercise("partitioned_batch_scorer").score_partitions(model, FEATURES, source, target)
    return model, counts, target, frames


def test_counts_per_partition(exercise, lake):
    _, counts, _, _ = run(exercise, lake)
    assert counts == {"month=2025-01": 60, "month=2025-02": 0, "month=2025-03": 45}, (
        "return {partition folder name: rows written}; January has 60 rows in two files, "
        "February none, March 45"
    )


def test_every_row_of_every_file_is_scored(exercise, lake):
    _, _, target, frames = run(exercise, lake)
    january = pd.read_parquet(target / "month=2025-01" / "scores.parquet")
    assert sorted(january["customer_id"]) == sorted(frames["month=2025-01"]["customer_id"]), (
        "January's scores must cover the rows of both of its Parquet files"
    )


def test_scores_stay_next_to_their_ids(exercise, lake):
    model, _, target, frames = run(exercise, lake)
    for name, frame in frames.items():
        scores = pd.read_parquet(target / name / "scores.parquet")
        expected = pd.Series(
            model.model.predict_proba(frame[FEATURES])[:, 1], index=frame["customer_id"]
        )
        got = scores.set_index("customer_id")["churn_probability"]
        assert len(got) == len(expected), f"{name}: one score per input row"
        assert np.allclose(got.loc[expected.index], expected), (
            f"{name}: a customer's probability is not the one the model gives for that "
            "customer's row: keep each score in the same frame as the row it came from"
        )


def test_output_columns(exercise, lake):
    _, _, target, _ = run(exercise, lake)
    scores = pd.read_parquet(target / "month=2025-03" / "scores.parquet")
    assert list(scores.columns) == ["customer_id", "as_of", "churn_probability"], (
        "scores.parquet has exactly the columns customer_id, as_of, churn_probability"
    )
    assert (scores["as_of"] == pd.Timestamp("2025-03-01")).all(), "keep each row's as_of"


def test_empty_partition_is_written_without_calling_the_model(exercise, lake):
    model, _, target, _ = run(exercise, lake)
    file = target / "month=2025-02" / "scores.parquet"
    assert file.exists(), "an empty partition still gets a scores.parquet, with no rows"
    empty = pd.read_parquet(file)
    assert len(empty) == 0 and list(empty.columns) == [
        "customer_id",
        "as_of",
        "churn_probability",
    ], "the empty partition's file has the three columns and no rows"
    assert 0 not in model.rows_scored, "the model was called with zero rows"


def test_only_partition_folders_are_read(exercise, lake):
    _, _, target, _ = run(exercise, lake)
    assert sorted(p.name for p in target.iterdir()) == [
        "month=2025-01",
        "month=2025-02",
        "month=2025-03",
    ], "write one folder per partition of the source, named like it, and nothing else"
