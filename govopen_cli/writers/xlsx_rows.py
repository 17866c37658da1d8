"""Rows of a very large sheet written as worksheet XML text and spliced into openpyxl's file.

openpyxl makes a cell object per value even in write-only mode, and that is most of the time of a
workbook whose problem list has 200,000 rows (about 40 seconds). The rows of such a sheet carry no
styles (the writer's "bare" mode), so they are written here as plain `<row>` text, and inserted
into the sheet openpyxl wrote with only its header, frozen pane, widths, filter and print setup.

Cells are what openpyxl would write: numbers as `<v>`, text as inline strings (never a formula,
whatever the text starts with), control characters Excel rejects already removed by the caller.
"""
from __future__ import annotations

import io
import re
import zipfile
from typing import Any, Callable, Iterable, Iterator

from openpyxl import Workbook
from openpyxl.utils import get_column_letter

FORMULA_STARTS = ("=", "+", "-", "@")
SHEET_PATH = "xl/worksheets/sheet{number}.xml"  # how openpyxl names the parts, in sheet order
FIXED_TIME = (1980, 1, 1, 0, 0, 0)  # zip entries carry no clock (byte-identical reports)


def inline_text(value: str) -> str:
    """What follows the style in a cell holding the text `value` (already cleaned for Excel)."""
    escaped = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    space = ' xml:space="preserve"' if value != value.strip() else ""
    return f' t="inlineStr"><is><t{space}>{escaped}</t></is>'


class TextCells:
    """Cleaned and escaped text of values, remembered: most cells of a problem list repeat (check,
    task, unit, file), so each is cleaned and escaped once. Also whether the text starts like a
    formula (it then gets the quote-prefix style, so editing it in Excel keeps it text)."""

    LIMIT = 200_000  # distinct texts remembered before starting afresh

    def __init__(self, clean: Callable[[Any], str]) -> None:
        self.clean = clean
        self.known: dict[Any, tuple[str, bool]] = {}

    def __call__(self, value: Any) -> tuple[str, bool]:
        known = self.known.get(value)
        if known is None:
            if len(self.known) >= self.LIMIT:
                self.known.clear()
            cleaned = self.clean(value)
            known = self.known[value] = (inline_text(cleaned), cleaned.startswith(FORMULA_STARTS))
        return known


# style_of(column index, fill key, quoted) -> ' s="N"' or "": the cell style the sheet's own
# writer would give that cell (registered in the workbook's style table)
StyleOf = Callable[[int, Any, bool], str]


def row_xml(number: int, values: list[Any], letters: list[str], cells_text: TextCells, style_of: StyleOf,
            fill_keys: dict[int, Any]) -> str:
    """One `<row>`: int/float as numbers, None and "" omitted, the rest as inline text."""
    cells = []
    append = cells.append
    for index, value in enumerate(values):
        if value is None or value == "":
            continue
        if value.__class__ is int or value.__class__ is float:
            append(f'<c r="{letters[index]}{number}"{style_of(index, None, False)} t="n"><v>{value}</v></c>')
        else:
            body, quoted = cells_text(value)
            append(f'<c r="{letters[index]}{number}"{style_of(index, fill_keys.get(index), quoted)}{body}</c>')
    return f'<row r="{number}">{"".join(cells)}</row>'


class SplicingWorkbook(Workbook):
    """A write-only openpyxl workbook whose save() inserts streamed rows into named sheets."""

    def __init__(self) -> None:
        super().__init__(write_only=True)
        self.spliced: dict[str, Callable[[], Iterable[str]]] = {}  # sheet title -> row XML texts
        self.dimensions: dict[str, str] = {}  # sheet title -> A1:O200001

    def splice(self, title: str, first_row: int, rows: Iterable[tuple[list[Any], dict[int, Any]]], columns: int,
               clean: Callable[[Any], str], style_of: StyleOf, last_row: int) -> None:
        """At save, write `rows` ((values, fill keys by column) pairs) into sheet `title` from
        `first_row` on; text goes through `clean` (control characters, the cell limit) and every
        cell gets the style `style_of` gives it."""
        letters = [get_column_letter(index + 1) for index in range(columns)]

        def texts() -> Iterator[str]:
            cells_text = TextCells(clean)
            for number, (values, fill_keys) in enumerate(rows, first_row):
                yield row_xml(number, values, letters, cells_text, style_of, fill_keys)

        self.spliced[title] = texts
        # Readers size a sheet from <dimension>; without it openpyxl's read-only mode parses the
        # whole sheet just to find its extent (15 s for 200,000 rows).
        self.dimensions[title] = f"A1:{letters[-1]}{last_row}"

    def save(self, filename) -> None:
        if not self.spliced:
            super().save(filename)
            return
        saved = io.BytesIO()
        super().save(saved)
        parts = {SHEET_PATH.format(number=self.sheetnames.index(title) + 1): (rows, self.dimensions[title])
                 for title, rows in self.spliced.items()}
        if hasattr(filename, "write"):
            _splice(saved.getvalue(), parts, filename)
        else:
            with open(filename, "wb") as handle:
                _splice(saved.getvalue(), parts, handle)


def _splice(data: bytes, parts: dict[str, tuple[Callable[[], Iterable[str]], str]], out) -> None:
    """Copy the archive `data` to `out`, each part in `parts` with its rows added before
    </sheetData>, streamed into the compressor row by row."""
    source = zipfile.ZipFile(io.BytesIO(data))
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info)
            entry = zipfile.ZipInfo(info.filename, date_time=FIXED_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            if info.filename not in parts:
                target.writestr(entry, content)
                continue
            rows, dimension = parts[info.filename]
            xml = re.sub(r"<dimension [^>]*/>", "", content.decode("utf-8"), count=1)
            xml = xml.replace("<sheetViews>", f'<dimension ref="{dimension}"/><sheetViews>', 1)
            end = xml.index("</sheetData>") if "</sheetData>" in xml else xml.index("<sheetData/>")
            head = xml[:end].replace("<sheetData/>", "<sheetData>")
            tail = xml[end:].replace("<sheetData/>", "", 1)
            if not tail.startswith("</sheetData>"):
                tail = "</sheetData>" + tail
            with target.open(entry, "w", force_zip64=True) as handle:
                handle.write(head.encode("utf-8"))
                batch: list[str] = []
                for row in rows():
                    batch.append(row)
                    if len(batch) >= 2000:
                        handle.write("".join(batch).encode("utf-8"))
                        batch.clear()
                handle.write("".join(batch).encode("utf-8"))
                handle.write(tail.encode("utf-8"))
