"""The cells of the self-inspection workbook that the officer fills in, read back and recognised.

人工核查 (结论, 佐证材料, 核查人, 日期, 备注) and 整改台账 (整改措施, 整改状态, 整改情况, 完成日期) are
the officer's: `--answers 自查报告.xlsx --xlsx 自查报告.xlsx` rewrites the workbook keeping them, and
`--xlsx` onto a workbook holding them is refused unless `--answers` names it or `--force`.

To tell the officer's entries from what govopen wrote by itself, the writer stores a digest of the
officer columns as it filled them (its defaults and the answers it was given) in the custom
document property "govopen 核对码". A workbook whose officer columns no longer match it holds
something a person entered. The property "govopen 生成" marks every workbook we write, so a folder
check skips our own outputs (Excel and WPS keep custom properties when they save).
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import zipfile
from dataclasses import dataclass, field
from typing import Any, Iterable
from xml.etree import ElementTree

MANUAL_SHEET = "人工核查"
LEDGER_SHEET = "整改台账"
OFFICER_COLUMNS = {MANUAL_SHEET: ("结论", "佐证材料", "核查人", "日期", "备注"),
                   LEDGER_SHEET: ("整改措施", "整改状态", "整改情况", "完成日期")}
DATE_COLUMNS = {"日期", "完成日期", "完成时限"}
DEFAULT_STATE = "未整改"
MARK = "govopen 生成"
DIGEST = "govopen 核对码"
ID_HEADER = "检查项编号"
HEADER_SEARCH = 10  # rows above the header (title, instructions) looked through
CUSTOM_PART = "docProps/custom.xml"


def normal(value: Any) -> str | None:
    """A cell value as compared across a save: dates as ISO days, text stripped, blanks None."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value).strip()
    return text or None


def digest(cells: Iterable[tuple[str, str, str, Any]]) -> str:
    """sha256 of (sheet, check id, column, value) for every non-blank officer cell."""
    entries = sorted([sheet, check, column, normal(value)] for sheet, check, column, value in cells
                     if normal(value) is not None)
    return hashlib.sha256(json.dumps(entries, ensure_ascii=False).encode("utf-8")).hexdigest()


@dataclass
class OfficerCells:
    """What a filled workbook holds, by sheet and check id: {column: value} of every table row."""

    rows: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)
    places: dict[tuple[str, str], int] = field(default_factory=dict)  # (sheet, check id) -> Excel row
    properties: dict[str, str] = field(default_factory=dict)

    def row(self, sheet: str, check_id: str) -> dict[str, Any]:
        return self.rows.get(sheet, {}).get(check_id, {})

    def cells(self) -> list[tuple[str, str, str, Any]]:
        return [(sheet, check_id, column, values.get(column))
                for sheet, columns in OFFICER_COLUMNS.items()
                for check_id, values in self.rows.get(sheet, {}).items() for column in columns]

    def filled(self) -> str | None:
        """Where a person entered something ("整改台账 第 3 行 整改状态“整改中”"), or None.

        Against the stored digest when there is one; else any officer cell govopen leaves blank
        (整改措施 and 整改情况 are written by govopen too, and 整改状态 starts as 未整改)."""
        stored = self.properties.get(DIGEST)
        if stored is not None and stored == digest(self.cells()):
            return None
        for sheet, check_id, column, value in self.cells():
            value = normal(value)
            if value is None:
                continue
            if sheet == LEDGER_SHEET and (column in ("整改措施", "整改情况") or value == DEFAULT_STATE):
                continue  # govopen writes these too: name a cell only a person fills
            return f"{sheet} 第 {self.places.get((sheet, check_id), '?')} 行 {column}“{value}”"
        return None if stored is None else "人工核查或整改台账中有改动"


def custom_properties(path: str) -> dict[str, str]:
    """The custom document properties of an .xlsx/.docx ({} when none or not a zip)."""
    try:
        with zipfile.ZipFile(path) as archive:
            if CUSTOM_PART not in archive.namelist():
                return {}
            root = ElementTree.fromstring(archive.read(CUSTOM_PART))
    except (OSError, zipfile.BadZipFile, ElementTree.ParseError, KeyError):
        return {}
    found = {}
    for prop in root:
        name = prop.get("name")
        if name and len(prop):
            found[name] = prop[0].text or ""
    return found


def is_own_output(path: str) -> str | None:
    """What a govopen output is (自查工作簿, 年度报告工作簿), or None for any other file."""
    if not path.lower().endswith((".xlsx", ".xlsm", ".docx")):
        return None
    return custom_properties(path).get(MARK)


def read(path: str) -> OfficerCells | None:
    """The 人工核查 and 整改台账 rows of a govopen workbook; None when it has neither sheet."""
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception:  # noqa: BLE001 - not a workbook we can open: nothing of ours to keep
        return None
    found = OfficerCells(properties=custom_properties(path))
    try:
        sheets = [name for name in OFFICER_COLUMNS if name in workbook.sheetnames]
        if not sheets:
            return None
        for name in sheets:
            rows = list(workbook[name].iter_rows(values_only=True))
            found.rows[name] = {}
            header = _header(rows)
            if header is None:
                continue
            at, names = header
            for number, row in enumerate(rows[at + 1:], at + 2):
                values = {column: row[index] for column, index in names.items() if index < len(row)}
                check_id = normal(values.get(ID_HEADER))
                if check_id is None or check_id in found.rows[name]:
                    continue
                found.rows[name][check_id] = values
                found.places[(name, check_id)] = number
    finally:
        workbook.close()
    return found


def _header(rows: list[tuple]) -> tuple[int, dict[str, int]] | None:
    for index, row in enumerate(rows[:HEADER_SEARCH]):
        names = [str(value).strip() if value is not None else "" for value in row]
        if ID_HEADER in names:
            return index, {name: position for position, name in enumerate(names) if name}
    return None
