"""Exercise: analyze an A/B test, from lift and interval to a decision with a power check.

Write four functions. Differences are always treatment minus control. You may use
``scipy.stats`` and ``statsmodels.stats.power`` / ``statsmodels.stats.proportion``.

- ``conversion_test(conv_control, n_control, conv_treatment, n_treatment, alpha=0.05)``:
  ``conv_*`` customers out of ``n_*`` converted. Return a dict with
  ``"difference"``: the treatment's conversion rate minus the control's;
  ``"lift"``: that difference divided by the control's rate (0.5 means 50% more);
  ``"ci"``: the two-sided ``1 - alpha`` Wald interval of the difference as a tuple
  ``(low, high)``, using the *unpooled* standard error
  ``sqrt(p_t (1 - p_t) / n_t + p_c (1 - p_c) / n_c)`` and the normal quantile;
  ``"p_value"``: the two-sided p-value of the two-proportion z-test, which uses the *pooled*
  rate ``p = (conv_control + conv_treatment) / (n_control + n_treatment)`` in its standard
  error ``sqrt(p (1 - p) (1 / n_c + 1 / n_t))``.
- ``revenue_test(control, treatment, alpha=0.05)``: two arrays of revenue per customer. Return
  a dict with ``"difference"`` (mean of treatment minus mean of control), ``"ci"`` (the
  two-sided ``1 - alpha`` interval of Welch's t-test, with the Welch-Satterthwaite degrees of
  freedom) and ``"p_value"`` (Welch's two-sided p-value). The groups have different sizes and
  spreads, so Welch's test, not Student's and not a normal approximation.
- ``required_n_per_group(p_control, min_effect, alpha=0.05, power=0.8)``: the number of
  customers per group (two equal groups) that a two-sided z-test at level ``alpha`` needs to
  detect a change of the conversion rate from ``p_control`` to ``p_control + min_effect``
  (``min_effect`` may be negative) with the given power: use Cohen's h
  (``proportion_effectsize``) and ``NormalIndPower``, and round up to an int.
- ``analyse_conversion(conv_control, n_control, conv_treatment, n_treatment, min_effect,
  alpha=0.05, power=0.8)``: everything ``conversion_test`` returns, plus
  ``"power"``: the power this test had, with its actual group sizes, to detect
  ``min_effect`` from the observed control rate (``NormalIndPower().power`` with
  ``nobs1=n_control`` and ``ratio=n_treatment / n_control``);
  ``"n_needed"``: ``required_n_per_group`` for the observed control rate and ``min_effect``;
  ``"decision"``: ``"ship"`` if ``p_value < alpha`` and the treatment converts better,
  ``"do not ship"`` if ``p_value < alpha`` and it converts worse, otherwise
  ``"inconclusive"`` if the test's power was below ``power``, and
  ``"no worthwhile effect"`` if the test had at least that power.

Return plain floats (and an int for ``n_needed``).

Check your work:  pytest exercises/data-scientist/statistics-probability/test_ab_test_analysis.py
The book's page "Hypothesis testing and A/B tests" analyzes the case study's voucher test.
"""

import numpy as np
from scipy import stats  # noqa: F401 (the functions you write need these)
from statsmodels.stats.power import NormalIndPower  # noqa: F401
from statsmodels.stats.proportion import proportion_effectsize  # noqa: F401


def conversion_test(
    conv_control: int,
    n_control: int,
    conv_treatment: int,
    n_treatment: int,
    alpha: float = 0.05,
) -> dict:
    raise NotImplementedError("write conversion_test")


def revenue_test(control: np.ndarray, treatment: np.ndarray, alpha: float = 0.05) -> dict:
    raise NotImplementedError("write revenue_test")


def required_n_per_group(
    p_control: float, min_effect: float, alpha: float = 0.05, power: float = 0.8
) -> int:
    raise NotImplementedError("write required_n_per_group")


def analyse_conversion(
    conv_control: int,
    n_control: int,
    conv_treatment: int,
    n_treatment: int,
    min_effect: float,
    alpha: float = 0.05,
    power: float = 0.8,
) -> dict:
    raise NotImplementedError("write analyse_conversion")
