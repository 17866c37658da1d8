"""Answers to manual checks (`--answers FILE`): YAML, check id -> result, evidence, by, date.

    T1.2:
      result: pass            # pass | fail | n/a   (符合 | 不符合 | 不适用 also accepted)
      evidence: 曲交字〔2023〕3号《关于成立政务公开工作领导小组的通知》
      by: 张三
      date: 2023-12-20

A list of mappings with a `check` key is accepted too. An answer to an unknown check id, or to an
automatic check, is an error naming the file and line.

The 人工核查 sheet of the Excel report (`--xlsx`), filled in by the officer, is accepted as well
(.xlsx/.xlsm): columns 检查项编号, 结论 (符合/不符合/不适用), 佐证材料, 核查人, 日期, 备注; rows without
a 结论 are skipped.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from govopen_cli.checklist.load import line_of, parse_date, read_yaml_file
from govopen_cli.checklist.model import Checklist
from govopen_cli.errors import ChecklistError, InputError

RESULT_WORDS = {"pass": "pass", "fail": "fail", "n/a": "n/a", "na": "n/a",
                "符合": "pass", "不符合": "fail", "不适用": "n/a", "通过": "pass", "不通过": "fail"}
ANSWER_KEYS = {"check", "result", "evidence", "by", "date", "note"}


@dataclass(frozen=True)
class Answer:
    check: str
    result: str  # pass | fail | n/a
    evidence: str | None = None
    by: str | None = None
    date: str | None = None
    note: str | None = None
    origin: str = ""

    def to_dict(self) -> dict[str, Any]:
        data = {"result": self.result, "evidence": self.evidence, "by": self.by, "date": self.date}
        if self.note:
            data["note"] = self.note
        return data


def read_entries(path: str, id_key: str) -> list[tuple[str, Any, str]]:
    """(check id, entry mapping, "file 第 N 行" of the entry) from a mapping keyed by id or a list."""
    try:
        data = read_yaml_file(path)
    except ChecklistError as error:
        raise InputError(error.message) from None
    if data is None:
        return []
    if isinstance(data, dict):
        entries = []
        for key, value in data.items():
            if not isinstance(value, dict):
                raise InputError(f"{line_of(path, data, key)}：“{key}”的内容应为映射（{id_key}、result 等键）")
            entries.append((str(key), value, line_of(path, data, key)))
        return entries
    if isinstance(data, list):
        entries = []
        for number, value in enumerate(data):
            if not isinstance(value, dict) or id_key not in value:
                raise InputError(f"{line_of(path, value)}：第 {number + 1} 项应为含 {id_key} 键的映射")
            entries.append((str(value[id_key]), value, line_of(path, value)))
        return entries
    raise InputError(f"{path}：应为映射（检查项 id: 内容）或列表")


def check_entry(path: str, entry: Any, where: str, check_id: str, allowed: set[str], checklist: Checklist,
                seen: dict) -> None:
    """What answers and waivers files share: known keys only, a check id the checklist has, once."""
    for key in entry:
        if key not in allowed:
            raise InputError(f"{line_of(path, entry, key)}：未知的键“{key}”（可用：{'、'.join(sorted(allowed))}）")
    if check_id not in {check.id for check in checklist.checks}:
        raise InputError(f"{where}：检查清单“{checklist.id}”中没有检查项“{check_id}”")
    if check_id in seen:
        raise InputError(f"{where}：检查项“{check_id}”重复")


def _text(value: Any) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


XLSX_SUFFIXES = (".xlsx", ".xlsm")
XLSX_SHEET = "人工核查"
XLSX_COLUMNS = {"检查项编号": "check", "结论": "result", "佐证材料": "evidence", "核查人": "by", "日期": "date", "备注": "note"}
XLSX_HEADER_SEARCH = 10  # rows above the header (title, instructions) looked through


def _cell_value(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, str):
        value = value.strip()
        return value or None
    return value


def read_xlsx_entries(path: str) -> list[tuple[str, Any, str]]:
    """(check id, entry, "file › 人工核查 第 N 行") from the 人工核查 sheet of a govopen workbook."""
    import zipfile

    from openpyxl import load_workbook

    from openpyxl.utils.exceptions import InvalidFileException

    from govopen_cli.library_errors import openpyxl_problem, os_problem, xml_errors

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except OSError as error:
        raise InputError(f"{path}：{os_problem(error)}") from None
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, TypeError, *xml_errors()) as error:
        # openpyxl reports a malformed part as the ValueError or TypeError of the value it rejects
        raise InputError(f"{path}：无法作为 Excel 工作簿读取（应为 govopen 生成的自查报告 .xlsx）：{openpyxl_problem(error)}") from None
    try:
        if XLSX_SHEET not in workbook.sheetnames:
            raise InputError(f"{path}：没有“{XLSX_SHEET}”工作表（应为 govopen 生成的自查报告 .xlsx）")
        rows = list(workbook[XLSX_SHEET].iter_rows(values_only=True))
    finally:
        workbook.close()
    header_at = None
    for index, row in enumerate(rows[:XLSX_HEADER_SEARCH]):
        names = [str(value).strip() if value is not None else "" for value in row]
        if "检查项编号" in names and "结论" in names:
            header_at, positions = index, {name: names.index(name) for name in XLSX_COLUMNS if name in names}
            break
    if header_at is None:
        raise InputError(f"{path} › {XLSX_SHEET}：前 {XLSX_HEADER_SEARCH} 行中找不到含“检查项编号”和“结论”的表头行")
    entries = []
    for number, row in enumerate(rows[header_at + 1:], header_at + 2):
        values = {key: _cell_value(row[positions[name]]) if positions[name] < len(row) else None
                  for name, key in XLSX_COLUMNS.items() if name in positions}
        if values.get("check") is None or values.get("result") is None:
            continue  # not answered yet (or a note row)
        if isinstance(values.get("date"), str):  # 2024/1/5, 2024.1.5, 2024年1月5日 typed as text
            match = re.fullmatch(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?", values["date"])
            if match:
                try:
                    values["date"] = dt.date(*(int(part) for part in match.groups()))
                except ValueError:
                    pass
        check_id = str(values.pop("check"))
        entry = {key: value for key, value in values.items() if value is not None}
        entries.append((check_id, entry, f"{path} › {XLSX_SHEET} 第 {number} 行"))
    return entries


def load_answers(path: str, checklist: Checklist) -> dict[str, Answer]:
    checks = {check.id: check for check in checklist.checks}
    answers: dict[str, Answer] = {}
    from_xlsx = path.lower().endswith(XLSX_SUFFIXES)
    if path.lower().endswith((".xls", ".et", ".ods", ".csv")):
        raise InputError(f"{path}：人工核查结论请用 YAML 文件或 govopen 生成的自查报告工作簿（.xlsx）；"
                         "在 WPS/Excel 中请另存为 .xlsx 格式")
    entries = read_xlsx_entries(path) if from_xlsx else read_entries(path, "check")
    for check_id, entry, where in entries:
        node = entry
        check_entry(path, entry, where, check_id, ANSWER_KEYS, checklist, answers)
        if checks[check_id].manual is None:
            raise InputError(f"{where}：检查项“{check_id}”是自动检查，不需要人工核查结论")
        result = RESULT_WORDS.get(str(entry.get("result", "")).strip().lower())
        if result is None:
            place = where if from_xlsx else line_of(path, node, 'result')
            raise InputError(f"{place}：检查项“{check_id}”的 result 应为 pass、fail、n/a（或 符合、不符合、不适用）")
        date = entry.get("date")
        if date is not None:
            date = parse_date(date, where if from_xlsx else line_of(path, node, "date"), InputError)
        answers[check_id] = Answer(check_id, result, _text(entry.get("evidence")), _text(entry.get("by")),
                                   _text(date), _text(entry.get("note")), where)
    return answers
