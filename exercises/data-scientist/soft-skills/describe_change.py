"""Exercise: report a change in a rate honestly, in points, with its interval, in words.

Write two functions for an experiment in which ``events_control`` of ``n_control`` customers
in the control group, and ``events_treatment`` of ``n_treatment`` in the treatment group, did
something (cancelled, converted, clicked).

- ``rate_change(events_control, n_control, events_treatment, n_treatment, confidence=0.95)``
  returns a dict of floats:

  - ``"control_rate"`` and ``"treatment_rate"``: the two rates, as fractions (0.078);
  - ``"difference_points"``: treatment rate minus control rate, in **percentage points**
    (a change from 7.8% to 4.5% is -3.3 points);
  - ``"ci_points"``: a tuple ``(low, high)``, the two-sided ``confidence`` Wald interval of
    that difference, in percentage points, with the *unpooled* standard error
    ``sqrt(p_t (1 - p_t) / n_t + p_c (1 - p_c) / n_c)`` and the normal quantile;
  - ``"relative_percent"``: the difference relative to the control rate, in **percent**
    (from 7.8% to 4.5% is -42%).

- ``describe_change(events_control, n_control, events_treatment, n_treatment, metric,
  confidence=0.95)`` returns this sentence, with the numbers of ``rate_change`` (rates in
  percent) formatted exactly as shown::

      "{metric}: {control:.1f}% without, {treatment:.1f}% with; a change of
      {difference:+.1f} percentage points ({level:.0f}% interval {low:+.1f} to {high:+.1f}),
      {relative:+.0f}% relative to {control:.1f}%."

  (one line, single spaces; ``level`` is ``100 * confidence``). When the interval includes
  zero (``low <= 0 <= high``), append one more sentence, after a space:
  ``"The interval includes zero: the data cannot tell a fall from a rise."``

  For 62 of 792 against 36 of 792 and the metric "30-day churn" the first sentence starts
  "30-day churn: 7.8% without, 4.5% with; a change of -3.3 percentage points (95% interval".

Check your work:  pytest exercises/data-scientist/soft-skills/test_describe_change.py
The book's page "Communicating results: reports, audiences and uncertainty" explains why.
"""

from scipy import stats  # noqa: F401 (the functions you write need it)


def rate_change(
    events_control: int,
    n_control: int,
    events_treatment: int,
    n_treatment: int,
    confidence: float = 0.95,
) -> dict:
    raise NotImplementedError("write rate_change")


def describe_change(
    events_control: int,
    n_control: int,
    events_treatment: int,
    n_treatment: int,
    metric: str,
    confidence: float = 0.95,
) -> str:
    raise NotImplementedError("write describe_change")
