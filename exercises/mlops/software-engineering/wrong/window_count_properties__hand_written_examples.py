# Wrong: it checks a few hand-written examples instead of properties on generated inputs.
"""Wrong solution: Hypothesis properties for a count of events in a window."""


def check_count_in_window(count_in_window) -> None:
    # Days 3 to 9 are in the 7 days before day 10; day 12 comes after it.
    assert count_in_window([3, 5, 9, 12], 10, 7) == 3
    assert count_in_window([], 10, 7) == 0
    assert count_in_window([1, 2], 10, 7) == 0
    assert count_in_window([12, 20], 10, 7) == 0
