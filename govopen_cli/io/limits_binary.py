"""Limits for the binary workbooks, checked before python-calamine parses them.

Binary .xls is a BIFF8 record stream inside an OLE compound file; .xlsb is a zip whose sheets are
binary record streams. calamine trusts what these files declare: the compound file's tables and
sector chains (a chain that loops is followed for ever; a declared table size is reserved at
once), a sheet's DIMENSIONS record (reserved as rows × columns of cells) and the positions of the
cell records (the sheet is allocated as the span they cover). Allocation failures inside the Rust
reader abort the process, so all of this is read here first, by the same rules calamine reads it
(see calamine's cfb.rs, xls.rs, xlsb/), without expanding anything: a file that would make the
reader allocate past the limits is refused with a message naming the file, the sheet and the limit.

Where calamine itself fails on a file before allocating (a sector past the end, a record cut
short) the scan stops and lets the reader report it. Standard library only.
"""
from __future__ import annotations

import struct
import sys
import zipfile
from array import array
from dataclasses import dataclass, replace

from govopen_cli.io import limits as lim

OLE_SIGNATURE = bytes.fromhex("D0CF11E0A1B11AE1")
_END_OF_CHAIN = 0xFFFFFFFE
_RESERVED = 0xFFFFFFFA  # sector ids from here on are markers, not sectors
_DIFAT_SECTOR = 0xFFFFFFFC
_TABLE_RESERVE_MAX = 1 << 28  # bytes a declared table size may make the reader reserve at once
BIFF8_AREA = 65_536 * 256  # the largest sheet the .xls format can describe
_U16 = struct.Struct("<H")
_U32 = struct.Struct("<I")
_HH = struct.Struct("<HH")
_HHHH = struct.Struct("<HHHH")


class _ReaderRefuses(Exception):
    """calamine fails on the file from here on, before allocating anything more: stop checking."""


damaged = lim.damaged


def _u32_table(data: bytes) -> array:
    if len(data) % 4:
        raise _ReaderRefuses  # calamine asserts whole u32s (a panic, caught by the reader)
    table = array("I")
    assert table.itemsize == 4
    table.frombytes(data)
    if sys.byteorder == "big":
        table.byteswap()
    return table


# --- the OLE compound file (calamine's cfb.rs) ---------------------------------------------------


@dataclass
class _Entry:
    name: str
    start: int
    size: int


class _Compound:
    """The compound file's header, FAT, directory and mini stream, read as calamine reads them,
    with every chain checked for loops and every declared size against the file."""

    def __init__(self, path: str, handle, file_size: int):
        self.path, self.handle = path, handle
        header = handle.read(512)
        if len(header) < 512 or not header.startswith(OLE_SIGNATURE):
            raise _ReaderRefuses
        shift = _U16.unpack_from(header, 30)[0]
        if shift not in (9, 12) or _U16.unpack_from(header, 32)[0] != 6:
            raise _ReaderRefuses
        self.version = _U16.unpack_from(header, 26)[0]
        self.sector = 1 << shift
        self.max_id = file_size // self.sector
        fat_sectors, directory_start = _U32.unpack_from(header, 44)[0], _U32.unpack_from(header, 48)[0]
        mini_fat_start, mini_fat_sectors = _U32.unpack_from(header, 60)[0], _U32.unpack_from(header, 64)[0]
        difat_start = _U32.unpack_from(header, 68)[0]
        # calamine reserves tables from these fields at once (the DIFAT's capacity from the four
        # bytes at offset 62, as calamine 0.36 reads them); a failed reservation aborts.
        if fat_sectors > self.max_id + 1 or _U32.unpack_from(header, 62)[0] * 4 > _TABLE_RESERVE_MAX:
            declared = max(fat_sectors, _U32.unpack_from(header, 62)[0])
            raise damaged(path, f"文件头声明的分配表长度为 {declared:,}，远超文件本身")
        self.fat = self._read_fat(header, difat_start)
        directory = self._bytes(self._chain(directory_start, self.fat, None))
        self.entries = self._entries(directory)
        if not self.entries or (self.version != 3 and self.entries[0].start == _END_OF_CHAIN):
            raise _ReaderRefuses
        self.mini_fat = array("I")
        self.mini_stream = b""
        if mini_fat_sectors > 0:
            root = self.entries[0]
            self.mini_stream = self._bytes(self._chain(root.start, self.fat, root.size))[:root.size]
            self.mini_fat = _u32_table(self._bytes(self._chain(mini_fat_start, self.fat, mini_fat_sectors * self.sector)))

    def _read(self, sector_id: int) -> bytes:
        if sector_id > self.max_id:
            raise _ReaderRefuses  # calamine: "sector points past end of file"
        self.handle.seek((sector_id + 1) * self.sector)
        return self.handle.read(self.sector)

    def _read_fat(self, header: bytes, difat_start: int) -> array:
        difat = _u32_table(header[76:512])
        seen: set[int] = set()
        sector_id = difat_start
        while sector_id < _RESERVED:
            if sector_id in seen:
                raise damaged(self.path, "主扇区分配表的扇区链首尾相接，读取程序会无限循环")
            seen.add(sector_id)
            difat.extend(_u32_table(self._read(sector_id)))
            sector_id = difat.pop()
        fat_ids = [sector_id for sector_id in difat if sector_id < _DIFAT_SECTOR]
        if len(fat_ids) > self.max_id + 1:
            raise damaged(self.path, f"分配表声明了 {len(fat_ids):,} 个扇区，多于文件本身的扇区数")
        return _u32_table(b"".join(self._read(sector_id) for sector_id in fat_ids))

    def _chain(self, start: int, table: array, size: int | None, unit: int | None = None,
               limit: int | None = None) -> list[int]:
        """The sector ids of a chain, as far as calamine follows it (to `size` bytes; a directory
        has no size, so a loop there never ends). A loop, or a chain longer than the file can
        hold, is refused: calamine would follow it until memory runs out."""
        unit = unit or self.sector
        limit = self.max_id if limit is None else limit
        ids: list[int] = []
        seen: set[int] = set()
        length = 0
        sector_id = start
        while sector_id != _END_OF_CHAIN:
            if sector_id > limit:
                raise _ReaderRefuses
            if sector_id in seen:
                raise damaged(self.path, "扇区链首尾相接，读取程序会无限循环")
            seen.add(sector_id)
            ids.append(sector_id)
            length += unit
            if size is not None and length >= size:
                break
            if sector_id >= len(table):
                raise _ReaderRefuses  # calamine indexes past its table (a panic, caught by the reader)
            sector_id = table[sector_id]
        return ids

    def _bytes(self, ids: list[int]) -> bytes:
        return b"".join(self._read(sector_id) for sector_id in ids)

    def _entries(self, directory: bytes) -> list[_Entry]:
        entries = []
        needed = 124 if self.sector == 512 else 128
        for offset in range(0, len(directory), 128):
            record = directory[offset:offset + 128]
            if len(record) < needed:
                raise _ReaderRefuses  # calamine reads past the slice (a panic)
            name = record[:64].decode("utf-16-le", "replace").split("\x00", 1)[0]
            start = _U32.unpack_from(record, 116)[0]
            size = _U32.unpack_from(record, 120)[0] if self.sector == 512 else struct.unpack_from("<Q", record, 120)[0]
            entries.append(_Entry(name, start, size))
        return entries

    def stream(self, names: tuple[str, ...]) -> bytes | None:
        """The first of `names` calamine would open, as it would read it; None when it opens none."""
        for name in names:
            entry = next((entry for entry in self.entries if entry.name == name), None)
            if entry is None:
                continue
            try:
                return self._stream(entry)
            except _ReaderRefuses:
                continue
        return None

    def _stream(self, entry: _Entry) -> bytes:
        if entry.size >= 4096:
            return self._bytes(self._chain(entry.start, self.fat, entry.size))[:entry.size]
        ids = self._chain(entry.start, self.mini_fat, entry.size, 64, self.max_id * 8)
        pieces = []
        for sector_id in ids:
            if (sector_id + 1) * 64 > len(self.mini_stream):
                raise damaged(self.path, "小扇区超出了小数据流的范围")
            pieces.append(self.mini_stream[sector_id * 64:(sector_id + 1) * 64])
        return b"".join(pieces)[:entry.size]


# --- BIFF records of the Workbook stream (calamine's xls.rs) ------------------------------------

_BOF, _EOF, _CONTINUE = 0x0809, 0x000A, 0x003C
_NUMBER, _LABEL, _RSTRING, _BOOL_ERR, _RK = 0x0203, 0x0204, 0x00D6, 0x0205, 0x027E
_FORMULA, _STRING, _LABEL_SST, _MUL_RK, _DIMENSIONS = 0x0006, 0x0207, 0x00FD, 0x00BD, 0x0200
_PLAIN_CELLS = {_NUMBER, _BOOL_ERR, _RK}
_CELL_RECORDS = {_NUMBER, _LABEL, _RSTRING, _BOOL_ERR, _RK, _FORMULA, _STRING, _LABEL_SST, _MUL_RK, _DIMENSIONS}


def _records(stream: bytes, start: int):
    """(type, offset of the data, length) of each record from `start`, as calamine's RecordIter
    cuts them (CONTINUE records belong to the record before them)."""
    position, end = start, len(stream)
    while position < end:
        if end - position < 4:
            raise _ReaderRefuses
        kind, length = _HH.unpack_from(stream, position)
        if position + 4 + length > end:
            raise _ReaderRefuses
        yield kind, position + 4, length
        position += 4 + length


def _continued(stream: bytes, offset: int, length: int) -> list[bytes]:
    """A record's data and the data of the CONTINUE records after it."""
    parts = [stream[offset:offset + length]]
    position = offset + length
    while len(stream) - position > 4 and _U16.unpack_from(stream, position)[0] == _CONTINUE:
        size = _U16.unpack_from(stream, position + 2)[0]
        parts.append(stream[position + 4:position + 4 + size])
        position += 4 + size
    return parts


def _sst_lengths(parts: list[bytes]) -> array:
    """The length in characters of each shared string, read as calamine reads the SST record
    (strings may run on into CONTINUE records, which start with their own high-byte flag)."""
    lengths = array("I")
    data, rest = parts[0][8:], list(parts[1:])

    def next_part() -> bytes:
        if not rest:
            raise _ReaderRefuses
        return rest.pop(0)

    def skip(count: int, data: bytes) -> bytes:
        while count > 0:
            if not data:
                data = next_part()
            step = min(count, len(data))
            data, count = data[step:], count - step
        return data

    while data or rest:
        if not data:
            data = rest.pop(0)
            if not data:
                lengths.append(0)
                continue
        if len(data) < 3:
            raise _ReaderRefuses
        characters, flags = _U16.unpack_from(data, 0)[0], data[2]
        data = data[3:]
        runs = extended = 0
        if flags & 0x8:
            if len(data) < 2:
                raise _ReaderRefuses
            runs, data = _U16.unpack_from(data, 0)[0], data[2:]
        if flags & 0x4:
            if len(data) < 4:
                raise _ReaderRefuses
            extended, data = struct.unpack_from("<i", data, 0)[0], data[4:]
            if extended < 0:
                raise _ReaderRefuses  # read as a huge length: calamine runs out of records
        wide, left = flags & 0x1, characters
        while True:
            taken = min(left, len(data) // 2 if wide else len(data))
            data, left = data[taken * (2 if wide else 1):], left - taken
            if not left:
                break
            data = next_part()
            if not data:
                raise _ReaderRefuses
            wide, data = data[0] & 0x1, data[1:]
        data = skip(runs * 4 + extended, data)
        lengths.append(characters)
    return lengths


def _cell_name(row: int, column: int) -> str:
    letters, number = "", column + 1
    while number:
        number, remainder = divmod(number - 1, 26)
        letters = chr(65 + remainder) + letters
    return f"{letters}{row + 1}"


def _too_long(where: str, row: int, column: int, characters: int, limits: lim.Limits) -> lim.LimitError:
    return lim.refuse(f"{where} {_cell_name(row, column)}", "cell_chars", characters, limits)


@dataclass
class _Sheet:
    name: str
    position: int


def _globals(path: str, stream: bytes) -> tuple[list[_Sheet], array] | None:
    """The sheets (name, offset of their BOF) and shared-string lengths of the workbook globals;
    None when calamine refuses the workbook there (a password, a record cut short)."""
    sheets: list[_Sheet] = []
    strings = array("I")
    for kind, offset, length in _records(stream, 0):
        if kind == 0x002F and length >= 2 and _U16.unpack_from(stream, offset)[0]:
            return None  # FilePass: an encrypted workbook, refused by the reader
        if kind == 0x0085 and length >= 8:  # BoundSheet8: where the sheet's BOF is, its name
            characters, wide = stream[offset + 6], stream[offset + 7] & 0x1
            raw = stream[offset + 8:offset + 8 + characters * (2 if wide else 1)]
            name = raw.decode("utf-16-le" if wide else "latin-1", "replace").replace("\x00", "")
            sheets.append(_Sheet(name, _U32.unpack_from(stream, offset)[0]))
        elif kind == 0x00FC and length >= 8:
            strings = _sst_lengths(_continued(stream, offset, length))
        elif kind == _EOF:
            break
    return sheets, strings


def _check_dimensions(where: str, data: bytes, limits: lim.Limits) -> None:
    """calamine reserves room for the cells a DIMENSIONS record declares (rows × columns, with
    its unsigned arithmetic) before reading any; within the format's own sheet that stays
    cheap, past it a reservation that fails aborts the process."""
    if len(data) == 10:
        first_row, last_row, first_column, last_column = struct.unpack_from("<HHHH", data)
    elif len(data) == 14:
        first_row, last_row, first_column, last_column = struct.unpack_from("<IIHH", data)
    else:
        return  # calamine refuses the record
    if first_column > 0xFF or last_column < first_column:
        first_column = 0
    if last_row >= 1 and last_column >= 1:
        rows = (last_row - 1 - first_row + 1) & 0xFFFFFFFF
        columns = (last_column - 1 - first_column + 1) & 0xFFFFFFFF
    else:
        rows = columns = 1
    bounds = replace(limits, cells=max(limits.cells, BIFF8_AREA))
    if rows * columns > bounds.cells:
        raise lim.refuse(where, "cells", rows * columns, bounds, f"（工作表范围记录声明 {rows:,} 行 × {columns:,} 列）")


def _scan_sheet(path: str, where: str, stream: bytes, start: int, strings: array,
                limits: lim.Limits) -> tuple[int, int]:
    """Check one sheet's records (from its BOF to its EOF, nested chart streams skipped, as
    calamine reads them); returns the area its cells span from A1 and the characters of its text."""
    max_row = max_column = -1
    characters = 0
    formula_at = (0, 0)
    seen_bof = False
    depth = 0
    head, quad = _HH.unpack_from, _HHHH.unpack_from
    position, end = start, len(stream)
    while position < end:  # the records, as _records cuts them, inlined: this loop is the hot one
        if end - position >= 8:
            kind, length, row, column = quad(stream, position)
        elif end - position >= 4:
            (kind, length), row, column = head(stream, position), 0, 0
        else:
            raise _ReaderRefuses
        offset = position + 4
        position = offset + length
        if position > end:
            raise _ReaderRefuses
        if depth:
            depth += kind == _BOF
            depth -= kind == _EOF
            continue
        if kind in _PLAIN_CELLS and length >= 4:  # numbers, RK, booleans: a position, no text
            if row > max_row:
                max_row = row
            if column > max_column:
                max_column = column
            continue
        if kind == _BOF:
            depth, seen_bof = (1, True) if seen_bof else (0, True)
            continue
        if kind == _EOF:
            break
        if kind not in _CELL_RECORDS:
            continue
        if kind == _DIMENSIONS:
            _check_dimensions(where, stream[offset:offset + length], limits)
            continue
        if kind == _STRING:
            row, column = formula_at
            text = min(_U16.unpack_from(stream, offset)[0], length) if length >= 2 else 0
        elif length < 4:
            continue
        else:
            text = 0
            if kind in (_LABEL, _RSTRING) and length >= 8:
                text = min(_U16.unpack_from(stream, offset + 6)[0], length)
            elif kind == _FORMULA:
                formula_at = (row, column)
            elif kind == _LABEL_SST:
                index = _U32.unpack_from(stream, offset + 6)[0] if length >= 10 else len(strings)
                if index >= len(strings):
                    continue  # calamine drops a reference to no string
                text = strings[index]
            elif kind == _MUL_RK:
                last = _U16.unpack_from(stream, offset + length - 2)[0]
                count = (last - column + 1) & 0xFFFF
                if length != 6 + 6 * count or not count:
                    continue
                column += count - 1
        if text > limits.cell_chars:
            raise _too_long(where, row, column, text, limits)
        characters += text
        if row > max_row:  # max() inlined: this is the hot loop
            max_row = row
        if column > max_column:
            max_column = column
    if max_row < 0:
        return 0, characters
    lim.check_span(where, max_row + 1, max_column + 1, limits)
    return (max_row + 1) * (max_column + 1), characters


def check_xls(path: str, limits: lim.Limits) -> None:
    """Refuse a binary .xls that would make calamine allocate past `limits` or loop for ever."""
    try:
        with open(path, "rb") as handle:
            handle.seek(0, 2)
            size = handle.tell()
            handle.seek(0)
            stream = _Compound(path, handle, size).stream(("Workbook", "Book", "WORKBOOK", "BOOK"))
        if stream is None:
            return
        found = _globals(path, stream)
        if found is None:
            return
        sheets, strings = found
        total = characters = 0
        for sheet in sheets:  # calamine builds every sheet when it opens the workbook
            if sheet.position > len(stream):
                return  # calamine slices past the stream (a panic, caught by the reader)
            area, text = _scan_sheet(path, f"{path} › {sheet.name}", stream, sheet.position, strings, limits)
            total, characters = total + area, characters + text
            if total > limits.cells:
                raise lim.refuse(path, "cells", total, limits, "（全部工作表合计）")
            lim.check_text_total(path, characters * 3, limits)  # at most three bytes a character in UTF-8
    except _ReaderRefuses:
        return


# --- .xlsb: binary record streams in a zip (calamine's xlsb/) -------------------------------------

_ROW_HEADER, _END_SHEET_DATA, _WS_DIM, _BEGIN_SHEET_DATA = 0x0000, 0x0092, 0x0094, 0x0091
_XLSB_CELLS = {0x0002: 12, 0x0003: 9, 0x0004: 9, 0x000A: 9, 0x0005: 16, 0x0009: 16, 0x0006: 12, 0x0008: 12, 0x0007: 12}
_ERROR_CODES = {0x00, 0x07, 0x0F, 0x17, 0x1D, 0x24, 0x2A, 0x2B}
# Blocks calamine skips whole while it looks for the sheet's dimension, then for its data.
_BEFORE_DIMENSION = {}
_BEFORE_DATA = {0x0085: 0x0086, 0x0025: 0x0026, 0x0186: 0x0187}


def _xlsb_records(chunks, where: str):
    """(type, data) of each record of a binary part: a type of one or two bytes and a size of
    up to four, seven bits each. A record longer than what is left of the part is refused
    (calamine would first reserve the size it declares, up to 256 MB, then fail)."""
    buffer = bytearray()
    position = 0
    for chunk in chunks:
        if position:
            del buffer[:position]
            position = 0
        buffer += chunk
        end = len(buffer)
        while True:
            start = position
            if start >= end:
                break
            kind = buffer[start]
            start += 1
            if kind & 0x80:
                if start >= end:
                    break
                kind = (kind & 0x7F) + ((buffer[start] & 0x7F) << 7)
                start += 1
            size = shift = 0
            for _ in range(4):
                if start >= end:
                    size = -1
                    break
                byte = buffer[start]
                start += 1
                size += (byte & 0x7F) << shift
                shift += 7
                if not byte & 0x80:
                    break
            if size < 0 or start + size > end:
                break  # the rest comes with the next chunk
            yield kind, bytes(buffer[start:start + size])
            position = start + size
    if position < len(buffer):
        raise _Truncated(where)


class _Truncated(Exception):
    def __init__(self, where: str):
        super().__init__(where)
        self.where = where


def scan_xlsb_sheet(path: str, chunks, limits: lim.Limits, where: str, strings: array | None = None) -> int:
    """Check one .xlsb sheet part as calamine's cells reader walks it: the span of its cell
    records (a row comes from the last row header, a column from each cell record), their
    text lengths, and records cut short. Returns the characters of the sheet's text."""
    characters = 0
    head = bytearray(16)  # calamine reuses one buffer: a short record leaves older bytes behind
    filled = 0
    phase, skipping_to = _WS_DIM, None
    row = 0
    max_row = max_column = -1
    try:
        for kind, data in _xlsb_records(chunks, where):
            size = len(data)
            head[:min(size, 16)] = data[:16]
            filled = max(filled, size)
            if skipping_to is not None:
                if kind == skipping_to:
                    skipping_to = None
                continue
            if phase != _END_SHEET_DATA:
                blocks = _BEFORE_DIMENSION if phase == _WS_DIM else _BEFORE_DATA
                if kind == phase:
                    if phase == _WS_DIM and filled < 16:
                        return 0  # calamine reads 16 bytes of dimension (a panic)
                    phase = _BEGIN_SHEET_DATA if phase == _WS_DIM else _END_SHEET_DATA
                elif kind in blocks:
                    skipping_to = blocks[kind]
                continue
            if kind == _END_SHEET_DATA:
                break
            if kind == _ROW_HEADER:
                if filled < 4:
                    return 0
                row = _U32.unpack_from(head, 0)[0]
                if row > 0x100000:
                    break  # calamine ends the sheet at an invalid row
                continue
            needed = _XLSB_CELLS.get(kind)
            if needed is None:
                continue
            if filled < needed:
                return 0  # calamine indexes past its buffer (a panic): nothing is allocated
            if kind == 0x0003 and head[8] not in _ERROR_CODES:
                return 0  # an unknown error code: calamine refuses the sheet
            column = _U32.unpack_from(head, 0)[0]
            text = 0
            if kind in (0x0006, 0x0008):
                text = _U32.unpack_from(head, 8)[0]
                if 4 + text * 2 > filled - 8:
                    return 0
            elif kind == 0x0007 and strings is not None:
                index = _U32.unpack_from(head, 8)[0]
                if index >= len(strings):
                    return 0  # calamine indexes past its shared strings (a panic)
                text = strings[index]
            if text > limits.cell_chars:
                raise _too_long(where, row, column, text, limits)
            characters += text
            if row > max_row:  # max() inlined: this is the hot loop
                max_row = row
            if column > max_column:
                max_column = column
    except _Truncated:
        if phase == _END_SHEET_DATA:
            raise damaged(path, "工作表数据在记录中途结束") from None
        return 0
    if max_row >= 0:
        lim.check_span(where, max_row + 1, max_column + 1, limits)
    return characters


def xlsb_shared_string_lengths(chunks, where: str) -> array:
    """The length of each string of xl/sharedStrings.bin (BrtSSTItem: flags, then a wide string)."""
    lengths = array("I")
    try:
        for kind, data in _xlsb_records(chunks, where):
            if kind == 0x0013 and len(data) >= 5:
                lengths.append(_U32.unpack_from(data, 1)[0])
    except _Truncated:
        pass
    return lengths


def xlsb_sheet_names(data: bytes) -> dict[str, str]:
    """Relationship id -> sheet name from xl/workbook.bin (BrtBundleSh: state, tab id, then the
    relationship id and the name as wide strings)."""
    names: dict[str, str] = {}
    try:
        for kind, record in _xlsb_records([data], ""):
            if kind != 0x009C or len(record) < 12:
                continue
            length = _U32.unpack_from(record, 8)[0]
            relation_end = 12 + 2 * length
            if relation_end + 4 > len(record):
                continue
            relation = record[12:relation_end].decode("utf-16-le", "replace")
            name_length = _U32.unpack_from(record, relation_end)[0]
            name = record[relation_end + 4:relation_end + 4 + 2 * name_length].decode("utf-16-le", "replace")
            names[relation] = name
    except _Truncated:
        pass
    return names


def is_xlsb_sheet(info: zipfile.ZipInfo) -> bool:
    return info.filename.lower().endswith(".bin")
