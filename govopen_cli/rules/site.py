"""Site-column rule `freshness` (国办秘函〔2019〕19号 栏目不更新 / 空白栏目)."""
from __future__ import annotations

import re
from typing import Any, Iterator, Mapping

import pandas as pd

from govopen_cli.io.dataset import Dataset
from govopen_cli.io.normalize import normalize_text
from govopen_cli.rules.base import Hit, Param, Rule, RuleContext, fmt_date, hits_where

# 监测时间点前2周内的动态、要闻类栏目，以及前6个月内的通知公告、政策文件类栏目 (C grade: configurable).
DEFAULT_LIMITS = {"动态要闻": "2周", "通知公告": "6个月", "政策文件": "6个月"}
# Types inferred from the column name when 栏目类型 is empty.
TYPE_HINTS = (("动态要闻", r"动态|要闻|新闻|工作信息"), ("通知公告", r"通知|公告|公示"), ("政策文件", r"政策|文件|法规"))
REPORTS = ("stale", "due-soon", "blank", "veto")
_SPAN = re.compile(r"^\s*(\d+)\s*(天|日|周|个月|月|年)\s*$")


def parse_span(value: Any) -> pd.DateOffset:
    """14 -> 14 days; "2周", "6个月", "1年" -> the matching calendar offset."""
    if isinstance(value, int) and not isinstance(value, bool):
        return pd.DateOffset(days=value)
    match = _SPAN.match(str(value))
    if not match:
        raise ValueError(value)
    number, unit = int(match.group(1)), match.group(2)
    return {"天": pd.DateOffset(days=number), "日": pd.DateOffset(days=number), "周": pd.DateOffset(weeks=number),
            "个月": pd.DateOffset(months=number), "月": pd.DateOffset(months=number),
            "年": pd.DateOffset(years=number)}[unit]


def column_types(dataset: Dataset) -> pd.Series:
    """Each column's type: 栏目类型 when given (normalised), else inferred from 栏目名称."""
    given = dataset.normalized("栏目类型") if dataset.has("栏目类型") else pd.Series("", index=dataset.index)
    names = dataset.text("栏目名称") if dataset.has("栏目名称") else pd.Series("", index=dataset.index)
    types = pd.Series("其他", index=dataset.index)
    for name, hint in reversed(TYPE_HINTS):
        types = types.mask(names.str.contains(hint, regex=True), name)
    for name in DEFAULT_LIMITS:
        key = normalize_text(name)
        types = types.mask(given == key, name)
    # 动态 / 要闻 / 通知 written alone in 栏目类型
    for name, hint in TYPE_HINTS:
        types = types.mask((given != "") & given.str.contains(hint, regex=True) & (types == "其他"), name)
    return types


def freshness(ctx: RuleContext, dataset: Dataset, params: Mapping[str, Any]) -> Iterator[Hit]:
    """栏目更新：按栏目类型检查最后更新日期（国办秘函〔2019〕19号）。

    limits 为各类型的更新期限（默认 动态要闻 2周、通知公告 6个月、政策文件 6个月；可写天数或“N周/N个月/N年”），
    栏目类型为空时按栏目名称推断。report 选择报告内容：stale —— 超过期限未更新的栏目，每个一条；
    due-soon —— 距期限不足 warn_days 天、即将超期的栏目；blank —— 信息条数为 0（或既无条数也无更新日期）
    的空白栏目；veto —— 单项否决判定：未更新栏目累计 ≥ veto_stale 个、长期（long_stale，默认1年）未更新
    栏目 ≥ veto_long_stale 个、空白栏目 ≥ veto_blank 个（“超过(含)”即 ≥）。
    """
    as_of = pd.Timestamp(ctx.as_of)
    types = column_types(dataset)
    updated = dataset.dates("最后更新日期").dt.normalize()
    limits = {**DEFAULT_LIMITS, **(params.get("limits") or {})}
    deadline = pd.Series(pd.NaT, index=dataset.index, dtype="datetime64[ns]")
    for kind, span in limits.items():
        deadline = deadline.mask(types == kind, as_of - parse_span(span))
    if params.get("other_limit") is not None:
        deadline = deadline.mask(types == "其他", as_of - parse_span(params["other_limit"]))
    counts = pd.to_numeric(dataset.text("信息条数"), errors="coerce") if dataset.has("信息条数") else None
    blank = (counts == 0) if counts is not None else pd.Series(False, index=dataset.index)
    if counts is not None:
        blank |= counts.isna() & updated.isna() & (dataset.text("信息条数") == "")
    else:
        blank |= updated.isna() & (dataset.text("最后更新日期") == "")
    checked = deadline.notna() & ~blank
    stale = checked & (updated.isna() | (updated < deadline))
    long_stale = ~blank & (updated.isna() | (updated < as_of - parse_span(params["long_stale"])))
    name = dataset.text("栏目名称") if dataset.has("栏目名称") else dataset.text("最后更新日期")
    report = params["report"]

    if report == "stale":
        yield from hits_where(dataset, stale, "最后更新日期", lambda i: (
            f"{types.iat[i]}栏目“{name.iat[i]}”最后更新于 {fmt_date(updated.iat[i]) or '（无日期）'}，"
            f"超过 {limits[types.iat[i]] if types.iat[i] in limits else params['other_limit']} 未更新"))
    elif report == "due-soon":
        warn = pd.Timedelta(days=int(params["warn_days"]))
        soon = checked & ~stale & (updated < deadline + warn)
        yield from hits_where(dataset, soon, "最后更新日期", lambda i: (
            f"{types.iat[i]}栏目“{name.iat[i]}”最后更新于 {fmt_date(updated.iat[i])}，"
            f"将于 {fmt_date(updated.iat[i] + (as_of - deadline.iat[i]))} 超期，请及时更新"))
    elif report == "blank":
        field = "信息条数" if dataset.has("信息条数") else "最后更新日期"
        yield from hits_where(dataset, blank, field, lambda i: f"栏目“{name.iat[i]}”是空白栏目（没有信息）")
    else:
        vetoes = (("栏目不更新：应更新未更新的栏目", stale, params["veto_stale"]),
                  ("长期未更新的栏目", long_stale, params["veto_long_stale"]),
                  ("空白栏目", blank, params["veto_blank"]))
        for what, mask, limit in vetoes:
            count = int(mask.sum())
            if count >= int(limit):
                shown = "、".join(name[mask].head(10))
                more = "等" if count > 10 else ""
                yield Hit(message=f"{what}共 {count} 个，达到单项否决标准（≥{limit} 个）：{shown}{more}")


def _fields(params: Mapping[str, Any]) -> list[str]:
    return ["最后更新日期"]


def _problems(params: Mapping[str, Any]) -> list[str]:
    problems = []
    for kind, span in (params.get("limits") or {}).items():
        try:
            parse_span(span)
        except ValueError:
            problems.append(f"limits 中“{kind}”的期限“{span}”无法识别（应为天数，或“2周”“6个月”“1年”）")
    return problems


RULES = {
    "freshness": Rule("freshness", freshness, (
        Param("report", "choice", default="stale", choices=REPORTS),
        Param("limits", "mapping"), Param("other_limit", "str"),
        Param("warn_days", "int", default=7), Param("long_stale", "str", default="1年"),
        Param("veto_stale", "int", default=5), Param("veto_long_stale", "int", default=10),
        Param("veto_blank", "int", default=5),
    ), kind="columns", scope="dataset", needs=_fields, problems=_problems),
}
