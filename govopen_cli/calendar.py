"""Working days: the official calendar (chinesecalendar), extended by configured holidays.

Counting follows the Chinese convention for statutory periods: the start day is not counted, so
"within 20 working days of 生成日期" means at most 20 working days in (生成日期, 发布日期].
Years that neither chinesecalendar nor govopen.yaml covers fall back to Monday–Friday, and the
calendar records a warning that the result carries.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import numpy as np
import pandas as pd


@dataclass
class HolidayConfig:
    """Extra calendar data from govopen.yaml: {year: {holidays: [dates], workdays: [dates]}}."""

    holidays: set[dt.date] = field(default_factory=set)
    workdays: set[dt.date] = field(default_factory=set)  # make-up working days (调休上班)
    years: set[int] = field(default_factory=set)


def _official_range() -> tuple[int, int]:
    import chinese_calendar

    years = [day.year for day in chinese_calendar.holidays]
    return min(years), max(years)


class WorkCalendar:
    """Vectorised working-day arithmetic over a fixed span of years."""

    def __init__(self, config: HolidayConfig | None = None, first_year: int = 1950, last_year: int = 2100):
        import chinese_calendar

        config = config or HolidayConfig()
        official_first, official_last = _official_range()
        self.fallback_years: set[int] = set()
        days = pd.date_range(dt.date(first_year, 1, 1), dt.date(last_year, 12, 31), freq="D")
        weekday = days.day_of_week < 5
        working = weekday.copy()
        # Same answer as chinese_calendar.is_workday day by day (a listed make-up working day wins
        # over a holiday), but vectorised: the per-day loop cost half a second per run.
        official = (days.year >= official_first) & (days.year <= official_last)
        working[official & days.isin(pd.DatetimeIndex(list(chinese_calendar.holidays)))] = False
        working[official & days.isin(pd.DatetimeIndex(list(chinese_calendar.workdays)))] = True
        # Configured days win over the official calendar; a configured holiday wins over a workday.
        if config.workdays:
            working[days.isin(pd.DatetimeIndex(sorted(config.workdays)))] = True
        if config.holidays:
            working[days.isin(pd.DatetimeIndex(sorted(config.holidays)))] = False
        for year in range(first_year, last_year + 1):
            if not (official_first <= year <= official_last) and year not in config.years:
                self.fallback_years.add(year)
        self._start = np.datetime64(days[0].date(), "D")
        # cumulative[i] = working days in [first day, day i]
        self._cumulative = np.cumsum(working).astype(np.int64)
        self._working = working
        self.official_span = (official_first, official_last)

    def _positions(self, dates: pd.Series) -> np.ndarray:
        days = dates.to_numpy(dtype="datetime64[D]")
        offsets = (days - self._start).astype(np.int64)
        return np.clip(offsets, 0, len(self._cumulative) - 1)

    def working_days_between(self, start: pd.Series, end: pd.Series) -> pd.Series:
        """Working days in (start, end]; negative when end is before start; NaN where either is NaT."""
        valid = start.notna() & end.notna()
        result = np.full(len(start), np.nan)
        if valid.any():
            s = self._positions(start[valid])
            e = self._positions(end[valid])
            result[valid.to_numpy()] = self._cumulative[e] - self._cumulative[s]
        return pd.Series(result, index=start.index)

    def add_working_days(self, start: pd.Series, days: int | pd.Series) -> pd.Series:
        """The date on which `days` working days after `start` have elapsed (NaT where start is NaT)."""
        valid = start.notna()
        result = pd.Series(pd.NaT, index=start.index, dtype="datetime64[ns]")
        if valid.any():
            starts = self._positions(start[valid])
            base = self._cumulative[starts]
            count = np.asarray(days if np.isscalar(days) else pd.Series(days)[valid], dtype=np.int64)
            target = base + count
            # Never before start: 0 working days after a holiday is the holiday itself.
            position = np.maximum(np.searchsorted(self._cumulative, target, side="left"), starts)
            position = np.clip(position, 0, len(self._cumulative) - 1)
            result[valid] = (self._start + position.astype("timedelta64[D]")).astype("datetime64[ns]")
        return result

    def is_workday(self, day: dt.date) -> bool:
        return bool(self._working[(np.datetime64(day, "D") - self._start).astype(int)])

    def warnings_for(self, years: set[int]) -> list[str]:
        """A warning for each year counted without official holiday data."""
        missing = sorted(years & self.fallback_years)
        if not missing:
            return []
        listed = "、".join(str(year) for year in missing)
        first, last = self.official_span
        year = missing[0]
        return [
            f"{listed} 年没有官方节假日数据（内置 {first}–{last} 年的国务院放假安排），工作日暂按周一至周五计算，"
            f"节假日和调休不计。请按国务院办公厅当年的放假通知，在 govopen.yaml 中补充放假日期和调休上班日期，"
            f"例如：holidays: {{{year}: {{holidays: [{year}-01-01, {year}-10-01], workdays: [{year}-09-28]}}}}"
        ]
