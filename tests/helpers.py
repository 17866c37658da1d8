"""Shared test helpers: small in-memory datasets."""
from __future__ import annotations

import numpy as np
import pandas as pd

from govopen_cli.io.dataset import Dataset


def make_dataset(rows: list[dict], header_row: int = 1, positions: dict[str, int] | None = None,
                 columns: list[str] | None = None) -> Dataset:
    """A catalog Dataset ("t.xlsx" › "目录") from dicts: all values as text, '' where missing.

    Row i of the frame is Excel row header_row + 1 + i; fields get column positions in order of
    first appearance unless `positions` is given. `columns` names fields (in column order) that
    exist even when no row has them, e.g. for a header-only file.
    """
    names: list[str] = list(columns or [])
    for row in rows:
        for name in row:
            if name not in names:
                names.append(name)
    frame = pd.DataFrame(
        {name: ["" if row.get(name) is None else str(row.get(name)) for row in rows] for name in names},
        columns=names,
        dtype=object,  # as the readers give them: Python str, never pandas 3's Arrow-backed "str"
    )
    if positions is None:
        positions = {name: index for index, name in enumerate(names)}
    return Dataset(
        path="t.xlsx",
        sheet="目录",
        kind="catalog",
        header_row=header_row,
        frame=frame,
        row_numbers=np.arange(header_row + 1, header_row + 1 + len(rows)),
        headers={name: name for name in names},
        positions=dict(positions),
    )


# --- files on disk (for the readers and the CLI) ---------------------------------------------


def write_xlsx(path, sheets, merged=None):
    """An .xlsx written with openpyxl.

    `sheets` maps a sheet name to its rows (lists; None = empty cell; datetime/date values become
    real Excel date cells). `merged` maps a sheet name to ranges to merge ("A1:F1").
    """
    import openpyxl

    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for name, rows in sheets.items():
        sheet = workbook.create_sheet(name)
        for row in rows:
            sheet.append(list(row))
        for cells in (merged or {}).get(name, []):
            sheet.merge_cells(cells)
    workbook.save(path)
    return path


def write_text(path, text, encoding="utf-8"):
    """A CSV/TSV file in the given encoding ("utf-8-sig" for UTF-8 with BOM, "gbk" …)."""
    with open(path, "wb") as handle:
        handle.write(text.encode(encoding))
    return path


def write_ods(path, sheets):
    """A minimal OpenDocument spreadsheet (content.xml only) that python-calamine reads.

    `sheets` maps a sheet name to rows; a value ("2023-05-16",) in a tuple is a real date cell.
    """
    import zipfile
    from xml.sax.saxutils import escape

    def cell(value):
        if value is None:
            return "<table:table-cell/>"
        if isinstance(value, tuple):
            return (f'<table:table-cell office:value-type="date" office:date-value="{value[0]}">'
                    f"<text:p>{value[0]}</text:p></table:table-cell>")
        return f'<table:table-cell office:value-type="string"><text:p>{escape(str(value))}</text:p></table:table-cell>'

    body = "".join(
        f'<table:table table:name="{escape(name)}">'
        + "".join("<table:table-row>" + "".join(cell(v) for v in row) + "</table:table-row>" for row in rows)
        + "</table:table>"
        for name, rows in sheets.items()
    )
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        f"<office:body><office:spreadsheet>{body}</office:spreadsheet></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>'
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
        archive.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)
    return path


def sha256(path) -> str:
    import hashlib

    with open(path, "rb") as handle:
        return hashlib.sha256(handle.read()).hexdigest()


def docx_text(document) -> str:
    """The paragraphs of a Word report as a reader sees them: one per line, without the invisible
    break opportunities the writer puts into long identifiers (gbt9704.breakable)."""
    if not hasattr(document, "paragraphs"):
        from docx import Document

        document = Document(str(document))
    return "\n".join(paragraph.text for paragraph in document.paragraphs).replace("\u200b", "")
