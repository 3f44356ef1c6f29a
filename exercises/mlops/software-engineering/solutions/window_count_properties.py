"""Reference solution: Hypothesis properties for a count of events in a window."""

from hypothesis import given
from hypothesis import strategies as st

DAYS = st.lists(st.integers(-50, 50), max_size=30)
AS_OF = st.integers(-50, 50)
WINDOW = st.integers(1, 30)


def check_count_in_window(count_in_window) -> None:
    @given(DAYS, AS_OF, WINDOW)
    def count_is_an_int_between_0_and_the_number_of_days(days, as_of, window):
        count = count_in_window(days, as_of, window)
        assert isinstance(count, int), f"count is a {type(count).__name__}"
        assert 0 <= count <= len(days)

    @given(DAYS, AS_OF, WINDOW, st.data())
    def order_does_not_matter(days, as_of, window, data):
        shuffled = data.draw(st.permutations(days))
        assert count_in_window(shuffled, as_of, window) == count_in_window(days, as_of, window)

    @given(DAYS, AS_OF, WINDOW, st.lists(st.integers(0, 30), min_size=1))
    def days_from_as_of_on_do_not_count(days, as_of, window, offsets):
        later = days + [as_of + offset for offset in offsets]
        assert count_in_window(later, as_of, window) == count_in_window(days, as_of, window)

    @given(DAYS, AS_OF, WINDOW, st.data())
    def a_day_in_the_window_counts_once_each_time(days, as_of, window, data):
        day = data.draw(st.integers(as_of - window, as_of - 1))
        before = count_in_window(days, as_of, window)
        assert count_in_window(days + [day], as_of, window) == before + 1
        assert count_in_window(days + [day, day], as_of, window) == before + 2

    @given(DAYS, AS_OF, WINDOW, st.integers(1, 30))
    def a_day_before_the_window_does_not_count(days, as_of, window, gap):
        earlier = days + [as_of - window - gap]
        assert count_in_window(earlier, as_of, window) == count_in_window(days, as_of, window)

    count_is_an_int_between_0_and_the_number_of_days()
    order_does_not_matter()
    days_from_as_of_on_do_not_count()
    a_day_in_the_window_counts_once_each_time()
    a_day_before_the_window_does_not_count()
