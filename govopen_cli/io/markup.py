"""“Excel” exports that are really markup: an HTML table, or Excel 2003 XML (SpreadsheetML).

Many content-management systems export a catalog by writing one of these and naming it .xls; Excel
and WPS open both (after a warning), so officers expect govopen to as well. Each is turned into
the same (sheet name, rows, merged ranges) that calamine gives for a real workbook, so header
detection, row numbers and merged cells work the same way. Standard library only (re, html, xml.etree).
"""
from __future__ import annotations

import datetime as dt
import html
import io
import re
import xml.etree.ElementTree as ET

from govopen_cli.errors import InputError
from govopen_cli.io import limits
from govopen_cli.io.encoding import decode_text
from govopen_cli.library_errors import xml_problem

OLE_SIGNATURE = bytes.fromhex("D0CF11E0A1B11AE1")
ZIP_SIGNATURE = b"PK\x03\x04"
SPREADSHEET_NS = "urn:schemas-microsoft-com:office:spreadsheet"

Sheet = tuple[str | None, list[list], list]  # name, rows (each as wide as the widest), merged ranges


def sniff(head: bytes) -> str | None:
    """What a file with a spreadsheet extension really holds, from its first bytes: "html",
    "spreadsheetml", "text" (delimited text), or None for a real (binary) workbook."""
    if head.startswith((OLE_SIGNATURE, ZIP_SIGNATURE)):
        return None
    wide = head.startswith((b"\xff\xfe", b"\xfe\xff"))  # UTF-16 ("Unicode 文本"): NUL bytes are normal
    text = head.decode("utf-16" if wide else "utf-8", errors="ignore")
    text = text.lstrip("\ufeff \t\r\n").lower()
    if text.startswith("<"):
        if SPREADSHEET_NS in text and "<workbook" in text:
            return "spreadsheetml"
        if re.search(r"<(html|table|tr|!doctype html)\b", text):
            return "html"
        return None
    if (wide or b"\x00" not in head[:4096]) and ("\t" in text or "," in text):
        return "text"
    return None


def read_markup(path: str, data: bytes, form: str, bounds: limits.Limits = limits.DEFAULT) -> list[Sheet]:
    if form == "spreadsheetml":
        return _read_spreadsheetml(path, data, bounds)
    return [_read_html(path, data, bounds)]


# --- HTML ------------------------------------------------------------------------------------


def _html_encoding(data: bytes) -> tuple[str, ...]:
    """The charset a <meta> declares (gb2312 and gbk read as gb18030, their superset)."""
    declared = re.search(rb"charset\s*=\s*[\"']?\s*([\w-]+)", data[:4096], re.I)
    name = declared.group(1).decode("ascii").lower() if declared else ""
    if name in ("gb2312", "gbk", "gb18030", "x-gbk", "cp936"):
        return ("gb18030", "utf-8")
    return ("utf-8", "gb18030")


# Exports are machine-written and regular, so one regex tokenises them (html.parser, which scans
# in Python, took 22 s on a 100,000-row export): tags with their attributes, and the text between.
_IGNORED = re.compile(r"<!--.*?-->|<(head|script|style)\b.*?</\1\s*>|<![^>]*>|<\?[^>]*>", re.S | re.I)
_TOKEN = re.compile(r"<(/?)([a-zA-Z][\w:-]*)([^>]*)>|([^<]+)|<")
_ATTRIBUTE = re.compile(r"""([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""")


class _TableParser:
    """Rows as Excel lays out an HTML page: every <tr> is a row, text outside tables (a title in
    <h1> or <p>) is a one-cell row of its own; colspan/rowspan become merged ranges."""

    BLOCKS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "table", "tr", "li", "caption", "title"}

    def __init__(self, path: str = "", bounds: limits.Limits = limits.DEFAULT) -> None:
        self.path, self.bounds = path, bounds
        self.rows: list[dict[int, str]] = []
        self.merged: list = []
        # Columns taken by a rowspan from a row above: column -> last row it covers. One entry
        # per column, so a page of large spans costs no more than its width.
        self.covered: dict[int, int] = {}
        self.last_covered_row = -1
        self.spanned = 0  # cells covered by spans so far, against the cell limit
        self.depth = 0  # table nesting
        self.cell: list[str] | None = None
        self.cell_span = (1, 1)
        self.column = 0
        self.loose: list[str] = []  # text outside tables, waiting to become a row
        self.loose_tag: str | None = None  # the block element the loose text is in (h1 …)
        self.tables = 0
        self.origins: list[tuple[str, object]] = []  # per row: ("text", block tag) or ("table", number)

    def feed(self, text: str) -> None:
        text = _IGNORED.sub(" ", text)
        for match in _TOKEN.finditer(text):
            closing, tag, attributes, data = match.groups()
            if data is not None:
                self.handle_data(html.unescape(data) if "&" in data else data)
            elif tag is None:
                self.handle_data("<")  # a lone "<" in text
            elif closing:
                self.handle_endtag(tag.lower())
            else:
                tag = tag.lower()
                pairs = [(key.lower(), next((value for value in values if value), ""))
                         for key, *values in _ATTRIBUTE.findall(attributes)] if "span" in attributes.lower() else []
                self.handle_starttag(tag, pairs)
                if attributes.rstrip().endswith("/"):
                    self.handle_endtag(tag)

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in self.BLOCKS and not self.depth:
            self._flush_loose()
            self.loose_tag = tag
        if tag == "table":
            self.depth += 1
            self.tables += self.depth == 1
        elif tag == "tr" and self.depth:
            self._end_cell()
            self.rows.append({})
            self.origins.append(("table", self.tables))
            self.column = 0
        elif tag in ("td", "th") and self.depth:
            self._end_cell()
            if not self.rows:
                self.rows.append({})
                self.origins.append(("table", self.tables))
            attributes = dict(attrs)
            self.cell_span = (_span(attributes.get("rowspan")), _span(attributes.get("colspan")))
            self.cell = []
        elif tag == "br":
            (self.cell if self.cell is not None else self.loose).append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th"):
            self._end_cell()
        elif tag == "tr":
            self._end_cell()
        elif tag == "table" and self.depth:
            self._end_cell()
            self.depth -= 1
        elif tag in self.BLOCKS and not self.depth:
            self._flush_loose()

    def handle_data(self, data: str) -> None:
        if self.cell is not None:
            self.cell.append(data)
        elif not self.depth:
            self.loose.append(data)

    def close(self) -> None:
        self._end_cell()
        self._flush_loose()

    def _end_cell(self) -> None:
        if self.cell is None:
            return
        text, self.cell = _cell_text(self.cell), None
        row_index = len(self.rows) - 1
        bounds = self.bounds
        if len(text) > bounds.cell_chars:
            limits.check_text(f"{self.path} 第 {row_index + 1} 行", text, bounds)
        covered = self.covered
        while covered.get(self.column, -1) >= row_index:
            self.column += 1
        rows, columns = self.cell_span
        if self.column + columns > bounds.columns or row_index + rows > bounds.rows:
            limits.check_span(f"{self.path} 第 {row_index + 1} 行", row_index + rows, self.column + columns, bounds)
        self.rows[row_index][self.column] = text
        if rows > 1 or columns > 1:
            where = f"{self.path} 第 {row_index + 1} 行"
            self.spanned += rows * columns
            if self.spanned > self.bounds.cells:
                raise limits.refuse(where, "cells", self.spanned, self.bounds, "（合并单元格覆盖的范围合计）")
            self.merged.append(((row_index, self.column), (row_index + rows - 1, self.column + columns - 1)))
            if rows > 1:
                for across in range(columns):
                    covered[self.column + across] = row_index + rows - 1
                self.last_covered_row = max(self.last_covered_row, row_index + rows - 1)
        self.column += columns

    def _flush_loose(self) -> None:
        text, self.loose = _cell_text(self.loose), []
        if text:
            self.rows.append({0: text})
            self.origins.append(("text", self.loose_tag))


def _span(value: str | None) -> int:
    if not value:
        return 1
    try:
        return max(1, min(int(value.strip()), 1000))  # a runaway span must not build millions of cells
    except ValueError:
        return 1


def _cell_text(parts: list[str]) -> str:
    """Text as a browser shows it: runs of spaces and line breaks collapse, <br> stays a break."""
    if len(parts) == 1:  # the usual cell: one run of text
        return " ".join(parts[0].split())
    lines = "".join(part if part == "\n" else part.replace("\n", " ") for part in parts).split("\n")
    return "\n".join(" ".join(line.split()) for line in lines).strip()


def parse_html(path: str, data: bytes,
               bounds: limits.Limits = limits.DEFAULT) -> tuple[list[list], list, list[tuple[str, object]]]:
    """An HTML page as Excel lays it out: rows (padded), merged ranges, and for each row where it
    came from: ("text", the block element such as "h1" or "p") or ("table", its number from 1)."""
    parser = _TableParser(path, bounds)
    parser.feed(decode_text(path, data, _html_encoding(data)))
    parser.close()
    return _square(parser.rows, parser.last_covered_row + 1, path, bounds), parser.merged, parser.origins


def _read_html(path: str, data: bytes, bounds: limits.Limits = limits.DEFAULT) -> Sheet:
    rows, merged, origins = parse_html(path, data, bounds)
    if not any(kind == "table" for kind, _ in origins):
        raise InputError(f"{path}：这是网页（HTML）文件，但其中没有表格")
    return None, rows, merged


def _square(rows: list[dict[int, object]], min_height: int = 0, where: str = "",
            bounds: limits.Limits = limits.DEFAULT) -> list[list]:
    """Rows padded to one width, '' where no cell is (calamine's rows look the same); at least
    `min_height` rows (a rowspan reaching below the last row). The area is checked first."""
    height = max(len(rows), min_height)
    width = 1 + max((max(row) for row in rows if row), default=0)
    limits.check_span(where, height, width, bounds)
    square = [[""] * width for _ in range(height)]
    for index, row in enumerate(rows):
        for column, value in row.items():
            square[index][column] = value
    return square


# --- SpreadsheetML (Excel 2003 XML) ----------------------------------------------------------

_SS = f"{{{SPREADSHEET_NS}}}"


def _read_spreadsheetml(path: str, data: bytes, bounds: limits.Limits = limits.DEFAULT) -> list[Sheet]:
    """Streamed (iterparse, each row freed once read): a 100,000-row export is ~90 MB of XML."""
    sheets: list[Sheet] = []
    rows: list[dict[int, object]] = []
    merged: list = []
    where = path
    try:
        for event, element in ET.iterparse(io.BytesIO(data), events=("start", "end")):
            if event == "start":
                if element.tag == f"{_SS}Worksheet":
                    rows, merged = [], []
                    name = element.get(f"{_SS}Name")
                    where = f"{path} › {name}" if name else path
                continue
            if element.tag == f"{_SS}Row":
                _spreadsheetml_row(element, rows, merged, where, bounds)
                element.clear()
            elif element.tag == f"{_SS}Worksheet":
                name = element.get(f"{_SS}Name") or f"Sheet{len(sheets) + 1}"
                sheets.append((name, _square(rows, 0, where, bounds), merged))
                element.clear()
    except ET.ParseError as error:
        line, problem = xml_problem(error)
        raise InputError(f"{path} 第 {line} 行：Excel 2003 XML 文件格式有误，无法读取（{problem}）") from None
    if not sheets:
        raise InputError(f"{path}：Excel 2003 XML 文件中没有工作表")
    return sheets


def _spreadsheetml_row(row: ET.Element, rows: list[dict[int, object]], merged: list, where: str = "",
                       bounds: limits.Limits = limits.DEFAULT) -> None:
    index = _position(row, len(rows) + 1) - 1
    # ss:Index may jump anywhere: check before the rows up to it are made.
    limits.check_span(where, index + 1, 1, bounds)
    rows.extend({} for _ in range(index + 1 - len(rows)))
    next_column = 1  # 1-based, as ss:Index counts
    for cell in row.iter(f"{_SS}Cell"):
        column = _position(cell, next_column) - 1
        if column >= bounds.columns:
            limits.check_span(where, index + 1, column + 1, bounds, f"（第 {index + 1} 行）")
        value = _spreadsheetml_value(cell)
        if isinstance(value, str) and len(value) > bounds.cell_chars:
            limits.check_text(f"{where} 第 {index + 1} 行", value, bounds)
        rows[index][column] = value
        across, down = _count(cell.get(f"{_SS}MergeAcross")), _count(cell.get(f"{_SS}MergeDown"))
        if across or down:
            merged.append(((index, column), (index + down, column + across)))
        next_column = column + across + 2


def _position(element: ET.Element, default: int) -> int:
    """ss:Index (1-based; rows and cells may skip ahead) or the next position."""
    value = element.get(f"{_SS}Index")
    return int(value) if value and value.isdigit() and int(value) >= default else default


def _count(value: str | None) -> int:
    return min(int(value), 1000) if value and value.isdigit() else 0


def _spreadsheetml_value(cell: ET.Element) -> object:
    data = cell.find(f"{_SS}Data")
    if data is None:
        return ""
    text = "".join(data.itertext())
    kind = data.get(f"{_SS}Type")
    try:
        if kind == "Number":
            return float(text)
        if kind == "DateTime":  # 2023-05-16T00:00:00.000
            return dt.datetime.fromisoformat(text[:19])
    except ValueError:
        pass
    return text
