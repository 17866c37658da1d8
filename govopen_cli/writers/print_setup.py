"""Print setup shared by the workbooks: A4, orientation by content, fitted to the page width, header
rows repeated on every page — so a sheet prints on the pages its rows need, never with its right-hand
columns on pages of their own."""
from __future__ import annotations

from typing import Iterable

from openpyxl.utils import get_column_letter

# Column widths (Excel character units) that fit A4 portrait at 100 % inside the default margins
# (210 mm − 2 × 17.8 mm ≈ 175 mm ≈ 95 characters of the default font); wider sheets print landscape
# (about 140 characters), where fitting them to the width shrinks them less.
PORTRAIT_CHARS = 95
DEFAULT_WIDTH = 8.43  # Excel's width of a column with no width set


def a4(ws, widths: Iterable[float | None], title_rows: tuple[int, int] | None = None) -> None:
    """Set up `ws` for printing; `widths` are its column widths, `title_rows` (first, last) repeat."""
    total = sum(DEFAULT_WIDTH if width is None else width for width in widths)
    ws.page_setup.paperSize = "9"  # A4
    ws.page_setup.orientation = "landscape" if total > PORTRAIT_CHARS else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0  # as many pages down as the rows need
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    if title_rows:
        ws.print_title_rows = f"{title_rows[0]}:{title_rows[1]}"


def column_widths(ws, count: int) -> list[float | None]:
    """The widths of the first `count` columns of a (normal, not write-only) sheet."""
    return [ws.column_dimensions[get_column_letter(index)].width if get_column_letter(index) in ws.column_dimensions
            else None for index in range(1, count + 1)]
