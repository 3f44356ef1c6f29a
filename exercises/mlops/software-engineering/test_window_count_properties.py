"""Tests for the Hypothesis properties exercise (window_count_properties.py).

Your check runs against two correct implementations of count_in_window and against six
buggy ones, each with a mistake that point-in-time feature code really contains.
"""

import os
import tempfile
from bisect import bisect_left

import pytest
from hypothesis import Phase, settings

# Every run generates the same inputs, has no time limit per example (a slow laptop must not
# fail a correct check) and stops at the first failure, once shrunk. Hypothesis keeps no
# example database here, and the files it caches go to a temporary folder instead of a
# .hypothesis folder in your working directory.
settings.register_profile(
    "exercise",
    derandomize=True,
    database=None,
    deadline=None,
    report_multiple_bugs=False,
    phases=[Phase.explicit, Phase.generate, Phase.shrink],
)
settings.load_profile("exercise")
_STORAGE = tempfile.TemporaryDirectory(prefix="hypothesis-")
os.environ.setdefault("HYPOTHESIS_STORAGE_DIRECTORY", _STORAGE.name)


def correct(days, as_of, window):
    return sum(1 for day in days if as_of - window <= day < as_of)


def correct_too(days, as_of, window):
    ordered = sorted(days)
    return bisect_left(ordered, as_of) - bisect_left(ordered, as_of - window)


def counts_the_snapshot_day(days, as_of, window):
    return sum(1 for day in days if as_of - window <= day <= as_of)


def counts_the_future(days, as_of, window):
    return sum(1 for day in days if as_of - window <= day)


def leaves_out_the_first_day(days, as_of, window):
    return sum(1 for day in days if as_of - window < day < as_of)


def window_one_day_too_long(days, as_of, window):
    return sum(1 for day in days if as_of - window - 1 <= day < as_of)


def counts_each_day_once(days, as_of, window):
    return len({day for day in days if as_of - window <= day < as_of})


def assumes_sorted_days(days, as_of, window):
    return bisect_left(days, as_of) - bisect_left(days, as_of - window)


BUGS = {
    counts_the_snapshot_day: "counts an event on the day as_of itself (a leak)",
    counts_the_future: "counts every event from the window's start on, future ones too",
    leaves_out_the_first_day: "leaves out events on the first day of the window",
    window_one_day_too_long: "counts one day too many before the window",
    counts_each_day_once: "counts a day that appears twice only once",
    assumes_sorted_days: "assumes the days are sorted (bisect on an unsorted list)",
}


def rejects(check, implementation) -> bool:
    """Whether the check raised for this implementation."""
    try:
        check(implementation)
    except NotImplementedError:
        raise
    except Exception:
        return True
    return False


@pytest.mark.parametrize("implementation", [correct, correct_too], ids=lambda f: f.__name__)
def test_a_correct_implementation_passes(exercise, implementation):
    exercise("window_count_properties").check_count_in_window(implementation)


@pytest.mark.parametrize("buggy", list(BUGS), ids=lambda f: f.__name__)
def test_a_buggy_implementation_is_caught(exercise, buggy):
    check = exercise("window_count_properties").check_count_in_window
    assert rejects(check, buggy), (
        f"your properties passed an implementation that {BUGS[buggy]}; which property "
        "should fail for it, and can your strategies generate an input that shows it?"
    )
