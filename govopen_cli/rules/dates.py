"""Date rules: date-parse, date-order, timeliness."""
from __future__ import annotations

import datetime as dt
from typing import Any, Iterator, Mapping

import numpy as np
import pandas as pd

from govopen_cli.io.dataset import Dataset
from govopen_cli.rules.base import (FIELD_PARAMS, Hit, Note, Param, Rule, RuleContext, as_fields, elapsed_days,
                                    fmt_date, hits_where, years_of)
from govopen_cli.rules.set_aside import archival, reposts


def date_parse(ctx: RuleContext, dataset: Dataset, params: Mapping[str, Any]) -> Iterator[Hit]:
    """日期可读：字段中的非空值必须是可识别的日期。

    接受 Excel 日期单元格、2023-05-16、2023/5/16、2023.5.16、2023年5月16日（可带时间），以及全角数字、
    20230516、二〇二三年五月十六日、带星期或上午/下午的写法、带时区的 ISO 时间（换算为北京时间）；
    2023-02-30 这类不存在的日期也报告。可选 not_after_as_of：日期晚于检查日期（--as-of）也报告。
    """
    for name in as_fields(params):
        unreadable = dataset.unreadable_dates(name)
        yield from hits_where(dataset, unreadable, name,
                              lambda i, name=name: f"{name}“{dataset.values(name)[i]}”不是有效日期")
        if params.get("not_after_as_of"):
            dates = dataset.dates(name)
            future = dataset.days(name) > pd.Timestamp(ctx.as_of)
            yield from hits_where(dataset, future, name,
                                  lambda i, name=name: f"{name} {fmt_date(dates.iat[i])} 晚于检查日期 {ctx.as_of:%Y-%m-%d}")


def date_order(ctx: RuleContext, dataset: Dataset, params: Mapping[str, Any]) -> Iterator[Hit]:
    """日期先后：earlier 字段的日期不能晚于 later 字段（例如生成日期不晚于发布日期）。

    只比较两个日期都可读的行；不可读的日期由 date-parse 报告。问题记在 later 字段的单元格上。
    """
    earlier, later = params["earlier"], params["later"]
    first, second = dataset.days(earlier), dataset.days(later)
    wrong = first.notna() & second.notna() & (first > second)
    yield from hits_where(dataset, wrong, later,
                          lambda i: f"{later} {fmt_date(second.iat[i])} 早于{earlier} {fmt_date(first.iat[i])}")


def timeliness(ctx: RuleContext, dataset: Dataset, params: Mapping[str, Any]) -> Iterator[Hit | Note]:
    """及时公开：field（发布日期）不晚于公开期限，即 start（生成日期）后第 days 个工作日（条例第二十六条：
    20个工作日）。

    期限是一个日期：起算日不计入，工作日按国务院节假日安排（含调休上班日）计算（chinesecalendar，
    超出其数据的年份取 govopen.yaml 的 holidays，都没有时按周一至周五并在结果中提示）；在期限之后
    发布的都算超期，发布日是周末或节假日也一样。working: false 时按自然日计算。
    历史文件补录（生成日期早于 archival_before，默认 2008-05-01，或早于本目录最早发布日期
    archival_gap_days 天以上）和转载（来源与发布机构不同，或文号的发文机关代字不是发布机构本身的；
    本机关代字可用 own_docno_prefixes 指定，否则从目录中学习）不算超期，写入检查说明；
    archival: false、reposts: false 可关闭。
    """
    start_field, end_field, limit = params["start"], params["field"], int(params["days"])
    start, end = dataset.days(start_field), dataset.days(end_field)
    both = start.notna() & end.notna()
    working = params.get("working", True)
    if working:
        ctx.years_counted.update(years_of(start, both) | years_of(end, both))
        # A deadline depends on the start date alone: one per distinct start date.
        codes, starts = pd.factorize(start.to_numpy(), use_na_sentinel=False)
        deadlines = ctx.calendar.add_working_days(pd.Series(starts, dtype=start.dtype), limit).to_numpy()
        deadline = pd.Series(deadlines[codes], index=start.index, dtype=deadlines.dtype)
        ctx.years_counted.update(years_of(deadline, both))
    else:
        deadline = start + pd.Timedelta(days=limit)
    late = (both & (end > deadline)).to_numpy().copy()
    candidates = np.flatnonzero(late)
    set_aside: dict[int, str] = {}
    if params.get("archival", True):
        set_aside.update(archival(start, end[both], candidates, _as_date(params["archival_before"]),
                                  int(params["archival_gap_days"])))
    if params.get("reposts", True):
        rest = np.array([index for index in candidates if int(index) not in set_aside], dtype=np.int64)
        set_aside.update(reposts(dataset, rest, list(params.get("own_docno_prefixes") or [])))
    for index in sorted(set_aside):
        yield Note(f"{end_field} {fmt_date(end.iat[index])} 晚于公开期限 {fmt_date(deadline.iat[index])}，"
                   f"但{set_aside[index]}，不计为超期", index)
    if set_aside:
        late[list(set_aside)] = False
    rows = np.flatnonzero(late)  # the days elapsed are told for these rows only
    elapsed, unit = elapsed_days(ctx, start.iloc[rows], end.iloc[rows], working)
    elapsed_at = dict(zip(rows.tolist(), elapsed.tolist()))
    yield from hits_where(
        dataset, late, end_field,
        lambda i: f"{start_field} {fmt_date(start.iat[i])}，{end_field} {fmt_date(end.iat[i])}，相隔 {int(elapsed_at[i])} {unit}，"
                  f"晚于公开期限 {fmt_date(deadline.iat[i])}（{limit} {unit}）",
    )


def _as_date(value: Any) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


RULES = {
    "date-parse": Rule("date-parse", date_parse, FIELD_PARAMS + (Param("not_after_as_of", "bool", default=False),)),
    "date-order": Rule("date-order", date_order, (
        Param("earlier", "field", default="生成日期"), Param("later", "field", default="发布日期"))),
    "timeliness": Rule("timeliness", timeliness, (
        Param("field", "field", default="发布日期"), Param("start", "field", default="生成日期"),
        Param("days", "int", default=20), Param("working", "bool", default=True),
        Param("archival", "bool", default=True, help="历史文件补录不算超期"),
        Param("archival_before", "date", default="2008-05-01", help="生成日期早于此日的视为历史文件补录"),
        Param("archival_gap_days", "int", default=365, help="生成日期早于本目录最早发布日期超过此天数的视为历史文件补录"),
        Param("reposts", "bool", default=True, help="转载其他机关的信息不算超期"),
        Param("own_docno_prefixes", "list", default=[], help="本机关文号的发文机关代字，如 [曲交]（不填则从目录中学习）"),
    ), unsure_skips=True),
}
