"""Exercise: principal component analysis with the singular value decomposition.

Write `pca_svd(X, n_components)` with NumPy only (no scikit-learn). It returns a tuple
``(components, scores, explained_variance_ratio)``:

- ``components``: array of shape ``(n_components, n_features)``; row ``i`` is the ``i``-th
  principal direction, a unit vector, in order of decreasing variance;
- ``scores``: array of shape ``(n_samples, n_components)``, the coordinates of every row of
  ``X`` along those directions, after centering ``X`` (subtracting from each column its own
  mean; the columns are not rescaled);
- ``explained_variance_ratio``: array of shape ``(n_components,)``, the share of the total
  variance of ``X`` that each returned component explains.

Do not change ``X`` in place. A component's sign is arbitrary; the tests accept either sign as
long as the matching column of ``scores`` uses the same one.

Check your work:  pytest exercises/ai-engineer/mathematics-for-ai/test_pca_svd.py
The book's page "Linear algebra for machine learning" shows every piece you need.
"""

import numpy as np


def pca_svd(X: np.ndarray, n_components: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    raise NotImplementedError("write pca_svd")
