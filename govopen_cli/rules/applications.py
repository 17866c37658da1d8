"""Rules on the 依申请公开台账 (dataset kind `applications`): application-deadline, application-category.

Deadlines follow 条例第三十至三十三条 (domain.md §1(c)); categories follow the table-3 rows of the
2021 annual-report format (domain.md §2), through the data in annual_report/categories.py.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any, Iterator, Mapping

import numpy as np
import pandas as pd

from govopen_cli.annual_report.categories import (
    applicant_choices, applicant_columns, case_choices, case_result, outcome_hint, outcome_keys, pending_outcomes,
)
from govopen_cli.calendar import WorkCalendar
from govopen_cli.rules.correction_text import correction_columns
from govopen_cli.io.dataset import Dataset
from govopen_cli.io.normalize import as_text
from govopen_cli.rules.base import Hit, Param, Rule, RuleContext, fmt_date, hits_where

RECEIVED, CORRECTED, EXTENDED, CONSULT, REPLIED = "收到日期", "补正日期", "是否延期", "征求意见天数", "答复日期"
NOTICE = "补正告知日期"
# Where a ledger writes 补正 in words (correction_text): a 补正 column of its own, then the running text.
CORRECTION_TEXT, PROCESS_TEXT = "补正情况", "办理过程"

# 是否延期: what counts as yes and as no (compared after normalisation; anything else is reported).
_NO = re.compile(r"^(否|不|无|未|没有|n|no|false|0|×|x|—|-)")
_YES = re.compile(r"^(是|已|延|经批准|y|yes|true|1|√|✓|✔)")
_CONSULT = re.compile(r"^\s*(\d{1,3})\s*(个?工作日|天|日)?\s*$")


def extension_flags(text: pd.Series) -> tuple[pd.Series, pd.Series]:
    """(extended, unreadable) for a 是否延期 column: 是/Y/已延期/true → extended; 否/empty → not."""
    from govopen_cli.io.normalize import normalize_text

    codes, uniques = pd.factorize(as_text(text))
    yes, bad = [], []
    for value in uniques:
        norm = normalize_text(value)
        recognised_no = not norm or bool(_NO.match(norm))
        yes.append(not recognised_no and bool(_YES.match(norm)))
        bad.append(not recognised_no and not yes[-1])
    yes_arr, bad_arr = np.array(yes + [False]), np.array(bad + [False])
    return (pd.Series(yes_arr[codes], index=text.index), pd.Series(bad_arr[codes], index=text.index))


def consultation_days(text: pd.Series) -> tuple[pd.Series, pd.Series]:
    """(days, unreadable) for a 征求意见天数 column: whole working days ('15', '15个工作日'); empty = 0."""
    extracted = as_text(text).str.extract(_CONSULT)[0]
    days = pd.to_numeric(extracted, errors="coerce")
    unreadable = (as_text(text).str.strip() != "") & days.isna()
    return days.fillna(0).astype(np.int64), unreadable


@dataclass
class Deadlines:
    """Per-row deadline arithmetic for a ledger (all Series share the dataset's index)."""

    received: pd.Series
    corrected: pd.Series
    start: pd.Series  # 补正日期 where given, else 收到日期 (条例第三十条、第三十一条)
    replied: pd.Series
    pending: pd.Series  # 答复日期 empty
    extended: pd.Series
    extension_unreadable: pd.Series
    consult: pd.Series
    consult_unreadable: pd.Series
    base_deadline: pd.Series  # start + days + consultation days (working days)
    extended_deadline: pd.Series  # start + days + extension_days + consultation days
    deadline: pd.Series  # extended_deadline where the extension is recorded, else base_deadline
    late: pd.Series  # replied after its deadline (an unrecorded extension does not count)
    unrecorded_extension: pd.Series  # late only because the extension is not recorded
    before_start: pd.Series  # replied before 收到日期 (or before 补正日期)
    corrected_before_received: pd.Series
    pending_overdue: pd.Series  # no reply and as_of after the deadline
    years: set[int]
    correction: Correction | None = None  # the 补正 notice and correction, and where each was read


def _optional_text(dataset: Dataset, name: str) -> pd.Series:
    if dataset.has(name):
        return dataset.text(name)
    return pd.Series([""] * len(dataset), index=dataset.index, dtype=object)


def _optional_dates(dataset: Dataset, name: str) -> pd.Series:
    if dataset.has(name):
        return dataset.dates(name).dt.normalize()
    return pd.Series(pd.NaT, index=dataset.index, dtype="datetime64[ns]")


@dataclass
class Correction:
    """The 补正 notice and the corrected application of every row, from their date columns or, where
    those are absent or empty, from the words of 补正情况 / 办理过程; `*_from` names the field each
    date was read from ('' where none)."""

    notice: pd.Series
    notice_from: pd.Series
    corrected: pd.Series
    corrected_from: pd.Series


def correction(dataset: Dataset, received: pd.Series) -> Correction:
    sources = [(NOTICE, CORRECTED, None)] + [(None, None, name) for name in (CORRECTION_TEXT, PROCESS_TEXT)]
    empty = pd.Series(pd.NaT, index=dataset.index, dtype="datetime64[ns]")
    notice, corrected = empty.copy(), empty.copy()
    notice_from = pd.Series("", index=empty.index, dtype=object)
    corrected_from = notice_from.copy()
    for notice_column, corrected_column, text_column in sources:
        if text_column is not None:
            if not dataset.has(text_column):
                continue
            found = correction_columns(dataset.text(text_column), received, own_column=text_column == CORRECTION_TEXT)
            names = (text_column, text_column)
        else:
            found = (_optional_dates(dataset, notice_column), _optional_dates(dataset, corrected_column))
            names = (notice_column, corrected_column)
        for day, target, origin, name in zip(found, (notice, corrected), (notice_from, corrected_from), names):
            fill = target.isna() & day.notna()
            target[fill] = day[fill]
            origin[fill] = name
    return Correction(notice, notice_from, corrected, corrected_from)


def compute_deadlines(dataset: Dataset, calendar: WorkCalendar, as_of: dt.date,
                      days: int = 20, extension_days: int = 20) -> Deadlines:
    """Deadline of every application, column-wise (the only per-row work is in the messages).

    The clock starts at 补正日期 when given (答复期限自收到补正的申请之日起计算), else at 收到日期; the
    start day is not counted. The limit is `days` working days, `days + extension_days` when 是否延期
    records an extension. 征求意见天数 (time spent consulting third parties or other agencies, 条例
    第三十三条第三款) is taken as working days and added to the limit.
    """
    received = _optional_dates(dataset, RECEIVED)
    told = correction(dataset, received)
    corrected = told.corrected
    replied = _optional_dates(dataset, REPLIED)
    start = corrected.where(corrected.notna() & (corrected >= received.fillna(corrected)), received)
    extended, extension_bad = extension_flags(_optional_text(dataset, EXTENDED))
    consult, consult_bad = consultation_days(_optional_text(dataset, CONSULT))
    base = calendar.add_working_days(start, consult + days)
    longer = calendar.add_working_days(start, consult + days + extension_days)
    deadline = longer.where(extended, base)
    pending = _optional_text(dataset, REPLIED).str.strip() == ""
    has_reply = replied.notna() & start.notna()
    before_received = has_reply & received.notna() & (replied < received)
    before_start = has_reply & (replied < start)
    before = before_received | before_start
    late = has_reply & ~before & (replied > deadline)
    unrecorded = late & ~extended & (replied <= longer)
    as_of_stamp = pd.Timestamp(as_of)
    pending_overdue = pending & start.notna() & (deadline < as_of_stamp)
    corrected_early = corrected.notna() & received.notna() & (corrected < received)
    used = pd.concat([start[start.notna()], deadline[deadline.notna()]])
    years = {int(year) for year in used.dt.year.unique()} if len(used) else set()
    return Deadlines(received, corrected, start, replied, pending, extended, extension_bad, consult, consult_bad,
                     base, longer, deadline, late, unrecorded, before, corrected_early, pending_overdue, years, told)


def _limit_text(limit: int, consult: int) -> str:
    text = f"{limit} 个工作日"
    return f"{text}，另加征求意见 {consult} 个工作日" if consult else text


def application_deadline(ctx: RuleContext, dataset: Dataset, params: Mapping[str, Any]) -> Iterator[Hit]:
    """依申请公开答复时限：自收到申请之日起 days（默认 20）个工作日内答复；记录了延期（是否延期为
    是/Y/已延期/true）的再延长 extension_days（默认 20）个工作日，共 40 个工作日（条例第三十三条）。

    收到补正的，自补正日期起重新计算（条例第三十条）；补正日期、补正告知日期没有单独的列时，从
    “补正情况”列或办理过程、备注中写明的日期读取（如“10月9日告知补正，10月16日收到补正材料”）。
    征求意见天数（征求第三方和其他机关意见所需时间，条例第三十三条第三款）按工作日计，不计入期限。起算日不计入；工作日按国务院节假日安排。
    报告：答复晚于期限（超过 20 个工作日而未记录延期的，也算超期）；截至检查日期（--as-of）尚未
    答复且已超过期限；答复日期早于收到日期或补正日期；补正日期早于收到日期；是否延期、征求意见天数
    无法识别；记有补正告知的，补正告知晚于收到申请后 correction_days（默认 7）个工作日
    （条例第三十条），或早于收到日期。
    """
    days, extra = int(params["days"]), int(params["extension_days"])
    result = compute_deadlines(dataset, ctx.calendar, ctx.as_of, days, extra)
    ctx.years_counted.update(result.years)
    start_name = np.where(result.start.ne(result.received) & result.corrected.notna(), "收到补正日期", RECEIVED)

    def origin(i: int) -> str:
        return f"{start_name[i]} {fmt_date(result.start.iat[i])}"

    def limit(i: int) -> str:
        total = days + extra if result.extended.iat[i] else days
        return _limit_text(total, int(result.consult.iat[i]))

    if dataset.has(CORRECTED):
        yield from hits_where(dataset, result.corrected_before_received, CORRECTED,
                              lambda i: f"补正日期 {fmt_date(result.corrected.iat[i])} 早于收到日期 "
                                        f"{fmt_date(result.received.iat[i])}")
    if dataset.has(EXTENDED):
        yield from hits_where(dataset, result.extension_unreadable, EXTENDED,
                              lambda i: f"是否延期“{dataset.text(EXTENDED).iat[i]}”无法识别（应为 是 或 否），按未延期计算")
    if dataset.has(CONSULT):
        yield from hits_where(dataset, result.consult_unreadable, CONSULT,
                              lambda i: f"征求意见天数“{dataset.text(CONSULT).iat[i]}”不是工作日天数（应为整数，如 15），按 0 计算")

    def before_message(i: int) -> str:
        received = result.received.iat[i]
        if pd.notna(received) and result.replied.iat[i] < received:
            return f"答复日期 {fmt_date(result.replied.iat[i])} 早于收到日期 {fmt_date(received)}"
        return f"答复日期 {fmt_date(result.replied.iat[i])} 早于收到补正日期 {fmt_date(result.start.iat[i])}"

    yield from hits_where(dataset, result.before_start, REPLIED, before_message)

    def late_message(i: int) -> str:
        replied = fmt_date(result.replied.iat[i])
        if result.unrecorded_extension.iat[i]:
            return (f"{origin(i)}，答复期限 {fmt_date(result.base_deadline.iat[i])}（{_limit_text(days, int(result.consult.iat[i]))}），"
                    f"{replied} 才答复；未记录延期（延长答复期限须经负责人同意并告知申请人，是否延期应填“是”）")
        extended = "已延期，" if result.extended.iat[i] else ""
        return f"{origin(i)}，{extended}答复期限 {fmt_date(result.deadline.iat[i])}（{limit(i)}），{replied} 才答复，超过法定期限"

    yield from hits_where(dataset, result.late, REPLIED, late_message)

    def pending_message(i: int) -> str:
        return (f"截至 {ctx.as_of:%Y-%m-%d} 尚未答复，已超过答复期限 {fmt_date(result.deadline.iat[i])}"
                f"（{origin(i)}，{'已延期，' if result.extended.iat[i] else ''}{limit(i)}）")

    yield from hits_where(dataset, result.pending_overdue, REPLIED, pending_message, value=lambda i: "")
    yield from _correction_notice(ctx, dataset, result.received, result.correction, int(params["correction_days"]))


def _correction_notice(ctx: RuleContext, dataset: Dataset, received: pd.Series, told: Correction | None,
                       limit: int) -> Iterator[Hit]:
    """条例第三十条: the 补正 notice within `limit` (7) working days of 收到日期, start day not counted;
    the notice is read from 补正告知日期, or from the words of 补正情况 / 办理过程."""
    told = told or correction(dataset, received)
    notice, origin = told.notice, told.notice_from
    both = notice.notna() & received.notna()
    deadline = ctx.calendar.add_working_days(received, limit)
    ctx.years_counted.update(int(year) for year in deadline[both].dt.year.unique())

    def what(i: int) -> str:
        return "补正告知日期" if origin.iat[i] == NOTICE else f"{origin.iat[i]}记载的补正告知日期"

    def when(i: int) -> str:
        day = fmt_date(notice.iat[i])
        return f"{day} 才告知" if origin.iat[i] == NOTICE else f"{origin.iat[i]}记载 {day} 才告知"

    for name in dict.fromkeys(origin[both]):
        here = both & (origin == name)
        yield from hits_where(dataset, here & (notice < received), name,
                              lambda i: f"{what(i)} {fmt_date(notice.iat[i])} 早于收到日期 {fmt_date(received.iat[i])}")
        yield from hits_where(
            dataset, here & (notice > deadline), name,
            lambda i: f"收到日期 {fmt_date(received.iat[i])}，补正告知应在 {fmt_date(deadline.iat[i])} 前发出（{limit} 个工作日），"
                      f"{when(i)}，超过期限（条例第三十条：自收到申请之日起{limit}个工作日内一次性告知）")


def application_category(ctx: RuleContext, dataset: Dataset, params: Mapping[str, Any]) -> Iterator[Hit]:
    """依申请公开台账分类：申请人类型、答复结果能归入政府信息公开工作年度报告表三的列和行
    （国办公开办函〔2021〕30号格式），行政复议结果、行政诉讼结果能归入表四的结果。

    识别常见写法（部分公开、区分处理 → （二）部分公开；信息不存在、本机关不掌握 → （四）1；重复申请 →
    （五）2；带不带（三）、1. 编号，繁体也可）；无法归类的值报告并列出可用的取值。申请人类型为空、
    已答复（有答复日期）但答复结果为空、有答复结果但没有答复日期，也各报告一条。
    """
    names = list(params.get("fields") or [])
    if "申请人类型" in names and dataset.has("申请人类型"):
        text = dataset.text("申请人类型")
        columns = applicant_columns(text)
        # A 合计 line under the table has no dates either: only applications need a type.
        dated = (_optional_text(dataset, RECEIVED) != "") | (_optional_text(dataset, REPLIED) != "")
        yield from hits_where(dataset, (text == "") & dated, "申请人类型", "申请人类型为空，无法计入年度报告表三")
        yield from hits_where(dataset, (text != "") & (columns == ""), "申请人类型",
                              lambda i: f"申请人类型“{text.iat[i]}”无法归入年度报告表三的列（可用：{applicant_choices()}）")
    if "答复结果" in names and dataset.has("答复结果"):
        text = dataset.text("答复结果")
        keys = outcome_keys(text)
        pending = pending_outcomes(text)  # 办理中, 待答复 …: no result yet
        no_result = (text == "") | pending
        yield from hits_where(dataset, ~no_result & (keys == ""), "答复结果",
                              lambda i: f"答复结果“{text.iat[i]}”{outcome_hint(text.iat[i])}")
        if dataset.has(REPLIED):
            replied = dataset.text(REPLIED)
            yield from hits_where(dataset, no_result & (replied != ""), "答复结果",
                                  lambda i: f"已答复（答复日期 {replied.iat[i]}）但答复结果为空，无法计入年度报告表三"
                                            if text.iat[i] == "" else
                                            f"已答复（答复日期 {replied.iat[i]}）但答复结果为“{text.iat[i]}”，无法计入年度报告表三")
            yield from hits_where(dataset, ~no_result & (replied == ""), REPLIED,
                                  lambda i: f"有答复结果“{text.iat[i]}”但答复日期为空，无法确定是否在本年办结")
    for name in ("行政复议结果", "行政诉讼结果"):
        if name in names and dataset.has(name):
            text = dataset.text(name)
            codes, uniques = pd.factorize(text)
            unknown = np.array([case_result(value) is None for value in uniques] + [False])[codes]
            yield from hits_where(dataset, unknown, name,
                                  lambda i, name=name, text=text: f"{name}“{text.iat[i]}”无法归入年度报告表四（可用：{case_choices()}）")


def _deadline_fields(params: Mapping[str, Any]) -> list[str]:
    return [RECEIVED, REPLIED]  # 补正日期, 是否延期, 征求意见天数 are optional columns


def _category_fields(params: Mapping[str, Any]) -> list[str]:
    return []  # each named field is checked when the ledger has it


def _deadline_problems(params: Mapping[str, Any]) -> list[str]:
    problems = []
    for name in ("days", "extension_days", "correction_days"):
        value = params.get(name)
        if isinstance(value, int) and not isinstance(value, bool) and value < 0:
            problems.append(f"{name} 不能为负数")
    return problems


RULES = {
    "application-deadline": Rule("application-deadline", application_deadline, (
        Param("days", "int", default=20, help="答复期限（工作日），条例第三十三条"),
        Param("extension_days", "int", default=20, help="记录延期后可再延长的工作日"),
        Param("correction_days", "int", default=7, help="补正告知期限（工作日），条例第三十条"),
    ), kind="applications", needs=_deadline_fields, problems=_deadline_problems),
    "application-category": Rule("application-category", application_category, (
        Param("fields", "fields", default=["申请人类型", "答复结果"]),
    ), kind="applications", needs=_category_fields),
}
