"""Dataset rules about presence and deadlines: coverage, deadline."""
from __future__ import annotations

import datetime as dt
from typing import Any, Iterator, Mapping

import numpy as np
import pandas as pd

from govopen_cli.io.dataset import Dataset
from govopen_cli.rules.base import Hit, Param, Rule, RuleContext, elapsed_days, fmt_date, hits_where
from govopen_cli.rules.items import ItemRows, item_label, item_rows, plan_year_of


def period_bounds(ctx: RuleContext, period: Mapping[str, Any] | None) -> tuple[dt.date | None, dt.date | None]:
    """A rule's own `period` ({year} or {start, end}) or else the run's period."""
    if period:
        if "year" in period:
            return dt.date(int(period["year"]), 1, 1), dt.date(int(period["year"]), 12, 31)
        return _as_date(period["start"]), _as_date(period["end"])
    return ctx.period_start, ctx.period_end


def _as_date(value: Any) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def period_label(start: dt.date | None, end: dt.date | None) -> str:
    if start is None or end is None:
        return "全部数据中"
    if start.month == 1 and start.day == 1 and end == dt.date(start.year, 12, 31):
        return f"{start.year}年"
    return f"{start:%Y-%m-%d}至{end:%Y-%m-%d}"


def in_period(dates: pd.Series, start: dt.date | None, end: dt.date | None) -> pd.Series:
    mask = dates.notna()
    if start is not None:
        mask &= dates >= pd.Timestamp(start)
    if end is not None:
        mask &= dates < pd.Timestamp(end) + pd.Timedelta(days=1)
    return mask


def items_in_period(ctx: RuleContext, dataset: Dataset, params: Mapping[str, Any],
                    start: dt.date | None, end: dt.date | None, **keys: str) -> ItemRows:
    """The rows recognised as the check's item, with those of another year, without a readable
    `date_field` or dated outside [start, end] set aside (each with its reason)."""
    rows = item_rows(dataset, params, plan_year_of(ctx.period_start, start), **keys)
    ctx.items.append(rows)
    date_field = params["date_field"]
    dates = dataset.dates(date_field)
    rows.set_aside(dates.isna(), f"{date_field}为空或无法识别，无法确认在检查期内")
    rows.set_aside(~in_period(dates, start, end),
                   lambda i: f"{date_field} {fmt_date(dates.iat[i])} 不在检查期（{period_label(start, end)}）内")
    return rows


def _not_counted(rows: ItemRows) -> str:
    recognised, counted = rows.totals
    return f"（另有 {recognised - counted} 条因年度或日期不符未计入）" if recognised > counted else ""


def coverage(ctx: RuleContext, dataset: Dataset, params: Mapping[str, Any]) -> Iterator[Hit]:
    """覆盖：检查期间内至少有 min 条（默认 1）所要求的信息，例如 2023 年公开了部门预算。

    所要求的信息由 item 认定（名称、内容概述或分类栏目中的词语，年度），where 可再限定范围；
    period 可写 {year: 2023} 或 {start: 2023-01-01, end: 2023-06-30}，默认取检查清单的期间；
    按 date_field（默认发布日期）判断是否在期间内。问题说明要求什么、实际找到几条。
    """
    start, end = period_bounds(ctx, params.get("period"))
    rows = items_in_period(ctx, dataset, params, start, end)
    found = int(rows.counted.sum())
    need = int(params["min"])
    if found < need:
        empty = "（公开目录表头下没有数据行）" if len(dataset) == 0 else _not_counted(rows)
        yield Hit(message=f"{period_label(start, end)}应至少公开 {need} 条（{item_label(params)}），实际找到 {found} 条{empty}")


def deadline(ctx: RuleContext, dataset: Dataset, params: Mapping[str, Any]) -> Iterator[Hit]:
    """限期公开：所要求的信息（item，where 可再限定）须按时公开。

    两种写法：by: 2023-10-31 —— 期间内须有所要求的信息，且在该日或之前发布；截止日已到（含当天）
    仍未找到为不符合，截止日未到且尚未发布为“不适用（期限未到）”；after: {field: 生成日期, days: 20,
    working: true} —— 每条所要求的信息都须在其自身的 field 日期后 days 日（working 为 true 时按
    工作日）内发布，超期的每条一个问题；一条也没有找到时为“不适用”。
    """
    date_field = params["date_field"]
    published = dataset.dates(date_field).dt.normalize()
    what = item_label(params)
    if params.get("by") is not None:
        by = _as_date(params["by"])
        start, _ = period_bounds(ctx, params.get("period"))
        start = start or dt.date(by.year, 1, 1)
        rows = items_in_period(ctx, dataset, params, start, None)
        candidates = rows.counted
        on_time = candidates & (published <= pd.Timestamp(by)).to_numpy()
        if on_time.any():
            return
        if not candidates.any():
            if ctx.as_of > by:
                yield Hit(message=f"应在 {by:%Y-%m-%d} 前公开（{what}），未找到{_not_counted(rows)}")
            elif ctx.as_of == by:
                yield Hit(message=f"今天（{by:%Y-%m-%d}）是公开期限，尚未找到（{what}）{_not_counted(rows)}")
            else:
                ctx.not_applicable = f"期限未到（{by:%Y-%m-%d} 前公开{what}），目前尚未找到"
            return
        positions = np.flatnonzero(candidates)
        first = int(positions[published.iloc[positions].to_numpy().argmin()])
        yield Hit(
            message=f"应在 {by:%Y-%m-%d} 前公开（{what}），最早在 {fmt_date(published.iat[first])} 才发布",
            index=first, field=date_field, value=dataset.text(date_field).iat[first],
        )
        return
    after = params.get("after") or {}
    start_field, limit = after.get("field", "生成日期"), int(after.get("days", 20))
    origin = dataset.dates(start_field).dt.normalize()
    rows = item_rows(dataset, params, plan_year_of(ctx.period_start), default_year="any")
    ctx.items.append(rows)
    rows.set_aside((origin.isna() | published.isna()).to_numpy(),
                   f"{start_field}或{date_field}为空或无法识别，无法计算公开用时")
    matching = pd.Series(rows.counted, index=dataset.index)
    if not matching.any():
        ctx.not_applicable = f"未找到可计算公开时限的信息（{what}）"
        return
    elapsed, unit = elapsed_days(ctx, origin.where(matching), published.where(matching), after.get("working", True))
    late = matching & (elapsed > limit)
    yield from hits_where(
        dataset, late, date_field,
        lambda i: f"{start_field} {fmt_date(origin.iat[i])} 后 {int(elapsed.iat[i])} {unit}才发布，超过 {limit} {unit}（{what}）",
    )


def _coverage_fields(params: Mapping[str, Any]) -> list[str]:
    return [params["date_field"]]


def item_problems(params: Mapping[str, Any], item_key: str = "item", where_key: str = "where") -> list[str]:
    """An item rule needs an `item` block or a `where` condition (or both) to know what it looks for."""
    if params.get(item_key) is None and params.get(where_key) is None:
        return [f"需要 {item_key}（所要求的信息）或 {where_key}（行筛选条件）"]
    return []


def _deadline_fields(params: Mapping[str, Any]) -> list[str]:
    names = [params["date_field"]]
    if params.get("after"):
        names.append((params["after"] or {}).get("field", "生成日期"))
    return names


def _deadline_problems(params: Mapping[str, Any]) -> list[str]:
    if item_problems(params):
        return item_problems(params)
    if (params.get("by") is None) == (params.get("after") is None):
        return ["deadline 规则需要且只能有 by（截止日期）或 after（相对期限）之一"]
    after = params.get("after")
    if after is not None and (set(after) - {"field", "days", "working"} or not isinstance(after.get("days", 20), int)):
        return ["after 应为 {field: 生成日期, days: 20, working: true}"]
    return []


RULES = {
    "coverage": Rule("coverage", coverage, (
        Param("item", "item"), Param("where", "condition"), Param("label", "str"), Param("min", "int", default=1),
        Param("period", "mapping"), Param("date_field", "field", default="发布日期"),
    ), scope="dataset", needs=_coverage_fields, problems=item_problems, finds_items=True),
    "deadline": Rule("deadline", deadline, (
        Param("item", "item"), Param("where", "condition"), Param("label", "str"), Param("by", "date"), Param("after", "mapping"),
        Param("period", "mapping"), Param("date_field", "field", default="发布日期"),
    ), scope="dataset", needs=_deadline_fields, problems=_deadline_problems, finds_items=True),
}
