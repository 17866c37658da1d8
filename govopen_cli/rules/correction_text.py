"""补正 dates where a ledger writes them in words rather than in date columns of their own.

Ledgers record the 补正 notice (条例第三十条) and the corrected application in one of three ways:
their own date columns (补正告知日期, 补正日期 — read as dates elsewhere); one 补正 column holding both
("10月8日告知补正，10月16日收到补正", "2023-10-08/2023-10-16"); or the running text of 办理过程 / 备注
("2024年1月16日向申请人作出《政府信息依申请公开补正告知书》", as the 淮安 复议决定书 quoted in
tests/data/applications/correction_forms.yaml tells it). This module finds the two dates in such text.

A date counts only when the words next to it say what happened that day: 告知/通知/要求…补正 or a
补正告知书 is the notice; any other 补正 (收到补正材料, 申请人补正) is the corrected application; 未补正
and 逾期不补正 are neither. In a 补正 column, two dates without such words are taken in order (notice,
then correction). A date without a year (10月8日) takes the year of 收到日期, or the next year when
that would put it well before 收到日期.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

import pandas as pd

_FULL = r"(?P<y>(?:19|20)\d{2})\s*[年./\-]\s*(?P<m>1[0-2]|0?[1-9])\s*[月./\-]\s*(?P<d>3[01]|[12]\d|0?[1-9])(?!\d)\s*日?"
_SHORT = r"(?P<m2>1[0-2]|0?[1-9])\s*月\s*(?P<d2>3[01]|[12]\d|0?[1-9])\s*日"
_DATE = re.compile(f"{_FULL}|{_SHORT}")
_BOUNDARY = re.compile(r"[；;。\n，,]")
_NOTICE = re.compile(r"告知.{0,8}补正|(通知|要求|责令).{0,4}补正|补正.{0,4}(告知|通知)|一次性告知")
_NEGATED = re.compile(r"(未|不|没有|无需|无须|逾期不?)补正")
_CORRECTED = re.compile(r"补正")
_DEADLINE = re.compile(r"\s*(之|以)?前")
EARLIER_SLACK = dt.timedelta(days=60)  # a year-less date this far before 收到日期 is in the next year

NOTICE, CORRECTED = "notice", "corrected"


@dataclass(frozen=True)
class Mention:
    day: dt.date
    what: str | None  # NOTICE, CORRECTED, or None (no 补正 words next to it)


def _what(context: str) -> str | None:
    if _NOTICE.search(context):
        return NOTICE
    if _CORRECTED.search(_NEGATED.sub("", context)):
        return CORRECTED
    return None


def mentions(text: str, received: dt.date | None) -> list[Mention]:
    """Every date in `text` with what the words beside it say happened (the words after the date
    first, up to the next date or clause; then the words before it)."""
    found = list(_DATE.finditer(text))
    result = []
    for index, match in enumerate(found):
        day = _day(match, received)
        if day is None:
            continue
        stop = found[index + 1].start() if index + 1 < len(found) else len(text)
        after = _BOUNDARY.split(text[match.end():stop], 1)[0]
        start = found[index - 1].end() if index else 0
        before = _BOUNDARY.split(text[start:match.start()])[-1]
        if _DEADLINE.match(text[match.end():stop]):
            continue  # 请于10月20日前补正: the time given to the applicant, not a day something happened
        result.append(Mention(day, _what(after) or _what(before)))
    return result


def _day(match: re.Match, received: dt.date | None) -> dt.date | None:
    try:
        if match.group("y"):
            return dt.date(int(match.group("y")), int(match.group("m")), int(match.group("d")))
        if received is None:
            return None
        day = dt.date(received.year, int(match.group("m2")), int(match.group("d2")))
        return day.replace(year=day.year + 1) if day < received - EARLIER_SLACK else day
    except ValueError:  # 2月30日
        return None


def correction_dates(text: str, received: dt.date | None, own_column: bool) -> tuple[dt.date | None, dt.date | None]:
    """(notice, corrected) told by `text`; `own_column` for a column about 补正 alone, where two
    dates without words are the notice and the correction in that order."""
    if "补正" not in text and not own_column:
        return None, None
    found = mentions(text, received)
    notice = next((m.day for m in found if m.what == NOTICE), None)
    corrected = next((m.day for m in found if m.what == CORRECTED), None)
    if own_column and notice is None and corrected is None:
        bare = [m.day for m in found if m.what is None]
        if len(bare) == 2:
            notice, corrected = bare
    return notice, corrected


def correction_columns(text: pd.Series, received: pd.Series, own_column: bool) -> tuple[pd.Series, pd.Series]:
    """correction_dates over a column: (notice, corrected) as datetime Series (NaT where not told).
    Only cells that name 补正 (or, in a 补正 column, any filled cell) are read."""
    notice = pd.Series(pd.NaT, index=text.index, dtype="datetime64[ns]")
    corrected = notice.copy()
    wanted = text.str.strip() != "" if own_column else text.str.contains("补正", regex=False)
    for label in text.index[wanted.to_numpy()]:
        day = received.at[label]
        first, second = correction_dates(text.at[label], None if pd.isna(day) else day.date(), own_column)
        if first is not None:
            notice.at[label] = pd.Timestamp(first)
        if second is not None:
            corrected.at[label] = pd.Timestamp(second)
    return notice, corrected
