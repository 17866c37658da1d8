"""The pre-scans against real workbooks from calamine's test suite (tests/data/calamine, with
their source): every file python-calamine reads passes the scan unchanged, and the one
denial-of-service reproduction among them is refused before the reader sees it."""
from __future__ import annotations

from pathlib import Path

import pytest
import python_calamine

from govopen_cli.io.limits import LimitError, check_workbook

FOLDER = Path(__file__).parent / "data" / "calamine"
READABLE = sorted(path.name for path in FOLDER.glob("*.xls*"))


def test_the_real_files_are_there():
    assert READABLE == ["any_sheets.xls", "any_sheets.xlsb", "biff5_write.xls", "date.xlsb", "issue_419.xlsb",
                        "issues.xls", "issues.xlsb", "merge_cells.xls"]


@pytest.mark.parametrize("name", READABLE)
def test_real_binary_workbook_passes_the_scan_and_reads(name):
    path = str(FOLDER / name)
    check_workbook(path)
    workbook = python_calamine.CalamineWorkbook.from_path(path)
    read = []
    for sheet in workbook.sheet_names:
        try:
            read.append(workbook.get_sheet_by_name(sheet).to_python())
        except (python_calamine.CalamineError, OSError):  # any_sheets.xlsb's chart sheet: no cells to read
            continue
    assert any(rows for rows in read)


def test_denial_of_service_reproduction_is_refused():
    with pytest.raises(LimitError, match="全部单元格的文字合计（重复的单元格按重复次数计）"):
        check_workbook(str(FOLDER / "issue_594_dos.ods"))


def test_xlsb_with_a_chart_sheet_reads_its_worksheets(tmp_path):
    """any_sheets.xlsb ends with a chart sheet that calamine cannot read: it is skipped (it holds no
    cells), so the file is judged by its worksheets, like the same workbook saved as .xls."""
    from govopen_cli.errors import InputError
    from govopen_cli.io.read import read_datasets

    for name in ("any_sheets.xlsb", "any_sheets.xls"):
        with pytest.raises(InputError, match="前 20 行中找不到可识别的表头"):
            read_datasets(str(FOLDER / name))
