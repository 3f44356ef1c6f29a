"""Exercise: the Benjamini-Hochberg adjustment, by hand.

Write two functions with NumPy (do not call ``statsmodels``' ``multipletests``: the tests
compare your answers with it).

- ``bh_adjust(p_values)``: the Benjamini-Hochberg adjusted p-values. With ``m`` p-values sorted
  in increasing order, ``p_(1) <= ... <= p_(m)``, the adjusted value of the i-th smallest is

      min over j >= i of  m * p_(j) / j,   capped at 1.

  The minimum over all larger ranks ("from the top": a cumulative minimum taken from the
  largest p-value down) makes the adjusted values rise with the raw ones, and it is what lets
  a p-value be rejected because a larger one passes. Return a NumPy array in the *original*
  order of ``p_values``: element k belongs to ``p_values[k]``. Leave the input unchanged.
- ``bh_reject(p_values, q=0.05)``: a boolean NumPy array, in the original order, that is True
  for the hypotheses that Benjamini-Hochberg rejects at false discovery rate ``q``: find the
  largest rank ``k`` with ``p_(k) <= k * q / m`` and reject the ``k`` smallest p-values (all
  of them, even those above their own threshold ``i * q / m``). That is the same as
  ``bh_adjust(p_values) <= q``.

Check your work:  pytest exercises/data-scientist/statistics-probability/test_benjamini_hochberg.py
The book's page "Hypothesis testing and A/B tests" shows what the adjustment is for.
"""

import numpy as np


def bh_adjust(p_values: np.ndarray) -> np.ndarray:
    raise NotImplementedError("write bh_adjust")


def bh_reject(p_values: np.ndarray, q: float = 0.05) -> np.ndarray:
    raise NotImplementedError("write bh_reject")
