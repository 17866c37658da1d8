"""Read spreadsheets (xlsx/xlsm/xls/ods via python-calamine, CSV/TSV) into datasets.

The header row is found among the first rows by how many cells map to canonical fields; title
rows, blank rows and merged title cells above it are skipped. Every data row keeps the row number
Excel shows. Nothing here writes to the input file.
"""
from __future__ import annotations

import csv
import datetime as dt
import itertools
import operator
import os
from dataclasses import dataclass

import numpy as np
import pandas as pd

from govopen_cli.errors import InputError
from govopen_cli.io import limits, markup, prefetch
from govopen_cli.io.dataset import Dataset
from govopen_cli.io.encoding import UNKNOWN_ENCODING, decode_text, detect_encoding
from govopen_cli.io.fields import FIELDS, KIND_LABELS, FieldMapping, map_headers
from govopen_cli.library_errors import calamine_problem, json_reason, os_problem

HEADER_SEARCH_ROWS = 20
MIN_HEADER_FIELDS = 2
SPREADSHEET_EXTENSIONS = {".xlsx", ".xlsm", ".xls", ".xlsb", ".ods"}
TEXT_EXTENSIONS = {".csv", ".tsv", ".txt"}
JSON_LINES_EXTENSIONS = {".jsonl", ".ndjson"}
SUPPORTED_EXTENSIONS = SPREADSHEET_EXTENSIONS | TEXT_EXTENSIONS | JSON_LINES_EXTENSIONS
MISNAMED_NOTE = "扩展名与实际格式不符，已按文件的实际格式（Excel 工作簿）读取；建议改正扩展名后再报送"
# Formats officers meet that we cannot read, with the way out.
SAVE_AS_HINTS = {
    ".et": "。这是 WPS 表格文件，请在 WPS 中“另存为”Excel 工作簿（.xlsx）后再检查",
    ".ett": "。这是 WPS 表格模板，请在 WPS 中“另存为”Excel 工作簿（.xlsx）后再检查",
    ".numbers": "。这是 Numbers 文件，请导出为 Excel（.xlsx）后再检查",
    ".pdf": "。PDF 中的表格无法直接检查，请使用网站后台导出的 Excel 或 CSV 文件",
}


@dataclass(frozen=True)
class ReadOptions:
    kind: str | None = None  # force a dataset kind; None = detect from headers
    sheet: str | None = None  # only this sheet
    aliases: tuple[tuple[str, str], ...] = ()  # (header, field) pairs from --map and govopen.yaml
    limits: limits.Limits = limits.DEFAULT  # what one file may make a reader allocate (io/limits.py)


def read_datasets(path: str, options: ReadOptions = ReadOptions()) -> list[Dataset]:
    """All datasets in one file: one per sheet whose header maps to a dataset kind. A file the
    system will not let us read (no permission, locked, a network share gone) is an input error."""
    try:
        return _read_datasets(path, options)
    except OSError as error:
        raise InputError(f"{path}：{os_problem(error)}") from None


def _read_datasets(path: str, options: ReadOptions) -> list[Dataset]:
    if not os.path.exists(path):
        raise InputError(f"{path}：文件不存在")
    if os.path.isdir(path):
        raise InputError(f"{path}：这是一个文件夹，请指定表格文件")
    if os.path.getsize(path) == 0:
        raise InputError(f"{path}：文件为空（0 字节）")
    extension = os.path.splitext(path)[1].lower()
    misnamed = extension in TEXT_EXTENSIONS | JSON_LINES_EXTENSIONS and _starts_like_workbook(path)
    if misnamed:
        extension = ".xlsx"  # a workbook saved under a text extension: read by its content
    form = _markup_form(path) if extension == ".xls" else None
    if form == "text":  # tab- or comma-separated text saved as .xls
        extension = ".csv"
    if form in ("html", "spreadsheetml"):
        sheets = _read_markup(path, form, options.sheet, options.limits)
    elif extension in SPREADSHEET_EXTENSIONS:
        sheets = _read_workbook(path, options.sheet, misnamed, options.limits)
    elif extension in TEXT_EXTENSIONS:
        if options.sheet:
            raise InputError(f"{path}：CSV/TSV 文件没有工作表，不能使用 --sheet {options.sheet}")
        sheets = [(None, _delimited_grid(path, options))]
    elif extension in JSON_LINES_EXTENSIONS:
        if options.sheet:
            raise InputError(f"{path}：JSON Lines 文件没有工作表，不能使用 --sheet {options.sheet}")
        sheets = [(None, Grid(frame=_read_json_lines(path, options.limits)))]
    else:
        supported = "、".join(sorted(SUPPORTED_EXTENSIONS))
        hint = SAVE_AS_HINTS.get(extension, "")
        raise InputError(f"{path}：不支持的文件类型“{extension or '无扩展名'}”（支持 {supported}）{hint}")

    datasets = []
    for sheet, grid in sheets:
        found = _find_header(grid, options)
        if found is None:
            continue
        header_index, mapping = found
        dataset = _to_dataset(path, sheet, grid, header_index, mapping)
        if extension in JSON_LINES_EXTENSIONS:
            # The header row was made up from the keys: record i is on line i + 1.
            dataset.row_numbers = dataset.row_numbers - 1
            dataset.header_row = 0
        datasets.append(dataset)
    if not datasets:
        where = f"{path} › {options.sheet}" if options.sheet else path
        wanted = KIND_LABELS.get(options.kind, options.kind) if options.kind else "任何已知类型"
        raise InputError(
            f"{where}：前 {HEADER_SEARCH_ROWS} 行中找不到可识别的表头（{wanted}）。"
            f"请确认表头包含“索引号”“信息名称”“发布日期”等列名，或用 --map 字段=列名 指定对应关系"
        )
    return datasets


# --- grids: a sheet's cells as rows (workbooks) or as a DataFrame (CSV) -----------------------


class Grid:
    """The cells of one sheet. Workbooks keep calamine's list of rows (building a DataFrame of
    every cell costs more than reading the few mapped columns); CSV keeps pandas' frame."""

    def __init__(self, rows: list[list] | None = None, frame: pd.DataFrame | None = None, merged: list | None = None,
                 note: str | None = None, head: pd.DataFrame | None = None):
        self.rows, self.frame = rows, frame
        # A CSV read only in the columns its header maps keeps its first rows whole, so that the
        # header is found (and reported) as in the whole file.
        self.head = head
        self.note = note  # something the officer should know about how the file was read
        self.merged = merged or []  # ((first row, first col), (last row, last col)), 0-based
        self.height = len(rows) if rows is not None else len(frame)
        self._transposed: list[tuple] | None = None  # the rows' columns, made once when asked for

    def fill_merged(self, header_index: int, columns: set[int]) -> int:
        """Give the cells under a merged value below the header that value, as Excel shows it
        spanning them, in the mapped columns; returns how many empty cells were filled.
        Hand-made catalogs often merge 发布机构 or dates over several rows; without this each row
        but the first would read as empty. Only the value's own column is filled: a merge across
        columns does not give the next field a value (that field is really empty)."""
        filled = 0
        for (top, left), (bottom, _right) in self.merged:
            if top <= header_index or top >= self.height or left not in columns:
                continue  # title or header cells, outside the read area, or an unmapped column
            value = self.rows[top][left]
            if value in ("", None):
                continue
            for row in self.rows[top + 1:bottom + 1]:
                if left < len(row) and row[left] in ("", None):
                    row[left] = value
                    filled += 1
        if filled:
            self._transposed = None
        return filled

    def row(self, index: int) -> list:
        if self.rows is not None:
            return list(self.rows[index])
        if self.head is not None and index < len(self.head):
            return self.head.iloc[index].tolist()
        return self.frame.iloc[index].tolist()

    def column(self, position: int, start: int) -> pd.Series:
        """Column `position` from row `start` on, as stripped text."""
        if self.rows is None:
            return cells_to_text(self.frame[position].iloc[start:].reset_index(drop=True))
        columns = self._columns()
        if columns is not None:
            values = columns[position][start:]
        else:
            values = list(map(operator.itemgetter(position), self.rows[start:]))
        text = _stripped(values)
        if text is None:  # dates, numbers or empty cells among the text
            return cells_to_text(pd.Series(np.fromiter(values, dtype=object, count=len(values)), dtype=object))
        return pd.Series(text, dtype=object, copy=False)

    def _columns(self) -> list[tuple] | None:
        """The rows turned into columns in one C-speed pass (zip), shared by every mapped column;
        None when the rows are not all one width (calamine's and the markup reader's are)."""
        if self._transposed is None and self.rows and len(set(map(len, self.rows))) == 1:
            self._transposed = list(zip(*self.rows))
        return self._transposed


# --- workbooks -------------------------------------------------------------------------------


def _starts_like_workbook(path: str) -> bool:
    with open(path, "rb") as handle:
        return handle.read(8).startswith((markup.OLE_SIGNATURE, markup.ZIP_SIGNATURE))


def _markup_form(path: str) -> str | None:
    """What an .xls file really is when it is not a binary workbook (see io/markup.py)."""
    with open(path, "rb") as handle:
        return markup.sniff(handle.read(65536))


def _read_markup(path: str, form: str, only_sheet: str | None,
                 bounds: limits.Limits = limits.DEFAULT) -> list[tuple[str | None, Grid]]:
    with open(path, "rb") as handle:
        sheets = markup.read_markup(path, handle.read(), form, bounds)
    if only_sheet is not None:
        names = [name for name, _, _ in sheets if name is not None]
        if only_sheet not in names:
            present = f"（现有：{'、'.join(names)}）" if names else "（网页表格没有工作表）"
            raise InputError(f"{path}：没有名为“{only_sheet}”的工作表{present}")
        sheets = [sheet for sheet in sheets if sheet[0] == only_sheet]
    return [(name, Grid(rows=rows, merged=merged)) for name, rows, merged in sheets]


def _read_workbook(path: str, only_sheet: str | None, misnamed: bool = False,
                   bounds: limits.Limits = limits.DEFAULT) -> list[tuple[str, Grid]]:
    """Every sheet (or `only_sheet`) of a workbook; `misnamed`: the extension said it was text."""
    note = MISNAMED_NOTE if misnamed else None
    parsed = prefetch.take(path) if only_sheet is None else None
    if parsed is not None and bounds == limits.DEFAULT:  # the prefetch held the file to these limits
        return [(name, Grid(rows=rows, merged=merged, note=note)) for name, rows, merged in parsed]
    limits.check_workbook(path, bounds)
    try:
        return _read_workbook_cells(path, only_sheet, note, bounds)
    except OSError as error:
        if error.errno is not None:
            raise  # the system's (permission, a share gone): read_datasets says so
        # calamine's own "failed to fill whole buffer": a record runs past the end of its part.
        raise InputError(f"{path}：工作簿内容不完整（某个部件在记录中途结束），文件可能已损坏；"
                         "请用 Excel 或 WPS 打开后另存再检查") from None
    except BaseException as error:
        if not limits.is_native_crash(error):
            raise
        # python-calamine panicked on this file; the process (and the batch) goes on.
        raise InputError(f"{path}：文件无法读取（解析时读取组件出错，文件可能已损坏）") from None


def _read_workbook_cells(path: str, only_sheet: str | None, note: str | None,
                         bounds: limits.Limits) -> list[tuple[str, Grid]]:
    import python_calamine

    try:
        workbook = python_calamine.CalamineWorkbook.from_path(path)
    except python_calamine.CalamineError as error:
        workbook = _workbook_by_content(path)
        if workbook is not None:
            note = MISNAMED_NOTE
        elif _password_protected(path, error):
            raise InputError(
                f"{path}：文件设有打开密码（已加密），无法读取。请在 Excel 中打开后，用“文件 › 信息 › 保护工作簿 › "
                f"用密码进行加密”清空密码并保存，再检查"
            ) from None
        else:
            raise InputError(f"{path}：无法作为表格文件打开：{calamine_problem(error)}") from None
    names = workbook.sheet_names
    if only_sheet is not None and only_sheet not in names:
        raise InputError(f"{path}：没有名为“{only_sheet}”的工作表（现有：{'、'.join(names)}）")
    sheets = []
    area = limits.WorkbookArea(path, bounds)
    for name in [only_sheet] if only_sheet else prefetch.cell_sheets(workbook):
        try:
            rows, merged = prefetch.sheet_cells(workbook.get_sheet_by_name(name), area, f"{path} › {name}")
        except python_calamine.CalamineError as error:
            raise InputError(f"{path} › {name}：读取工作表失败：{calamine_problem(error)}") from None
        # Cells stay typed here; only the header rows and the mapped columns become text.
        sheets.append((name, Grid(rows=rows, merged=merged, note=note)))
    return sheets


def _workbook_by_content(path: str):
    """The workbook read by what the bytes are rather than by the extension (an .xlsx saved as
    .xls or .csv: Excel opens those too); None when the content is no workbook either."""
    import python_calamine

    try:
        with open(path, "rb") as handle:
            return python_calamine.CalamineWorkbook.from_filelike(handle)
    except python_calamine.CalamineError:  # the caller reports the original error
        return None


def _password_protected(path: str, error: Exception) -> bool:
    """True for a workbook saved with an open password. Excel stores an encrypted xlsx as an OLE
    compound file holding an "EncryptedPackage" stream; calamine names the case for xls."""
    if "password" in str(error).lower():
        return True
    try:
        with open(path, "rb") as handle:
            header = handle.read(512)
            if not header.startswith(markup.OLE_SIGNATURE) or len(header) < 0x34:
                return False
            sector_shift = int.from_bytes(header[0x1E:0x20], "little")
            first_directory_sector = int.from_bytes(header[0x30:0x34], "little")
            if not 7 <= sector_shift <= 16:
                return False
            handle.seek((first_directory_sector + 1) << sector_shift)
            directory = handle.read(1 << sector_shift)
    except OSError:
        return False
    return "EncryptedPackage".encode("utf-16-le") in directory


def _cell_text(value: object) -> str:
    kind = value.__class__
    if kind is str:
        return value.strip()
    if kind is float:
        if value != value:  # NaN: a missing field in a short CSV row
            return ""
        return str(int(value)) if value.is_integer() else repr(value)
    if kind is dt.datetime:
        return value.date().isoformat() if value.time() == dt.time(0) else value.isoformat(sep=" ")
    if kind is dt.date or kind is dt.time:
        return value.isoformat()
    if value is None:
        return ""
    return str(value).strip()


def cells_to_text(column: pd.Series) -> pd.Series:
    """Typed cells -> stripped text: dates as ISO text (2023-05-16), integral floats without '.0'.

    Text columns take one strip() per cell; columns holding other cell types (dates, numbers)
    convert each distinct value once, since dates and categories repeat a lot.
    """
    values = column.to_numpy()
    text = _stripped(values)
    if text is None:
        codes, distinct = pd.factorize(values, use_na_sentinel=True)
        converted = np.array([_cell_text(value) for value in distinct] + [""], dtype=object)
        text = converted[codes]  # code -1 (None/NaN) takes the trailing ""
    return pd.Series(text, index=column.index, dtype=object, copy=False)


def _stripped(values) -> np.ndarray | None:
    """Every cell stripped, when all are text; None when some cell is not (a date, a number, None).
    map() with the unbound str.strip straight into an object array: no Python-level loop and no
    intermediate list, about 40 % less than a list comprehension (12 million cells in a 1M-row CSV)."""
    try:
        return np.fromiter(map(str.strip, values), dtype=object, count=len(values))
    except TypeError:  # str.strip given a float, datetime or None
        return None


# --- CSV / TSV -------------------------------------------------------------------------------


def _delimited_grid(path: str, options: ReadOptions) -> Grid:
    """A CSV/TSV file as a grid. Its first rows are read whole and the header found among them;
    the whole file is then read in the columns that header maps (and the other candidates for a
    field) only: pandas makes no Python strings for the rest. Every cell it skips is one
    no rule would look at; on the 1M-row benchmark CSV (1 of 13 columns unmapped) the read
    takes about a quarter less."""
    def columns_for(head: pd.DataFrame) -> list[int] | None:
        found = _find_header(Grid(frame=head), options)
        if found is None:
            return None
        mapping = found[1]
        needed = set(mapping.columns.values())
        needed.update(position for found in mapping.candidates.values() for position, _ in found)
        return sorted(needed) if len(needed) < head.shape[1] else None

    frame, head = _read_text_table(path, options.limits, columns_for)
    return Grid(frame=frame, head=head)


def _read_delimited(path: str, bounds: limits.Limits = limits.DEFAULT) -> pd.DataFrame:
    """Every column of a CSV/TSV file."""
    return _read_text_table(path, bounds)[0]


def _read_text_table(path: str, bounds: limits.Limits = limits.DEFAULT,
                     columns_for=None) -> tuple[pd.DataFrame, pd.DataFrame | None]:
    """(frame, first rows): `columns_for(first rows)` names the columns to read, None for all;
    the first rows come back only when the frame holds fewer columns."""
    with open(path, "rb") as handle:
        head_bytes = handle.read(65536)
    bom = head_bytes.startswith((b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf"))
    if head_bytes.startswith((b"\xff\xfe", b"\xfe\xff")):
        encodings = ["utf-16"]
    elif bom:
        encodings = ["utf-8"]
    else:
        # pandas skips a UTF-8 BOM itself; "utf-8-sig" is markedly slower on large files.
        encodings = ["utf-8", "gb18030"]
    head_text = head_bytes.decode(encodings[0], errors="ignore")
    if "\x00" in head_text[:4096]:
        raise InputError(f"{path}：这不是文本表格文件（含有二进制内容）")
    head = head_text.lstrip("\ufeff").splitlines()[:HEADER_SEARCH_ROWS + 5]
    sep = "\t" if path.lower().endswith(".tsv") or sum(l.count("\t") for l in head) > sum(l.count(",") for l in head) else ","
    width = max((len(row) for row in csv.reader(head, delimiter=sep)), default=1)
    # Every row is padded to the header's width: the empty cells that adds are what a hostile
    # file (a wide line, then many short ones) makes pandas allocate. A full-width file is its data.
    limits.check_span(path, 1, width, bounds)
    if width * os.path.getsize(path) > bounds.cells:
        _check_padding(path, width, sep, bounds)
    for encoding in encodings:
        try:
            # Read by path with the encoding: pandas decodes in its C parser, and a file that is
            # not UTF-8 fails fast with UnicodeDecodeError and is retried as GB18030.
            # dtype=object, not str: with pyarrow installed pandas 3 turns str columns into Arrow
            # strings, which costs 2-3x the read time and memory and then has to be undone for
            # the checks (benchmarks/readers.py measures both ways).
            options = dict(encoding=encoding, sep=sep, header=None, names=range(width), dtype=object,
                           keep_default_na=False, skip_blank_lines=False, engine="c", quoting=csv.QUOTE_MINIMAL)
            columns = None
            if columns_for is not None:
                # Rows past the header search (and the row below a two-row header), read as the whole file is.
                head = pd.read_csv(path, nrows=HEADER_SEARCH_ROWS + 1, **options)
                columns = columns_for(head)
            if columns is None:
                return pd.read_csv(path, **options), None
            # Only these columns: a row longer than the header no longer stops pandas (its extra
            # cells lie right of every column read), so the csv-module fallback below is not needed.
            return pd.read_csv(path, usecols=columns, **options), head
        except UnicodeDecodeError:
            continue
        except (pd.errors.ParserError, ValueError):
            # Rows wider than the header: fall back to the csv module, padding to the widest row.
            with open(path, encoding="utf-8-sig" if encoding == "utf-8" else encoding, newline="") as handle:
                reader = csv.reader(handle, delimiter=sep)
                try:
                    rows = list(reader)
                except csv.Error:  # only "field larger than field limit" in the default dialect
                    raise InputError(f"{path} 第 {reader.line_num} 行：单元格内容过长（超过 {csv.field_size_limit():,} 个字符），"
                                     "或引号不配对，使后面的内容连成了一个单元格") from None
                except UnicodeDecodeError:
                    continue
            width = max((len(row) for row in rows), default=1)
            limits.check_padding(path, len(rows), width, sum(map(len, rows)), bounds)
            return pd.DataFrame([row + [""] * (width - len(row)) for row in rows], dtype=object), None
    with open(path, "rb") as handle:  # not decodable: say from which line
        detect_encoding(path, handle.read(), tuple(encodings))
    raise InputError(f"{path}：{UNKNOWN_ENCODING}")


def _check_padding(path: str, width: int, sep: str, bounds: limits.Limits) -> None:
    """Lines and separators counted in C-speed passes (nothing decoded or kept): the cells that
    padding short lines to `width` adds must stay within the cell limit."""
    lines, separators, mark = 1, 0, ord(sep)
    with open(path, "rb") as handle:
        while block := handle.read(1 << 24):
            # numpy's vectorised compare and count: about 3x bytes.count (0.37 s on 350 MB).
            octets = np.frombuffer(block, dtype=np.uint8)
            lines += int(np.count_nonzero(octets == 10))
            separators += int(np.count_nonzero(octets == mark))
    limits.check_padding(path, lines, width, separators + lines, bounds)


# --- JSON Lines (site exports) --------------------------------------------------------------


def _read_json_lines(path: str, bounds: limits.Limits = limits.DEFAULT) -> pd.DataFrame:
    """One JSON object per line; the keys (in order of first appearance) become a header row."""
    import json

    with open(path, "rb") as handle:
        text = decode_text(path, handle.read())
    records: list[dict] = []
    keys: dict[str, None] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            records.append({})
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            raise InputError(f"{path} 第 {number} 行第 {error.colno} 列：不是有效的 JSON（{json_reason(error)}）") from None
        except (RecursionError, ValueError):  # nesting too deep for the parser, a number too long
            raise InputError(f"{path} 第 {number} 行：JSON 嵌套过深或数字过长，无法读取") from None
        if not isinstance(record, dict):
            raise InputError(f"{path} 第 {number} 行：每行应为一个 JSON 对象（{{\"栏目名称\": …}}）")
        records.append(record)
        keys.update(dict.fromkeys(record))
        # Every record becomes a row as wide as all keys together: check before building them.
        limits.check_span(f"{path} 第 {number} 行", len(records) + 1, len(keys), bounds)
    rows = [list(keys)] + [[_json_cell(path, number, record.get(key), bounds) for key in keys]
                           for number, record in enumerate(records, start=1)]
    return pd.DataFrame(rows, dtype=object)


def _json_cell(path: str, number: int, value: object, bounds: limits.Limits) -> str:
    if value is None:
        return ""
    text = value if isinstance(value, str) else str(value)
    if len(text) > bounds.cell_chars:
        limits.check_text(f"{path} 第 {number} 行", text, bounds)
    return text


# --- header detection ------------------------------------------------------------------------


def _find_header(grid: Grid, options: ReadOptions) -> tuple[int, FieldMapping] | None:
    kinds = [options.kind] if options.kind else list(FIELDS)
    aliases: dict[str, dict[str, str]] = {kind: {} for kind in kinds}
    for header, name in options.aliases:
        for kind in kinds:
            if name in FIELDS[kind]:
                aliases[kind][header] = name
    best: tuple[int, FieldMapping] | None = None
    for index in range(min(HEADER_SEARCH_ROWS, grid.height)):
        cells = [_cell_text(cell) for cell in grid.row(index)]
        if sum(1 for cell in cells if cell) < MIN_HEADER_FIELDS:
            continue  # blank rows and single merged title cells
        for kind in kinds:
            mapping = map_headers(cells, kind, aliases[kind])
            if mapping.score >= MIN_HEADER_FIELDS and (best is None or mapping.score > best[1].score):
                best = (index, mapping)
    if best is not None and best[0] + 1 < grid.height:
        # A two-row header (日期 merged over 生成日期 | 发布日期, the other headers merged down): the
        # row below names the columns the top row only groups. Taken only when it maps more fields.
        index, mapping = best
        top, below = ([_cell_text(cell) for cell in grid.row(row)] for row in (index, index + 1))
        combined = [under or over for over, under in itertools.zip_longest(top, below, fillvalue="")]
        two_rows = map_headers(combined, mapping.kind, aliases[mapping.kind])
        if two_rows.score > mapping.score:
            best = (index + 1, two_rows)
    return best


def _to_dataset(path: str, sheet: str | None, grid: Grid, header_index: int, mapping: FieldMapping) -> Dataset:
    start = header_index + 1
    mapping.choose_filled(lambda position: int(grid.column(position, start).to_numpy().astype(bool).sum()))
    merged_filled = grid.fill_merged(header_index, set(mapping.columns.values())) if grid.merged else 0
    columns = {name: grid.column(position, start) for name, position in mapping.columns.items()}
    data = pd.DataFrame(columns, copy=False)  # no block consolidation: the columns are used one by one
    # Rows with nothing in any mapped column are blank rows (or trailing formatting), not records.
    # Only the rows still blank are looked at in the next column: one full pass, not one a column.
    blank = None
    for column in columns.values():
        values = column.to_numpy()
        blank = np.flatnonzero(~values.astype(bool)) if blank is None else blank[~values[blank].astype(bool)]
        if not len(blank):
            break
    nonblank = np.ones(len(data), dtype=bool)
    nonblank[blank] = False
    if len(blank):
        data = data[nonblank].reset_index(drop=True)
    row_numbers = (np.arange(start, grid.height) + 1)[nonblank]
    return Dataset(
        path=path,
        sheet=sheet,
        kind=mapping.kind,
        header_row=header_index + 1,
        frame=data,
        row_numbers=row_numbers,
        headers=dict(mapping.headers),
        positions=dict(mapping.columns),
        unmapped=list(mapping.unmapped),
        merged_filled=merged_filled,
        notes=([grid.note] if grid.note else []) + mapping.ambiguity_notes(),
        ambiguous=dict(mapping.ambiguous),
    )
