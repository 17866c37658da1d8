"""Vectorised date parsing for the forms found in catalog exports.

Accepted: real Excel date cells (read as ISO text), Excel serial numbers, 2024-05-16, 2024/5/16,
2024.5.16, 2024年5月16日, each optionally followed by a time (2024-05-16 09:30[:00],
2024年5月16日9时30分). Rarer forms are tried only for the values the main forms cannot read:
full-width characters (２０２４－０５－１６), 8-digit dates (20240516), dates in Chinese
numerals (二〇二四年五月十六日), a weekday or 上午/下午 in the text, and ISO times with a zone
(converted to Beijing time).
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata

import numpy as np
import pandas as pd

from govopen_cli.io.normalize import as_text

_DATE = (
    r"^\s*(?P<y>\d{4})\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})\s*日?"
    r"(?:(?:[\sT]+|(?<=日))(?P<H>\d{1,2})[:：时](?P<M>\d{1,2})(?:[:：分](?P<S>\d{1,2}(?:\.\d+)?)秒?|分)?)?\s*$"
)
_SERIAL = r"^\s*(?P<serial>[1-9]\d{4})(?:\.\d+)?\s*$"  # 10000..99999 ≈ 1927..2173
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


def parse_dates(text: pd.Series) -> tuple[pd.Series, pd.Series]:
    """Parse a column of date text.

    Returns (dates, unreadable): `dates` is datetime64 with NaT where empty or unreadable;
    `unreadable` is True where the cell holds text that is not a real date (2023-02-30 included).
    A catalog has few distinct dates, so each distinct text is parsed once and mapped back.
    """
    text = as_text(text)
    codes, uniques = pd.factorize(text)
    distinct = pd.Series(uniques, dtype=object)
    stamp = np.full(len(distinct), np.datetime64("NaT"), dtype="datetime64[ns]")
    unreadable = np.zeros(len(distinct), dtype=bool)
    # Excel date cells arrive as ISO text: pandas' C parser reads those (an impossible date such as
    # 2023-02-30 comes out NaT and goes the regex way below, which reports it).
    iso = distinct.str.fullmatch(_ISO).fillna(False).to_numpy(dtype=bool)
    if iso.any():
        stamp[iso] = pd.to_datetime(distinct[iso], format="ISO8601", errors="coerce").to_numpy(dtype="datetime64[ns]")
    rest = np.flatnonzero(~iso | np.isnat(stamp))
    if len(rest):
        parsed, bad = _parse_unique(as_text(distinct.iloc[rest].reset_index(drop=True)))
        stamp[rest] = parsed.to_numpy(dtype="datetime64[ns]")
        unreadable[rest] = bad.to_numpy(dtype=bool)
    for position in np.flatnonzero(unreadable):  # few: the rare forms, one value at a time
        value = _parse_rare(distinct.iat[position])
        if value is not None:
            stamp[position] = np.datetime64(value, "ns")
            unreadable[position] = False
    return (pd.Series(stamp[codes], index=text.index, dtype="datetime64[ns]"),
            pd.Series(unreadable[codes], index=text.index))


# A cell holding a month only (2023-06, 2023年6月) is no date (parse_dates leaves it unreadable), yet it names a year.
_YEAR_MONTH = re.compile(r"\s*((?:19|20)\d{2})\s*[-/.年]\s*(?:0?[1-9]|1[0-2])\s*(?:月\s*)?")


def month_only_year(value: object) -> float:
    """The year a month-only cell names (2023-06 -> 2023.0), NaN for anything else."""
    match = _YEAR_MONTH.fullmatch(str(value))
    return float(match[1]) if match else np.nan


# ISO dates within the years pandas can hold (1678–2262), with an optional time.
_ISO = r"(?:1[7-9]\d\d|2[01]\d\d|22[0-5]\d)-\d\d-\d\d(?: \d\d:\d\d(?::\d\d)?)?"


_SMALL = 256  # below this many distinct values a plain loop beats pandas' fixed costs
_DATE_RE = re.compile(_DATE)
_SERIAL_RE = re.compile(_SERIAL)


def _parse_one(value: str) -> dt.datetime | None:
    """The same forms as the vectorised path, for one text."""
    match = _DATE_RE.match(value)
    if match:
        seconds = float(match["S"] or 0)
        try:
            if not 1678 <= int(match["y"]) <= 2261 or seconds >= 60:
                return None
            return dt.datetime(int(match["y"]), int(match["m"]), int(match["d"]), int(match["H"] or 0),
                               int(match["M"] or 0), int(seconds), int(round((seconds % 1) * 1e6)) % 1000000)
        except ValueError:
            return None
    match = _SERIAL_RE.match(value)
    if match:
        return (_EXCEL_EPOCH + pd.Timedelta(days=int(match["serial"]))).to_pydatetime()
    return None


_CHINESE_DIGITS = {"〇": 0, "零": 0, "○": 0, "Ｏ": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5,
                   "六": 6, "七": 7, "八": 8, "九": 9}
_CHINESE_DATE = re.compile(r"([〇零○Ｏ一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日")
_COMPACT_DATE = re.compile(r"(1[7-9]\d\d|2[01]\d\d|22[0-5]\d)(\d\d)(\d\d)")


def _chinese_number(text: str) -> int | None:
    """一 … 三十一 (month and day numbers as written in dates): 十 = 10, 十五 = 15, 二十 = 20."""
    tens, _, ones = text.rpartition("十")
    if "十" not in text:
        return _CHINESE_DIGITS.get(text) if len(text) == 1 else None
    tens_value = _CHINESE_DIGITS.get(tens) if tens else 1
    ones_value = _CHINESE_DIGITS.get(ones) if ones else 0
    if tens_value is None or ones_value is None:  # 十十, 〇十 …
        return None
    return tens_value * 10 + ones_value


_WEEKDAY = re.compile(r"\s*[(（]?(?:星期|周)[一二三四五六日天][)）]?")
_HALF_DAY = re.compile(r"(上午|中午|下午|晚上)\s*(\d{1,2})(?=\s*[:：时])")
_ZONE = re.compile(r"(.*\d)\s*(?:Z|([+-])(\d{2}):?(\d{2}))")
CHINA_OFFSET = dt.timedelta(hours=8)  # dates in a Chinese catalog are Beijing time


def _parse_rare(value: str) -> dt.datetime | None:
    """A value the main forms cannot read, when it is a full-width, 8-digit or Chinese-numeral
    date, names the weekday (2024年5月16日星期四), gives 上午/下午, or carries a time zone
    (2024-05-16T10:30:00+08:00, …Z: turned into Beijing time); None otherwise."""
    text = unicodedata.normalize("NFKC", value).strip()
    text = _WEEKDAY.sub("", text)
    text = _HALF_DAY.sub(lambda m: f" {int(m[2]) + 12 if m[1] in ('下午', '晚上') and int(m[2]) < 12 else m[2]}", text)
    match = _ZONE.fullmatch(text)
    if match:
        local = _parse_one(match[1])
        if local is None:
            return None
        offset = dt.timedelta(hours=int(match[3] or 0), minutes=int(match[4] or 0)) * (-1 if match[2] == "-" else 1)
        return local - offset + CHINA_OFFSET
    match = _CHINESE_DATE.fullmatch(text)
    if match:
        month, day = _chinese_number(match[2]), _chinese_number(match[3])
        if month is None or day is None:
            return None
        year = "".join(str(_CHINESE_DIGITS[char]) for char in match[1])
        return _parse_one(f"{year}-{month}-{day}")
    match = _COMPACT_DATE.fullmatch(text)
    if match:
        return _parse_one(f"{match[1]}-{match[2]}-{match[3]}")
    return _parse_one(text) if text != value else None


def _parse_unique(text: pd.Series) -> tuple[pd.Series, pd.Series]:
    if len(text) <= _SMALL:
        parsed = [_parse_one(value) for value in text]
        stamp = pd.Series(pd.to_datetime(pd.Series(parsed, dtype=object), errors="coerce"), dtype="datetime64[ns]")
        empty = pd.Series([not value.strip() for value in text], dtype=bool)
        return stamp, ~empty & stamp.isna()
    empty = text.str.strip() == ""
    parts = text.str.extract(_DATE)
    numbers = parts.apply(pd.to_numeric, errors="coerce")
    # Years pandas cannot hold (9999-12-31 is a common "永久" placeholder) are unreadable dates,
    # not a crash of the whole column.
    numbers = numbers.mask(~numbers["y"].between(1678, 2261))
    stamp = pd.to_datetime(
        pd.DataFrame(
            {
                "year": numbers["y"],
                "month": numbers["m"],
                "day": numbers["d"],
                "hour": numbers["H"].fillna(0),
                "minute": numbers["M"].fillna(0),
                "second": numbers["S"].fillna(0),
            }
        ),
        errors="coerce",
    )
    # Hours and minutes out of range coerce to NaT above only for days; guard times explicitly.
    bad_time = (numbers["H"] > 23) | (numbers["M"] > 59) | (numbers["S"] >= 60)
    stamp = stamp.mask(bad_time)
    serial = pd.to_numeric(text.str.extract(_SERIAL)["serial"], errors="coerce")
    from_serial = _EXCEL_EPOCH + pd.to_timedelta(serial, unit="D")
    stamp = stamp.fillna(from_serial)
    stamp = stamp.astype("datetime64[ns]")
    unreadable = ~empty & stamp.isna()
    return stamp, unreadable
