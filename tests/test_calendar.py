"""Working days (calendar.py): the official calendar, configured holidays, the weekday fallback."""
from __future__ import annotations

import datetime as dt

import chinese_calendar
import pandas as pd
import pytest

from govopen_cli.calendar import HolidayConfig, WorkCalendar


@pytest.fixture(scope="module")
def calendar() -> WorkCalendar:
    return WorkCalendar()


def between(calendar: WorkCalendar, start: str, *ends: str) -> list[float]:
    starts = pd.Series(pd.to_datetime([start] * len(ends)))
    return calendar.working_days_between(starts, pd.Series(pd.to_datetime(list(ends)))).tolist()


def test_national_day_2023(calendar):
    # 2023-09-29 … 10-06 off; Saturday 10-07 and Sunday 10-08 are make-up working days.
    # (09-27, 09-28] = 1; 10-07, 10-08 = 2, 3; then five a week: 10-31 is the 20th.
    assert between(calendar, "2023-09-27", "2023-09-28", "2023-10-06", "2023-10-08", "2023-10-30", "2023-10-31",
                   "2023-11-01") == [1, 1, 3, 19, 20, 21]


def test_start_day_not_counted_and_order(calendar):
    assert between(calendar, "2023-05-16", "2023-05-16", "2023-05-17", "2023-05-15") == [0, 1, -1]


def test_missing_dates_give_nan(calendar):
    starts = pd.Series(pd.to_datetime(["2023-05-16", None, "2023-05-16"]))
    ends = pd.Series(pd.to_datetime(["2023-05-17", "2023-05-17", None]))
    result = calendar.working_days_between(starts, ends)
    assert result.iat[0] == 1
    assert result.iloc[1:].isna().all()


def test_spring_festival_2024(calendar):
    # 2024-02-10 … 02-17 off; Sunday 02-04 and Sunday 02-18 are working days (02-03 a plain Saturday).
    assert between(calendar, "2024-02-02", "2024-02-04", "2024-02-09", "2024-02-17", "2024-02-18") == [1, 6, 6, 7]


def test_add_working_days(calendar):
    starts = pd.Series(pd.to_datetime(["2023-09-27", "2023-12-29", None]))
    result = calendar.add_working_days(starts, 20)
    assert result.iloc[:2].dt.date.tolist() == [dt.date(2023, 10, 31), dt.date(2024, 1, 29)]
    assert pd.isna(result.iat[2])


def test_is_workday(calendar):
    assert calendar.is_workday(dt.date(2023, 10, 7))  # make-up Saturday
    assert not calendar.is_workday(dt.date(2023, 10, 2))
    assert not calendar.is_workday(dt.date(2023, 10, 14))  # ordinary Saturday
    assert calendar.is_workday(dt.date(2023, 10, 16))


def test_agrees_with_chinesecalendar_every_day(calendar):
    first, last = calendar.official_span
    day = dt.date(first, 1, 1)
    mismatches = []
    while day <= dt.date(last, 12, 31):
        if calendar.is_workday(day) != chinese_calendar.is_workday(day):
            mismatches.append(day)
        day += dt.timedelta(days=1)
    assert mismatches == []


def test_fallback_years_and_warning(calendar):
    first, last = calendar.official_span
    assert first <= 2023 <= last
    assert 2035 in calendar.fallback_years
    assert 2023 not in calendar.fallback_years
    assert calendar.warnings_for({2023}) == []
    [warning] = calendar.warnings_for({2023, 2035, 2036})
    assert warning.startswith("2035、2036 年没有官方节假日数据")
    assert "周一至周五" in warning and "govopen.yaml" in warning
    # Weekdays only in a fallback year: Thursday 2035-03-01 + 20 weekdays = Thursday 03-29.
    assert between(calendar, "2035-03-01", "2035-03-28", "2035-03-29", "2035-03-30") == [19, 20, 21]


def test_configured_holidays_change_the_count_and_cover_the_year():
    config = HolidayConfig(
        holidays={dt.date(2035, 3, 5), dt.date(2035, 3, 6)},
        workdays={dt.date(2035, 3, 3)},  # a make-up Saturday
        years={2035},
    )
    calendar = WorkCalendar(config)
    assert 2035 not in calendar.fallback_years
    assert calendar.warnings_for({2035}) == []
    assert not calendar.is_workday(dt.date(2035, 3, 5))
    assert calendar.is_workday(dt.date(2035, 3, 3))
    # Two weekdays off, one Saturday on: one day more than the plain 20 weekdays.
    assert between(calendar, "2035-03-01", "2035-03-29", "2035-03-30") == [19, 20]


def test_configured_holiday_overrides_the_official_calendar():
    calendar = WorkCalendar(HolidayConfig(holidays={dt.date(2023, 10, 9)}, workdays={dt.date(2023, 10, 14)}))
    assert not calendar.is_workday(dt.date(2023, 10, 9))
    assert calendar.is_workday(dt.date(2023, 10, 14))
    assert between(calendar, "2023-09-27", "2023-10-31") == [20]  # one off, one on
    assert between(calendar, "2023-10-08", "2023-10-13") == [4]


def test_holidays_without_years_still_warn():
    # Holidays listed for a year not declared in `years` change the count but the year still warns.
    calendar = WorkCalendar(HolidayConfig(holidays={dt.date(2035, 3, 5)}))
    assert 2035 in calendar.fallback_years
    assert between(calendar, "2035-03-01", "2035-03-29") == [19]


def test_years_before_the_official_data_count_weekdays(calendar):
    # Older documents (e.g. a 1998 regulation still in force) are counted, not clipped to a
    # calendar edge, and the year is reported as counted without official data.
    assert between(calendar, "1998-03-02", "1998-03-31") == [21]
    assert between(calendar, "1999-12-01", "2000-01-05") == [25]
    assert calendar.warnings_for({1998})[0].startswith("1998 年没有官方节假日数据")
