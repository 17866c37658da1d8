"""Hostile binary workbooks, written by hand: .xls (BIFF8 records in an OLE compound file) and
.xlsb (binary record streams in a zip). Each is small on disk and attacks what python-calamine
trusts in these formats: sector chains and declared table sizes, the DIMENSIONS record, the
positions of cell records, shared strings and record sizes. All constructed (no public source).
Used through tests/hostile_files.py (all_cases)."""
from __future__ import annotations

import struct
import zipfile
from pathlib import Path

HEADER = ["索引号", "信息名称", "发布机构", "生成日期", "发布日期"]
ROW = ["11370881004341590W/2023-000001", "关于印发通知", "曲阜市交通运输局", "2023-05-16", "2023-05-18"]
END, FREE = 0xFFFFFFFE, 0xFFFFFFFF


# --- binary .xls ---------------------------------------------------------------------------------


def _record(kind: int, data: bytes = b"") -> bytes:
    return struct.pack("<HH", kind, len(data)) + data


def _label(row: int, column: int, text: str) -> bytes:
    encoded = text.encode("utf-16-le")
    return _record(0x0204, struct.pack("<HHHHB", row, column, 15, len(text), 1) + encoded)


def _sst(strings: list[str], total: int | None = None) -> bytes:
    """An SST record, then CONTINUE records where it runs past 8,224 bytes: a string's characters
    go on after a high-byte flag (one byte a character for Latin-1 text, two otherwise)."""
    count = len(strings) if total is None else total
    body = struct.pack("<II", count, count)
    pieces, room = [], 8224 - len(body)
    for text in strings:
        wide = any(ord(character) > 255 for character in text)
        head = struct.pack("<HB", len(text), int(wide))
        if len(head) + 2 > room:
            pieces.append(body)
            body, room = b"", 8224
        body += head
        room -= len(head)
        unit, left = (2, text) if wide else (1, text)
        while left:
            step = min(room // unit, len(left))
            chunk, left = left[:step], left[step:]
            body += chunk.encode("utf-16-le" if wide else "latin-1")
            room -= step * unit
            if left:
                pieces.append(body)
                body, room = bytes([int(wide)]), 8223  # a CONTINUE record starts with the high-byte flag
    pieces.append(body)
    return _record(0x00FC, pieces[0]) + b"".join(_record(0x003C, piece) for piece in pieces[1:])


def biff_workbook(cells: list[tuple[int, int, object]], dimensions: tuple[int, int] | None = None,
                  raw_dimensions: bytes | None = None, strings: list[str] | None = None,
                  sst_total: int | None = None) -> bytes:
    """A BIFF8 workbook stream with one sheet “公开目录” holding `cells` (row, column, value),
    0-based: text, a number, or ("sst", index) for a reference to `strings`. `dimensions` (rows,
    columns) or `raw_dimensions` (the record's data) for the DIMENSIONS record."""
    name = "公开目录"
    bof_globals = _record(0x0809, struct.pack("<HHHHII", 0x0600, 0x0005, 0x1FD3, 1996, 0, 0x06))
    sheet = _record(0x0809, struct.pack("<HHHHII", 0x0600, 0x0010, 0x1FD3, 1996, 0, 0x06))
    rows = dimensions[0] if dimensions else 1 + max(row for row, _, _ in cells)
    columns = dimensions[1] if dimensions else 1 + max(column for _, column, _ in cells)
    sheet += _record(0x0200, raw_dimensions if raw_dimensions is not None
                     else struct.pack("<IIHHH", 0, rows, 0, min(columns, 0xFFFF), 0))
    for row, column, value in cells:
        if isinstance(value, tuple):
            sheet += _record(0x00FD, struct.pack("<HHHI", row, column, 15, value[1]))
        elif isinstance(value, str):
            sheet += _label(row, column, value)
        else:
            sheet += _record(0x0203, struct.pack("<HHHd", row, column, 15, float(value)))
    sheet += _record(0x000A)
    shared = _sst(strings, sst_total) if strings is not None else b""

    def globals_at(offset: int) -> bytes:  # BOUNDSHEET8 holds the offset of the sheet's BOF
        return (bof_globals + _record(0x0042, struct.pack("<H", 1200))
                + _record(0x0085, struct.pack("<IBB", offset, 0, 0) + struct.pack("<BB", len(name), 1)
                          + name.encode("utf-16-le"))
                + shared + _record(0x000A))

    globals_ = globals_at(len(globals_at(0)))
    return globals_ + sheet


def ole_file(stream: bytes, stream_name: str = "Workbook", header: dict[int, int] | None = None,
             fat: dict[int, int] | None = None, declared_size: int | None = None,
             last_word: int | None = None) -> bytes:
    """An OLE compound file (version 3, 512-byte sectors) holding one stream, padded to 4,096
    bytes so it lives in regular sectors (no mini stream). The FAT comes first (sector 0 for a
    stream of up to 125 sectors), then the directory (1), then the stream (2…). For hostile variants: `header` u32 fields by offset, `fat` entries, the
    stream's `declared_size`, and `last_word` written into the last four bytes of the file."""
    stream = stream + b"\x00" * max(0, 4096 - len(stream))
    sectors = (len(stream) + 511) // 512
    fat_sectors = 1
    while fat_sectors * 128 < fat_sectors + 1 + sectors:
        fat_sectors += 1
    assert fat_sectors <= 109, "the header's DIFAT holds 109 FAT sectors"
    first = fat_sectors + 1  # FAT sectors, then the directory, then the stream
    fields = {44: fat_sectors, 48: fat_sectors, 52: 0, 56: 4096, 60: END, 64: 0, 68: END, 72: 0}
    fields.update(header or {})
    head = bytes.fromhex("D0CF11E0A1B11AE1") + b"\x00" * 16 + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
    head += b"\x00" * 10
    head = bytearray(head.ljust(76, b"\x00"))
    for offset, value in fields.items():
        head[offset:offset + 4] = struct.pack("<I", value)
    head += struct.pack("<109I", *(list(range(fat_sectors)) + [FREE] * (109 - fat_sectors)))
    table = [0xFFFFFFFD] * fat_sectors + [END] + [first + i + 1 for i in range(sectors - 1)] + [END]
    for index, value in (fat or {}).items():
        table[index] = value
    table += [FREE] * (128 * fat_sectors - len(table))
    fat_sector = struct.pack(f"<{len(table)}I", *table)

    def entry(name: str, kind: int, child: int, start: int, size: int) -> bytes:
        encoded = (name.encode("utf-16-le") + b"\x00\x00") if name else b""
        return (encoded.ljust(64, b"\x00") + struct.pack("<HBB", len(encoded), kind, 1)
                + struct.pack("<III", FREE, FREE, child) + b"\x00" * 16 + b"\x00" * 4 + b"\x00" * 16
                + struct.pack("<II", start, size) + b"\x00" * 4)

    size = declared_size if declared_size is not None else len(stream)
    directory = entry("Root Entry", 5, 1, END, 0) + entry(stream_name, 2, FREE, first, size)
    directory += entry("", 0, FREE, 0, 0) * 2
    data = bytearray(bytes(head) + fat_sector + directory + stream.ljust(sectors * 512, b"\x00"))
    if last_word is not None:
        data[-4:] = struct.pack("<I", last_word)
    return bytes(data)


def biff_catalog(*extra: tuple[int, int, object], dimensions: tuple[int, int] | None = None, **options) -> bytes:
    cells = [(0, column, value) for column, value in enumerate(HEADER)]
    cells += [(1, column, value) for column, value in enumerate(ROW)]
    ole = {key: options.pop(key) for key in ("header", "fat", "declared_size", "last_word") if key in options}
    return ole_file(biff_workbook(cells + list(extra), dimensions, **options), **ole)


# --- .xlsb ---------------------------------------------------------------------------------------


def xlsb_record(kind: int, data: bytes = b"", size: int | None = None) -> bytes:
    """A record: its type in one or two bytes, its size in up to four, seven bits each."""
    head = bytearray([kind] if kind < 0x80 else [(kind & 0x7F) | 0x80, kind >> 7])
    size = len(data) if size is None else size
    while True:
        byte, size = size & 0x7F, size >> 7
        head.append(byte | (0x80 if size else 0))
        if not size:
            break
    return bytes(head) + data


def _wide(text: str) -> bytes:
    return struct.pack("<I", len(text)) + text.encode("utf-16-le")


def xlsb_cell(column: int, value: object) -> bytes:
    if isinstance(value, tuple):  # ("sst", index)
        return xlsb_record(0x0007, struct.pack("<III", column, 0, value[1]))
    if isinstance(value, str):
        return xlsb_record(0x0006, struct.pack("<II", column, 0) + _wide(value))
    return xlsb_record(0x0005, struct.pack("<IId", column, 0, float(value)))


def xlsb_row(row: int) -> bytes:
    return xlsb_record(0x0000, struct.pack("<IIHBBBI", row, 0, 300, 0, 0, 0, 0))


def xlsb_sheet(cells: list[tuple[int, int, object]], dimension: tuple[int, int, int, int] | None = None,
               tail: bytes = b"") -> bytes:
    """A sheet part: BrtBeginSheet, BrtWsDim, BrtBeginSheetData, row headers and cells (sorted
    by row), `tail` (raw records), BrtEndSheetData, BrtEndSheet."""
    rows = sorted({row for row, _, _ in cells})
    last_row = max(rows, default=0)
    last_column = max((column for _, column, _ in cells), default=0)
    first_row, last_row, first_column, last_column = dimension or (0, last_row, 0, last_column)
    data = xlsb_record(0x0081) + xlsb_record(0x0094, struct.pack("<IIII", first_row, last_row, first_column, last_column))
    data += xlsb_record(0x0091)
    for row in rows:
        data += xlsb_row(row) + b"".join(xlsb_cell(column, value) for r, column, value in cells if r == row)
    return data + tail + xlsb_record(0x0092) + xlsb_record(0x0082)


def _xlsb_parts(sheet: bytes, strings: list[str] | None, sst_count: int | None) -> dict[str, bytes]:
    name = "公开目录"
    workbook = (xlsb_record(0x0083) + xlsb_record(0x008F)
                + xlsb_record(0x009C, struct.pack("<II", 0, 1) + _wide("rId1") + _wide(name))
                + xlsb_record(0x0090) + xlsb_record(0x0084))
    parts = {
        "[Content_Types].xml": ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
                                'package/2006/content-types"><Default Extension="bin" ContentType="application/vnd.ms-excel.'
                                'sheet.binary.macroEnabled.main"/></Types>').encode(),
        "_rels/.rels": ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
                        '2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
                        '2006/relationships/officeDocument" Target="xl/workbook.bin"/></Relationships>').encode(),
        "xl/workbook.bin": workbook,
        "xl/_rels/workbook.bin.rels": ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
                                       'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://'
                                       'schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target='
                                       '"worksheets/sheet1.bin"/></Relationships>').encode(),
        "xl/worksheets/sheet1.bin": sheet,
    }
    if strings is not None:
        count = len(strings) if sst_count is None else sst_count
        parts["xl/sharedStrings.bin"] = (xlsb_record(0x009F, struct.pack("<II", count, count))
                                         + b"".join(xlsb_record(0x0013, b"\x00" + _wide(text)) for text in strings)
                                         + xlsb_record(0x00A0))
    return parts


def write_xlsb(path: Path, *extra: tuple[int, int, object], dimension=None, tail: bytes = b"",
               strings: list[str] | None = None, sst_count: int | None = None, sheet: bytes | None = None) -> Path:
    """A catalog .xlsb (header and one data row) with `extra` cells (row, column, value)."""
    cells = [(0, column, value) for column, value in enumerate(HEADER)]
    cells += [(1, column, value) for column, value in enumerate(ROW)] + list(extra)
    parts = _xlsb_parts(sheet if sheet is not None else xlsb_sheet(cells, dimension, tail), strings, sst_count)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path
