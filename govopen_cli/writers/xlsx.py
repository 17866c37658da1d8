"""The Excel workbook of the self-inspection: 汇总, 检查明细, 问题清单, 不计为问题 (when a check set
rows aside), 整改台账, 人工核查.

- Every sheet: a bold header row that stays frozen, an AutoFilter, column widths that fit Chinese
  text (a CJK character counts two), red/amber/green status fills, dates as real date cells.
- 整改台账 has a 整改状态 dropdown (未整改/整改中/已整改) coloured by conditional formatting, so the
  colour follows what the officer picks; 人工核查 has a 结论 dropdown (符合/不符合/不适用) and is read
  back by `--answers` (govopen_cli.answers), so the next run's report carries the conclusions.
- Values copied from the inputs are untrusted: every string is written as a string cell (never a
  formula, even when it starts with = + - @; those also get Excel's quote prefix so editing the cell
  keeps it text), control characters Excel rejects are removed, and over-long text is cut to
  Excel's 32,767-character cell limit.
- Written in openpyxl's write-only mode (rows streamed), so 100,000 findings stay cheap in memory.
"""
from __future__ import annotations

import datetime as dt
from copy import copy
from dataclasses import dataclass
from typing import Any, Iterable, Iterator

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from govopen_cli.labels import rule_label
from govopen_cli.progress import bar as progress_bar
from govopen_cli.result import SEVERITY_LABELS, STATUS_LABELS, CheckResult, Result, task_status
from govopen_cli.writers import check_notes, print_setup
from govopen_cli.writers.report_findings import set_aside_total
from govopen_cli.writers import report_text as rt
from govopen_cli.writers import officer_cells as oc
from govopen_cli.writers.atomic import write_document_atomic
from govopen_cli.writers.layout import display_width as text_width
from govopen_cli.writers.xlsx_rows import FORMULA_STARTS, SplicingWorkbook

SHEETS = ("汇总", "检查明细", "问题清单", "整改台账", "人工核查")
NOTES_SHEET = "不计为问题"  # written after 问题清单 when a check set rows aside or did not judge an input
NOTES_IN_DETAILS = 10  # set-aside rows spelled out in 检查明细's 说明 cell; all of them are in NOTES_SHEET
RECTIFICATION_STATES = ("未整改", "整改中", "已整改")
CONCLUSIONS = ("符合", "不符合", "不适用")
MANUAL_SHEET = "人工核查"
MANUAL_HEADERS = ("序号", "检查项编号", "任务", "检查项", "核查指引", "责任单位", "依据", "结论", "佐证材料", "核查人", "日期", "备注")
EXCEL_MAX_ROWS = 1_048_576
EXCEL_MAX_CELL = 32_767
DATE_FORMAT = "yyyy-mm-dd"
FONT_NAME = "宋体"
WIDTH_SAMPLE = 2000  # rows looked at to fit column widths
ROW_LINE_HEIGHT = 14.5  # points per line of 11 pt 宋体
PLAIN_ABOVE = 5000  # findings beyond which 问题清单 is written without borders (three times faster)
BARE_ABOVE = 50_000  # and beyond which without wrapping or severity colours either (another third faster)

RED = (PatternFill("solid", fgColor="FFC7CE"), Font(name=FONT_NAME, size=11, color="9C0006"))
AMBER = (PatternFill("solid", fgColor="FFEB9C"), Font(name=FONT_NAME, size=11, color="9C5700"))
GREEN = (PatternFill("solid", fgColor="C6EFCE"), Font(name=FONT_NAME, size=11, color="006100"))
GREY = (PatternFill("solid", fgColor="EDEDED"), Font(name=FONT_NAME, size=11, color="595959"))
STATUS_FILLS = {"fail": RED, "error": RED, "manual": AMBER, "waived": AMBER, "pass": GREEN, "n/a": GREY}
SEVERITY_FILLS = {"error": RED, "warning": AMBER, "info": GREEN}
CHOICE_FILLS = {"未整改": RED, "整改中": AMBER, "已整改": GREEN, "不符合": RED, "不适用": AMBER, "符合": GREEN}

THIN = Side(style="thin", color="BFBFBF")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
HEADER_FONT = Font(name=FONT_NAME, size=11, bold=True)
BODY_FONT = Font(name=FONT_NAME, size=11)
TITLE_FONT = Font(name=FONT_NAME, size=14, bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")
TOP = Alignment(vertical="top")
CENTRE = Alignment(horizontal="center", vertical="top")
HEADER_ALIGN = Alignment(horizontal="center", vertical="center", wrap_text=True)


@dataclass
class Column:
    header: str
    kind: str = "text"  # text | wrap | int | date | status | severity | choice
    max_width: float = 40


def text(value: Any) -> str:
    """Untrusted text made safe for a cell: no illegal control characters, within Excel's limit."""
    value = rt.clean(value, keep_newlines=True)
    if len(value) > EXCEL_MAX_CELL:
        value = value[: EXCEL_MAX_CELL - 1] + "…"
    return value


def display_width(value: Any) -> float:
    if value is None:
        return 0
    if isinstance(value, (dt.date, dt.datetime)):
        return 10
    return max((text_width(line) for line in str(value).split("\n")), default=0)


def as_date(value: Any) -> dt.date | None:
    return rt.as_date(value)


class Sheet:
    """A write-only sheet with a header row, fitted widths, frozen header and AutoFilter."""

    def __init__(self, workbook: Workbook, title: str, columns: list[Column], sample: list[list[Any]],
                 header_row: int = 1, preamble: Iterable[list[Any]] = (), plain: bool = False, bare: bool = False):
        self.ws = workbook.create_sheet(title)
        self.plain = plain or bare  # large sheets: no borders, plain text and number cells written as they are
        self.bare = bare  # very large sheets: every text cell written as it is (one line, no colour)
        self.columns = columns
        self.header_row = header_row
        self.rows_written = 0
        self._styles: dict[tuple, Any] = {}
        for index, column in enumerate(columns):
            widths = [display_width(row[index]) for row in sample[:WIDTH_SAMPLE] if index < len(row)]
            fitted = max([display_width(column.header) + 2, *[w + 2 for w in widths]])
            if column.kind == "date":
                fitted = max(fitted, 12)
            self.ws.column_dimensions[get_column_letter(index + 1)].width = min(max(fitted, 6), column.max_width)
        self.ws.freeze_panes = f"A{header_row + 1}"
        print_setup.a4(self.ws, [self.ws.column_dimensions[get_column_letter(index + 1)].width
                                 for index in range(len(columns))], (header_row, header_row))
        for number, row in enumerate(preamble):
            cells = [self.cell(value, Column("")) for value in row]
            for cell in cells:
                if hasattr(cell, "font"):  # a styled cell, not a plain value
                    cell.border = Border()
                    cell.font = TITLE_FONT if number == 0 else BODY_FONT
            self.ws.append(cells)
        self.ws.append([self._header(column.header) for column in columns])

    def _header(self, value: str) -> WriteOnlyCell:
        cell = WriteOnlyCell(self.ws, value=value)
        cell.font, cell.fill, cell.alignment, cell.border = HEADER_FONT, HEADER_FILL, HEADER_ALIGN, BORDER
        return cell

    def _styled(self, cell: WriteOnlyCell, key: tuple, **attributes) -> WriteOnlyCell:
        """Apply a combination of font, fill, border, alignment, number format. Setting them one by
        one hashes every style object per cell; the combination is built once and copied."""
        cached = self._styles.get(key)
        if cached is None:
            for name, value in attributes.items():
                setattr(cell, name, value)
            self._styles[key] = copy(cell._style)
        else:
            cell._style = copy(cached)
        return cell

    def cell(self, value: Any, column: Column, fill_key: str | None = None) -> Any:
        kind = column.kind
        if kind == "date":
            day = as_date(value)
            if day is None and value not in (None, ""):  # not a date: keep what was given, as text
                return self.cell(value, Column(column.header))
            cell = WriteOnlyCell(self.ws, value=day)
            return self._styled(cell, ("date",), number_format=DATE_FORMAT, font=BODY_FONT, alignment=CENTRE,
                                border=BORDER)
        quoted = False
        raw_kinds = ("text", "int", "wrap", "severity") if self.bare else ("text", "int")
        if self.plain and kind in raw_kinds and not isinstance(value, bool):
            if value is None or isinstance(value, (int, float)):
                return value
            value = text(value)
            if not value.startswith(FORMULA_STARTS):
                return value  # a plain string: openpyxl writes it as a string cell
        if value is None:
            cell = WriteOnlyCell(self.ws, value=None)
        elif isinstance(value, bool):
            cell = WriteOnlyCell(self.ws, value=str(value))
        elif isinstance(value, (int, float)) and kind == "int":
            cell = WriteOnlyCell(self.ws, value=value)
        else:
            value = text(value)
            cell = WriteOnlyCell(self.ws, value=value)
            cell.data_type = "s"  # never a formula, whatever the text starts with
            quoted = value.startswith(FORMULA_STARTS)
        alignment = WRAP if kind == "wrap" else CENTRE if kind in ("int", "status", "severity", "choice") else TOP
        fills = {"status": STATUS_FILLS, "severity": SEVERITY_FILLS}.get(kind)
        fill, font = fills[fill_key] if fills and fill_key in fills else (None, BODY_FONT)
        attributes = {"font": font, "alignment": alignment}
        if not self.plain:
            attributes["border"] = BORDER
        if fill is not None:
            attributes["fill"] = fill
        if quoted:
            attributes["quotePrefix"] = True
        return self._styled(cell, (kind, fill_key if fill else None, quoted), **attributes)

    def append(self, values: list[Any], fill_keys: dict[int, str] | None = None) -> None:
        fill_keys = fill_keys or {}
        if not self.plain:
            self._fit_height(values)
        self.ws.append([self.cell(value, column, fill_keys.get(index))
                        for index, (value, column) in enumerate(zip(values, self.columns))])
        self.rows_written += 1

    def _fit_height(self, values: list[Any]) -> None:
        """Row height for wrapped text, written into the file: LibreOffice (and Excel until a cell
        is edited) keeps rows at the default height otherwise, hiding all but the first line."""
        lines = 1
        for value, column in zip(values, self.columns):
            if column.kind != "wrap" or not value:
                continue
            width = max(self.ws.column_dimensions[get_column_letter(self.columns.index(column) + 1)].width - 1, 4)
            parts = str(value).split("\n")
            lines = max(lines, sum(max(1, -(-int(display_width(part)) // int(width))) for part in parts))
        if lines > 1:
            row = self.header_row + self.rows_written + 1
            self.ws.row_dimensions[row].height = min(ROW_LINE_HEIGHT * lines + 3, 409)

    def raw(self, values: list[Any]) -> None:
        """A row outside the table (notes below it), strings still forced to text."""
        self.ws.append([self.cell(value, Column("")) if value is not None else None for value in values])

    def finish(self) -> int:
        """AutoFilter over the table; returns the table's last row."""
        last = self.header_row + max(self.rows_written, 1)
        self.ws.auto_filter.ref = f"A{self.header_row}:{get_column_letter(len(self.columns))}{last}"
        return last

    def column_letter(self, header: str) -> str:
        return get_column_letter([column.header for column in self.columns].index(header) + 1)

    def dropdown(self, header: str, choices: Iterable[str], first: int, last: int, prompt: str) -> None:
        letter = self.column_letter(header)
        choices = list(choices)
        validation = DataValidation(type="list", formula1='"' + ",".join(choices) + '"', allow_blank=True,
                                    showErrorMessage=True, showInputMessage=True)
        validation.errorTitle = "请从下拉列表中选择"
        validation.error = f"只能填写：{'、'.join(choices)}"
        validation.promptTitle = header
        validation.prompt = prompt
        validation.add(f"{letter}{first}:{letter}{last}")
        self.ws.data_validations.append(validation)
        for choice in choices:
            fill, font = CHOICE_FILLS[choice]
            rule = CellIsRule(operator="equal", formula=[f'"{choice}"'], fill=fill, font=font)
            self.ws.conditional_formatting.add(f"{letter}{first}:{letter}{last}", rule)

    def date_validation(self, header: str, first: int, last: int) -> None:
        letter = self.column_letter(header)
        validation = DataValidation(type="date", operator="greaterThan", formula1="36526", allow_blank=True,
                                    showErrorMessage=True)
        validation.errorTitle = "日期无效"
        validation.error = "请填写日期，例如 2024-01-31"
        validation.add(f"{letter}{first}:{letter}{last}")
        self.ws.data_validations.append(validation)


# --- rows -----------------------------------------------------------------------------------------


def _units(check: CheckResult, task_units: dict, office: str | None) -> str:
    return rt.join_cn(rt.check_units(check, task_units)) or (office or "")


def _explain(check: CheckResult, result: Result) -> str:
    parts = []
    note = check_notes.shown_note(check)
    if note:
        parts.append(rt.clean(check_notes.officer_paths(note, result)))
    if check.evidence:  # the rows an item check rests on
        names = check_notes.file_names(result)
        found = check_notes.found_phrase(check, names)
        if found:
            parts.append(f"{check_notes.found_label(check)}：{rt.clean(found)}")
        sentences = check_notes.set_aside_sentences(check, names)
        parts += [f"未计入：{rt.clean(sentence)}" for sentence in sentences[:NOTES_IN_DETAILS]]
        left = set_aside_total(check) - min(len(sentences), NOTES_IN_DETAILS)
        if left > 0:
            parts.append(f"……另有 {left} 条未计入")
    if check.notes:
        sentences = check_notes.note_sentences(check, check_notes.file_names(result))
        parts.append(check_notes.set_aside_lead(check))
        parts += [rt.clean(sentence) for sentence in sentences[:NOTES_IN_DETAILS]]
        if len(sentences) > NOTES_IN_DETAILS:
            parts.append(f"……另有 {len(sentences) - NOTES_IN_DETAILS} 处，逐条见“{NOTES_SHEET}”工作表")
    if check.answer:
        answer = check.answer
        word = rt.ANSWER_WORDS.get(answer.get("result"), answer.get("result"))
        line = f"人工核查结论：{word}"
        if answer.get("evidence"):
            line += f"；佐证材料：{answer['evidence']}"
        who = "，".join(str(part) for part in (answer.get("by"), answer.get("date")) if part)
        if who:
            line += f"（{who}）"
        parts.append(line)
    if check.waiver:
        waiver = check.waiver
        line = f"豁免：{waiver.get('reason', '')}（批准：{waiver.get('approved_by', '')}，有效期至 {waiver.get('expires', '')}）"
        if waiver.get("expired"):
            line += "，已过期"
        parts.append(line)
    return "\n".join(parts)


def _counts(checks: list[CheckResult], grouped: dict) -> list[int]:
    statuses = [check.status for check in checks]
    findings = sum(len(grouped.get(check.id, [])) or check.findings for check in checks)
    return [len(checks), statuses.count("pass"), statuses.count("fail"), statuses.count("manual"),
            statuses.count("waived"), statuses.count("n/a"), statuses.count("error"), findings]


def _worst(checks: list[CheckResult]) -> str:
    return task_status([check.status for check in checks])


def _summary(workbook: Workbook, result: Result, info: rt.ReportInfo) -> None:
    grouped = rt.findings_by_check(result)
    task_units = rt.task_unit_map(result)
    columns = [Column("类别"), Column("编号"), Column("名称", "wrap", 40), Column("责任单位", "wrap", 24),
               Column("检查项", "int"), Column("通过", "int"), Column("不通过", "int"), Column("待人工核查", "int"),
               Column("已豁免", "int"), Column("不适用", "int"), Column("无法检查", "int"), Column("问题数", "int"),
               Column("结果", "status", 14)]
    rows: list[tuple[list[Any], str]] = []
    for view in rt.task_views(result):
        units = rt.join_cn(view.units) or rt.join_cn(list(dict.fromkeys(
            unit for check in view.checks for unit in rt.check_units(check, task_units)))) or (info.office or "")
        status = view.status or _worst(view.checks)
        rows.append((["任务", view.id or "", rt.clean(view.title), units, *_counts(view.checks, grouped),
                      STATUS_LABELS.get(status, status)], status))
    by_unit: dict[str, list[CheckResult]] = {}
    for check in result.checks:
        for unit in rt.check_units(check, task_units) or [info.office or rt.NO_UNIT]:
            by_unit.setdefault(unit, []).append(check)
    for unit, checks in by_unit.items():
        status = _worst(checks)
        rows.append((["责任单位", "", rt.clean(unit), rt.clean(unit), *_counts(checks, grouped),
                      STATUS_LABELS.get(status, status)], status))
    overall = _worst(result.checks) if result.checks else "n/a"
    rows.append((["合计", "", "全部检查项", "", *_counts(result.checks, grouped), STATUS_LABELS.get(overall, overall)],
                 overall))

    summary = result.summary()
    title = f"{info.agency or ''}{info.year}年度政务公开自查汇总"
    checklist = result.checklist or {}
    period = ""
    if result.period:
        period = f"检查期间 {result.period.get('start')} 至 {result.period.get('end')}；"
    line = (f"检查清单：{checklist.get('title', '')}（{checklist.get('id', '')}）；{period}检查日期 {result.as_of}；"
            f"共 {summary['checks']} 项检查，问题 {summary['findings']} 处")
    # Report details go below the table: labels and real date cells.
    details: list[tuple[str, Any]] = [
        ("单位名称", info.agency or ""),
        ("检查清单", f"{checklist.get('title', '')}（{checklist.get('id', '')}）"),
        ("检查依据", checklist.get("source") or ""),
    ]
    if result.period:
        details += [("检查期间开始", as_date(result.period.get("start"))), ("检查期间结束", as_date(result.period.get("end")))]
    details += [("检查日期", as_date(result.as_of)), ("报告日期", info.date), ("整改期限", info.deadline)]
    names = check_notes.file_names(result)
    for item in result.inputs:
        where = check_notes.name_of(item.get("path", ""), names)
        if item.get("sheet"):
            where += f" › {item['sheet']}"
        details.append(("检查对象", f"{where}（{rt.KIND_LABELS.get(item.get('kind'), item.get('kind'))}，"
                                    f"表头在第 {item.get('header_row')} 行，数据 {item.get('rows')} 行）"))
    for warning in result.warnings:
        details.append(("注意", check_notes.officer_paths(warning, result)))

    sample = [row for row, _ in rows] + [[label] for label, _ in details]
    sheet = Sheet(workbook, "汇总", columns, sample, header_row=3, preamble=[[title], [line]])
    status_index = len(columns) - 1
    for values, status in rows:
        sheet.append(values, {status_index: status})
    sheet.finish()
    sheet.raw([])
    sheet.raw(["报告信息"])
    for label, value in details:
        label_cell = sheet.cell(label, Column(label))
        label_cell.font = HEADER_FONT
        if isinstance(value, dt.date):
            value_cell = sheet.cell(value, Column(label, "date"))
            value_cell.alignment = Alignment(horizontal="left", vertical="top")
        else:
            value_cell = sheet.cell(value, Column(label))
        row = [label_cell, None, value_cell]
        if label == "整改期限" and info.deadline_default:
            row.append(sheet.cell(f"未设置整改期限，默认为报告日期后 {rt.DEFAULT_DEADLINE_DAYS} 天"
                                  "（可在 govopen.yaml 的 agency.deadline 或 --deadline 中指定）", Column("")))
        sheet.ws.append(row)


def _details(workbook: Workbook, result: Result, info: rt.ReportInfo) -> None:
    grouped = rt.findings_by_check(result)
    task_units = rt.task_unit_map(result)
    titles = {task.id: task.title for task in result.tasks}
    columns = [Column("序号", "int"), Column("任务编号"), Column("任务", "wrap", 30), Column("检查项编号"),
               Column("检查项", "wrap", 40), Column("检查方式"), Column("严重程度"),
               Column("责任单位", "wrap", 24), Column("依据", "wrap", 30), Column("结果", "status", 14),
               Column("问题数", "int"), Column("说明", "wrap", 50), Column("整改措施", "wrap", 50)]
    rows = []
    for number, check in enumerate(result.checks, 1):
        rows.append(([number, check.task or "", rt.clean(titles.get(check.task, rt.OTHER_TASK if check.task is None else "")),
                      check.id, check.title, rule_label(check.rule),
                      SEVERITY_LABELS.get(check.severity, check.severity),
                      _units(check, task_units, info.office), check.source or "", rt.status_text(check),
                      len(grouped.get(check.id, [])) or check.findings, _explain(check, result), check.remedy or ""],
                     {9: check.status}))
    sheet = Sheet(workbook, "检查明细", columns, [row for row, _ in rows])
    for values, fills in rows:
        sheet.append(values, fills)
    sheet.finish()


def _notes(workbook: Workbook, result: Result) -> None:
    """不计为问题: every row a check set aside (archival posts, reposts …) and every input it did not
    judge, with the reason — one sentence each, the file by its name."""
    names = check_notes.file_names(result)
    columns = [Column("序号", "int"), Column("检查项编号"), Column("检查项", "wrap", 30), Column("文件", "wrap", 24),
               Column("行号", "int"), Column("说明", "wrap", 70)]
    rows = []
    for check in result.checks:
        for note in check.notes or []:
            rows.append([len(rows) + 1, check.id, check.title, check_notes.name_of(note.get("file") or "", names),
                         note.get("row"), rt.clean(check_notes.note_sentence({**note, "row": None}, None))])
    if names is None:
        columns.pop(3)
        rows = [row[:3] + row[4:] for row in rows]
    sheet = Sheet(workbook, NOTES_SHEET, columns, rows[:WIDTH_SAMPLE])
    for values in rows[:EXCEL_MAX_ROWS - 1]:
        sheet.append(values)
    sheet.finish()


def _finding_rows(result: Result, info: rt.ReportInfo) -> Iterator[tuple[list[Any], dict[int, str]]]:
    checks = {check.id: check for check in result.checks}
    task_units = rt.task_unit_map(result)
    titles = {task.id: task.title for task in result.tasks}
    baseline = result.summary().get("baseline") is not None
    states = {"new": "新发现", "persisting": "未整改"}
    for number, finding in enumerate(result.findings, 1):
        check = checks.get(finding.check)
        row = [number, finding.check, check.title if check else "",
               titles.get(check.task, "") if check else "",
               _units(check, task_units, info.office) if check else "",
               SEVERITY_LABELS.get(finding.severity, finding.severity), finding.message,
               finding.file or "", finding.sheet or "", finding.row, finding.cell or "", finding.column or "",
               finding.value if finding.value is not None else "", getattr(finding, "item", None) or ""]
        if baseline:
            row.append(states.get(getattr(finding, "baseline", None) or "", ""))
        yield row, {5: finding.severity}


def _findings(workbook: Workbook, result: Result, info: rt.ReportInfo) -> None:
    columns = [Column("序号", "int"), Column("检查项编号"), Column("检查项", "wrap", 30), Column("任务", "wrap", 24),
               Column("责任单位", "wrap", 20), Column("严重程度", "severity"), Column("问题说明", "wrap", 60),
               Column("文件", "text", 40), Column("工作表"), Column("行号", "int"), Column("单元格"),
               Column("列名"), Column("值", "wrap", 40), Column("索引号", "text", 36)]
    if result.summary().get("baseline") is not None:
        columns.append(Column("与上次相比"))
    sample = []
    for values, _ in _finding_rows(result, info):
        sample.append(values)
        if len(sample) >= WIDTH_SAMPLE:
            break
    sheet = Sheet(workbook, "问题清单", columns, sample, plain=len(result.findings) > PLAIN_ABOVE,
                  bare=len(result.findings) > BARE_ABOVE)
    room = EXCEL_MAX_ROWS - 2  # header row and a note row
    if sheet.plain and hasattr(workbook, "splice"):  # a SplicingWorkbook (build)
        _xml_findings(workbook, sheet, result, info, room)
        return
    shown = progress_bar("正在写出工作簿“问题清单”：", min(len(result.findings), room), "行")
    for values, fills in _finding_rows(result, info):
        if sheet.rows_written >= room:
            break
        sheet.append(values, fills)
        shown.advance()
    shown.close()
    sheet.finish()
    left_out = len(result.findings) - sheet.rows_written
    if left_out > 0:
        sheet.raw([None, f"……另有 {left_out} 处问题超过 Excel 的行数上限未列出，完整清单见 JSON 结果（--format json）"])


def _xml_findings(workbook: SplicingWorkbook, sheet: Sheet, result: Result, info: rt.ReportInfo, room: int) -> None:
    """A long problem list (no borders or fitted row heights): its rows written as sheet XML at
    save (xlsx_rows), each cell with the style this sheet's own writer would give it."""
    count = min(len(result.findings), room)
    sheet.rows_written = count
    sheet.finish()
    left_out = len(result.findings) - count

    def rows() -> Iterator[tuple[list[Any], dict[int, str]]]:
        for number, row in enumerate(_finding_rows(result, info)):
            if number >= count:
                break
            yield row
        if left_out > 0:
            yield [None, f"……另有 {left_out} 处问题超过 Excel 的行数上限未列出，完整清单见 JSON 结果（--format json）"], {}

    # Every style a cell can take, registered now: the rows are written after openpyxl has written
    # the workbook's style table.
    styles: dict[tuple, str] = {}
    for index, column in enumerate(sheet.columns):
        for fill_key in (None, *SEVERITY_FILLS, *STATUS_FILLS):
            for quoted in (False, True):
                made = sheet.cell("=" if quoted else "文字", column, fill_key)
                number = getattr(made, "style_id", 0)  # a plain value (no style) has none
                styles[index, fill_key, quoted] = f' s="{number}"' if number else ""

    def style_of(index: int, fill_key: str | None, quoted: bool) -> str:
        found = styles.get((index, fill_key, quoted))
        return found if found is not None else styles.get((index, None, quoted), "")

    workbook.splice(sheet.ws.title, sheet.header_row + 1, rows(), len(sheet.columns), text, style_of,
                    last_row=sheet.header_row + count + (1 if left_out > 0 else 0))


def _ledger(workbook: Workbook, result: Result, info: rt.ReportInfo, kept: oc.OfficerCells, officer: list) -> None:
    found = rt.problems(result, info.office, example_count=3)
    columns = [Column("序号", "int"), Column("检查项编号"), Column("任务", "wrap", 24), Column("检查项", "wrap", 30),
               Column("严重程度", "severity"), Column("存在问题", "wrap", 60), Column("问题数", "int"),
               Column("整改措施", "wrap", 50), Column("责任单位", "wrap", 20), Column("完成时限", "date"),
               Column("整改状态", "choice", 12), Column("整改情况", "wrap", 40), Column("完成日期", "date")]
    rows = []
    for number, problem in enumerate(found, 1):
        check = problem.check
        rows.append(([number, check.id, rt.clean(problem.task_title), check.title,
                      SEVERITY_LABELS.get(check.severity, check.severity), problem.text(), problem.count,
                      rt.measure(problem), rt.join_cn(problem.units), info.deadline, "未整改",
                      rt.rectification_text(info.rectified.get(check.id)), None],
                     {4: check.severity}))
    # Checks whose earlier findings are all fixed (--baseline) close their ledger line.
    listed = {problem.check.id for problem in found}
    titles = {task.id: task.title for task in result.tasks}
    for check in result.checks:
        counts = info.rectified.get(check.id)
        if check.id in listed or not counts or not counts["fixed"]:
            continue
        rows.append(([len(rows) + 1, check.id, rt.clean(titles.get(check.task, "")), check.title,
                      SEVERITY_LABELS.get(check.severity, check.severity), f"上次自查发现的{counts['fixed']}处问题",
                      0, rt.measure(rt.Problem(check, titles.get(check.task, ""), list(check.units), 0, 0, [])),
                      rt.join_cn(list(check.units)), info.deadline, "已整改",
                      f"较上次自查，已全部整改（{counts['fixed']}处）", None],
                     {4: check.severity}))
    _keep_ledger(rows, [column.header for column in columns], result, kept, officer)
    sheet = Sheet(workbook, "整改台账", columns, [row for row, _ in rows])
    for values, fills in rows:
        sheet.append(values, fills)
    last = sheet.finish()
    sheet.dropdown("整改状态", RECTIFICATION_STATES, 2, max(last, 2),
                   "选择整改进度：未整改、整改中、已整改")
    sheet.date_validation("完成日期", 2, max(last, 2))
    if not rows:
        sheet.raw([None, "本次自查未发现需要整改的问题"])


PASSED_NOW = "本次检查已通过"


def _officer_value(value: Any) -> Any:
    return text(value) if isinstance(value, str) else value  # as the cell will hold it


def _keep_ledger(rows: list, headers: list[str], result: Result, kept: oc.OfficerCells, officer: list) -> None:
    """The officer's 整改措施, 整改状态, 整改情况 and 完成日期 from the workbook given to --answers
    replace ours; a line of that workbook whose check now passes stays, marked 本次检查已通过."""
    at = {header: index for index, header in enumerate(headers)}
    for values, _ in rows:
        earlier = kept.row(oc.LEDGER_SHEET, values[at["检查项编号"]])
        for column in oc.OFFICER_COLUMNS[oc.LEDGER_SHEET]:
            officer.append((oc.LEDGER_SHEET, values[at["检查项编号"]], column, _officer_value(values[at[column]])))
            if oc.normal(earlier.get(column)) is not None:
                values[at[column]] = earlier[column]
    listed = {values[at["检查项编号"]] for values, _ in rows}
    checks = {check.id: check for check in result.checks}
    titles = {task.id: task.title for task in result.tasks}
    for check_id, earlier in kept.rows.get(oc.LEDGER_SHEET, {}).items():
        if check_id in listed:
            continue
        check = checks.get(check_id)
        problem = oc.normal(earlier.get("存在问题")) or ""
        if not problem.startswith(PASSED_NOW):
            problem = f"{PASSED_NOW}（原问题：{problem}）" if problem else PASSED_NOW
        line = {**earlier, "序号": len(rows) + 1, "存在问题": problem, "问题数": 0}
        if check is not None:
            line.update({"任务": rt.clean(titles.get(check.task, "")), "检查项": check.title,
                         "严重程度": SEVERITY_LABELS.get(check.severity, check.severity)})
        rows.append(([line.get(header) for header in headers], {at["严重程度"]: check.severity} if check else {}))


def _files(workbook: Workbook, result: Result) -> None:
    """按文件汇总 (batch runs): one row per input file, unreadable files included."""
    columns = [Column("序号", "int"), Column("文件", "wrap", 50), Column("类型", "text", 14), Column("行数", "int"),
               Column("不通过检查", "int"), Column("错误", "int"), Column("警告", "int"), Column("提示", "int"),
               Column("结果", "status", 12), Column("说明", "wrap", 50)]
    rows = []
    names = check_notes.file_names(result)
    for number, item in enumerate(result.files or [], 1):
        status = {"pass": "pass", "fail": "fail"}.get(item.status, "error")
        label = {"pass": "通过", "fail": "不通过"}.get(item.status, "无法读取")
        rows.append(([number, check_notes.name_of(item.path, names), rt.KIND_LABELS.get(item.kind, item.kind or ""), item.rows,
                      item.failed_checks, item.findings.get("error", 0), item.findings.get("warning", 0),
                      item.findings.get("info", 0), label, check_notes.officer_paths(item.error or "", result)], {8: status}))
    sheet = Sheet(workbook, "按文件汇总", columns, [row for row, _ in rows])
    for values, fills in rows:
        sheet.append(values, fills)
    sheet.finish()


def _manual(workbook: Workbook, result: Result, info: rt.ReportInfo, kept: oc.OfficerCells, officer: list) -> None:
    task_units = rt.task_unit_map(result)
    titles = {task.id: task.title for task in result.tasks}
    columns = [Column("序号", "int"), Column("检查项编号"), Column("任务", "wrap", 24), Column("检查项", "wrap", 30),
               Column("核查指引", "wrap", 50), Column("责任单位", "wrap", 20), Column("依据", "wrap", 24),
               Column("结论", "choice", 10), Column("佐证材料", "wrap", 40), Column("核查人", "text", 12),
               Column("日期", "date"), Column("备注", "wrap", 30)]
    assert tuple(column.header for column in columns) == MANUAL_HEADERS
    manual = [check for check in result.checks if check.manual or check.rule is None]
    rows = []
    for number, check in enumerate(manual, 1):
        answer = check.answer or {}
        rows.append([number, check.id, rt.clean(titles.get(check.task, "")), check.title, check.manual or "",
                     _units(check, task_units, info.office), check.source or "",
                     rt.ANSWER_WORDS.get(answer.get("result"), ""), answer.get("evidence") or "",
                     answer.get("by") or "", answer.get("date"), answer.get("note") or ""])
        earlier = kept.row(oc.MANUAL_SHEET, check.id)  # cells filled in the workbook given to --answers
        for index, column in enumerate(oc.OFFICER_COLUMNS[oc.MANUAL_SHEET], MANUAL_HEADERS.index("结论")):
            officer.append((oc.MANUAL_SHEET, check.id, column, _officer_value(rows[-1][index])))
            if oc.normal(earlier.get(column)) is not None:
                rows[-1][index] = earlier[column]
    instruction = ("填写说明：在“结论”列选择 符合 / 不符合 / 不适用，填写佐证材料（文件名称、文号或网址）、核查人和日期，"
                   "保存后运行 govopen check … --answers 本文件.xlsx，下次生成的自查报告即采用这些结论。"
                   "请勿修改“检查项编号”列。")
    sheet = Sheet(workbook, MANUAL_SHEET, columns, rows, header_row=2, preamble=[[text(instruction)]])
    for values in rows:
        sheet.append(values)
    last = sheet.finish()
    sheet.dropdown("结论", CONCLUSIONS, 3, max(last, 3), "选择人工核查结论：符合、不符合、不适用")
    sheet.date_validation("日期", 3, max(last, 3))
    if not rows:
        sheet.raw([None, "本检查清单没有需要人工核查的检查项"])


def build(result: Result, next_steps: Iterable[str] | None = None, kept: oc.OfficerCells | None = None) -> Workbook:
    """The workbook; `kept` holds the officer's cells of the workbook given to --answers."""
    from openpyxl.packaging.custom import StringProperty

    kept = kept or oc.OfficerCells()
    officer: list = []  # the officer columns as govopen fills them, for the digest
    info = rt.report_info(result, next_steps)
    workbook = SplicingWorkbook()
    workbook.properties.creator = "govopen"
    workbook.properties.title = rt.clean(f"{info.title}（工作簿）")
    stamp = dt.datetime.combine(info.date, dt.time(9, 0))
    workbook.properties.created = stamp
    _summary(workbook, result, info)
    if result.files is not None:
        _files(workbook, result)
    _details(workbook, result, info)
    _findings(workbook, result, info)
    if any(check.notes for check in result.checks):
        _notes(workbook, result)
    _ledger(workbook, result, info, kept, officer)
    _manual(workbook, result, info, kept, officer)
    workbook.custom_doc_props.append(StringProperty(name=oc.MARK, value="自查工作簿"))
    workbook.custom_doc_props.append(StringProperty(name=oc.DIGEST, value=oc.digest(officer)))
    return workbook


def write(result: Result, path: str, next_steps: Iterable[str] | None = None,
          kept: oc.OfficerCells | None = None) -> None:
    """Write the workbook to `path` atomically (a temp file in the same folder, then a rename)."""
    workbook = build(result, next_steps, kept)
    write_document_atomic(path, workbook)


