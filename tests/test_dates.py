"""Date parsing (io/dates.py): every form of DESIGN §4; unreadable dates flagged, never a crash."""
from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govopen_cli.io.dates import parse_dates


def parse_one(text: str):
    dates, unreadable = parse_dates(pd.Series([text]))
    value = dates.iat[0]
    return (None if pd.isna(value) else value.to_pydatetime()), bool(unreadable.iat[0])


@pytest.mark.parametrize("text,expected", [
    ("2023-05-16", dt.datetime(2023, 5, 16)),
    ("2023/5/16", dt.datetime(2023, 5, 16)),
    ("2023.5.16", dt.datetime(2023, 5, 16)),
    ("2023年5月16日", dt.datetime(2023, 5, 16)),
    ("2023年05月16日", dt.datetime(2023, 5, 16)),
    ("2023 年 5 月 16 日", dt.datetime(2023, 5, 16)),
    (" 2023-5-16 ", dt.datetime(2023, 5, 16)),
    ("2023-05-16 00:00:00", dt.datetime(2023, 5, 16)),
    ("2023-05-16 09:30", dt.datetime(2023, 5, 16, 9, 30)),
    ("2023-05-16 09:30:15", dt.datetime(2023, 5, 16, 9, 30, 15)),
    ("2023-05-16T09:30:15", dt.datetime(2023, 5, 16, 9, 30, 15)),
    ("2023/5/16 9:30", dt.datetime(2023, 5, 16, 9, 30)),
    ("2023年5月16日 09:30", dt.datetime(2023, 5, 16, 9, 30)),
    ("2023年5月16日 9时30分", dt.datetime(2023, 5, 16, 9, 30)),
    ("2023年5月16日9时30分15秒", dt.datetime(2023, 5, 16, 9, 30, 15)),
    ("2023-05-16 09：30", dt.datetime(2023, 5, 16, 9, 30)),
    # Excel serial numbers (as read from number cells, or typed as text)
    ("45062", dt.datetime(2023, 5, 16)),
    ("45062.5", dt.datetime(2023, 5, 16)),
    ("44927", dt.datetime(2023, 1, 1)),
    ("2024-02-29", dt.datetime(2024, 2, 29)),
    # rarer forms, tried only where the main forms fail
    ("20230516", dt.datetime(2023, 5, 16)),
    ("2023－05－16", dt.datetime(2023, 5, 16)),
    ("２０２３／５／１６ １０：３０", dt.datetime(2023, 5, 16, 10, 30)),
    ("二〇二三年五月十六日", dt.datetime(2023, 5, 16)),
    ("二〇二三年十月十日", dt.datetime(2023, 10, 10)),
    ("二〇二三年十二月三十一日", dt.datetime(2023, 12, 31)),
    ("二零二四年二月二十九日", dt.datetime(2024, 2, 29)),
    ("2023年5月16日星期二", dt.datetime(2023, 5, 16)),
    ("2023-05-16（周二）", dt.datetime(2023, 5, 16)),
    ("2023-05-16 上午10:30", dt.datetime(2023, 5, 16, 10, 30)),
    ("2023-05-16 下午3:30", dt.datetime(2023, 5, 16, 15, 30)),
    ("2023年5月16日 下午12时5分", dt.datetime(2023, 5, 16, 12, 5)),
    # ISO times with a zone (JSON site exports) become Beijing time
    ("2023-05-16T10:30:00+08:00", dt.datetime(2023, 5, 16, 10, 30)),
    ("2023-05-16T20:30:00Z", dt.datetime(2023, 5, 17, 4, 30)),
    ("2023-05-16T10:30:00-0500", dt.datetime(2023, 5, 16, 23, 30)),
])
def test_readable_forms(text, expected):
    assert parse_one(text) == (expected, False)


@pytest.mark.parametrize("text", [
    "2023-02-30",
    "2023-02-29",
    "2023-13-01",
    "2023-00-10",
    "2023/4/31",
    "2023-05-16 25:00",
    "2023-05-16 09:61",
    "明天",
    "2023年",
    "2023-05",
    "5/16/2023",
    "9999-12-31",  # "永久" placeholders must not crash the column
    "0000-00-00",
    "123",
    "20231340",
    "12345678",
    "2023051",
    "二〇二三年二月三十日",
    "二〇二三年十十月一日",
    "二〇二三年五月",
    "2023-02-30T10:00:00Z",
    "2023-05-16 星期八",
])
def test_unreadable_forms(text):
    assert parse_one(text) == (None, True)


@pytest.mark.parametrize("text", ["", " ", "\t"])
def test_empty_is_not_unreadable(text):
    assert parse_one(text) == (None, False)


def test_whole_column_keeps_index_and_order():
    series = pd.Series(["2023-05-16", "", "2023-02-30", "2023-05-16", "45062"], index=[10, 11, 12, 13, 14])
    dates, unreadable = parse_dates(series)
    assert dates.index.tolist() == [10, 11, 12, 13, 14]
    assert unreadable.tolist() == [False, False, True, False, False]
    assert dates.dt.strftime("%Y-%m-%d").fillna("").tolist() == ["2023-05-16", "", "", "2023-05-16", "2023-05-16"]
    assert str(dates.dtype).startswith("datetime64")


def test_empty_column():
    dates, unreadable = parse_dates(pd.Series([], dtype=str))
    assert len(dates) == 0 and len(unreadable) == 0


@settings(max_examples=80, deadline=None)
@given(day=st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2099, 12, 31)),
       form=st.sampled_from(["{y}-{m:02d}-{d:02d}", "{y}/{m}/{d}", "{y}.{m}.{d}", "{y}年{m}月{d}日",
                             "{y}-{m:02d}-{d:02d} 08:05:09", "{y}年{m}月{d}日 8时5分"]))
def test_every_real_date_round_trips(day, form):
    text = form.format(y=day.year, m=day.month, d=day.day)
    parsed, unreadable = parse_one(text)
    assert not unreadable
    assert parsed.date() == day


@settings(max_examples=80, deadline=None)
@given(st.text(max_size=12))
def test_arbitrary_text_never_crashes(text):
    dates, unreadable = parse_dates(pd.Series([text, "2023-05-16"]))
    assert len(dates) == 2
    assert bool(unreadable.iat[0]) == (pd.isna(dates.iat[0]) and text.strip() != "")


def test_small_and_large_columns_parse_alike(monkeypatch):
    # Few distinct values take a plain loop, many take the vectorised path: same answers.
    from govopen_cli.io import dates as dates_module

    values = pd.Series(["2023-05-16", "2023/5/6", "2023年5月16日 9时30分", "2023-02-30", "45062", "45062.5",
                        "", "abc", "9999-12-31", "2023-05-16 25:00", "2023-5-16 9:30:15", " 2023.5.16 "])
    small = dates_module.parse_dates(values)
    monkeypatch.setattr(dates_module, "_SMALL", 0)
    large = dates_module.parse_dates(values)
    assert small[0].tolist() == large[0].tolist()
    assert small[1].tolist() == large[1].tolist()


def test_iso_fast_path_agrees_with_the_regex_path(monkeypatch):
    from govopen_cli.io import dates as dates_module

    values = pd.Series(["2023-05-16", "2023-05-16 09:30:00", "2023-05-16 09:30", "2023-02-30", "2023-05-16 24:00:00",
                        "1677-01-01", "2262-05-01", "2023/5/6", "", "2024-02-29", "2023-02-29 00:00:00"] * 30)
    fast = dates_module.parse_dates(values)
    monkeypatch.setattr(dates_module, "_ISO", r"(?!)")  # never matches: everything takes the regex path
    slow = dates_module.parse_dates(values)
    assert fast[0].tolist() == slow[0].tolist()
    assert fast[1].tolist() == slow[1].tolist()
    assert fast[1].tolist()[:11] == [False, False, False, True, True, True, True, False, False, False, True]


def test_rare_forms_in_a_large_column_take_the_same_path():
    """Past the small-column loop (256 distinct values) the vectorised path runs first; the rare
    forms are still read, and a bad one is still reported."""
    common = [f"2023/1/1 {hour}:{minute:02d}" for hour in range(10) for minute in range(30)]  # not ISO
    series = pd.Series(common + ["20230516", "二〇二三年五月十六日", "2023－02－30"])
    dates, unreadable = parse_dates(series)
    assert unreadable.tolist() == [False] * (len(common) + 2) + [True]
    assert dates.iat[-3] == pd.Timestamp("2023-05-16") and dates.iat[-2] == pd.Timestamp("2023-05-16")
