"""Start parsing a workbook before the heavy imports.

python-calamine releases the GIL while it parses a sheet, so a `govopen check FILE.xlsx` run can
parse the file in a thread while the main thread imports pandas and loads the checklist (about
half a second that would otherwise come on top of the read). Measured (python-calamine 0.9.1,
2026-12-03): with `from_path`, a pure-Python loop in the main thread runs at full speed beside
`get_sheet_by_name`, and two such parses in two threads take 1.2 CPU seconds in 0.64 s; opened
from a file object (`from_filelike`) the parse holds the GIL for much of the time, and
`to_python` (Python objects for every cell, 0.06 s at 30,000 rows) holds it throughout. This module imports nothing heavy;
`read.py` takes the parsed sheets if they are there and reads normally otherwise, so a failed or
skipped prefetch changes nothing but the time.
"""
from __future__ import annotations

import os
import threading

from govopen_cli.io import limits

WORKBOOK_EXTENSIONS = (".xlsx", ".xlsm", ".xls", ".xlsb", ".ods")
_started: dict[str, threading.Thread] = {}
_results: dict[str, list] = {}


def _parse(path: str) -> None:
    try:
        import python_calamine

        workbook = python_calamine.CalamineWorkbook.from_path(path)
        area = limits.WorkbookArea(path, limits.DEFAULT)
        _results[path] = [(name, *sheet_cells(workbook.get_sheet_by_name(name), area)) for name in cell_sheets(workbook)]
    except BaseException:  # noqa: BLE001 - limits, damage, a reader panic: the normal read reports it
        _results.pop(path, None)


def cell_sheets(workbook) -> list[str]:
    """The sheets that hold cells: a chart sheet has none (and calamine cannot read an .xlsb's)."""
    import python_calamine

    return [sheet.name for sheet in workbook.sheets_metadata if sheet.typ != python_calamine.SheetTypeEnum.ChartSheet]


def sheet_cells(sheet, area: limits.WorkbookArea, where: str = "") -> tuple[list[list], list]:
    """A calamine sheet's rows from A1 (so row i is Excel row i + 1) and its merged ranges, as
    ((first row, first column), (last row, last column)), 0-based; [] where the format has none.
    The span is taken from the workbook's `area` before it becomes Python lists: binary .xls has
    no pre-scan (its format bounds a sheet to 65,536 × 256), the scan of the zipped formats
    measures each sheet alone, and the lists of all sheets are kept together."""
    end = sheet.end
    if end is not None:
        area.take(where, end[0] + 1, end[1] + 1)
    rows = sheet.to_python(skip_empty_area=False)
    try:
        merged = list(sheet.merged_cell_ranges or [])
    except Exception:  # noqa: BLE001 - not every format records merges; the cells still read
        merged = []
    return rows, merged


def start_for_argv(argv: list[str]) -> None:
    """`govopen check ONE.xlsx …` without --sheet: parse that file in the background."""
    if len(argv) < 2 or argv[0] != "check" or any(arg == "--sheet" or arg.startswith("--sheet=") for arg in argv):
        return
    files = [arg for arg in argv[1:] if arg.lower().endswith(WORKBOOK_EXTENSIONS) and os.path.isfile(arg)]
    if len(files) != 1:
        return
    path = os.path.abspath(files[0])
    # The limits scan comes first (before any setting is read, so with the default limits; a
    # file past them is skipped and the normal read, with the configured limits, says why). It
    # runs here, alone: its regex pass holds the GIL, while the imports after it have time to
    # spare as calamine parses (which releases the GIL).
    try:
        limits.check_workbook(path)
    except Exception:  # noqa: BLE001 - past a limit, or damaged: the normal read reports it
        return
    thread = threading.Thread(target=_parse, args=(path,), daemon=True)
    _started[path] = thread
    thread.start()


def take(path: str) -> list | None:
    """The (sheet name, rows, merged ranges) of a prefetched workbook, once; None when it was not
    prefetched."""
    thread = _started.pop(os.path.abspath(path), None)
    if thread is None:
        return None
    thread.join()
    return _results.pop(os.path.abspath(path), None)
