"""The Word self-inspection report (自查报告), typeset per GB/T 9704-2012.

Form of seeds/002 (交通局政务公开自评自查报告) and DESIGN §8: title; an opening paragraph; 一、总体情况
with （一）（二）… one per task; 二、存在的问题及整改措施; 三、下一步工作安排; the 附件说明 line; the
agency name and date (落款); then, on a new page, 附件1: the summary table. The prose comes from `report_text`; the typesetting from `gbt9704`.
"""
from __future__ import annotations

from typing import Iterable

from govopen_cli.result import Result
from govopen_cli.writers import gbt9704 as gb
from govopen_cli.writers import report_text as rt
from govopen_cli.writers.atomic import write_document_atomic

SUMMARY_WIDTHS_CM = [1.0, 2.6, 6.9, 2.3, 1.4, 1.4]  # 15.6 cm: the 156 mm 版心; one row per check
SUMMARY_TASK_WIDTHS_CM = [1.0, 5.2, 4.4, 2.2, 1.4, 1.4]  # one row per task: room for the task title


def build(result: Result, next_steps: Iterable[str] | None = None):
    """The python-docx Document of the report (not saved)."""
    info = rt.report_info(result, next_steps)
    clean = rt.clean

    opening = rt.opening(result, info)
    overview = rt.overview(result, info)
    grouped = rt.findings_by_check(result)
    tasks = [(f"（{rt.cn_number(number)}）{rt.strip_end(view.title)}", rt.task_paragraphs(view, result, info, grouped))
             for number, view in enumerate(rt.task_views(result), 1)]
    found = rt.problems(result, info.office)
    intro = rt.problems_intro(result, info, found)
    steps = rt.next_step_items(result, info, found)
    rows, groups = [], []
    for task_title, lines in rt.summary_rows(result, info.office):
        groups.append(len(lines))
        for index, (number, check, units, status, count) in enumerate(lines):
            rows.append([number, clean(task_title) if index == 0 else "", clean(check), clean(units), status, count])
    contact = rt.contact_line(info)
    widths = SUMMARY_WIDTHS_CM if len(result.checks) <= rt.SUMMARY_BY_CHECK_MAX else SUMMARY_TASK_WIDTHS_CM

    document = gb.new_document(clean(info.title), clean(info.agency or "govopen"), "govopen 生成", info.date)

    gb.title(document, gb.title_lines(clean(info.title), clean(info.agency or "") or None))
    gb.body(document, clean(opening))

    # 一、总体情况
    gb.heading(document, "一、总体情况", 1)
    for text in overview:
        gb.body(document, clean(text))
    for heading, paragraphs in tasks:
        gb.heading(document, clean(heading), 2)
        for text in paragraphs:
            gb.body(document, clean(text))

    # 二、存在的问题及整改措施
    gb.heading(document, "二、存在的问题及整改措施", 1)
    gb.body(document, clean(intro))
    if found:
        gb.heading(document, "（一）存在的问题", 2)
        for number, (lead, text) in enumerate(rt.problem_items(found), 1):
            gb.body(document, "", runs=[(f"{number}.{clean(lead)}", gb.FANGSONG, True), (clean(text), gb.FANGSONG, False)])
        gb.heading(document, "（二）整改措施", 2)
        for number, text in enumerate(rt.measure_items(found, info), 1):
            gb.body(document, f"{number}.{clean(text)}")
        gb.body(document, clean(rt.ledger_note(info)))

    # 三、下一步工作安排
    gb.heading(document, "三、下一步工作安排", 1)
    for number, text in enumerate(steps, 1):
        gb.body(document, f"{number}.{clean(text)}")

    # 附件说明, then the 落款 kept with the last lines of text (§7.3.4, §7.3.5); the contact note below.
    caption = f"{clean(info.agency or '')}{info.year}年度政务公开自查情况汇总表"
    gb.attachment_note(document, [caption])
    gb.signature(document, clean(info.signature), rt.cn_date(info.date))
    if contact:
        gb.last_paragraph(document).paragraph_format.keep_with_next = True
        gb.body(document, clean(contact))

    # 附件1 on a new page: the summary table, its caption kept with it, header row repeated.
    gb.attachment_page(document, 1, gb.title_lines(caption, clean(info.agency or "") or None))
    gb.table(document, rt.SUMMARY_HEADERS, rows, widths, centred={0, 3, 4, 5}, merge_column=1, groups=groups)
    gb.page_numbers(document)  # last: later python-docx edits can destroy fields (anchors §4.1)
    return document


def write(result: Result, path: str, next_steps: Iterable[str] | None = None) -> None:
    """Write the report to `path` atomically (a temp file in the same folder, then a rename)."""
    document = build(result, next_steps)
    write_document_atomic(path, document)
