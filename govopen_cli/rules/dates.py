"""Date rules: date-parse, date-order, timeliness."""
from __future__ import annotations

from typing import Any, Iterator, Mapping

import pandas as pd

from govopen_cli.io.dataset import Dataset
from govopen_cli.rules.base import (FIELD_PARAMS, Hit, Param, Rule, RuleContext, as_fields, elapsed_days, fmt_date,
                                    hits_where)


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
            future = dates.dt.normalize() > pd.Timestamp(ctx.as_of)
            yield from hits_where(dataset, future, name,
                                  lambda i, name=name: f"{name} {fmt_date(dates.iat[i])} 晚于检查日期 {ctx.as_of:%Y-%m-%d}")


def date_order(ctx: RuleContext, dataset: Dataset, params: Mapping[str, Any]) -> Iterator[Hit]:
    """日期先后：earlier 字段的日期不能晚于 later 字段（例如生成日期不晚于发布日期）。

    只比较两个日期都可读的行；不可读的日期由 date-parse 报告。问题记在 later 字段的单元格上。
    """
    earlier, later = params["earlier"], params["later"]
    first, second = dataset.dates(earlier).dt.normalize(), dataset.dates(later).dt.normalize()
    wrong = first.notna() & second.notna() & (first > second)
    yield from hits_where(dataset, wrong, later,
                          lambda i: f"{later} {fmt_date(second.iat[i])} 早于{earlier} {fmt_date(first.iat[i])}")


def timeliness(ctx: RuleContext, dataset: Dataset, params: Mapping[str, Any]) -> Iterator[Hit]:
    """及时公开：field（发布日期）距 start（生成日期）不超过 days 个工作日（条例第二十六条：20个工作日）。

    工作日按国务院节假日安排计算（chinesecalendar，超出其数据的年份取 govopen.yaml 的 holidays，
    都没有时按周一至周五并在结果中提示）；起算日不计入。working: false 时按自然日计算。
    """
    start_field, end_field, limit = params["start"], params["field"], int(params["days"])
    start, end = dataset.dates(start_field).dt.normalize(), dataset.dates(end_field).dt.normalize()
    both = start.notna() & end.notna()
    elapsed, unit = elapsed_days(ctx, start, end, params.get("working", True))
    late = both & (elapsed > limit)
    yield from hits_where(
        dataset, late, end_field,
        lambda i: f"{start_field} {fmt_date(start.iat[i])}，{end_field} {fmt_date(end.iat[i])}，"
                  f"相隔 {int(elapsed.iat[i])} {unit}，超过 {limit} {unit}的公开时限",
    )


RULES = {
    "date-parse": Rule("date-parse", date_parse, FIELD_PARAMS + (Param("not_after_as_of", "bool", default=False),)),
    "date-order": Rule("date-order", date_order, (
        Param("earlier", "field", default="生成日期"), Param("later", "field", default="发布日期"))),
    "timeliness": Rule("timeliness", timeliness, (
        Param("field", "field", default="发布日期"), Param("start", "field", default="生成日期"),
        Param("days", "int", default=20), Param("working", "bool", default=True)), unsure_skips=True),
}
