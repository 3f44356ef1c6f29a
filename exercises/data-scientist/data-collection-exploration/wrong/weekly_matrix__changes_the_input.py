# Wrong: above_normal subtracts the row means in place with -=, changing the caller's array.
"""Wrong solution: a regions-by-weeks matrix of boxes, built and normalized with NumPy."""

import numpy as np


def weekly_matrix(
    region_codes: np.ndarray,
    week_numbers: np.ndarray,
    boxes: np.ndarray,
    n_regions: int,
    n_weeks: int,
) -> np.ndarray:
    matrix = np.zeros((n_regions, n_weeks))
    # np.add.at adds once per row, even when a (region, week) cell repeats;
    # matrix[r, w] += boxes would keep only one of the repeated additions.
    np.add.at(matrix, (np.asarray(region_codes), np.asarray(week_numbers)), boxes)
    return matrix


def above_normal(matrix: np.ndarray) -> np.ndarray:
    # keepdims=True gives the row means shape (n, 1), which broadcasts along the rows;
    # without it, a square matrix would silently subtract the means column by column.
    matrix -= matrix.mean(axis=1, keepdims=True)
    return matrix


def week_shares(matrix: np.ndarray) -> np.ndarray:
    totals = matrix.sum(axis=0)  # shape (n_weeks,), lines up with the last axis
    safe = np.where(totals == 0, 1.0, totals)
    return np.where(totals == 0, 0.0, matrix / safe)
