"""Exercise: property-based tests, with Hypothesis, for a point-in-time feature.

Many of the churn model's features count events in a window before the snapshot moment:
``late_8w`` counts a customer's late boxes in the 8 weeks before ``as_of``. A function that
computes such a count has this contract:

    count_in_window(days, as_of, window) -> int

``days`` is a list of event days (integers, days since the data start; in any order; a day
may appear more than once), ``as_of`` the snapshot day and ``window`` the window's length in
days (at least 1). It returns how many entries of ``days`` satisfy
``as_of - window <= day < as_of``. An event on the day ``as_of`` itself has not happened yet
when the snapshot is taken: counting it would leak the future into the feature.

Write ``check_count_in_window(count_in_window)``. It receives an implementation of that
function, correct or buggy, and checks with Hypothesis (``@given`` and strategies) that it
has the properties every correct implementation has. It returns None when they all hold, and
raises an exception (an ``AssertionError``, or whatever the implementation raised) when one
does not. Check at least these properties, on days, ``as_of`` and ``window`` that Hypothesis
generates:

1. the count is an ``int`` between 0 and ``len(days)``;
2. the order of ``days`` does not change the count;
3. adding days on or after ``as_of`` does not change the count;
4. adding a day inside the window (``as_of - window <= day < as_of``) raises the count by
   exactly one, also when that day is already in the list;
5. adding a day before the window (``day < as_of - window``) does not change the count.

Define the properties inside ``check_count_in_window``, where they can see the function
under test, and call each one: calling a function decorated with ``@given`` runs it on many
generated inputs and raises if any of them fails.

Check your work:  pytest exercises/mlops/software-engineering/test_window_count_properties.py
"""

from hypothesis import given  # noqa: F401 (the properties you write need these)
from hypothesis import strategies as st  # noqa: F401


def check_count_in_window(count_in_window) -> None:
    raise NotImplementedError("write check_count_in_window")
