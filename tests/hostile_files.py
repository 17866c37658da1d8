"""A generator of hostile input files, small on disk, at least one family per reader.

Each case is a file that once made a reader allocate gigabytes, run for ever or die (a cell at
XFD1048576, ss:Index near the sheet limits, repeat counts, spans, zip bombs, nested YAML aliases,
a regex with catastrophic backtracking), plus damaged and truncated files. All are constructed
here (no public source): they are what a careless or malicious export could produce.

Used by tests/test_hostile.py (each case in a subprocess under a memory and time limit) and by
benchmarks/hostile.py (time and peak memory per case). `expect` is the exit codes allowed:
2 when the file must be refused, (0, 1, 2) when any clean end will do.
"""
from __future__ import annotations

import os
import struct
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from tests.hostile_binary import biff_catalog, ole_file, write_xlsb, xlsb_cell, xlsb_record, xlsb_row, xlsb_sheet  # noqa: F401

HEADER = ["索引号", "信息名称", "发布机构", "生成日期", "发布日期"]
ROW = ["11370881004341590W/2023-000001", "关于印发通知", "曲阜市交通运输局", "2023-05-16", "2023-05-18"]


@dataclass
class Case:
    name: str
    family: str  # the reader it attacks
    path: Path
    command: list[str] = field(default_factory=list)  # govopen arguments; the file is appended
    expect: tuple[int, ...] = (2,)
    refusal: str = ""  # a word the message must contain (the limit it names)
    data: Path | None = None  # for checklist cases: the catalog they run against


# --- xlsx ----------------------------------------------------------------------------------------

_CONTENT_TYPES = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
                  'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
                  'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName='
                  '"/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.'
                  'main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.'
                  'openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>')
_RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
         'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
         'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
_WORKBOOK = ('<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/'
             '2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
             '<sheet name="公开目录" sheetId="1" r:id="rId1"/></sheets></workbook>')
_WORKBOOK_RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
                  'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
                  'officeDocument/2006/relationships/worksheet" Target="{target}"/></Relationships>')
SHEET_OPEN = '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
SHEET_CLOSE = "</sheetData></worksheet>"


def _column(number: int) -> str:
    letters = ""
    while number:
        number, remainder = divmod(number - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


def catalog_rows_xml(*extra_rows: list[str]) -> str:
    """A real header and one data row, so a file that is read finds a catalog."""
    cells = []
    for row, values in enumerate([HEADER, ROW, *extra_rows], start=1):
        inline = "".join(f'<c r="{_column(col)}{row}" t="inlineStr"><is><t>{value}</t></is></c>'
                         for col, value in enumerate(values, start=1))
        cells.append(f'<row r="{row}">{inline}</row>')
    return "".join(cells)


def write_xlsx(path: Path, sheet_xml: str | bytes, target: str = "worksheets/sheet1.xml",
               part: str = "xl/worksheets/sheet1.xml", extra: dict[str, bytes] | None = None) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _RELS)
        archive.writestr("xl/workbook.xml", _WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS.format(target=target))
        archive.writestr(part, sheet_xml)
        for name, data in (extra or {}).items():
            archive.writestr(name, data)
    return path


def write_many_sheets(path: Path, sheets: list[str]) -> Path:
    """An xlsx with one sheet part per entry of `sheets` (sheet XML), named 表1, 表2, …"""
    count = len(sheets)
    types = _CONTENT_TYPES.replace('<Override PartName="/xl/worksheets/sheet1.xml"', "".join(
        f'<Override PartName="/xl/worksheets/sheet{n}.xml" ContentType="application/vnd.openxmlformats-officedocument.'
        f'spreadsheetml.worksheet+xml"/>' for n in range(2, count + 1)) + '<Override PartName="/xl/worksheets/sheet1.xml"')
    workbook = _WORKBOOK.replace('<sheet name="公开目录" sheetId="1" r:id="rId1"/>', "".join(
        f'<sheet name="表{n}" sheetId="{n}" r:id="rId{n}"/>' for n in range(1, count + 1)))
    relations = _WORKBOOK_RELS.replace('<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
                                       '2006/relationships/worksheet" Target="{target}"/>', "".join(
        f'<Relationship Id="rId{n}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        f'worksheet" Target="worksheets/sheet{n}.xml"/>' for n in range(1, count + 1)))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", types)
        archive.writestr("_rels/.rels", _RELS)
        archive.writestr("xl/workbook.xml", workbook)
        archive.writestr("xl/_rels/workbook.xml.rels", relations)
        for number, sheet_xml in enumerate(sheets, start=1):
            archive.writestr(f"xl/worksheets/sheet{number}.xml", sheet_xml)
    return path


def _sheet_with(*cells: str, rows: str = "") -> str:
    return SHEET_OPEN + catalog_rows_xml() + rows + "".join(cells) + SHEET_CLOSE


def _streamed_part(path: Path, name: str, unit: bytes, repeat: int) -> Path:
    """A zip with one deflated part: `unit` repeated `repeat` times, compressed a block at a time
    (never held whole), written raw into the archive."""
    per_block = max(1, (1 << 20) // len(unit))
    block = unit * per_block
    compressor = zlib.compressobj(6, zlib.DEFLATED, -15)
    compressed = bytearray()
    crc, size = 0, 0
    left = repeat
    while left:
        piece = block if left >= per_block else unit * left
        left -= min(left, per_block)
        compressed += compressor.compress(piece)
        crc, size = zlib.crc32(piece, crc), size + len(piece)
    compressed += compressor.flush()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _RELS)
        archive.writestr("xl/workbook.xml", _WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS.format(target="worksheets/sheet1.xml"))
        info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        # Written raw (zipfile would compress again), with the header fields set by hand.
        info.CRC, info.compress_size, info.file_size = crc, len(compressed), size
        archive.fp.flush()
        info.header_offset = archive.fp.tell()
        archive.fp.write(info.FileHeader(zip64=size > 0xFFFFFFFF))
        archive.fp.write(compressed)
        archive.filelist.append(info)
        archive.NameToInfo[name] = info
        archive.start_dir = archive.fp.tell()
    return path


def _lie_about_size(path: Path, part: str, size: int) -> Path:
    """Patch the central directory so `part` claims `size` bytes uncompressed."""
    data = bytearray(path.read_bytes())
    name = part.encode()
    position = 0
    while True:
        position = data.find(b"PK\x01\x02", position)
        if position < 0:
            break
        name_length = struct.unpack("<H", data[position + 28:position + 30])[0]
        if bytes(data[position + 46:position + 46 + name_length]) == name:
            data[position + 24:position + 28] = struct.pack("<I", size)
        position += 4
    position = data.find(b"PK\x03\x04")
    while position >= 0:
        name_length, extra = struct.unpack("<HH", data[position + 26:position + 30])
        if bytes(data[position + 30:position + 30 + name_length]) == name:
            data[position + 22:position + 26] = struct.pack("<I", size)
        position = data.find(b"PK\x03\x04", position + 4)
    path.write_bytes(bytes(data))
    return path


def xlsx_cases(folder: Path) -> list[Case]:
    row_far = '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'
    cases = [
        Case("xlsx-cell-at-XFD1048576", "xlsx", write_xlsx(folder / "far.xlsx", _sheet_with(rows=row_far)), refusal="单元格"),
        Case("xlsx-span-ZZ200000", "xlsx", write_xlsx(folder / "mid.xlsx", _sheet_with(
            rows='<row r="200000"><c r="ZZ200000"><v>1</v></c></row>')), refusal="单元格"),
        Case("xlsx-lowercase-reference", "xlsx", write_xlsx(folder / "lower.xlsx", _sheet_with(
            rows='<row r="1048576"><c r="xfd1048576"><v>1</v></c></row>')), refusal="单元格"),
        Case("xlsx-prefixed-elements", "xlsx", write_xlsx(folder / "prefix.xlsx", SHEET_OPEN + catalog_rows_xml()
                                                          + '<x:row r="300000" xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                                                            '<x:c r="ZZ300000"><x:v>1</x:v></x:c></x:row>' + SHEET_CLOSE),
             refusal="单元格"),
        Case("xlsx-reference-not-first", "xlsx", write_xlsx(folder / "notfirst.xlsx", _sheet_with(
            rows='<row r="300000"><c s="0" r="ZZ300000"><v>1</v></c></row>')), refusal="单元格"),
        Case("xlsx-cells-without-reference", "xlsx", write_xlsx(folder / "noref.xlsx", _sheet_with(
            rows='<row r="200000">' + "<c><v>1</v></c>" * 700 + "</row>")), refusal="单元格"),
        Case("xlsx-row-past-1048576", "xlsx", write_xlsx(folder / "tall.xlsx", _sheet_with(
            rows='<row r="1100000"><c r="A1100000"><v>1</v></c></row>')), refusal="行数"),
        Case("xlsx-sheet-part-elsewhere", "xlsx", write_xlsx(folder / "elsewhere.xlsx", _sheet_with(rows=row_far),
                                                             target="../data/x.xml", part="data/x.xml"), refusal="单元格"),
        Case("xlsx-1100000-rows-zip-bomb", "xlsx", _streamed_part(
            folder / "rows.xlsx", "xl/worksheets/sheet1.xml",
            b"<row><c><v>1</v></c><c><v>2</v></c><c><v>3</v></c></row>", 1_100_000), refusal="压缩比"),
        Case("xlsx-huge-shared-string", "xlsx", _streamed_part(
            folder / "bigcell.xlsx", "xl/sharedStrings.xml", "中".encode(), 20_000_000), refusal="压缩比"),
        Case("xlsx-declared-size-lies", "xlsx", _lie_about_size(_streamed_part(
            folder / "liar.xlsx", "xl/sharedStrings.xml", b"a", 30_000_000), "xl/sharedStrings.xml", 1000),
             refusal="压缩比"),
        Case("xlsx-styled-cell-far-away", "xlsx", write_xlsx(folder / "styled.xlsx", _sheet_with(
            rows='<row r="1048576"><c r="XFD1048576" s="1"/></row>')), expect=(0, 1, 2)),
        Case("xlsx-truncated", "xlsx", _truncate(write_xlsx(folder / "cut.xlsx", _sheet_with()), 0.6), expect=(2,)),
        # 20,000 cells referring to one 30,000-character shared string: 1.8 GB of copies from 40 KB.
        Case("xlsx-shared-string-copied-into-many-cells", "xlsx", write_xlsx(folder / "amplify.xlsx", _sheet_with(rows="".join(
            f'<row r="{row}">' + "".join(f'<c r="{column}{row}" t="s"><v>0</v></c>' for column in "ABCDEFGHIJ") + "</row>"
            for row in range(3, 2003))), extra={"xl/sharedStrings.xml": _shared_strings(["中" * 30_000])}), refusal="文字合计"),
        # 40 sheets, each holding one cell at CV99000 (9,900,000 cells, just within the limit for
        # one sheet): about 3 GB of lists together, since every sheet is kept until the catalog is found.
        Case("xlsx-many-sheets-each-within-the-limit", "xlsx", write_many_sheets(folder / "sheets.xlsx", [
            _sheet_with(rows='<row r="99000"><c r="CV99000"><v>1</v></c></row>')] * 40), refusal="全部工作表合计"),
        Case("xlsx-shared-strings-declared-count", "xlsx", write_xlsx(folder / "count.xlsx", _sheet_with(), extra={
            "xl/sharedStrings.xml": _shared_strings(["x"], unique_count=100_000_000)}), refusal="共享字符串"),
    ]
    return cases


def _shared_strings(strings: list[str], unique_count: int | None = None) -> str:
    count = len(strings) if unique_count is None else unique_count
    return ('<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            f'count="{count}" uniqueCount="{count}">' + "".join(f"<si><t>{text}</t></si>" for text in strings) + "</sst>")


def _truncate(path: Path, fraction: float) -> Path:
    data = path.read_bytes()
    path.write_bytes(data[:int(len(data) * fraction)])
    return path


# --- ods -----------------------------------------------------------------------------------------

_ODS_OPEN = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:'
             'opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
             'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body>'
             '<office:spreadsheet><table:table table:name="公开目录">')
_ODS_CLOSE = "</table:table></office:spreadsheet></office:body></office:document-content>"


def _ods_cell(text: str, repeat: int = 1) -> str:
    repeated = f' table:number-columns-repeated="{repeat}"' if repeat > 1 else ""
    return f'<table:table-cell office:value-type="string"{repeated}><text:p>{text}</text:p></table:table-cell>'


def write_ods(path: Path, body: str) -> Path:
    header = "<table:table-row>" + "".join(_ods_cell(value) for value in HEADER) + "</table:table-row>"
    row = "<table:table-row>" + "".join(_ods_cell(value) for value in ROW) + "</table:table-row>"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet", compress_type=zipfile.ZIP_STORED)
        archive.writestr("META-INF/manifest.xml", '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:'
                         'manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry '
                         'manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
                         '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                         '</manifest:manifest>', compress_type=zipfile.ZIP_DEFLATED)
        archive.writestr("content.xml", _ODS_OPEN + header + row + body + _ODS_CLOSE, compress_type=zipfile.ZIP_DEFLATED)
    return path


def _unclosed(path: Path) -> Path:
    """The sheet's end tag damaged (found by fuzzing: the reader then waited for it for ever)."""
    with zipfile.ZipFile(path) as archive:
        parts = {info.filename: archive.read(info) for info in archive.infolist()}
    parts["content.xml"] = parts["content.xml"].replace(b"</table:table>", b"</table:t\x7f\x00le>")
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


def ods_cases(folder: Path) -> list[Case]:
    return [
        Case("ods-repeated-columns", "ods", write_ods(folder / "cols.ods", "<table:table-row>" + _ods_cell("x", 16000)
                                                        + '</table:table-row><table:table-row table:number-rows-repeated="100000">'
                                                        + _ods_cell("y") + "</table:table-row>"), refusal="单元格"),
        Case("ods-repeated-rows-past-limit", "ods", write_ods(folder / "rows.ods", '<table:table-row table:number-rows-repeated='
                                                                '"2000000">' + _ods_cell("x") + "</table:table-row>"),
             refusal="行数"),
        Case("ods-cell-at-the-sheet-edge", "ods", write_ods(folder / "edge.ods", '<table:table-row table:number-rows-repeated='
                                                              '"1048000"><table:table-cell/></table:table-row><table:table-row>'
                                                              '<table:table-cell table:number-columns-repeated="16000"/>'
                                                              + _ods_cell("x") + "</table:table-row>"), refusal="单元格"),
        # What LibreOffice writes: a million empty repeated rows at the end. Read normally.
        Case("ods-empty-repeats-as-libreoffice-writes", "ods", write_ods(folder / "lo.ods", '<table:table-row table:number-'
                                                                          'rows-repeated="1048574"><table:table-cell table:number-'
                                                                          'columns-repeated="1024"/></table:table-row>'), expect=(0, 1)),
        # A repeated cell's text is copied into every repeat; <text:s text:c="N"/> is N spaces.
        Case("ods-long-text-repeated", "ods", write_ods(folder / "amplify.ods", '<table:table-row table:number-rows-repeated="300">'
                                                          + _ods_cell("中" * 30_000, 100) + "</table:table-row>"), refusal="文字合计"),
        Case("ods-table-never-closed", "ods", _unclosed(write_ods(folder / "unclosed.ods", "")), refusal="结束标记"),
        Case("ods-comment-never-closed", "ods", write_ods(folder / "comment.ods", '<table:table-row><table:table-cell office:'
                                                            'value-type="string"><office:annotation><text:p>批注</text:p>'
                                                            "</table:table-cell></table:table-row>"), refusal="批注"),
        Case("ods-two-billion-spaces", "ods", write_ods(folder / "spaces.ods", '<table:table-row><table:table-cell office:value-type='
                                                          '"string"><text:p>a<text:s text:c="2000000000"/>b</text:p></table:table-cell>'
                                                          "</table:table-row>"), refusal="文字合计"),
    ]


# --- .xls: SpreadsheetML, HTML, text; binary BIFF ------------------------------------------------

_SS_OPEN = ('<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" '
            'xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="公开目录"><Table>')
_SS_CLOSE = "</Table></Worksheet></Workbook>"


def _ss_row(values, index: str = "") -> str:
    return f"<Row{index}>" + "".join(f'<Cell><Data ss:Type="String">{v}</Data></Cell>' for v in values) + "</Row>"


def xls_cases(folder: Path) -> list[Case]:
    base = _ss_row(HEADER) + _ss_row(ROW)
    html_head = "<html><body><table><tr>" + "".join(f"<th>{h}</th>" for h in HEADER) + "</tr><tr>" + "".join(
        f"<td>{v}</td>" for v in ROW) + "</tr>"
    cases = [
        Case("spreadsheetml-row-index-2e9", "xls", _write(folder / "ssrow.xls", _SS_OPEN + base + _ss_row(["x"], ' ss:Index="2000000000"') + _SS_CLOSE),
             refusal="行数"),
        Case("spreadsheetml-cell-index-past-columns", "xls", _write(folder / "sscol.xls", _SS_OPEN + base + '<Row><Cell ss:Index="900000000">'
                                                                     '<Data ss:Type="String">x</Data></Cell></Row>' + _SS_CLOSE), refusal="列数"),
        Case("spreadsheetml-area", "xls", _write(folder / "ssarea.xls", _SS_OPEN + base + _ss_row(["x"], ' ss:Index="1000000"')
                                                  + '<Row><Cell ss:Index="16000"><Data ss:Type="String">x</Data></Cell></Row>' + _SS_CLOSE),
             refusal="单元格"),
        Case("spreadsheetml-billion-laughs", "xls", _write(folder / "laughs.xls", '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY '
                                                            'a "aaaaaaaaaa">' + "".join(f'<!ENTITY {chr(98 + i)} "' + f"&{chr(97 + i)};" * 10 + '">'
                                                                                         for i in range(9)) + ']>'
                                                            + _SS_OPEN + base + '<Row><Cell><Data ss:Type="String">&j;</Data></Cell></Row>' + _SS_CLOSE),
             expect=(2,)),
        Case("spreadsheetml-huge-cell", "xls", _write(folder / "sscell.xls", _SS_OPEN + base + _ss_row(["中" * 40000]) + _SS_CLOSE),
             refusal="字符"),
        Case("html-colspan-rowspan", "xls", _write(folder / "spans.xls", html_head + '<tr><td rowspan="1000" colspan="1000">x</td></tr>' * 30
                                                   + "</table></body></html>"), refusal="超过上限"),
        Case("html-wide-colspan-row", "xls", _write(folder / "wide.xls", html_head + "<tr>" + '<td colspan="1000">x</td>' * 20 + "</tr>"
                                                    + "</table></body></html>"), refusal="列数"),
        Case("html-huge-cell", "xls", _write(folder / "hcell.xls", html_head + "<tr><td>" + "中" * 40000 + "</td></tr></table></body></html>"),
             refusal="字符"),
        Case("xls-text-wide-line", "xls", _write(folder / "text.xls", "\t".join(HEADER) + "\n" + "\t" * 20000 + "\n" + "x\n" * 2000),
             refusal="列数"),
    ]
    return cases


def binary_cases(folder: Path) -> list[Case]:
    """Binary .xls (the compound file's chains and tables, then BIFF records) and .xlsb."""
    far, sst = (65535, 255, 1.0), ("sst", 0)
    xls = [
        ("xls-biff-truncated", bytes.fromhex("D0CF11E0A1B11AE1") + b"\x00" * 600, (2,), ""),
        ("xls-biff-cell-at-IV65536", biff_catalog(far), (2,), "单元格"),
        ("xls-biff-dimensions-lie", biff_catalog(dimensions=(65536, 256)), (0, 1), ""),
        ("xls-biff-cut-in-the-sheet", biff_catalog()[:512 * 3 + 100], (0, 1, 2), ""),
        ("xls-biff-cell-at-column-65535", biff_catalog((2, 65535, 1.0)), (2,), "列数"),
        ("xls-biff-dimensions-past-the-format", biff_catalog(dimensions=(1_048_576, 16_384)), (2,), "单元格"),
        ("xls-biff-dimensions-wrap-around", biff_catalog(raw_dimensions=struct.pack("<IIHHH", 10, 5, 0, 5, 0)), (2,), "单元格"),
        ("xls-directory-chain-loop", biff_catalog(fat={1: 1}), (2,), "扇区链"),
        ("xls-stream-chain-loop", biff_catalog(fat={9: 2}, declared_size=0x7FFFFFF0), (2,), "扇区链"),
        ("xls-difat-chain-loop", biff_catalog(header={68: 9}, last_word=9), (2,), "扇区链"),
        ("xls-declared-fat-size", biff_catalog(header={44: 0xFFFFFFFF}), (2,), "分配表"),
        ("xls-declared-mini-fat-size", biff_catalog(header={64: 0xFFFF}), (2,), "分配表"),
        ("xls-giant-sst-count", biff_catalog((2, 0, sst), strings=["x"], sst_total=0xFFFFFFFF), (0, 1), ""),
        ("xls-sst-index-past-strings", biff_catalog((2, 0, ("sst", 99)), strings=["x"]), (0, 1), ""),
        ("xls-shared-string-too-long", biff_catalog((2, 1, sst), strings=["a" * 40_000]), (2,), "字符"),
        ("xls-shared-string-copied-into-many-cells", biff_catalog(*[(2 + i // 200, i % 200, sst) for i in range(20_000)],
                                                                  strings=["中" * 30_000]), (2,), "文字合计"),
    ]
    xlsb = [
        ("xlsb-cell-at-XFD1048576", write_xlsb(folder / "far.xlsb", (1_048_575, 16_383, 1.0)), (2,), "单元格"),
        ("xlsb-column-past-limit", write_xlsb(folder / "col.xlsb", (2, 0xFFFFFFF0, 1.0)), (2,), "列数"),
        ("xlsb-row-past-1048576", write_xlsb(folder / "row.xlsb", (0x100000, 0, 1.0)), (2,), "行数"),
        ("xlsb-huge-dimension", write_xlsb(folder / "dim.xlsb", dimension=(0, 0x7FFFFFFF, 0, 0x7FFFFFFF)), (0, 1), ""),
        ("xlsb-record-size-past-the-end", write_xlsb(folder / "size.xlsb", tail=xlsb_record(0x0005, b"", 200_000_000)),
         (2,), "损坏"),
        ("xlsb-giant-sst-count", write_xlsb(folder / "count.xlsb", (2, 0, sst), strings=["x"], sst_count=0xFFFFFFFF),
         (0, 1, 2), ""),
        ("xlsb-sst-index-past-strings", write_xlsb(folder / "index.xlsb", (2, 0, ("sst", 99)), strings=["x"]), (0, 1, 2), ""),
        ("xlsb-shared-string-too-long", write_xlsb(folder / "sst.xlsb", (2, 1, sst), strings=["中" * 40_000]), (2,), "字符"),
        ("xlsb-cell-string-too-long", write_xlsb(folder / "text.xlsb", (2, 1, "中" * 40_000)), (2,), "字符"),
        ("xlsb-truncated", _truncate(write_xlsb(folder / "cut.xlsb"), 0.6), (2,), ""),
        ("xlsb-shared-string-copied-into-many-cells", write_xlsb(folder / "amplify.xlsb", *[(2 + i // 200, i % 200, sst)
                                                                                           for i in range(20_000)],
                                                                 strings=["中" * 30_000]), (2,), "文字合计"),
    ]
    cases = [Case(name, "xls-biff", _write(folder / f"{name}.xls", data), expect=expect, refusal=refusal)
             for name, data, expect, refusal in xls]
    cases += [Case(name, "xlsb", path, expect=expect, refusal=refusal) for name, path, expect, refusal in xlsb]
    return cases


def _write(path: Path, content: str | bytes) -> Path:
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


# --- csv / tsv / jsonl ---------------------------------------------------------------------------


def text_cases(folder: Path) -> list[Case]:
    header = ",".join(HEADER) + "\n" + ",".join(ROW) + "\n"
    return [
        Case("csv-wide-row-pads-every-row", "csv", _write(folder / "wide.csv", header + "," * 15000 + "\n" + "x\n" * 5000),
             refusal="单元格"),
        Case("csv-wider-than-columns", "csv", _write(folder / "wider.csv", "," * 20000 + "\n" + header), refusal="列数"),
        Case("csv-huge-field", "csv", _write(folder / "field.csv", header + '"' + "x" * 200_000 + '",b\n'), expect=(0, 1, 2)),
        Case("csv-binary", "csv", _write(folder / "bin.csv", bytes(range(256)) * 40), expect=(2,)),
        Case("tsv-wide", "tsv", _write(folder / "wide.tsv", "\t".join(HEADER) + "\n" + "\t" * 15000 + "\n" + "x\n" * 5000),
             refusal="单元格"),
        Case("jsonl-distinct-keys", "jsonl", _write(folder / "keys.jsonl", "".join(f'{{"k{i}": 1}}\n' for i in range(20000))),
             refusal="单元格"),
        Case("jsonl-deep-nesting", "jsonl", _write(folder / "deep.jsonl", '{"a": ' + "[" * 100000 + "]" * 100000 + "}\n"),
             expect=(2,)),
        Case("jsonl-long-number", "jsonl", _write(folder / "num.jsonl", '{"a": ' + "9" * 100000 + "}\n"), expect=(2,)),
    ]


# --- checklists (YAML) and plans for `checklist extract` -----------------------------------------


def yaml_cases(folder: Path, data_file: Path) -> list[Case]:
    laughs = "a: &a [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [" + ", ".join([f"*{chr(97 + i)}"] * 10) + "]\n" for i in range(8))
    deep = "id: x\ntitle: " + "[" * 50000 + "]" * 50000 + "\n"
    redos = ("id: t\ntitle: 测试\ntasks:\n  - id: T1\n    title: 任务\n    checks:\n      - id: T1.1\n        title: 标题格式\n"
             "        rule: pattern\n        field: 信息名称\n        regex: '^(a|aa)+$'\n")
    # ^(a+)+$ backtracks exponentially on a run of a's that does not end the text.
    backtracking_title = write_xlsx(folder / "redos.xlsx", SHEET_OPEN + catalog_rows_xml(
        [ROW[0], "a" * 40 + "!", *ROW[2:]]) + SHEET_CLOSE)
    return [
        Case("yaml-nested-aliases", "yaml", _write(folder / "laughs.yaml", laughs), ["check", "--checklist"], refusal="别名"),
        Case("yaml-deep-nesting", "yaml", _write(folder / "deep.yaml", deep), ["check", "--checklist"], expect=(2,)),
        Case("yaml-huge", "yaml", _write(folder / "huge.yaml", "id: x\ntitle: " + "x" * (5 << 18) + "\n"), ["check", "--checklist"],
             refusal="大小"),
        Case("yaml-regex-backtracking", "yaml", _write(folder / "redos.yaml", redos), ["check", "--checklist"], expect=(1,),
             refusal="第 11 行", data=backtracking_title),
    ]


def item_cases(folder: Path) -> list[Case]:
    """A title whose start looks like a run of place names until it fails, before a department's name: the
    shipped Qingyunpu checklist asks whether that department is the title's first issuer."""
    title = "市" * 38 + "a教育局关于印发学校招生办法的通知"
    catalog = write_xlsx(folder / "issuer.xlsx", SHEET_OPEN + catalog_rows_xml(
        [ROW[0], title, "南昌市青云谱区人民政府", *ROW[3:]]) + SHEET_CLOSE)
    checklist = Path(__file__).resolve().parents[1] / "checklists" / "qingyunpu-division.yaml"
    # A term whose braces would stand for 10^30 words: refused from the count, before any word is made.
    braces = ("id: t\ntitle: 测试\ntasks:\n  - id: T1\n    title: 任务\n    checks:\n      - id: T1.1\n        title: 政策文件\n"
              "        rule: coverage\n        item:\n          terms: ['" + "{甲|乙|丙|丁|戊|己|庚|辛|壬|癸}" * 30 + "']\n")
    return [Case("item-issuer-place-run", "checklist items", checklist, ["check", "--checklist"], expect=(0, 1),
                 data=catalog),
            Case("item-braces-bomb", "checklist items", _write(folder / "braces.yaml", braces), ["check", "--checklist"],
                 refusal="花括号")]


def plan_cases(folder: Path) -> list[Case]:
    import io

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/'
                         'package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-'
                         'package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override '
                         'PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
                         'wordprocessingml.document.main+xml"/></Types>')
        archive.writestr("_rels/.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
                         '2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
                         '2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
        archive.writestr("word/document.xml", '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
                         'wordprocessingml/2006/main"><w:body><w:tbl>' + ('<w:tr><w:tc><w:tcPr><w:gridSpan w:val="1000000000"/>'
                                                                            '</w:tcPr><w:p/></w:tc></w:tr>') * 3
                         + "</w:tbl></w:body></w:document>")
    docx = _write(folder / "plan.docx", buffer.getvalue())
    html = _write(folder / "plan.html", "<html><body><h1>工作方案</h1><table>" + '<tr><td rowspan="1000" colspan="1000">x</td></tr>' * 10
                  + "</table></body></html>")
    bomb = _streamed_part(folder / "bomb.docx", "word/document.xml", b"<w:p/>", 5_000_000)
    return [
        Case("docx-grid-span", "docx", docx, ["checklist", "extract"], refusal="单元格"),
        Case("docx-zip-bomb", "docx", bomb, ["checklist", "extract"], refusal="压缩比"),
        Case("html-plan-spans", "html", html, ["checklist", "extract"], refusal="单元格"),
    ]


def all_cases(folder: Path) -> list[Case]:
    """Every hostile case, written into `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    data_file = write_xlsx(folder / "ok.xlsx", SHEET_OPEN + catalog_rows_xml() + SHEET_CLOSE)
    cases = xlsx_cases(folder) + ods_cases(folder) + xls_cases(folder) + binary_cases(folder) + text_cases(folder)
    cases += yaml_cases(folder, data_file) + item_cases(folder) + plan_cases(folder)
    for case in cases:
        if not case.command:
            case.command = ["check", "--as-of", "2024-01-31"]
    return cases


def argv(case: Case, folder: Path) -> list[str]:
    """The govopen arguments that run `case` (checklists run against a small good catalog)."""
    if case.command[:2] == ["check", "--checklist"]:
        return ["check", "--checklist", str(case.path), "--as-of", "2024-01-31", str(case.data or folder / "ok.xlsx")]
    if case.command[:2] == ["checklist", "extract"]:
        return ["checklist", "extract", str(case.path), "-o", str(folder / (case.path.stem + "-out.yaml"))]
    return [*case.command, str(case.path)]


if __name__ == "__main__":  # pragma: no cover - python tests/hostile_files.py FOLDER
    import sys

    for case in all_cases(Path(sys.argv[1] if len(sys.argv) > 1 else "hostile")):
        print(f"{case.name:45} {os.path.getsize(case.path):>9,} B  {case.path}")
