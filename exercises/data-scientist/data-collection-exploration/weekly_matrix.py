"""Exercise: a regions-by-weeks matrix of boxes, built and normalized with NumPy.

Write three functions, each with array operations and no Python loop over the rows:

- ``weekly_matrix(region_codes, week_numbers, boxes, n_regions, n_weeks)`` returns a float
  array of shape ``(n_regions, n_weeks)`` whose cell ``[r, w]`` is the total of ``boxes`` over
  the rows with region code ``r`` and week number ``w``. Many rows share a cell: every one of
  them must be added. Cells without rows are 0.
- ``above_normal(matrix)`` returns a new array: each row of ``matrix`` minus that row's own
  mean, so every row of the result averages 0. It must work for any shape, square ones
  included, and must not change ``matrix``.
- ``week_shares(matrix)`` returns a new array: each column of ``matrix`` divided by that
  column's total, so every column sums to 1. A column whose total is 0 gets shares of 0, not
  NaN. It must not change ``matrix``.

Check your work:
    pytest exercises/data-scientist/data-collection-exploration/test_weekly_matrix.py
The book's page "NumPy for data work" shows every piece you need.
"""

import numpy as np


def weekly_matrix(
    region_codes: np.ndarray,
    week_numbers: np.ndarray,
    boxes: np.ndarray,
    n_regions: int,
    n_weeks: int,
) -> np.ndarray:
    raise NotImplementedError("write weekly_matrix")


def above_normal(matrix: np.ndarray) -> np.ndarray:
    raise NotImplementedError("write above_normal")


def week_shares(matrix: np.ndarray) -> np.ndarray:
    raise NotImplementedError("write week_shares")
