"""The 政府信息公开工作年度报告 as a Word document, in the 2021 national format and GB/T 9704 layout.

Typesetting comes from writers/gbt9704.py (A4, margins 37/35/28/26 mm, 2号小标宋 title, 3号仿宋 body,
w:eastAsia on every run, "— N —" page numbers); this module adds the three report tables with their
merged header cells and marks (yellow highlight) every 【…】 the officer must complete and every
table number that was not given or was taken from the catalog. Imports only the report model.
"""
from __future__ import annotations

import datetime as dt
import re

from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_COLOR_INDEX, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.shared import Cm, Pt

from govopen_cli.annual_report.model import (
    SECTION_TITLES, T3_APPLICANTS, T3_COLUMN_KEYS, T3_CORNER, T3_ORG_KEYS, T3_COLUMN_LABELS, T3_ORGS,
    T4_AFTER_REVIEW, T4_DIRECT, T4_GROUPS, T4_LITIGATION, T4_RESULTS, T4_REVIEW, TABLE2_BLOCKS,
    TABLE2_CONTENT_LABEL, TABLE3_ROWS, AnnualReport,
)
from govopen_cli.writers import gbt9704 as gb
from govopen_cli.writers.atomic import saved_bytes, write_bytes_atomic

TABLE_SIZE = Pt(9)  # 小五: table 3 has ten columns and table 4 fifteen in the 156 mm 版心
TABLE_LINE = Pt(13)
MISSING = "待填"
_PLACEHOLDER = re.compile(r"(【[^】]*】)")

T2_WIDTHS = (4.8, 3.6, 3.6, 3.6)
T3_WIDTHS = (1.6, 1.8, 4.3) + (1.13,) * 7
T4_WIDTHS = (1.04,) * 15


def cn_date(day: dt.date) -> str:
    """成文日期 in Arabic numerals, no leading zeros (GB/T 9704-2012 §7.3.5): 2024年1月31日."""
    return f"{day.year}年{day.month}月{day.day}日"


def _number(value) -> str:
    if value is None:
        return MISSING
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


# --- paragraphs -------------------------------------------------------------------------------


def _highlight_placeholders(paragraph) -> None:
    for run in paragraph.runs:
        if _PLACEHOLDER.fullmatch(run.text or ""):
            run.font.highlight_color = WD_COLOR_INDEX.YELLOW


def body(document, text: str):
    """A body paragraph; 【…】 parts become their own highlighted runs."""
    parts = [part for part in _PLACEHOLDER.split(text) if part]
    paragraph = gb.body(document, text, runs=[(part, gb.FANGSONG, False) for part in parts] or [("", gb.FANGSONG, False)])
    _highlight_placeholders(paragraph)
    return paragraph


# --- tables -----------------------------------------------------------------------------------


def _new_table(document, rows: int, widths: tuple[float, ...]):
    table = document.add_table(rows=rows, cols=len(widths))
    table.style = document.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    for row in table.rows:
        row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
        for column, cell in enumerate(row.cells):
            cell.width = Cm(widths[column])
            cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    for column, width in enumerate(widths):
        table.columns[column].width = Cm(width)
    return table


def _header_rows(table, count: int) -> None:
    for row in table.rows[:count]:
        row._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))


def _merge(table, top: int, left: int, bottom: int, right: int):
    cell = table.cell(top, left)
    if (bottom, right) != (top, left):
        cell = cell.merge(table.cell(bottom, right))
        for extra in cell.paragraphs[1:]:
            if not extra.text:
                extra._element.getparent().remove(extra._element)
    return cell


def _put(cell, text: str, bold: bool = False, align=WD_ALIGN_PARAGRAPH.CENTER, mark: bool = False) -> None:
    paragraph = cell.paragraphs[0]
    paragraph.alignment = align
    fmt = paragraph.paragraph_format
    fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    fmt.line_spacing = TABLE_LINE
    fmt.space_before = fmt.space_after = Pt(0)
    gb.first_line_chars(fmt, 0)
    run = gb.add_run(paragraph, text, gb.FANGSONG, TABLE_SIZE, bold)
    if mark:
        run.font.highlight_color = WD_COLOR_INDEX.YELLOW
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def table2(document, report: AnnualReport):
    """表二: each block is a heading row, a 信息内容 row with its columns, then its rows."""
    rows = sum(2 + len(block.rows) for block in TABLE2_BLOCKS)
    table = _new_table(document, rows, T2_WIDTHS)
    index = 0
    for block in TABLE2_BLOCKS:
        _put(_merge(table, index, 0, index, 3), block.heading, bold=True)
        index += 1
        _put(table.cell(index, 0), TABLE2_CONTENT_LABEL, bold=True)
        if len(block.columns) == 1:
            _put(_merge(table, index, 1, index, 3), block.columns[0], bold=True)
        else:
            for offset, column in enumerate(block.columns, 1):
                _put(table.cell(index, offset), column, bold=True)
        index += 1
        for row in block.rows:
            _put(table.cell(index, 0), row)
            if len(block.columns) == 1:
                column = block.columns[0]
                value = report.table2.get(row, column)
                _put(_merge(table, index, 1, index, 3), _number(value),
                     mark=value is None or (row, column) in report.table2.hinted)
            else:
                for offset, column in enumerate(block.columns, 1):
                    value = report.table2.get(row, column)
                    _put(table.cell(index, offset), _number(value),
                         mark=value is None or (row, column) in report.table2.hinted)
            index += 1
    return table


def table3(document, report: AnnualReport):
    """表三: a 3-row header (corner note, 申请人情况 › 自然人 | 法人或其他组织 › five | 总计), then the
    25 rows with their labels in three merged columns, as the 2021 format prints them."""
    header = 3
    table = _new_table(document, header + len(TABLE3_ROWS), T3_WIDTHS)
    _header_rows(table, header)
    _put(_merge(table, 0, 0, 2, 2), T3_CORNER, bold=False)
    _put(_merge(table, 0, 3, 0, 9), T3_APPLICANTS, bold=True)
    _put(_merge(table, 1, 3, 2, 3), T3_COLUMN_LABELS["natural"], bold=True)
    _put(_merge(table, 1, 4, 1, 8), T3_ORGS, bold=True)
    _put(_merge(table, 1, 9, 2, 9), T3_COLUMN_LABELS["total"], bold=True)
    for offset, key in enumerate(T3_ORG_KEYS):
        _put(table.cell(2, 4 + offset), T3_COLUMN_LABELS[key], bold=True)

    first = {}  # merged label spans: level1 of 三, level2 of each group with sub-rows
    for position, row in enumerate(TABLE3_ROWS):
        first.setdefault(("1", row.level1), position)
        if row.level3:
            first.setdefault(("2", row.level2), position)
    last = {}
    for position, row in enumerate(TABLE3_ROWS):
        last[("1", row.level1)] = position
        if row.level3:
            last[("2", row.level2)] = position
    left = WD_ALIGN_PARAGRAPH.LEFT
    for position, row in enumerate(TABLE3_ROWS):
        index = header + position
        if not row.level2:
            _put(_merge(table, index, 0, index, 2), row.level1, align=left)
        else:
            if first[("1", row.level1)] == position:
                _put(_merge(table, index, 0, header + last[("1", row.level1)], 0), row.level1)
            if not row.level3:
                _put(_merge(table, index, 1, index, 2), row.level2, align=left)
            else:
                if first[("2", row.level2)] == position:
                    _put(_merge(table, index, 1, header + last[("2", row.level2)], 1), row.level2)
                _put(table.cell(index, 2), row.level3, align=left)
        for offset, column in enumerate(T3_COLUMN_KEYS):
            _put(table.cell(index, 3 + offset), str(report.table3.get(row.key, column)))
    return table


def table4(document, report: AnnualReport):
    """表四: 行政复议 (5) | 行政诉讼 (未经复议直接起诉 5 + 复议后起诉 5), one row of 15 numbers."""
    table = _new_table(document, 4, T4_WIDTHS)
    _header_rows(table, 3)
    _put(_merge(table, 0, 0, 0, 4), T4_REVIEW, bold=True)
    _put(_merge(table, 0, 5, 0, 14), T4_LITIGATION, bold=True)
    for offset, result in enumerate(T4_RESULTS):
        _put(_merge(table, 1, offset, 2, offset), result, bold=True)
    _put(_merge(table, 1, 5, 1, 9), T4_DIRECT, bold=True)
    _put(_merge(table, 1, 10, 1, 14), T4_AFTER_REVIEW, bold=True)
    for offset, result in enumerate(T4_RESULTS * 2):
        _put(table.cell(2, 5 + offset), result, bold=True)
    column = 0
    for group in T4_GROUPS:
        for result in T4_RESULTS:
            _put(table.cell(3, column), str(report.table4.get(group, result)), mark=not report.table4.given)
            column += 1
    return table


# --- the document -----------------------------------------------------------------------------


def build(report: AnnualReport):
    document = gb.new_document(report.title, report.agency if "【" not in report.agency else "govopen",
                               "govopen 生成（国办公开办函〔2021〕30号格式）", report.date)

    title = gb.title(document, gb.title_lines(report.title, report.agency))
    _highlight_placeholders(title)
    body(document, report.intro)
    tables = {SECTION_TITLES[1]: table2, SECTION_TITLES[2]: table3, SECTION_TITLES[3]: table4}
    for section in SECTION_TITLES:
        gb.heading(document, section, 1)
        paragraphs = report.sections.get(section, [])
        for paragraph in (p for p in paragraphs if p.style != "note"):
            if paragraph.style == "h2":
                gb.heading(document, paragraph.text, 2)
            else:
                for line in paragraph.text.split("\n"):
                    body(document, line)
        if section in tables:
            tables[section](document, report)
            for paragraph in (p for p in paragraphs if p.style == "note"):
                body(document, paragraph.text)

    # 落款 two lines below the text (room for the seal), kept with the last lines of the text.
    agency, _ = gb.signature(document, report.agency, cn_date(report.date), blanks=2)
    _highlight_placeholders(agency)
    gb.page_numbers(document)  # last: later python-docx edits can destroy fields
    return document


def render(report: AnnualReport) -> bytes:
    return saved_bytes(build(report))


def write(report: AnnualReport, path: str) -> None:
    write_bytes_atomic(path, render(report))
