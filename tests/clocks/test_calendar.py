from datetime import date

import polars as pl
from hypothesis import given, settings
from hypothesis import strategies as st

from clocks import (
    add_months,
    add_working_days,
    add_working_days_expr,
    bank_holidays,
    is_working_day,
    working_days_between,
)


def test_easter_and_early_may_bank_holidays_are_skipped():
    # Thu 17 Apr 2025 is the trigger (day 0). Fri 18 (Good Friday) and Mon 21 (Easter Monday)
    # are bank holidays, so Tue 22 Apr is working day 1. Counting on: 22-25 Apr (1-4),
    # 28 Apr-2 May (5-9), Mon 5 May is the early May bank holiday, 6-9 May (10-13),
    # 12-16 May (14-18), 19 May (19), 20 May (20).
    assert add_working_days(date(2025, 4, 17), 20) == date(2025, 5, 20)


def test_weekend_trigger_counts_from_the_next_monday():
    # Sat 4 Jan 2025: Mon 6 Jan is day 1; four full weeks end on Fri 31 Jan (day 20).
    assert add_working_days(date(2025, 1, 4), 20) == date(2025, 1, 31)


def test_christmas_and_one_off_bank_holidays():
    # Tue 23 Dec 2025: Wed 24 (1), 25 and 26 are bank holidays, Mon 29 (2), Tue 30 (3).
    assert add_working_days(date(2025, 12, 23), 3) == date(2025, 12, 30)
    # Mon 8 May 2023 was the coronation bank holiday.
    assert add_working_days(date(2023, 5, 5), 1) == date(2023, 5, 9)
    assert not is_working_day(date(2022, 9, 19))  # state funeral of Queen Elizabeth II


def test_trigger_day_counting_convention_is_switchable():
    assert add_working_days(date(2025, 1, 2), 1, trigger_day_counts=True) == date(2025, 1, 2)
    assert add_working_days(date(2025, 1, 2), 1) == date(2025, 1, 3)
    # A Saturday trigger never counts itself: Monday is day 1 either way.
    assert add_working_days(date(2025, 1, 4), 1, trigger_day_counts=True) == date(2025, 1, 6)


def test_working_days_between_counts_from_the_day_after():
    assert working_days_between(date(2025, 4, 17), date(2025, 5, 20)) == 20
    assert working_days_between(date(2025, 5, 20), date(2025, 4, 17)) == -20
    assert working_days_between(date(2025, 1, 3), date(2025, 1, 3)) == 0


def test_add_months_clamps_to_the_end_of_short_months():
    assert add_months(date(2024, 8, 31), 6) == date(2025, 2, 28)
    assert add_months(date(2023, 8, 31), 6) == date(2024, 2, 29)
    assert add_months(date(2025, 11, 15), 3) == date(2026, 2, 15)


days = st.dates(min_value=date(2020, 1, 1), max_value=date(2027, 6, 30))


@settings(max_examples=150, deadline=None)
@given(trigger=days, n=st.integers(min_value=1, max_value=45), counts=st.booleans())
def test_polars_expression_agrees_with_the_python_calendar(trigger, n, counts):
    holidays = bank_holidays(2019, 2029)
    frame = pl.DataFrame({"t": [trigger]}).select(
        add_working_days_expr(pl.col("t"), n, holidays, trigger_day_counts=counts)
    )
    expected = add_working_days(trigger, n, trigger_day_counts=counts)
    assert frame.item() == expected
    assert working_days_between(trigger, expected, trigger_day_counts=counts) == n


def test_substitute_and_moved_bank_holidays():
    # Christmas 2021 fell on a weekend: Mon 27 and Tue 28 Dec were the substitute days.
    assert [is_working_day(date(2021, 12, d)) for d in (24, 27, 28, 29)] == [
        True,
        False,
        False,
        True,
    ]
    # 2022: the spring bank holiday moved to Thu 2 June, plus Fri 3 June (Platinum Jubilee).
    assert not is_working_day(date(2022, 6, 2)) and not is_working_day(date(2022, 6, 3))
    assert is_working_day(date(2022, 5, 30))
    # 2020: the early May bank holiday moved from Mon 4 May to Fri 8 May (VE Day 75).
    assert is_working_day(date(2020, 5, 4)) and not is_working_day(date(2020, 5, 8))
