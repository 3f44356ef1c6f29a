# Wrong: it centers X in place with -=, changing the caller's array.
"""Wrong solution: principal component analysis with the SVD."""

import numpy as np


def pca_svd(X: np.ndarray, n_components: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    X = np.asarray(X, dtype=float)
    X -= X.mean(axis=0)  # changes the caller's array in place
    centered = X
    # Rows of Vt are the principal directions, ordered by singular value.
    _, singular_values, Vt = np.linalg.svd(centered, full_matrices=False)
    components = Vt[:n_components]
    scores = centered @ components.T
    variances = singular_values**2  # proportional to the variance along each direction
    ratio = variances[:n_components] / variances.sum()
    return components, scores, ratio
