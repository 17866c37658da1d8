"""Limits on what one input file may make a reader allocate, checked before anything is expanded.

A 1.8 KB workbook holding one cell at XFD1048576 declares a 17-billion-cell sheet: python-calamine
allocates the span its cells cover in one block, and when that fails the process dies (SIGABRT)
with every other file of the batch. So the span (rows × columns, not each axis alone), row and
column counts, repeat counts and the sizes of zip entries are read from the file first by a
streaming scan that expands nothing, and a file past a limit is refused with a message naming the
file and the limit. The limits are plain numbers checked in plain code (never `resource`, which
Windows lacks) and can be raised in govopen.yaml (`limits:`) for the rare real giant.

Only cells that hold data count: LibreOffice ends every sheet with a million repeated empty rows,
and styled empty cells far out are common; neither is expanded by the readers.
"""
from __future__ import annotations

import queue
import re
import struct
import threading
import zipfile
import zlib
from dataclasses import dataclass, fields

from govopen_cli.errors import InputError

RATIO_FLOOR = 8 << 20  # parts smaller than this may compress as well as they like
DEFLATE_MAX_RATIO = 1032  # no deflate stream expands more than this
_CHUNK = 1 << 18  # compressed bytes inflated per step of a streaming scan
_OUT = 1 << 24  # at most this many bytes out of one inflate call (a bomb inflates 1032 times)
_AHEAD_FROM = 1 << 20  # entries compressed to more than this are inflated in a thread ahead


@dataclass(frozen=True)
class Limits:
    # rows × columns of the span a sheet's cells cover (from A1). A sparse span costs about 70
    # bytes a cell once it becomes Python lists: 10 million is ~0.7 GB and a few seconds.
    cells: int = 10_000_000
    rows: int = 1_048_576  # Excel's own limits
    columns: int = 16_384
    cell_chars: int = 32_767
    entry_mb: int = 1024  # one part of a zipped workbook, uncompressed
    # The text of all cells of a workbook together, in MB of UTF-8: a shared string is copied
    # into every cell that refers to it (in the reader, then again as Python strings), so a
    # 40 KB file can make the reader copy gigabytes.
    text_mb: int = 1024
    ratio: int = 200  # compression ratio of a part larger than RATIO_FLOOR

    @classmethod
    def keys(cls) -> tuple[str, ...]:
        return tuple(item.name for item in fields(cls))


DEFAULT = Limits()

# How messages name each limit (what was measured, the unit).
LABELS = {
    "cells": ("数据区域", " 个单元格"),
    "rows": ("行数", " 行"),
    "columns": ("列数", " 列"),
    "cell_chars": ("单元格长度", " 个字符"),
    "entry_mb": ("压缩包内部件解压后的大小", " MB"),
    "text_mb": ("全部单元格的文字合计", " MB"),
    "ratio": ("压缩比", " 倍"),
}


class LimitError(InputError):
    """A file past one of the limits: refused before it is expanded (exit 2, or unreadable in a batch)."""


def refuse(where: str, key: str, value: int, limits: Limits, detail: str = "") -> LimitError:
    what, unit = LABELS[key]
    limit = getattr(limits, key)
    return LimitError(
        f"{where}：{what}{detail}为 {value:,}{unit}，超过上限 {limit:,}{unit}，未读取。文件可能已损坏或是"
        f"刻意构造的；如确为需要检查的大表格，可在 govopen.yaml 的 limits 下调高 {key}"
    )


def damaged(where: str, what: str) -> InputError:
    """A file whose structure would make the reader loop or reserve without end: not a limit
    the officer can raise, a damaged (or forged) file."""
    return InputError(f"{where}：文件结构已损坏（{what}），未读取。请用 Excel 或 WPS 打开后另存为 .xlsx 再检查")


def check_axes(where: str, rows: int, columns: int, limits: Limits, detail: str = "") -> None:
    if rows > limits.rows:
        raise refuse(where, "rows", rows, limits, detail)
    if columns > limits.columns:
        raise refuse(where, "columns", columns, limits, detail)


def check_padding(where: str, rows: int, columns: int, cells: int, limits: Limits) -> None:
    """Rows of text padded to the widest: the empty cells added (not the data) against the limit."""
    check_axes(where, rows, columns, limits)
    padding = rows * columns - cells
    if padding > limits.cells:
        raise refuse(where, "cells", padding, limits, f"（{rows:,} 行补齐到 {columns:,} 列时补出的空单元格）")


def check_span(where: str, rows: int, columns: int, limits: Limits, detail: str = "") -> None:
    """Rows, columns and their product (the area a reader fills in) against the limits."""
    check_axes(where, rows, columns, limits, detail)
    if rows * columns > limits.cells:
        raise refuse(where, "cells", rows * columns, limits, f"{detail}（{rows:,} 行 × {columns:,} 列）")


class WorkbookArea:
    """The cells of all sheets of one workbook together against the cell limit.

    Every sheet is kept as Python lists until the catalog among them is found, so a workbook of
    many sheets, each just within the limit (one cell at CW100000 on each of 40 sheets), would
    together make gigabytes. Sheets are taken one at a time, before each is turned into lists."""

    def __init__(self, path: str, limits: Limits):
        self.path, self.limits, self.cells = path, limits, 0

    def take(self, where: str, rows: int, columns: int) -> None:
        check_span(where, rows, columns, self.limits)
        self.cells += rows * columns
        if self.cells > self.limits.cells:
            raise refuse(self.path, "cells", self.cells, self.limits, "（全部工作表合计）")


SHARED_TEXT = "（共享文字在引用它的每个单元格中各算一次）"
REPEATED_TEXT = "（重复的单元格按重复次数计）"


def check_text_total(where: str, size: int, limits: Limits, detail: str = SHARED_TEXT) -> None:
    """`size`: bytes of UTF-8 text (or an upper bound) the reader copies into cells."""
    if size > limits.text_mb << 20:
        raise refuse(where, "text_mb", -(-size >> 20), limits, detail)


def check_text(where: str, text: str, limits: Limits) -> None:
    if len(text) > limits.cell_chars:
        raise refuse(where, "cell_chars", len(text), limits)


def is_native_crash(error: BaseException) -> bool:
    """True for the exception a Rust extension raises when it panics (pyo3's PanicException
    derives from BaseException, so `except Exception` lets it through)."""
    return type(error).__name__ == "PanicException"


# --- zipped workbooks (xlsx/xlsm/xlsb, ods) ----------------------------------------------------


def _open_zip(path: str) -> tuple[zipfile.ZipFile, list[zipfile.ZipInfo]] | None:
    with open(path, "rb") as handle:
        if handle.read(4) != b"PK\x03\x04":
            return None
    try:
        archive = zipfile.ZipFile(path)
        return archive, archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError):
        return None  # not a readable zip: the reader refuses it on its own


def _check_entries(path: str, entries: list[zipfile.ZipInfo], limits: Limits, scanned: dict[str, str],
                   scan=None) -> None:
    total = 0
    for info in entries:
        _check_entry_declared(path, info, limits)
        total += info.file_size
    if total > limits.entry_mb * 4 << 20:
        raise refuse(path, "entry_mb", total >> 20, limits, "（全部部件合计）")
    for info in entries:
        if info.filename in scanned:
            scan(path, info, limits, scanned[info.filename])
        elif info.compress_size * DEFLATE_MAX_RATIO > min(limits.entry_mb << 20, RATIO_FLOOR):
            # The declared size may lie; what the reader will inflate is what counts.
            for _ in _inflate(path, info, limits):
                pass


def check_archive(path: str, limits: Limits = DEFAULT) -> None:
    """The entry sizes and compression ratios of any zip-based file (a .docx plan)."""
    opened = _open_zip(path)
    if opened is not None:
        _check_entries(path, opened[1], limits, {})


def check_workbook(path: str, limits: Limits = DEFAULT) -> None:
    """Refuse a workbook that would make the reader allocate past `limits`. Reads the zip
    directory and streams the sheet parts, or walks a binary .xls's records (nothing is kept);
    other files pass (they are not workbooks, and the reader refuses them)."""
    from govopen_cli.io import limits_binary

    opened = _open_zip(path)
    if opened is None:
        if _starts_with(path, limits_binary.OLE_SIGNATURE):
            limits_binary.check_xls(path, limits)
        return
    archive, entries = opened
    names = {info.filename: info for info in entries}
    if "content.xml" in names and "xl/workbook.xml" not in names:
        _check_entries(path, entries, limits, {"content.xml": path}, _scan_ods)
        return
    from govopen_cli.io import limits_strings

    strings = []  # the .xlsb shared-string lengths, read once when a binary sheet needs them
    text = [0]  # characters of the .xlsb sheets scanned so far
    shared = limits_strings.part(names)
    references = limits_strings.References() if shared is not None else None

    def scan(path: str, info: zipfile.ZipInfo, limits: Limits, where: str) -> None:
        if not limits_binary.is_xlsb_sheet(info):
            _scan_xlsx_sheet(path, info, limits, where, references)
            return
        if not strings:
            part = next((names[name] for name in names if name.lower() == "xl/sharedstrings.bin"), None)
            strings.append(limits_binary.xlsb_shared_string_lengths(_inflate(path, part, limits), path)
                           if part is not None else None)
        text[0] += limits_binary.scan_xlsb_sheet(path, _inflate(path, info, limits), limits, where, strings[0])
        check_text_total(path, text[0] * 3, limits)  # characters: at most three bytes each in UTF-8

    _check_entries(path, entries, limits, _worksheet_parts(archive, names, path), scan)
    if references is not None:
        limits_strings.check(path, shared, references, limits)


def _starts_with(path: str, signature: bytes) -> bool:
    with open(path, "rb") as handle:
        return handle.read(len(signature)) == signature


def check_docx(path: str, limits: Limits = DEFAULT) -> None:
    """A Word file: entry sizes, and the table cells a reader lays out (each w:gridSpan repeats
    its cell that many times in the row)."""
    opened = _open_zip(path)
    if opened is None:
        return
    spans = 0
    for info in opened[1]:
        if info.filename.lower().endswith(".xml") and "word/" in info.filename.lower():
            for chunk, start, end in _xml_chunks(path, info, limits):
                for value in _GRID_SPAN.findall(chunk, start, end):
                    spans += int(value)
                    if spans > limits.cells:
                        raise refuse(path, "cells", spans, limits, "（表格合并单元格展开后）")
    _check_entries(path, opened[1], limits, {})


_GRID_SPAN = re.compile(rb'gridSpan\s+[\w:]*val\s*=\s*["\'](\d+)')


def _check_entry_declared(path: str, info: zipfile.ZipInfo, limits: Limits) -> None:
    if info.file_size > limits.entry_mb << 20:
        raise refuse(f"{path} › {info.filename}", "entry_mb", info.file_size >> 20, limits)
    if info.file_size > RATIO_FLOOR and info.file_size > limits.ratio * max(info.compress_size, 1):
        raise refuse(f"{path} › {info.filename}", "ratio", info.file_size // max(info.compress_size, 1), limits)


def _inflate(path: str, info: zipfile.ZipInfo, limits: Limits):
    """The entry's bytes in chunks, as a reader inflates them (the declared size is not trusted),
    stopping with a LimitError once the output passes the entry size or ratio limit. A large
    entry is inflated in a thread one step ahead: zlib releases the GIL, so inflating overlaps
    the regex passes of the scan."""
    if info.compress_size < _AHEAD_FROM:
        yield from _inflate_here(path, info, limits)
        return
    ready: queue.Queue = queue.Queue(maxsize=8)

    def produce() -> None:
        try:
            for out in _inflate_here(path, info, limits):
                ready.put(out)
            ready.put(None)
        except BaseException as error:  # noqa: BLE001 - handed to the consumer
            ready.put(error)

    threading.Thread(target=produce, daemon=True).start()
    while (out := ready.get()) is not None:
        if isinstance(out, BaseException):
            raise out
        yield out


def _inflate_here(path: str, info: zipfile.ZipInfo, limits: Limits):
    where = f"{path} › {info.filename}"
    with open(path, "rb") as handle:
        handle.seek(info.header_offset)
        header = handle.read(30)
        if len(header) < 30 or header[:4] != b"PK\x03\x04":
            return
        name_length, extra_length = struct.unpack("<HH", header[26:30])
        handle.seek(info.header_offset + 30 + name_length + extra_length)
        remaining = info.compress_size
        if info.compress_type == zipfile.ZIP_STORED:
            inflater = None
        elif info.compress_type == zipfile.ZIP_DEFLATED:
            inflater = zlib.decompressobj(-15)
        else:
            return  # a method the reader does not support either: it refuses the file
        produced = 0
        while remaining > 0:
            block = handle.read(min(_CHUNK, remaining))
            if not block:
                break
            remaining -= len(block)
            while block:
                try:
                    out = inflater.decompress(block, _OUT) if inflater else block
                except zlib.error:
                    return  # damaged data: the reader reports it
                block = inflater.unconsumed_tail if inflater else b""
                produced += len(out)
                if produced > limits.entry_mb << 20:
                    raise refuse(where, "entry_mb", produced >> 20, limits)
                if produced > RATIO_FLOOR and produced > limits.ratio * max(info.compress_size, 1):
                    raise refuse(where, "ratio", produced // max(info.compress_size, 1), limits)
                if out:
                    yield out
            if inflater is not None and inflater.eof:
                break


def _xml_chunks(path: str, info: zipfile.ZipInfo, limits: Limits):
    """The entry as (text, start, end): scan text[start:end], which holds whole tags (it starts
    and ends at a '<'). The piece across two inflated chunks comes as a small text of its own, so
    no chunk is copied."""
    carry = b""
    for out in _inflate(path, info, limits):
        first = out.find(b"<")
        if first < 0:
            carry += out
            if len(carry) > _OUT:  # a long run of text: no tag in it to cut
                yield carry, 0, len(carry)
                carry = b""
            continue
        if carry:
            piece = carry + out[:first]
            yield piece, 0, len(piece)
        last = out.rfind(b"<")
        if last > first:
            yield out, first, last
        carry = out[last:]
    if carry:
        yield carry, 0, len(carry)


_RELATIONSHIP = re.compile(rb"<(?:[\w.-]+:)?Relationship\b[^>]*>")
_SHEET = re.compile(rb"<(?:[\w.-]+:)?sheet\b[^>]*>")
_ATTRIBUTE = re.compile(rb"""([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")


def _attributes(tag: bytes) -> dict[str, str]:
    return {key.decode("ascii", "replace").lower().rsplit(":", 1)[-1]: (a or b).decode("utf-8", "replace")
            for key, a, b in _ATTRIBUTE.findall(tag)}


def _small_part(archive: zipfile.ZipFile, names: dict, name: str) -> bytes:
    if name not in names or names[name].file_size > 16 << 20:
        return b""
    try:
        return archive.read(name)
    except Exception:  # noqa: BLE001 - a damaged part: the reader reports it
        return b""


def _worksheet_parts(archive: zipfile.ZipFile, names: dict, path: str) -> dict[str, str]:
    """The zip entries a reader may parse as sheets, each with how messages name it (file ›
    sheet): the targets of the workbook's relationships (resolved both ways readers resolve
    them) and everything in a worksheets/-like folder."""
    from govopen_cli.io.limits_binary import xlsb_sheet_names

    sheet_names = xlsb_sheet_names(_small_part(archive, names, "xl/workbook.bin"))
    for tag in _SHEET.findall(_small_part(archive, names, "xl/workbook.xml")):
        attributes = _attributes(tag)
        if "id" in attributes:
            sheet_names[attributes["id"]] = attributes.get("name", "")
    parts = {name: f"{path} › {name}" for name in names
             if any(folder in name.lower() for folder in ("worksheets/", "chartsheets/", "macrosheets/", "dialogsheets/"))}
    for rels in [name for name in names if name.lower().endswith(("workbook.xml.rels", "workbook.bin.rels"))]:
        base = rels.rsplit("_rels/", 1)[0]
        for tag in _RELATIONSHIP.findall(_small_part(archive, names, rels)):
            attributes = _attributes(tag)
            target = attributes.get("target", "")
            kind = attributes.get("type", "").lower()
            if not target or kind.endswith(("/sharedstrings", "/styles", "/theme")):
                continue
            for candidate in (target.lstrip("/"), base + target, "xl/" + target):
                candidate = _normalise(candidate)
                if candidate in names:
                    name = sheet_names.get(attributes.get("id", ""))
                    parts[candidate] = f"{path} › {name}" if name else parts.get(candidate, f"{path} › {candidate}")
    return parts


def _normalise(name: str) -> str:
    parts: list[str] = []
    for part in name.replace("\\", "/").split("/"):
        if part == "..":
            if parts:
                parts.pop()
        elif part not in ("", "."):
            parts.append(part)
    return "/".join(parts)


# xlsx: cell references are <c r="B7" …>. One regex pass finds every cell tag that is not the
# common near form (r first, one letter, at most five digits: within Z99999); in most files that
# is none, and the pass costs little more than reading the text. A far reference found this way
# is measured; any other form (r not first, no r, namespace prefixes) takes the exact scan below.
_NOT_NEAR_CELL = re.compile(rb'<c(?! r="[A-Za-z][0-9]{1,5}")[\s/>]')
_FAR_TAG = re.compile(rb'<c r="([A-Za-z]{1,3})([0-9]{1,7})"[^>]*?(/?)>')
_PREFIXED_CELL = re.compile(rb":c[\s/>]")
_NEAR_ROWS, _NEAR_COLUMNS = 99_999, 26


def _scan_xlsx_sheet(path: str, info: zipfile.ZipInfo, limits: Limits, where: str, references=None) -> None:
    max_row, max_column, unusual = 0, 0, False
    if references is not None:
        references.parts.append(info)
        counted = references.count
    for chunk, start, end in _xml_chunks(path, info, limits):
        if references is not None:
            references.add(chunk, start, end)
        if b":" in chunk and _PREFIXED_CELL.search(chunk, start, end):  # <x:c …>: readers ignore prefixes
            unusual = True
            break
        for match in _NOT_NEAR_CELL.finditer(chunk, start, end):
            far = _FAR_TAG.match(chunk, match.start())
            if far is None:
                unusual = True
                break
            letters, digits, empty = far.groups()
            if not empty:  # a styled empty cell holds no data
                max_column = max(max_column, _column_number(letters))
                max_row = max(max_row, int(digits))
        if unusual:
            break
    rows, columns = max(max_row, _NEAR_ROWS), max(max_column, _NEAR_COLUMNS)
    if unusual or rows * columns > limits.cells or rows > limits.rows or columns > limits.columns:
        if references is not None:
            references.count = counted  # counted again, whole, by the exact scan
        rows, columns = _exact_xlsx_span(path, info, limits, references)
    check_span(where, rows, columns, limits)


def _self_closing(chunk: bytes, start: int) -> bool:
    end = chunk.find(b">", start)
    return end > 0 and chunk[end - 1:end] == b"/"


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + (letter & 0xDF) - 64  # readers take lowercase letters too
    return number


_XLSX_TAG = re.compile(rb"<(/?)(?:[\w.-]+:)?(row|c)(?=[\s/>])([^>]*?)(/?)>")
_R = re.compile(rb"""\br\s*=\s*["']([A-Za-z]*)(\d*)["']""")


def _exact_xlsx_span(path: str, info: zipfile.ZipInfo, limits: Limits, references=None) -> tuple[int, int]:
    """The 1-based last row and column holding data, placing cells as the reader does: by their
    reference, else after the previous cell (and rows after the previous row)."""
    max_row = max_column = 0
    row = 0  # 1-based current row
    column = 0
    for chunk, start, end in _xml_chunks(path, info, limits):
        if references is not None:
            references.add(chunk, start, end)
        for closing, tag, attributes, empty in _XLSX_TAG.findall(chunk, start, end):
            if closing:
                continue
            reference = _R.search(attributes)
            if tag == b"row":
                row = int(reference.group(2)) if reference and reference.group(2) else row + 1
                column = 0
                continue
            if reference and reference.group(2):
                column = _column_number(reference.group(1).upper()) if reference.group(1) else column + 1
                cell_row = int(reference.group(2))
            else:
                column += 1
                cell_row = max(row, 1)
            if not empty:
                max_row, max_column = max(max_row, cell_row), max(max_column, column)
    return max_row, max_column


# ods: rows and cells carry repeat counts; a repeated cell holding data is expanded that many
# times, its text copied into each (and <text:s text:c="N"/> is N spaces).
_ODS_TAG = re.compile(rb"<(/?)(?:table:(table|table-row|table-cell|covered-table-cell)|text:(s))(?=[\s/>])([^>]*?)(/?)>")
_ROWS_REPEATED = re.compile(rb'number-rows-repeated\s*=\s*["\'](\d+)')
_COLUMNS_REPEATED = re.compile(rb'number-columns-repeated\s*=\s*["\'](\d+)')
_SPACES = re.compile(rb'\bc\s*=\s*["\'](\d+)')
_ANNOTATION = re.compile(rb"<(/?)office:annotation(?=[\s/>])[^>]*?(/?)>")
_VALUE_TYPE = re.compile(rb"value-type\s*=")
_NAME = re.compile(rb'table:name\s*=\s*"([^"]*)"')


def _scan_ods(path: str, info: zipfile.ZipInfo, limits: Limits, _where: str) -> None:
    sheet = ""
    depth = 0  # table nesting (a cell may hold a sub-table)
    row = 0  # rows before the current one
    row_repeat = 1
    row_has_data = False
    column = 0
    max_row = max_column = 0
    pending: list[int] | None = None  # an open cell: [first column, repeat, where it opened, spaces]
    row_text = text = 0  # bytes of the cells' XML (an upper bound of their text) as the reader repeats them
    base = 0  # where the current piece starts in the part (the pieces follow each other)

    def check() -> None:
        check_span(f"{path} › {sheet}" if sheet else path, max_row, max_column, limits)

    open_annotation = False  # calamine reads a cell's comment to its end tag, past the end of the file
    for chunk, start, end in _xml_chunks(path, info, limits):
        offset = base - start
        base += end - start
        if b"office:annotation" in chunk:
            for closing, empty in _ANNOTATION.findall(chunk, start, end):
                open_annotation = not closing and not empty if not open_annotation else not closing
        for match in _ODS_TAG.finditer(chunk, start, end):
            closing, tag, spaces, attributes, empty = match.groups()
            if spaces:  # <text:s/> in a cell's text
                if pending is not None:
                    count = _SPACES.search(attributes)
                    pending[3] += int(count.group(1)) if count else 1
                continue
            if tag == b"table":
                if closing:
                    depth -= 1
                    if depth == 0:
                        check()
                        max_row = max_column = 0
                elif not empty:
                    depth += 1
                    if depth == 1:
                        name = _NAME.search(attributes)
                        sheet = name.group(1).decode("utf-8", "replace") if name else ""
                        row = 0
                continue
            if depth != 1:
                continue
            if tag == b"table-row":
                if closing:
                    if row_has_data:
                        max_row = max(max_row, row + row_repeat)
                    row += row_repeat
                    row_has_data = False
                    text += row_text * row_repeat
                    row_text = 0
                    check_text_total(path, text, limits, REPEATED_TEXT)
                else:
                    repeated = _ROWS_REPEATED.search(attributes)
                    row_repeat = int(repeated.group(1)) if repeated else 1
                    column = 0
                    if empty:
                        row += row_repeat
                continue
            if closing:  # the end of a cell that had content
                if pending is not None:
                    first, repeat, opened, spaces_count = pending
                    row_has_data = True
                    max_column = max(max_column, first + repeat)
                    row_text += (offset + match.end() - opened + spaces_count) * repeat
                    pending = None
                continue
            repeated = _COLUMNS_REPEATED.search(attributes)
            repeat = int(repeated.group(1)) if repeated else 1
            if empty:
                if _VALUE_TYPE.search(attributes):
                    row_has_data = True
                    max_column = max(max_column, column + repeat)
                    row_text += (match.end() - match.start()) * repeat
            else:
                pending = [column, repeat, offset + match.start(), 0]
            column += repeat
            if row_has_data and max(max_row, row + row_repeat) * max(max_column, 1) > limits.cells:
                max_row = max(max_row, row + row_repeat)
                check()
    if depth:
        check()
        # calamine reads a sheet until its end tag and never stops at the end of the file.
        raise damaged(path, f"工作表“{sheet}”没有结束标记，读取程序会无限等待")
    if open_annotation:
        raise damaged(path, "单元格批注没有结束标记，读取程序会无限等待")
