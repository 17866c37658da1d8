"""The annual-report tables as an Excel workbook: 表二, 表三, 表四 laid out as in the 2021 format
(merged header cells, verbatim labels), 台账归类 (how every ledger row was counted, for a hand
check) and 说明 (what the officer should check). Imports only the report model."""
from __future__ import annotations

import datetime as dt

from openpyxl import Workbook
from openpyxl.packaging.custom import StringProperty
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from govopen_cli.annual_report.model import (
    T3_APPLICANTS, T3_COLUMN_KEYS, T3_COLUMN_LABELS, T3_CORNER, T3_ORG_KEYS, T3_ORGS, T3_ROWS, T4_AFTER_REVIEW,
    T4_DIRECT, T4_GROUPS, T4_LITIGATION, T4_RESULTS, T4_REVIEW, TABLE2_BLOCKS, TABLE2_CONTENT_LABEL, TABLE3_ROWS,
    AnnualReport,
)
from govopen_cli.writers import print_setup
from govopen_cli.writers.atomic import saved_bytes, write_bytes_atomic
from govopen_cli.writers.officer_cells import MARK as OWN_OUTPUT

FONT = "宋体"
THIN = Side(style="thin", color="000000")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
MARK = PatternFill("solid", fgColor="FFFF00")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
LEFT = Alignment(horizontal="left", vertical="center", wrap_text=True)
MISSING = "待填"


def _text_cell(ws, row: int, column: int, value):
    """A cell whose text comes from an input file: never a formula (=HYPERLINK(…) stays text)."""
    cell = ws.cell(row, column, value)
    if isinstance(value, str) and value.startswith(("=", "+", "-", "@")):
        cell.data_type = "s"
    return cell


def _cell(ws, row: int, column: int, value, bold: bool = False, align=CENTER, mark: bool = False,
          to_row: int | None = None, to_column: int | None = None) -> None:
    to_row, to_column = to_row or row, to_column or column
    for r in range(row, to_row + 1):
        for c in range(column, to_column + 1):
            ws.cell(r, c).border = BORDER
    if (to_row, to_column) != (row, column):
        ws.merge_cells(start_row=row, start_column=column, end_row=to_row, end_column=to_column)
    cell = ws.cell(row, column)
    cell.value = value
    cell.font = Font(name=FONT, size=10, bold=bold)
    cell.alignment = align
    if mark:
        cell.fill = MARK


def _title(ws, text: str, width: int) -> None:
    _cell(ws, 1, 1, text, bold=True, to_column=width)
    ws.cell(1, 1).font = Font(name=FONT, size=12, bold=True)
    ws.cell(1, 1).border = Border()
    ws.row_dimensions[1].height = 24


def table2_sheet(wb: Workbook, report: AnnualReport) -> None:
    ws = wb.create_sheet("表二 主动公开")
    _title(ws, "二、主动公开政府信息情况", 4)
    row = 2
    for block in TABLE2_BLOCKS:
        _cell(ws, row, 1, block.heading, bold=True, to_column=4)
        row += 1
        _cell(ws, row, 1, TABLE2_CONTENT_LABEL, bold=True)
        if len(block.columns) == 1:
            _cell(ws, row, 2, block.columns[0], bold=True, to_column=4)
        else:
            for offset, column in enumerate(block.columns):
                _cell(ws, row, 2 + offset, column, bold=True)
        row += 1
        for name in block.rows:
            _cell(ws, row, 1, name)
            spans = [(block.columns[0], 2, 4)] if len(block.columns) == 1 else [
                (column, 2 + offset, 2 + offset) for offset, column in enumerate(block.columns)]
            for column, start, end in spans:
                value = report.table2.get(name, column)
                _cell(ws, row, start, MISSING if value is None else value, to_column=end,
                      mark=value is None or (name, column) in report.table2.hinted)
            row += 1
    ws.column_dimensions["A"].width = 22
    for letter in "BCD":
        ws.column_dimensions[letter].width = 16
    print_setup.a4(ws, print_setup.column_widths(ws, 4), (1, 1))


def table3_sheet(wb: Workbook, report: AnnualReport) -> None:
    ws = wb.create_sheet("表三 依申请公开")
    _title(ws, "三、收到和处理政府信息公开申请情况", 10)
    _cell(ws, 2, 1, T3_CORNER, to_row=4, to_column=3)
    _cell(ws, 2, 4, T3_APPLICANTS, bold=True, to_column=10)
    _cell(ws, 3, 4, T3_COLUMN_LABELS["natural"], bold=True, to_row=4)
    _cell(ws, 3, 5, T3_ORGS, bold=True, to_column=9)
    _cell(ws, 3, 10, T3_COLUMN_LABELS["total"], bold=True, to_row=4)
    for offset, key in enumerate(T3_ORG_KEYS):
        _cell(ws, 4, 5 + offset, T3_COLUMN_LABELS[key], bold=True)
    start = 5
    spans1: dict[str, list[int]] = {}
    spans2: dict[str, list[int]] = {}
    for position, row in enumerate(TABLE3_ROWS):
        if row.level2:
            spans1.setdefault(row.level1, []).append(position)
        if row.level3:
            spans2.setdefault(row.level2, []).append(position)
    for position, row in enumerate(TABLE3_ROWS):
        r = start + position
        if not row.level2:
            _cell(ws, r, 1, row.level1, align=LEFT, to_column=3)
        else:
            members = spans1[row.level1]
            if members[0] == position:
                _cell(ws, r, 1, row.level1, to_row=start + members[-1])
            if not row.level3:
                _cell(ws, r, 2, row.level2, align=LEFT, to_column=3)
            else:
                group = spans2[row.level2]
                if group[0] == position:
                    _cell(ws, r, 2, row.level2, to_row=start + group[-1])
                _cell(ws, r, 3, row.level3, align=LEFT)
        for offset, column in enumerate(T3_COLUMN_KEYS):
            _cell(ws, r, 4 + offset, report.table3.get(row.key, column))
    ws.column_dimensions["A"].width = 12
    ws.column_dimensions["B"].width = 16
    ws.column_dimensions["C"].width = 40
    for column in range(4, 11):
        ws.column_dimensions[get_column_letter(column)].width = 9
    ws.freeze_panes = "D5"
    print_setup.a4(ws, print_setup.column_widths(ws, 10), (1, 4))


def table4_sheet(wb: Workbook, report: AnnualReport) -> None:
    ws = wb.create_sheet("表四 复议诉讼")
    _title(ws, "四、政府信息公开行政复议、行政诉讼情况", 15)
    _cell(ws, 2, 1, T4_REVIEW, bold=True, to_column=5)
    _cell(ws, 2, 6, T4_LITIGATION, bold=True, to_column=15)
    for offset, result in enumerate(T4_RESULTS):
        _cell(ws, 3, 1 + offset, result, bold=True, to_row=4)
    _cell(ws, 3, 6, T4_DIRECT, bold=True, to_column=10)
    _cell(ws, 3, 11, T4_AFTER_REVIEW, bold=True, to_column=15)
    for offset, result in enumerate(T4_RESULTS * 2):
        _cell(ws, 4, 6 + offset, result, bold=True)
    column = 1
    for group in T4_GROUPS:
        for result in T4_RESULTS:
            _cell(ws, 5, column, report.table4.get(group, result), mark=not report.table4.given)
            column += 1
    for column in range(1, 16):
        ws.column_dimensions[get_column_letter(column)].width = 9
    print_setup.a4(ws, print_setup.column_widths(ws, 15), (1, 4))


ENTRY_HEADERS = ("文件", "工作表", "行号", "申请编号", "申请人类型", "计入列", "收到日期", "答复日期", "答复结果",
                 "计入", "计入行", "依据", "答复期限", "超期")


def entries_sheet(wb: Workbook, report: AnnualReport) -> None:
    ws = wb.create_sheet("台账归类")
    for column, header in enumerate(ENTRY_HEADERS, 1):
        _cell(ws, 1, column, header, bold=True)
    intake = {"1": "一、本年新收", "2": "二、上年结转"}
    for index, entry in enumerate(report.entries, 2):
        row_label = T3_ROWS[entry.row_key].label if entry.row_key in T3_ROWS else entry.row_key
        values = (entry.file, entry.sheet or "", entry.row, entry.number, entry.applicant,
                  T3_COLUMN_LABELS.get(entry.column, entry.column),
                  entry.received, entry.replied, entry.outcome, intake.get(entry.intake, entry.intake), row_label,
                  entry.basis, entry.deadline, "是" if entry.overdue else "")
        for column, value in enumerate(values, 1):
            cell = _text_cell(ws, index, column, value)
            cell.font = Font(name=FONT, size=10)
            if isinstance(value, dt.date):
                cell.number_format = "yyyy-mm-dd"
            if entry.overdue and column == len(values):
                cell.fill = MARK
    widths = (24, 12, 6, 14, 14, 12, 12, 12, 28, 12, 40, 30, 12, 6)
    for column, width in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(column)].width = width
    ws.freeze_panes = "A2"
    print_setup.a4(ws, widths, (1, 1))
    if report.entries:
        ws.auto_filter.ref = f"A1:{get_column_letter(len(ENTRY_HEADERS))}{len(report.entries) + 1}"


def notes_sheet(wb: Workbook, report: AnnualReport) -> None:
    ws = wb.create_sheet("说明")
    lines = [report.title, f"统计期限：{report.year}年1月1日至{report.year}年12月31日"]
    lines += [f"数据来源：{name} {path}" for name, path in report.sources.items()]
    lines += ["标黄的数字和【……】为需要核对或补充的内容。", *report.notes]
    for index, line in enumerate(lines, 1):
        _text_cell(ws, index, 1, line).font = Font(name=FONT, size=11, bold=index == 1)
    ws.column_dimensions["A"].width = 100
    print_setup.a4(ws, [100])


def build(report: AnnualReport) -> Workbook:
    wb = Workbook()
    wb.remove(wb.active)
    table2_sheet(wb, report)
    table3_sheet(wb, report)
    table4_sheet(wb, report)
    entries_sheet(wb, report)
    notes_sheet(wb, report)
    stamp = dt.datetime.combine(report.date, dt.time(9, 0))
    wb.properties.created = wb.properties.modified = stamp
    wb.properties.creator = wb.properties.lastModifiedBy = "govopen"
    wb.properties.title = report.title
    wb.custom_doc_props.append(StringProperty(name=OWN_OUTPUT, value="年度报告工作簿"))  # skipped in a folder check
    return wb


def render(report: AnnualReport) -> bytes:
    return saved_bytes(build(report))


def write(report: AnnualReport, path: str) -> None:
    write_bytes_atomic(path, render(report))
