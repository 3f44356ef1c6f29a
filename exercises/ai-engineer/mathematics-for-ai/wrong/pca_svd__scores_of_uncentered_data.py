# Wrong: it projects the raw X onto the components instead of the centered X.
"""Wrong solution: principal component analysis with the SVD."""

import numpy as np


def pca_svd(X: np.ndarray, n_components: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    X = np.asarray(X, dtype=float)
    centered = X - X.mean(axis=0)  # a new array: X itself is left alone
    # Rows of Vt are the principal directions, ordered by singular value.
    _, singular_values, Vt = np.linalg.svd(centered, full_matrices=False)
    components = Vt[:n_components]
    scores = X @ components.T  # projects the raw data, not the centered data
    variances = singular_values**2  # proportional to the variance along each direction
    ratio = variances[:n_components] / variances.sum()
    return components, scores, ratio
