"""Rules on the 突发事件发布记录 (dataset kind `events`): emergency-release.

国办发〔2016〕80号 (via news, domain.md §7): for 重特大突发事件, authoritative information within
5 hours and a press conference within 24 hours; local plans may set other limits (曲阜 2023: 6
hours). Times are compared to the minute.
"""
from __future__ import annotations

import re
from typing import Any, Iterator, Mapping

import numpy as np
import pandas as pd

from govopen_cli.io.dataset import Dataset
from govopen_cli.io.normalize import as_text, normalize_text
from govopen_cli.rules.base import Hit, Param, Rule, RuleContext, hits_where

OCCURRED, RELEASED, PRESS, LEVEL = "发生时间", "首次发布时间", "新闻发布会时间", "事件级别"
CHECKS = ("release", "press")  # first release within `hours`; press conference within `press_conference_hours`

LEVELS = ("特别重大", "重大", "较大", "一般")
# 事件级别 wordings -> one of LEVELS (checked in this order: 特别重大 contains 重大).
_LEVEL_PATTERNS = (
    (re.compile(r"特别重大|特大|^i级|一级|^1级"), "特别重大"),  # Ⅰ级 is i级 after normalisation
    (re.compile(r"重大|^ii级|二级|^2级"), "重大"),
    (re.compile(r"较大|^iii级|三级|^3级"), "较大"),
    (re.compile(r"一般|^iv级|四级|^4级"), "一般"),
)
# A time of day in the cell (09:30, 9时30分, Excel datetimes read as 2023-05-16 09:30:00).
_HAS_TIME = re.compile(r"\d{1,2}\s*[:：时]\s*\d{1,2}")


def event_level(text: object) -> str | None:
    """特别重大 / 重大 / 较大 / 一般 for a 事件级别 value (Ⅱ级, 重大（Ⅱ级）…), '' if empty, None if unknown."""
    value = normalize_text(text)
    if not value:
        return ""
    for pattern, level in _LEVEL_PATTERNS:
        if pattern.search(value):
            return level
    return None


def _levels(text: pd.Series) -> pd.Series:
    codes, uniques = pd.factorize(as_text(text))
    mapped = [event_level(value) for value in uniques]
    return pd.Series([mapped[c] if c >= 0 else "" for c in codes], index=text.index, dtype=object)


def _duration(delta: pd.Timedelta) -> str:
    minutes = int(delta.total_seconds() // 60)
    hours, minutes = divmod(minutes, 60)
    if hours and minutes:
        return f"{hours} 小时 {minutes} 分钟"
    return f"{hours} 小时" if hours else f"{minutes} 分钟"


def _fmt(stamp: Any) -> str:
    return "" if stamp is None or pd.isna(stamp) else pd.Timestamp(stamp).strftime("%Y-%m-%d %H:%M")


def emergency_release(ctx: RuleContext, dataset: Dataset, params: Mapping[str, Any]) -> Iterator[Hit]:
    """突发事件信息发布时限：事件发生后 hours（默认 5，国办发〔2016〕80号；曲阜方案为 6）小时内首次
    发布信息；press_levels（默认 特别重大、重大）级别的事件在 press_conference_hours（默认 24）小时内
    举行新闻发布会。levels 可限定首次发布时限适用的级别（默认全部事件）；checks 可只检查其一
    （[release] 首次发布、[press] 新闻发布会，默认两项都查）。

    时间精确到分钟（2023-07-01 14:30、2023年7月1日14时30分）；只有日期没有时间的单元格无法计算
    时限，单独报告。报告：超时首次发布或未记录首次发布；应召开而未召开或超时召开新闻发布会；
    发布时间早于发生时间；事件级别无法识别。未记录的，期限在检查日期（--as-of）之前届满才报告。
    """
    hours, press_hours = float(params["hours"]), float(params["press_conference_hours"])
    which = set(params.get("checks") or CHECKS)
    press_levels = {event_level(value) or str(value) for value in params.get("press_levels") or []} if "press" in which else set()
    only_levels = {event_level(value) or str(value) for value in params.get("levels") or []}
    release = "release" in which
    occurred = dataset.dates(OCCURRED)
    occurred_text = dataset.text(OCCURRED)
    as_of = pd.Timestamp(ctx.as_of)  # a deadline counts as passed when it fell before the check date
    has_level = dataset.has(LEVEL)
    levels = _levels(dataset.text(LEVEL)) if has_level else pd.Series([""] * len(dataset), index=dataset.index)

    if has_level:
        level_text = dataset.text(LEVEL)
        yield from hits_where(dataset, levels.isna(), LEVEL,
                              lambda i: f"事件级别“{level_text.iat[i]}”无法识别（应为 {'、'.join(LEVELS)}）")
    occurred_timed = occurred.notna() & occurred_text.str.contains(_HAS_TIME)
    in_scope = levels.isin(only_levels) if only_levels else pd.Series(True, index=levels.index)
    in_scope &= release
    if press_levels:
        in_scope = in_scope | levels.isin(press_levels)
    yield from hits_where(dataset, in_scope & occurred.notna() & ~occurred_timed, OCCURRED,
                          "发生时间只有日期，没有时间（应精确到分钟，如 2023-07-01 14:30），无法计算发布时限")

    applies = occurred_timed.copy()
    if only_levels:
        applies &= levels.isin(only_levels)
    limit = pd.Timedelta(hours=hours)
    if release:
        yield from _timed(dataset, RELEASED, ("首次发布", "首次发布信息"), occurred, applies, limit, hours, as_of)

    if press_levels:
        wanted = occurred_timed & levels.isin(press_levels)
        yield from _timed(dataset, PRESS, ("新闻发布会", "召开新闻发布会"), occurred, wanted, pd.Timedelta(hours=press_hours),
                          press_hours, as_of, levels=levels)


def _timed(dataset: Dataset, name: str, what: tuple[str, str], occurred: pd.Series, applies: pd.Series, limit: pd.Timedelta,
           hours: float, as_of: pd.Timestamp, levels: pd.Series | None = None) -> Iterator[Hit]:
    """Findings for one time column that must follow 发生时间 within `limit`; `what` is (noun, verb)."""
    noun, verb = what
    hours_text = f"{hours:g} 小时"
    present = dataset.has(name)
    text = dataset.text(name) if present else pd.Series([""] * len(dataset), index=dataset.index)
    stamps = dataset.dates(name) if present else pd.Series(pd.NaT, index=dataset.index, dtype="datetime64[ns]")
    empty = text.str.strip() == ""
    timed = stamps.notna() & text.str.contains(_HAS_TIME)
    due = occurred + limit
    level_note = (lambda i: f"{levels.iat[i]}事件") if levels is not None else (lambda i: "")

    missing = applies & empty & (due < as_of)
    hint = "" if present else f"（表格中没有“{name}”列）"
    for index in np.flatnonzero(missing.to_numpy()):
        index = int(index)
        yield Hit(message=f"{level_note(index)}发生于 {_fmt(occurred.iat[index])}，未记录{noun}时间{hint}，"
                          f"应在 {hours_text}内（{_fmt(due.iat[index])} 前）{verb}",
                  index=index, field=name if present else None, value="" if present else None)
    date_only = applies & stamps.notna() & ~timed
    yield from hits_where(dataset, date_only, name,
                          f"{name}只有日期，没有时间（应精确到分钟），无法计算{noun}时限")
    early = applies & timed & (stamps < occurred)
    yield from hits_where(dataset, early, name,
                          lambda i: f"{name} {_fmt(stamps.iat[i])} 早于发生时间 {_fmt(occurred.iat[i])}")
    late = applies & timed & ~early & (stamps > due)
    yield from hits_where(
        dataset, late, name,
        lambda i: f"{level_note(i)}发生于 {_fmt(occurred.iat[i])}，{_duration(stamps.iat[i] - occurred.iat[i])}后"
                  f"（{_fmt(stamps.iat[i])}）才{verb}，超过 {hours_text}",
    )


def _event_fields(params: Mapping[str, Any]) -> list[str]:
    which = set(params.get("checks") or CHECKS)
    names = [OCCURRED, RELEASED] if "release" in which else [OCCURRED]
    if (params.get("press_levels") and "press" in which) or params.get("levels"):
        names.append(LEVEL)  # 新闻发布会时间 may be absent: then every such event lacks one
    return names


def _event_problems(params: Mapping[str, Any]) -> list[str]:
    problems = []
    for name in ("hours", "press_conference_hours"):
        value = params.get(name)
        if isinstance(value, (int, float)) and not isinstance(value, bool) and value <= 0:
            problems.append(f"{name} 应为正数（小时）")
    unknown = [str(value) for value in params.get("checks") or [] if value not in CHECKS]
    if unknown:
        problems.append(f"checks 中的“{'、'.join(unknown)}”无效（可用：release 首次发布、press 新闻发布会）")
    for name in ("press_levels", "levels"):
        for value in params.get(name) or []:
            if event_level(value) is None or event_level(value) == "":
                problems.append(f"{name} 中的“{value}”不是事件级别（{'、'.join(LEVELS)}）")
    return problems


RULES = {
    "emergency-release": Rule("emergency-release", emergency_release, (
        Param("hours", "number", default=5, help="首次发布时限（小时）"),
        Param("press_conference_hours", "number", default=24, help="新闻发布会时限（小时）"),
        Param("press_levels", "list", default=["特别重大", "重大"], help="须召开新闻发布会的事件级别"),
        Param("levels", "list", default=None, help="首次发布时限适用的事件级别（默认全部）"),
        Param("checks", "list", default=None, help="只检查 release（首次发布）或 press（新闻发布会），默认两项"),
    ), kind="events", needs=_event_fields, problems=_event_problems),
}
