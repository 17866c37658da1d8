"""Read a work plan for `checklist extract`: text (.txt, .md), web pages (.html, as saved from the
government website that published the plan), Word (.docx) and spreadsheets.

Everything becomes a `PlanSource`: the prose as blocks (one per paragraph or line, with a style
hint from Word headings and the rendered number of Word's automatic numbering) and the tables as
lists of rows of cell text, merged cells filled with their value.
"""
from __future__ import annotations

import csv
import io
import os
import re
from dataclasses import dataclass, field

from govopen_cli.errors import InputError
from govopen_cli.io import limits
from govopen_cli.io.encoding import decode_text
from govopen_cli.library_errors import calamine_problem, docx_problem, openpyxl_problem, os_problem, xml_errors

TEXT_SUFFIXES = (".txt", ".text", ".md", ".markdown")
WEB_SUFFIXES = (".html", ".htm")
WORD_SUFFIXES = (".docx", ".docm")
SHEET_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods", ".csv")
# A work plan is a few pages: its tables are held to a far smaller area than a catalog's sheet,
# since every merged cell is filled in cell by cell.
PLAN_LIMITS = limits.Limits(cells=2_000_000)
# <h1> is a page's title, as "#" is in Markdown; <h2>… are the plan's heading levels.
HTML_HEADINGS = {"h1": "title", "h2": "h1", "h3": "h2", "h4": "h3"}


@dataclass
class Block:
    """One paragraph (Word) or line (text) of the plan."""

    text: str
    style: str | None = None  # "title", "h1", "h2", "h3" from Word/Markdown headings


@dataclass
class Table:
    """A table of the plan: rows of cell text (merged cells repeated), and where it came from."""

    rows: list[list[str]]
    name: str  # 表格1 / the sheet name
    row_numbers: list[int] = field(default_factory=list)  # as the user sees them (Excel row, table row)


@dataclass
class PlanSource:
    path: str
    blocks: list[Block]
    tables: list[Table]
    kind: str  # text | word | sheet


def read_plan(path: str) -> PlanSource:
    if not os.path.isfile(path):
        raise InputError(f"{path}：文件不存在")
    suffix = os.path.splitext(path)[1].lower()
    if suffix in (".doc", ".wps"):
        raise InputError(f"{path}：不支持旧版 Word 格式（.doc/.wps），请在 Word 或 WPS 中另存为 .docx 后再提取")
    if suffix == ".pdf":
        raise InputError(f"{path}：不支持 PDF，请把正文复制到 .txt，或另存为 .docx 后再提取")
    if suffix in WORD_SUFFIXES:
        limits.check_docx(path, PLAN_LIMITS)
        return _read_docx(path)
    if suffix in (".xlsx", ".xlsm"):
        limits.check_workbook(path, PLAN_LIMITS)
        return _read_xlsx(path)
    if suffix in (".xls", ".ods"):
        limits.check_workbook(path, PLAN_LIMITS)
        try:
            return _read_calamine(path)
        except BaseException as error:
            if not limits.is_native_crash(error):
                raise
            raise InputError(f"{path}：文件无法读取（解析时读取组件出错，文件可能已损坏）") from None
    if suffix == ".csv":
        return PlanSource(path, [], [_table_from_rows(_csv_rows(path), "表格")], "sheet")
    if suffix in (".md", ".markdown"):
        return _read_markdown(path)
    if suffix in WEB_SUFFIXES:
        return _read_html(path)
    # .txt and anything else that is text
    text = _decode(path)
    return PlanSource(path, [Block(line) for line in text.splitlines()], [], "text")


def _csv_rows(path: str) -> list[list[str]]:
    reader = csv.reader(io.StringIO(_decode(path)))
    try:
        return list(reader)
    except csv.Error:  # only "field larger than field limit" in the default dialect
        raise InputError(f"{path} 第 {reader.line_num} 行：单元格内容过长，或引号不配对，使后面的内容连成了一个单元格") from None


def _decode(path: str) -> str:
    try:
        with open(path, "rb") as handle:
            return decode_text(path, handle.read())
    except OSError as error:
        raise InputError(f"{path}：{os_problem(error)}") from None


# --- Markdown --------------------------------------------------------------------------------

_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_MD_LIST = re.compile(r"^\s*(?:[-*+]|>)\s+")
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|`)")
_MD_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")


def _read_html(path: str) -> PlanSource:
    """Paragraphs and headings outside tables become blocks (a <br> starts a new one); each table
    becomes a Table, merged cells filled with their value as for Word and xlsx."""
    from govopen_cli.io.markup import parse_html

    with open(path, "rb") as handle:
        rows, merged, origins = parse_html(path, handle.read(), PLAN_LIMITS)
    _fill_merged(rows, merged, path)
    blocks: list[Block] = []
    tables: dict[int, list[list[str]]] = {}
    for row, (kind, where) in zip(rows, origins):
        if kind == "text":
            blocks.extend(Block(line, HTML_HEADINGS.get(where)) for line in row[0].split("\n"))
        else:
            tables.setdefault(where, []).append(row)
    return PlanSource(path, blocks, [_table_from_rows(table, f"表格{number}")
                                     for number, table in enumerate(tables.values(), start=1)], "text")


def _read_markdown(path: str) -> PlanSource:
    blocks: list[Block] = []
    tables: list[Table] = []
    pending: list[list[str]] = []
    pending_lines: list[int] = []

    def flush() -> None:
        if pending:
            table = _table_from_rows(pending, f"表格{len(tables) + 1}")
            table.row_numbers = list(pending_lines)
            tables.append(table)
            pending.clear()
            pending_lines.clear()

    for number, line in enumerate(_decode(path).splitlines(), start=1):
        stripped = line.strip()
        if stripped.startswith("|") and stripped.count("|") >= 2:
            if not _MD_RULE.match(stripped):
                pending.append([_MD_EMPHASIS.sub("", cell).strip() for cell in stripped.strip("|").split("|")])
                pending_lines.append(number)
            continue
        flush()
        heading = _MD_HEADING.match(stripped)
        if heading:
            level = len(heading.group(1))
            style = "title" if level == 1 else f"h{min(level - 1, 3)}"
            blocks.append(Block(_MD_EMPHASIS.sub("", heading.group(2)), style))
            continue
        blocks.append(Block(_MD_EMPHASIS.sub("", _MD_LIST.sub("", line))))
    flush()
    return PlanSource(path, blocks, tables, "text")


# --- Word ------------------------------------------------------------------------------------

_CHINESE_DIGITS = "零一二三四五六七八九"


def chinese_number(value: int) -> str:
    """1 -> 一, 10 -> 十, 12 -> 十二, 21 -> 二十一 (as Word's chineseCounting)."""
    if value <= 0:
        return str(value)
    if value < 10:
        return _CHINESE_DIGITS[value]
    if value < 100:
        tens, ones = divmod(value, 10)
        return ("" if tens == 1 else _CHINESE_DIGITS[tens]) + "十" + (_CHINESE_DIGITS[ones] if ones else "")
    return str(value)


_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


def _format_number(value: int, fmt: str) -> str:
    if fmt in ("chineseCounting", "chineseCountingThousand", "chineseLegalSimplified", "ideographTraditional",
               "taiwaneseCounting", "taiwaneseCountingThousand", "japaneseCounting"):
        return chinese_number(value)
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese") and 0 < value <= len(_CIRCLED):
        return _CIRCLED[value - 1]
    if fmt == "lowerLetter":
        return chr(ord("a") + (value - 1) % 26)
    if fmt == "upperLetter":
        return chr(ord("A") + (value - 1) % 26)
    if fmt == "bullet" or fmt == "none":
        return ""
    return str(value)


class _Numbering:
    """Renders the label Word shows for an automatically numbered paragraph ("一、", "（二）", "3.")."""

    def __init__(self, document):
        from docx.oxml.ns import qn

        self.qn = qn
        self.levels: dict[tuple[str, int], tuple[str, str, int]] = {}  # (numId, ilvl) -> fmt, text, start
        self.abstract_of: dict[str, str] = {}
        self.counters: dict[str, dict[int, int]] = {}
        self.restarts: dict[str, dict[int, int]] = {}  # numId -> level -> start (a list that restarts)
        self.seen: set[str] = set()
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        abstract_levels: dict[str, dict[int, tuple[str, str, int]]] = {}
        for abstract in root.findall(qn("w:abstractNum")):
            levels = {}
            for lvl in abstract.findall(qn("w:lvl")):
                ilvl = int(lvl.get(qn("w:ilvl")))
                fmt = lvl.find(qn("w:numFmt"))
                text = lvl.find(qn("w:lvlText"))
                start = lvl.find(qn("w:start"))
                levels[ilvl] = (
                    fmt.get(qn("w:val")) if fmt is not None else "decimal",
                    text.get(qn("w:val")) if text is not None else f"%{ilvl + 1}.",
                    int(start.get(qn("w:val"))) if start is not None else 1,
                )
            abstract_levels[abstract.get(qn("w:abstractNumId"))] = levels
        for num in root.findall(qn("w:num")):
            num_id = num.get(qn("w:numId"))
            abstract_id = num.find(qn("w:abstractNumId")).get(qn("w:val"))
            self.abstract_of[num_id] = abstract_id
            for ilvl, level in abstract_levels.get(abstract_id, {}).items():
                self.levels[(num_id, ilvl)] = level
            for override in num.findall(qn("w:lvlOverride")):
                start = override.find(qn("w:startOverride"))
                if start is not None:
                    ilvl = int(override.get(qn("w:ilvl")))
                    self.restarts.setdefault(num_id, {})[ilvl] = int(start.get(qn("w:val")))

    def label(self, paragraph) -> str:
        qn = self.qn
        num_pr = None
        ppr = paragraph._p.pPr
        if ppr is not None:
            num_pr = ppr.find(qn("w:numPr"))
        if num_pr is None:
            style = paragraph.style
            while style is not None and num_pr is None:
                spr = style.element.pPr
                num_pr = spr.find(qn("w:numPr")) if spr is not None else None
                style = style.base_style
        if num_pr is None:
            return ""
        num_id_el, ilvl_el = num_pr.find(qn("w:numId")), num_pr.find(qn("w:ilvl"))
        if num_id_el is None:
            return ""
        num_id = num_id_el.get(qn("w:val"))
        ilvl = int(ilvl_el.get(qn("w:val"))) if ilvl_el is not None else 0
        if num_id == "0" or (num_id, ilvl) not in self.levels:
            return ""
        abstract = self.abstract_of.get(num_id, num_id)
        counters = self.counters.setdefault(abstract, {})
        if num_id not in self.seen:
            self.seen.add(num_id)
            for level, start in self.restarts.get(num_id, {}).items():
                counters[level] = start - 1
                for deeper in [d for d in counters if d > level]:
                    del counters[deeper]
        fmt, text, start = self.levels[(num_id, ilvl)]
        counters[ilvl] = counters.get(ilvl, start - 1) + 1
        for deeper in [level for level in counters if level > ilvl]:
            del counters[deeper]
        if fmt in ("bullet", "none"):
            return ""

        def render(match: re.Match) -> str:
            level = int(match.group(1)) - 1
            level_fmt = self.levels.get((num_id, level), ("decimal", "", 1))[0]
            return _format_number(counters.get(level, self.levels.get((num_id, level), ("", "", 1))[2]), level_fmt)

        return re.sub(r"%(\d)", render, text)


def _style_hint(paragraph) -> str | None:
    style = paragraph.style
    name = (style.name if style is not None else "") or ""
    lowered = name.lower()
    if lowered in ("title", "标题") or name == "Title":
        return "title"
    found = re.match(r"(?:heading|标题)\s*(\d)", lowered)
    if found:
        return f"h{min(int(found.group(1)), 3)}"
    return None


def _read_docx(path: str) -> PlanSource:
    import zipfile
    import zlib

    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from docx.table import Table as DocxTable
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(path)
    except (PackageNotFoundError, zipfile.BadZipFile, zlib.error, EOFError, KeyError, ValueError, *xml_errors()) as error:
        # zlib.error, EOFError: a part whose compressed data is damaged or cut short
        raise InputError(f"{path}：{docx_problem(error)}") from None
    numbering = _Numbering(document)
    blocks: list[Block] = []
    tables: list[Table] = []
    body = document.element.body
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            paragraph = Paragraph(child, document)
            label = numbering.label(paragraph)
            text = paragraph.text
            if label and not text.lstrip().startswith(label.strip()):
                text = label + text
            for line in text.split("\n"):  # soft line breaks
                blocks.append(Block(line, _style_hint(paragraph)))
        elif tag == "tbl":
            table = DocxTable(child, document)
            rows = []
            for row in table.rows:
                rows.append([cell.text.strip() for cell in row.cells])
            result = _table_from_rows(rows, f"表格{len(tables) + 1}")
            tables.append(result)
    return PlanSource(path, blocks, tables, "word")


# --- spreadsheets ----------------------------------------------------------------------------


def _cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if hasattr(value, "strftime"):
        return value.strftime("%Y-%m-%d")
    return str(value).strip()


def _table_from_rows(rows: list[list], name: str) -> Table:
    width = max((len(row) for row in rows), default=0)
    cells = [[_cell_text(value) for value in row] + [""] * (width - len(row)) for row in rows]
    return Table(cells, name, list(range(1, len(cells) + 1)))


def _fill_merged(rows: list[list], ranges: list, where: str = "") -> None:
    """Every cell of each merged range ((top, left), (bottom, right), 0-based) shows the value of
    its top-left cell, as a reader of the plan sees it; short rows are lengthened."""
    filled = 0
    for (top, left), (bottom, right) in ranges:
        if top >= len(rows):
            continue
        filled += (min(bottom + 1, len(rows)) - top) * (right + 1 - left)
        if right >= PLAN_LIMITS.columns or filled > PLAN_LIMITS.cells:
            raise limits.refuse(where, "cells", filled, PLAN_LIMITS, "（合并单元格展开后）")
        value = rows[top][left] if left < len(rows[top]) else None
        for row in rows[top:bottom + 1]:
            row.extend([None] * (right + 1 - len(row)))
            row[left:right + 1] = [value] * (right + 1 - left)


def _read_xlsx(path: str) -> PlanSource:
    import zipfile
    import zlib

    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        workbook = openpyxl.load_workbook(path, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, zlib.error, EOFError, KeyError, ValueError, TypeError,
            *xml_errors()) as error:
        # openpyxl reports a malformed part as the ValueError or TypeError of the value it rejects
        raise InputError(f"{path}：{openpyxl_problem(error)}") from None
    tables = []
    for sheet in workbook.worksheets:
        rows = [[cell for cell in row] for row in sheet.iter_rows(values_only=True)]
        _fill_merged(rows, [((m.min_row - 1, m.min_col - 1), (m.max_row - 1, m.max_col - 1))
                            for m in sheet.merged_cells.ranges], f"{path} › {sheet.title}")
        tables.append(_table_from_rows(rows, sheet.title))
    return PlanSource(path, [], tables, "sheet")


def _read_calamine(path: str) -> PlanSource:
    from python_calamine import CalamineError, CalamineWorkbook

    try:
        workbook = CalamineWorkbook.from_path(path)
    except CalamineError as error:
        raise InputError(f"{path}：{calamine_problem(error)}") from None
    tables = []
    for name in workbook.sheet_names:
        try:
            sheet = workbook.get_sheet_by_name(name)
            if sheet.end is not None:
                limits.check_span(f"{path} › {name}", sheet.end[0] + 1, sheet.end[1] + 1, PLAN_LIMITS)
            rows = sheet.to_python(skip_empty_area=False)
        except CalamineError as error:
            raise InputError(f"{path} › {name}：{calamine_problem(error)}") from None
        tables.append(_table_from_rows([list(row) for row in rows], name))
    return PlanSource(path, [], tables, "sheet")
