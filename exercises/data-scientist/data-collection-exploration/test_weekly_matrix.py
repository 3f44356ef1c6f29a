"""Tests for the weekly matrix exercise (weekly_matrix.py)."""

import numpy as np
import pytest

# Six deliveries in three regions and four weeks; region 0, week 1 gets three rows.
REGIONS = np.array([0, 0, 0, 2, 1, 2])
WEEKS = np.array([1, 1, 1, 0, 3, 0])
BOXES = np.array([1, 2, 1, 1, 3, 2])


@pytest.fixture
def weekly(exercise):
    return exercise("weekly_matrix")


def test_every_row_is_added_even_when_a_cell_repeats(weekly):
    matrix = weekly.weekly_matrix(REGIONS, WEEKS, BOXES, 3, 4)
    expected = np.array([[0, 4, 0, 0], [0, 0, 0, 3], [3, 0, 0, 0]], dtype=float)
    assert matrix.shape == (3, 4), "the shape must be (n_regions, n_weeks)"
    assert matrix[0, 1] == 4, (
        "region 0, week 1 has three rows with 1 + 2 + 1 boxes: a buffered "
        "matrix[r, w] += boxes keeps only one of them; use np.add.at"
    )
    np.testing.assert_array_equal(matrix, expected)


def test_matches_a_plain_loop_on_many_rows(weekly):
    rng = np.random.default_rng(3)
    regions = rng.integers(0, 5, 5_000)
    weeks = rng.integers(0, 78, 5_000)
    boxes = rng.integers(0, 4, 5_000)
    expected = np.zeros((5, 80))
    for r, w, b in zip(regions, weeks, boxes, strict=True):
        expected[r, w] += b
    matrix = weekly.weekly_matrix(regions, weeks, boxes, 5, 80)
    assert matrix.dtype.kind == "f", "return a float array"
    np.testing.assert_allclose(matrix, expected, err_msg="totals per (region, week) differ")


def test_above_normal_on_a_wide_matrix(weekly):
    matrix = np.array([[1.0, 2.0, 3.0, 6.0], [10.0, 10.0, 10.0, 30.0]])
    result = weekly.above_normal(matrix)
    expected = np.array([[-2.0, -1.0, 0.0, 3.0], [-5.0, -5.0, -5.0, 15.0]])
    np.testing.assert_allclose(result, expected, err_msg="subtract each row's own mean")


def test_above_normal_on_a_square_matrix(weekly):
    # (3, 3) - (3,) broadcasts without an error, column by column: the wrong answer.
    matrix = np.array([[1.0, 2.0, 6.0], [0.0, 0.0, 30.0], [5.0, 5.0, 5.0]])
    result = weekly.above_normal(matrix)
    np.testing.assert_allclose(
        result.mean(axis=1),
        0,
        atol=1e-12,
        err_msg="on a square matrix every row must still average 0: keep the reduced "
        "axis (keepdims=True) so the row means broadcast along the rows",
    )
    np.testing.assert_allclose(result[1], [-10.0, -10.0, 20.0])


def test_above_normal_leaves_its_input_unchanged(weekly):
    matrix = np.array([[1.0, 2.0, 3.0], [4.0, 4.0, 7.0]])
    before = matrix.copy()
    weekly.above_normal(matrix)
    np.testing.assert_array_equal(
        matrix, before, err_msg="above_normal changed the caller's array: return a new one"
    )


def test_week_shares_columns_sum_to_one(weekly):
    matrix = np.array([[1.0, 3.0, 0.0], [1.0, 1.0, 2.0], [2.0, 0.0, 6.0]])
    shares = weekly.week_shares(matrix)
    np.testing.assert_allclose(
        shares.sum(axis=0), 1.0, err_msg="each column (a week) must sum to 1"
    )
    np.testing.assert_allclose(shares[:, 1], [0.75, 0.25, 0.0])


def test_week_shares_of_an_empty_week_are_zero(weekly):
    matrix = np.array([[2.0, 0.0, 1.0, 5.0], [2.0, 0.0, 3.0, 5.0]])
    shares = weekly.week_shares(matrix)
    assert not np.isnan(shares).any(), "a week with no boxes must get shares of 0, not NaN"
    np.testing.assert_allclose(shares, [[0.5, 0.0, 0.25, 0.5], [0.5, 0.0, 0.75, 0.5]])


def test_week_shares_leaves_its_input_unchanged(weekly):
    matrix = np.array([[1.0, 2.0], [3.0, 2.0]])
    before = matrix.copy()
    weekly.week_shares(matrix)
    np.testing.assert_array_equal(
        matrix, before, err_msg="week_shares changed the caller's array: return a new one"
    )
