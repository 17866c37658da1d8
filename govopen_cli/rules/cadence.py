"""Dataset rule `cadence`: matching items appear at least once in every window (每月更新 …)."""
from __future__ import annotations

import datetime as dt
from typing import Any, Iterator, Mapping

import numpy as np

from govopen_cli.io.dataset import Dataset
from govopen_cli.rules.base import Hit, Param, Rule, RuleContext, fmt_date
from govopen_cli.rules.coverage import in_period, item_problems, period_bounds, period_label
from govopen_cli.rules.items import item_label, item_rows, period_dates, plan_year_of

EVERY = ("week", "2weeks", "month", "quarter", "half-year", "year")
EVERY_LABELS = {"week": "每周", "2weeks": "每两周", "month": "每月", "quarter": "每季度", "half-year": "每半年", "year": "每年"}
QUARTERS = "一二三四"


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.month - 1 + months
    return dt.date(day.year + index // 12, index % 12 + 1, 1)


def windows(start: dt.date, end: dt.date, every: str) -> list[tuple[dt.date, dt.date, str]]:
    """Consecutive windows (first day, last day, Chinese label) covering [start, end].

    Weeks run in 7-day steps from `start`; months, quarters, half-years and years follow the
    calendar, the first one clipped to `start`.
    """
    result = []
    if every in ("week", "2weeks"):
        step = dt.timedelta(days=7 if every == "week" else 14)
        first = start
        while first <= end:
            last = first + step - dt.timedelta(days=1)
            result.append((first, last, f"{first.year}年{first.month}月{first.day}日至{last.month}月{last.day}日"))
            first = last + dt.timedelta(days=1)
        return result
    months = {"month": 1, "quarter": 3, "half-year": 6, "year": 12}[every]
    anchor = dt.date(start.year, ((start.month - 1) // months) * months + 1, 1)
    while anchor <= end:
        following = _add_months(anchor, months)
        last = following - dt.timedelta(days=1)
        if every == "month":
            label = f"{anchor.year}年{anchor.month}月"
        elif every == "quarter":
            label = f"{anchor.year}年第{QUARTERS[(anchor.month - 1) // 3]}季度"
        elif every == "half-year":
            label = f"{anchor.year}年{'上' if anchor.month <= 6 else '下'}半年"
        else:
            label = f"{anchor.year}年"
        result.append((max(anchor, start), last, label))
        anchor = following
    return result


def cadence(ctx: RuleContext, dataset: Dataset, params: Mapping[str, Any]) -> Iterator[Hit]:
    """定期更新：所要求的信息（item，where 可再限定）在每个周期（every：week、2weeks、month、
    quarter、half-year、year）内至少发布一次，例如重大建设项目每月更新。

    周期从检查期间开始，到 --as-of 与期间结束中较早的一天为止；只评判已经结束的周期，一个也没有
    结束时为“不适用（期限未到）”。标题写明月份或季度的（如“（2023年5月）”）计入该月或该季度，
    否则按 date_field（默认发布日期）计。每个没有发布的周期一条问题，写明是哪个周期（如 2023年6月）。
    """
    start, end = period_bounds(ctx, params.get("period"))
    if start is None or end is None:
        ctx.not_applicable = "没有检查期间，无法划分更新周期"
        return
    until = min(ctx.as_of, end)
    date_field = params["date_field"]
    rows = item_rows(dataset, params, plan_year_of(ctx.period_start, start))
    ctx.items.append(rows)
    # A report titled （2023年5月） counts for May whenever it was filed; others by their date.
    dates = period_dates(dataset, date_field).dt.normalize()
    rows.set_aside(dates.isna(), f"标题未写月份，{date_field}为空或无法识别，无法确定属于哪个周期")
    rows.set_aside(~in_period(dates, start, until),
                   lambda i: f"所属时间 {fmt_date(dates.iat[i])} 不在检查期（{period_label(start, until)}）内")
    published = np.sort(dates[rows.counted].to_numpy(dtype="datetime64[D]"))
    label = EVERY_LABELS[params["every"]]
    what = item_label(params)
    ended = [window for window in windows(start, until, params["every"]) if window[1] <= until]
    if not ended:
        ctx.not_applicable = f"期限未到：检查期内还没有结束的{label.removeprefix('每')}"
        return
    for first, last, name in ended:
        low = np.searchsorted(published, np.datetime64(first, "D"), side="left")
        high = np.searchsorted(published, np.datetime64(last, "D"), side="right")
        if high == low:
            yield Hit(message=f"{name}没有发布（要求{label}更新：{what}）")


def _fields(params: Mapping[str, Any]) -> list[str]:
    return [params["date_field"]]


RULES = {
    "cadence": Rule("cadence", cadence, (
        Param("item", "item"), Param("where", "condition"), Param("label", "str"),
        Param("every", "choice", required=True, choices=EVERY),
        Param("period", "mapping"), Param("date_field", "field", default="发布日期"),
    ), scope="dataset", needs=_fields, problems=item_problems, finds_items=True),
}
