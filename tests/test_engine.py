"""Engine and result (engine.py, result.py): statuses per check, task status, summary counts,
finding locations and the JSON contract of DESIGN §7."""
from __future__ import annotations

import datetime as dt
import json
import textwrap

import pytest

from govopen_cli.calendar import WorkCalendar
from govopen_cli.checklist.load import load_checklist
from govopen_cli.engine import RunOptions, run_checklist
from govopen_cli.io.read import read_datasets
from govopen_cli.result import SCHEMA, Result
from tests.helpers import make_dataset, write_xlsx

TOP_KEYS = ["schema", "tool", "checklist", "as_of", "period", "agency", "inputs", "summary", "tasks", "checks", "findings"]
FINDING_KEYS = {"check", "rule", "severity", "message", "file", "sheet", "row", "cell", "column", "field", "value"}
# Keys added after DESIGN §7 was written, present only when they have a value.
OPTIONAL_FINDING_KEYS = {"item", "baseline", "title"}
CHECK_KEYS = {"id", "task", "title", "rule", "severity", "units", "source", "status", "findings"}
SUMMARY_KEYS = ["checks", "pass", "fail", "manual", "waived", "n/a", "error", "findings", "by_severity"]

CHECKLIST = """\
id: engine-test
title: 引擎测试清单
source: 条例
tasks:
  - id: T1
    title: 目录要素
    units: [办公室]
    source: 一、(一)
    checks:
      - {id: T1.req, title: 索引号必填, rule: required, field: 索引号, source: 条例第十二条, remedy: 补全}
      - {id: T1.uniq, title: 索引号唯一, rule: unique, field: 索引号, severity: warning}
      - {id: T1.len, title: 标题长度, rule: length, field: 信息名称, max: 50}
  - id: T2
    title: 缺列与人工
    units: [信息科]
    checks:
      - {id: T2.owner, title: 责任单位必填, rule: required, field: 责任单位}
      - {id: T2.mode, title: 公开方式, rule: enum, field: 公开方式, values: [主动公开], if_missing: n/a}
      - {id: T2.manual, title: 人工核查, manual: 对照原文核对}
  - id: T3
    title: 依申请公开
    checks:
      - {id: T3.apps, title: 申请编号必填, rule: required, field: 申请编号, kind: applications}
checks:
  - {id: X.cols, title: 列齐全, rule: missing-column, fields: [索引号, 主题分类], severity: info}
"""


@pytest.fixture
def checklist(tmp_path):
    path = tmp_path / "engine.yaml"
    path.write_text(CHECKLIST, encoding="utf-8")
    return load_checklist(str(path))


@pytest.fixture
def dataset():
    return make_dataset([
        {"索引号": "A-1", "信息名称": "短标题"},
        {"索引号": "", "信息名称": "很长" * 30},
        {"索引号": "A-1", "信息名称": "标题"},
    ], header_row=3)


def run(checklist, datasets, **options):
    options.setdefault("as_of", dt.date(2024, 1, 31))
    options.setdefault("calendar", WorkCalendar())
    return run_checklist(checklist, datasets, RunOptions(**options))


def test_statuses_per_check(checklist, dataset):
    result = run(checklist, [dataset])
    statuses = {check.id: check.status for check in result.checks}
    assert statuses == {
        "T1.req": "fail", "T1.uniq": "fail", "T1.len": "fail",
        "T2.owner": "error",  # the file has no 责任单位 column
        "T2.mode": "n/a",  # no 公开方式 column, and if_missing: n/a
        "T2.manual": "manual",
        "T3.apps": "n/a",  # no applications dataset given
        "X.cols": "fail",
    }
    notes = {check.id: check.note for check in result.checks}
    assert notes["T2.owner"] == "t.xlsx › 目录 缺少字段：责任单位"
    assert notes["T3.apps"] == "未提供依申请公开台账数据"
    assert [t.status for t in result.tasks] == ["fail", "error", "n/a"]
    assert [t.units for t in result.tasks] == [["办公室"], ["信息科"], []]


def test_findings_carry_location_and_check(checklist, dataset):
    result = run(checklist, [dataset])
    located = [(f.check, f.rule, f.severity, f.row, f.cell, f.field, f.value) for f in result.findings]
    assert located == [
        ("T1.req", "required", "error", 5, "A5", "索引号", ""),
        ("T1.uniq", "unique", "warning", 6, "A6", "索引号", "A-1"),
        ("T1.len", "length", "error", 5, "B5", "信息名称", "很长" * 30),
        ("X.cols", "missing-column", "info", None, None, "主题分类", None),
    ]
    unique = result.findings[1]
    assert unique.message == "索引号“A-1”重复，与第 4 行相同"
    assert (unique.file, unique.sheet, unique.column) == ("t.xlsx", "目录", "索引号")
    assert result.findings[3].column is None


def test_summary_counts(checklist, dataset):
    summary = run(checklist, [dataset]).summary()
    assert list(summary) == SUMMARY_KEYS
    assert summary == {"checks": 8, "pass": 0, "fail": 4, "manual": 1, "waived": 0, "n/a": 2, "error": 1,
                       "findings": 4, "by_severity": {"error": 2, "warning": 1, "info": 1}}


def test_clean_data_passes(checklist):
    clean = make_dataset([{"索引号": "A-1", "信息名称": "标题", "责任单位": "办公室", "公开方式": "主动公开", "主题分类": "综合"}])
    result = run(checklist, [clean])
    statuses = {check.id: check.status for check in result.checks}
    assert statuses == {"T1.req": "pass", "T1.uniq": "pass", "T1.len": "pass", "T2.owner": "pass",
                        "T2.mode": "pass", "T2.manual": "manual", "T3.apps": "n/a", "X.cols": "pass"}
    assert [t.status for t in result.tasks] == ["pass", "manual", "n/a"]
    assert result.findings == []
    assert not result.failing("error")


def test_failing_follows_fail_on(checklist):
    only_warning = make_dataset([{"索引号": "A", "信息名称": "t", "责任单位": "x", "主题分类": "y"},
                                 {"索引号": "A", "信息名称": "t", "责任单位": "x", "主题分类": "y"}])
    result = run(checklist, [only_warning])
    assert {c.id: c.status for c in result.checks if c.status == "fail"} == {"T1.uniq": "fail"}
    assert not result.failing("error")
    assert result.failing("warning")
    assert result.failing("info")
    assert not result.failing("never")


def test_error_status_counts_as_failing(checklist):
    no_owner = make_dataset([{"索引号": "A", "信息名称": "t", "主题分类": "y"}])
    result = run(checklist, [no_owner])
    assert [c.id for c in result.checks if c.status == "error"] == ["T2.owner"]
    assert result.failing("error")


def test_when_keeps_excel_rows_of_the_subset(tmp_path):
    path = tmp_path / "c.yaml"
    path.write_text(textwrap.dedent("""\
        id: c
        title: c
        checks:
          - id: R
            title: 理由
            rule: required
            field: 不公开理由
            when: {field: 公开方式, equals: 不予公开}
        """), encoding="utf-8")
    data = make_dataset([
        {"公开方式": "主动公开", "不公开理由": ""},
        {"公开方式": "不予公开", "不公开理由": "x"},
        {"公开方式": "不予公开", "不公开理由": ""},
    ], header_row=2)
    result = run(load_checklist(str(path)), [data])
    assert [(f.row, f.cell) for f in result.findings] == [(5, "B5")]


def test_every_dataset_of_the_kind_is_checked(checklist, tmp_path):
    path = write_xlsx(tmp_path / "两表.xlsx", {
        "2023": [["索引号", "信息名称"], ["A", "t"], ["", "u"]],
        "2024": [["标题"], [None], ["索引号", "标题", "责任单位"], ["", "v", "x"]],
    })
    datasets = read_datasets(str(path))
    result = run(checklist, datasets)
    required = [(f.sheet, f.row, f.cell) for f in result.findings if f.check == "T1.req"]
    assert required == [("2023", 3, "A3"), ("2024", 4, "A4")]
    owner = result.checks[[c.id for c in result.checks].index("T2.owner")]
    assert owner.status == "error"
    assert owner.note == f"{path} › 2023 缺少字段：责任单位"
    assert [item["sheet"] for item in result.to_dict()["inputs"]] == ["2023", "2024"]


# --- JSON contract -----------------------------------------------------------------------------


def test_json_contract_keys_and_values(checklist, dataset):
    result = run(checklist, [dataset], period_start=dt.date(2023, 1, 1), period_end=dt.date(2023, 12, 31),
                 agency={"name": "曲阜市交通运输局"})
    data = json.loads(result.to_json())
    assert list(data) == TOP_KEYS  # no "warnings" key when there are none
    assert data["schema"] == SCHEMA == "govopen.result/1"
    assert data["tool"]["name"] == "govopen" and data["tool"]["version"]
    assert data["checklist"] == {"id": "engine-test", "title": "引擎测试清单", "source": "条例", "next_steps": []}
    assert data["as_of"] == "2024-01-31"
    assert data["period"] == {"start": "2023-01-01", "end": "2023-12-31"}
    assert data["agency"] == {"name": "曲阜市交通运输局"}
    assert data["inputs"] == [{"path": "t.xlsx", "kind": "catalog", "sheet": "目录", "header_row": 3, "rows": 3,
                               "columns": {"索引号": "索引号", "信息名称": "信息名称"}, "unmapped": []}]
    assert list(data["summary"]) == SUMMARY_KEYS
    assert data["tasks"][0] == {"id": "T1", "title": "目录要素", "units": ["办公室"], "source": "一、(一)", "status": "fail"}
    first = data["checks"][0]
    assert CHECK_KEYS <= set(first) <= CHECK_KEYS | {"remedy", "manual", "note", "answer", "waiver"}
    assert {k: first[k] for k in CHECK_KEYS} == {
        "id": "T1.req", "task": "T1", "title": "索引号必填", "rule": "required", "severity": "error",
        "units": ["办公室"], "source": "条例第十二条", "status": "fail", "findings": 1}
    assert data["checks"][5]["rule"] is None and data["checks"][5]["status"] == "manual"
    for finding in data["findings"]:
        assert FINDING_KEYS <= set(finding) <= FINDING_KEYS | OPTIONAL_FINDING_KEYS
    cell_finding = data["findings"][0]
    assert {k: cell_finding[k] for k in FINDING_KEYS} == {
        "check": "T1.req", "rule": "required", "severity": "error", "message": "索引号为空", "file": "t.xlsx",
        "sheet": "目录", "row": 5, "cell": "A5", "column": "索引号", "field": "索引号", "value": ""}
    dataset_finding = data["findings"][3]
    assert [dataset_finding[k] for k in ("row", "cell", "column", "value")] == [None, None, None, None]


def test_json_round_trip_and_determinism(checklist, dataset):
    first = run(checklist, [dataset]).to_json()
    second = run(checklist, [dataset]).to_json()
    assert first == second
    assert Result.from_dict(json.loads(first)).to_json() == first


def test_warnings_appear_only_when_the_calendar_falls_back(tmp_path):
    path = tmp_path / "t.yaml"
    path.write_text("id: t\ntitle: t\nchecks:\n  - {id: L, title: 及时, rule: timeliness}\n", encoding="utf-8")
    checklist = load_checklist(str(path))
    in_2023 = run(checklist, [make_dataset([{"生成日期": "2023-09-27", "发布日期": "2023-11-01"}])])
    assert in_2023.warnings == [] and "warnings" not in in_2023.to_dict()
    in_2035 = run(checklist, [make_dataset([{"生成日期": "2035-03-01", "发布日期": "2035-03-30"}])])
    data = in_2035.to_dict()
    assert list(data) == TOP_KEYS + ["warnings"]
    assert len(data["warnings"]) == 1 and data["warnings"][0].startswith("2035 年没有官方节假日数据")
    assert [(f.row, f.cell) for f in in_2035.findings] == [(2, "B2")]


def test_from_dict_rejects_other_schemas():
    with pytest.raises(ValueError):
        Result.from_dict({"schema": "something/2"})


def test_dumps_one_item_per_line_keeps_the_data_and_puts_each_item_on_a_line():
    from govopen_cli.result import StreamedList, dumps_one_item_per_line

    results = [{"ruleId": "B.docno", "message": {"text": "文号“x”不规范"}}, {"ruleId": "B.required", "n": [1, 2]}]
    document = {"runs": [{"tool": {"name": "govopen"}, "results": results, "other": []}], "version": "2.1.0"}
    # the streamed lists are generators: written item by item, never held whole
    streamed = {"runs": [{"tool": {"name": "govopen"}, "results": StreamedList(iter(results)),
                          "other": StreamedList(iter([]))}], "version": "2.1.0"}
    text = dumps_one_item_per_line(streamed)
    assert json.loads(text) == document
    lines = text.splitlines()
    assert '        {"ruleId": "B.docno", "message": {"text": "文号“x”不规范"}},' in lines
    assert '        {"ruleId": "B.required", "n": [1, 2]}' in lines
    assert '      "other": []' in lines
    assert text.endswith("}\n")
