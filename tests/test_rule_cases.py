"""Rule cases as data (tests/rule_cases/<rule>.yaml), in the manner of sqlfluff's rule fixtures.

Each file is a list of cases:

    - name: what the case shows
      check: {rule: required, fields: [索引号], when: {...}}   # the check as a checklist writes it
      rows: [{索引号: A-1}, {索引号: ""}]                       # frame rows, Excel rows 2, 3, …
      columns: [索引号, 信息名称]    # optional: column order (A, B, …); default order of appearance
      header_row: 1                  # optional: rows are numbered from header_row + 1
      as_of: 2024-01-31              # optional
      holidays: {2035: {holidays: [...], workdays: [...]}}   # optional: govopen.yaml holidays
      expected: [{row: 3, cell: A3, field: 索引号, value: "", message: 为空}]   # value, message optional
      status: fail                   # optional: default fail when findings are expected, else pass
      warnings: [2035 年]            # optional: substrings expected in result.warnings (default none)

Every case goes through the real path: the check is written into a tiny checklist YAML, loaded by
the loader (validation included) and run by the engine, which stamps row, cell and field.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from govopen_cli.calendar import WorkCalendar
from govopen_cli.checklist.load import load_checklist
from govopen_cli.config import load_config
from govopen_cli.engine import RunOptions, run_checklist
from govopen_cli.rules import REGISTRY
from tests.helpers import make_dataset

CASES_DIR = Path(__file__).parent / "rule_cases"
CASE_KEYS = {"name", "check", "rows", "columns", "header_row", "as_of", "holidays", "expected", "status", "warnings"}
COVERED = {"required", "missing-column", "enum", "pattern", "length", "unique", "date-parse", "date-order", "timeliness"}


def _cases():
    for path in sorted(CASES_DIR.glob("*.yaml")):
        for number, case in enumerate(yaml.safe_load(path.read_text(encoding="utf-8"))):
            yield pytest.param(path.stem, case, id=f"{path.stem}:{number}:{case['name']}")


CASES = list(_cases())


def test_every_cell_rule_has_a_case_file():
    files = {path.stem for path in CASES_DIR.glob("*.yaml")}
    assert COVERED <= files
    assert files <= set(REGISTRY)


def _text(value) -> str:
    """YAML scalars back to cell text: dates as ISO, numbers as Excel shows them."""
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _dataset(case: dict):
    rows = [{name: _text(value) for name, value in row.items()} for row in case["rows"]]
    return make_dataset(rows, header_row=case.get("header_row", 1), columns=case.get("columns"))


@pytest.mark.parametrize("rule,case", CASES)
def test_rule_case(tmp_path, rule, case):
    assert set(case) <= CASE_KEYS, f"unknown case keys: {set(case) - CASE_KEYS}"
    assert case["check"]["rule"] == rule, "a case file holds the cases of one rule"

    checklist_path = tmp_path / "case.yaml"
    checklist_path.write_text(yaml.safe_dump({
        "id": "case", "title": "规则用例",
        "tasks": [{"id": "T", "title": "任务", "checks": [{"id": "X", "title": case["name"], **case["check"]}]}],
    }, allow_unicode=True), encoding="utf-8")
    checklist = load_checklist(str(checklist_path))

    config = None
    if "holidays" in case:
        config_path = tmp_path / "govopen.yaml"
        config_path.write_text(yaml.safe_dump({"holidays": case["holidays"]}, allow_unicode=True), encoding="utf-8")
        config = load_config(str(config_path))
    as_of = case.get("as_of", dt.date(2040, 1, 1))
    options = RunOptions(as_of=as_of, calendar=WorkCalendar(config.holidays) if config else WorkCalendar())

    result = run_checklist(checklist, [_dataset(case)], options)

    expected = case.get("expected") or []
    found = [{"row": f.row, "cell": f.cell, "field": f.field} for f in result.findings]
    assert found == [{"row": e["row"], "cell": e["cell"], "field": e["field"]} for e in expected]
    for finding, wanted in zip(result.findings, expected):
        assert finding.check == "X" and finding.rule == rule and finding.severity == "error"
        assert finding.file == "t.xlsx" and finding.sheet == "目录"
        if finding.cell is not None:
            assert finding.column == finding.field  # make_dataset's headers are the field names
        if "value" in wanted:
            assert finding.value == _text(wanted["value"])
        if "message" in wanted:
            assert wanted["message"] in finding.message, finding.message
    [check] = result.checks
    assert check.status == case.get("status", "fail" if expected else "pass")
    assert check.findings == len(expected)

    wanted_warnings = case.get("warnings", [])
    if wanted_warnings:
        assert len(result.warnings) == 1
        for fragment in wanted_warnings:
            assert fragment in result.warnings[0]
    else:
        assert result.warnings == []
