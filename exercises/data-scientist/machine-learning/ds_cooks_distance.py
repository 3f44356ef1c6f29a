"""Exercise: leverage and Cook's distance of a linear regression, by hand.

Write the influence measures that statsmodels reports for an ordinary least squares fit, with
NumPy only, so that you know what the numbers in a diagnostic plot mean.

Check your work:  pytest exercises/data-scientist/machine-learning/test_ds_cooks_distance.py
The book's page "Regression: diagnostics, regularization and boosting" explains both measures.
"""

import numpy as np


def leverage(X: np.ndarray) -> np.ndarray:
    """Return the leverage of every row: the diagonal of the hat matrix H = Z (Z'Z)^-1 Z'.

    X has shape (n, d) and holds the features only; the model has an intercept, so Z is X with a
    column of ones added in front. Return a float array of length n. (Every leverage lies
    between 0 and 1, and they sum to the number of coefficients, d + 1.)
    """
    raise NotImplementedError("write leverage")


def cooks_distance(X: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Return Cook's distance of every row for the OLS fit of y on X with an intercept.

    With p = d + 1 coefficients, residuals e = y - fitted values, leverages h and the residual
    variance s2 = sum(e**2) / (n - p):

        D_i = e_i**2 / (p * s2) * h_i / (1 - h_i)**2

    Return a float array of length n.
    """
    raise NotImplementedError("write cooks_distance")
