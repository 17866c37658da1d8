"""The command line (cli.py): exit codes 0/1/2/3, Chinese messages naming the file (and sheet/line)
for every kind of bad input, no traceback, no output file left behind, inputs never modified, and
the JSON contract as the CLI writes it."""
from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import textwrap
from pathlib import Path

import pytest

from tests.helpers import sha256, write_text, write_xlsx

ENCRYPTED_WORKBOOK = os.path.join(os.path.dirname(__file__), "data", "workbooks", "加密目录-密码govopen.xlsx")
HEADER = ["索引号", "信息名称", "内容概述", "发布机构", "生成日期", "发布日期", "备注"]

CHECKLIST = """\
id: cli-test
title: 命令行测试清单
source: 条例
period: {year: 2023}
tasks:
  - id: T1
    title: 目录要素
    units: [办公室]
    source: 一、(一)
    checks:
      - {id: T1.cols, title: 列齐全, rule: missing-column, fields: [索引号, 信息名称, 发布日期]}
      - {id: T1.req, title: 要素完整, rule: required, fields: [索引号, 信息名称, 内容概述]}
      - {id: T1.uniq, title: 索引号唯一, rule: unique, field: 索引号, severity: warning}
      - {id: T1.dates, title: 日期可读, rule: date-parse, fields: [生成日期, 发布日期]}
      - {id: T1.timely, title: 及时公开, rule: timeliness}
"""


@pytest.fixture
def checklist(tmp_path):
    path = tmp_path / "清单.yaml"
    path.write_text(CHECKLIST, encoding="utf-8")
    return path


def catalog(path, rows, title=True, sheet="公开目录", header=HEADER):
    """An xlsx catalog: title merged over row 1, blank row 2, header on row 3 (when title)."""
    top = [["某局政府信息公开目录"], []] if title else []
    return write_xlsx(path, {sheet: top + [header] + rows},
                      merged={sheet: [f"A1:{chr(64 + len(header))}1"]} if title else None)


CLEAN_ROWS = [
    ["A-1", "关于印发通知", "概述", "某局", dt.date(2023, 9, 27), dt.date(2023, 10, 31), ""],
    ["A-2", "关于调整的通知", "概述", "某局", "2023年5月16日", 45062, ""],
]
BAD_ROWS = [
    ["A-1", "关于印发通知", "概述", "某局", dt.date(2023, 9, 27), dt.date(2023, 11, 1), "迟了一天"],
    ["A-1", "", "概述", "某局", "2023-02-30", dt.date(2023, 5, 16), ""],
]


def json_of(outcome):
    return json.loads(outcome.out)


# --- exit codes ---------------------------------------------------------------------------------


def test_clean_file_exits_0(cli, tmp_path, checklist):
    path = catalog(tmp_path / "目录.xlsx", CLEAN_ROWS)
    outcome = cli("check", path, "-c", checklist, "--as-of", "2024-01-31")
    assert outcome.code == 0, outcome.err
    assert "结论：通过" in outcome.out
    assert "命令行测试清单" in outcome.out


def test_findings_exit_1_with_exact_locations(cli, tmp_path, checklist):
    path = catalog(tmp_path / "目录.xlsx", BAD_ROWS)
    outcome = cli("check", path, "-c", checklist, "--as-of", "2024-01-31", "--format", "json")
    assert outcome.code == 1, outcome.err
    data = json_of(outcome)
    found = [(f["check"], f["row"], f["cell"], f["field"], f["value"]) for f in data["findings"]]
    assert found == [
        ("T1.req", 5, "B5", "信息名称", ""),
        ("T1.uniq", 5, "A5", "索引号", "A-1"),
        ("T1.dates", 5, "E5", "生成日期", "2023-02-30"),
        ("T1.timely", 4, "F4", "发布日期", "2023-11-01"),
    ]
    assert data["findings"][1]["message"] == "索引号“A-1”重复，与第 4 行相同"
    assert {c["id"]: c["status"] for c in data["checks"]} == {
        "T1.cols": "pass", "T1.req": "fail", "T1.uniq": "fail", "T1.dates": "fail", "T1.timely": "fail"}


@pytest.mark.parametrize("fail_on,code", [("error", 0), ("warning", 1), ("info", 1), ("never", 0)])
def test_fail_on(cli, tmp_path, checklist, fail_on, code):
    rows = [CLEAN_ROWS[0], ["A-1", "重复索引号", "概述", "某局", dt.date(2023, 9, 27), dt.date(2023, 10, 31), ""]]
    path = catalog(tmp_path / "目录.xlsx", rows)
    outcome = cli("check", path, "-c", checklist, "--as-of", "2024-01-31", "--fail-on", fail_on)
    assert outcome.code == code, outcome.err
    assert "[不通过] T1.uniq" in outcome.out


def test_never_still_reports_errors(cli, tmp_path, checklist):
    path = catalog(tmp_path / "目录.xlsx", BAD_ROWS)
    outcome = cli("check", path, "-c", checklist, "--as-of", "2024-01-31", "--fail-on", "never", "--format", "json")
    assert outcome.code == 0
    assert json_of(outcome)["summary"]["fail"] == 4
    # The exit code is 0, but the verdict an officer reads does not call failed checks a pass.
    table = cli("check", path, "-c", checklist, "--as-of", "2024-01-31", "--fail-on", "never")
    assert table.code == 0 and "结论：不通过" in table.out


def test_internal_error_exits_3_with_saved_traceback(cli, tmp_path, checklist, monkeypatch):
    from govopen_cli import api

    def explode(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(api, "check", explode)
    path = catalog(tmp_path / "目录.xlsx", CLEAN_ROWS)
    outcome = cli("check", path, "-c", checklist)
    assert outcome.code == 3
    assert outcome.err.startswith("错误：内部错误（RuntimeError）")
    assert "Traceback" not in outcome.err
    saved = outcome.err.split("请把 ")[1].split(" 发给")[0]
    try:
        with open(saved, encoding="utf-8") as handle:
            assert "RuntimeError: boom" in handle.read()
    finally:
        os.remove(saved)


# --- bad input: exit 2, a Chinese message naming the file, nothing written ----------------------


def _assert_clean_failure(outcome, *fragments):
    assert outcome.code == 2, (outcome.code, outcome.out, outcome.err)
    first_line = outcome.err.partition("\n")[0]  # a usage line may come before the error
    assert first_line.startswith(("错误：", "用法：govopen")) and "\n错误：" in "\n" + outcome.err, outcome.err
    for fragment in fragments:
        assert str(fragment) in outcome.err, (fragment, outcome.err)
    assert "Traceback" not in outcome.err + outcome.out
    assert outcome.out == ""


def _bad_input(tmp_path, kind):
    if kind == "missing":
        return tmp_path / "没有这个文件.xlsx", "文件不存在"
    if kind == "empty":
        path = tmp_path / "空.xlsx"
        path.write_bytes(b"")
        return path, "文件为空"
    if kind == "fake-xlsx":
        return write_text(tmp_path / "假的.xlsx", "索引号,信息名称\nA,b\n"), "无法作为表格文件打开"
    if kind == "encoding":
        path = tmp_path / "乱码.csv"
        path.write_bytes(b"\x81\x30\xff\xff\xfe\xfd,abc\n")
        return path, "无法识别文件编码"
    if kind == "no-header":
        return write_xlsx(tmp_path / "无表头.xlsx", {"Sheet1": [["甲", "乙"], [1, 2]]}), "找不到可识别的表头"
    if kind == "encrypted":  # a real workbook encrypted by msoffcrypto-tool (see tests/data/workbooks)
        path = tmp_path / "加密目录.xlsx"
        shutil.copyfile(ENCRYPTED_WORKBOOK, path)
        return path, "文件设有打开密码"
    if kind == "folder":
        folder = tmp_path / "空文件夹"
        folder.mkdir()
        return folder, "文件夹中没有可检查的表格文件"
    raise AssertionError(kind)


BAD_KINDS = ["missing", "empty", "fake-xlsx", "encrypted", "encoding", "no-header", "folder"]


@pytest.mark.parametrize("kind", BAD_KINDS)
def test_bad_input_exits_2_naming_the_file(cli, tmp_path, checklist, kind):
    path, fragment = _bad_input(tmp_path, kind)
    outcome = cli("check", path, "-c", checklist)
    _assert_clean_failure(outcome, path, fragment)


@pytest.mark.parametrize("kind", BAD_KINDS)
def test_bad_input_leaves_no_output_file(cli, tmp_path, checklist, kind):
    path, _ = _bad_input(tmp_path, kind)
    out = tmp_path / "结果.json"
    before = sorted(os.listdir(tmp_path))
    outcome = cli("check", path, "-c", checklist, "--format", "json", "-o", out)
    assert outcome.code == 2
    assert not out.exists()
    assert sorted(os.listdir(tmp_path)) == before  # no temporary file either


def test_bad_input_keeps_an_existing_output_file(cli, tmp_path, checklist):
    out = tmp_path / "结果.json"
    out.write_text("上次的结果", encoding="utf-8")
    outcome = cli("check", tmp_path / "没有.xlsx", "-c", checklist, "-o", out)
    assert outcome.code == 2
    assert out.read_text(encoding="utf-8") == "上次的结果"


def test_one_missing_file_among_several(cli, tmp_path, checklist):
    # Several files of one kind are a batch (batch.py): the readable ones are still checked, the
    # unreadable one is listed with its reason, and the run fails.
    good = catalog(tmp_path / "目录.xlsx", CLEAN_ROWS)
    missing = tmp_path / "没有.xlsx"
    outcome = cli("check", good, missing, "-c", checklist, "--as-of", "2024-01-31", "--format", "json")
    assert outcome.code == 1
    assert "Traceback" not in outcome.err
    data = json_of(outcome)
    assert [(f["path"], f["status"]) for f in data["files"]] == [(str(good), "pass"), (str(missing), "unreadable")]
    assert data["files"][1]["error"] == f"{missing}：文件不存在"


def test_only_unreadable_files_exit_2(cli, tmp_path, checklist):
    first, second = tmp_path / "没有1.xlsx", tmp_path / "没有2.xlsx"
    outcome = cli("check", first, second, "-c", checklist)
    _assert_clean_failure(outcome, f"{first}：文件不存在", f"{second}：文件不存在")


def test_unknown_sheet_names_file_and_sheets(cli, tmp_path, checklist):
    path = catalog(tmp_path / "目录.xlsx", CLEAN_ROWS)
    outcome = cli("check", path, "-c", checklist, "--sheet", "第二页")
    _assert_clean_failure(outcome, path, "没有名为“第二页”的工作表", "公开目录")


def test_sheet_without_header_names_file_and_sheet(cli, tmp_path, checklist):
    path = write_xlsx(tmp_path / "目录.xlsx", {"目录": [HEADER, CLEAN_ROWS[0]], "说明": [["说明文字"]]})
    outcome = cli("check", path, "-c", checklist, "--sheet", "说明")
    _assert_clean_failure(outcome, f"{path} › 说明", "找不到可识别的表头")


def test_yaml_syntax_error_names_checklist_and_line(cli, tmp_path):
    bad = tmp_path / "坏清单.yaml"
    bad.write_text("id: x\ntitle: y\ntasks:\n  - id: T\n    title: [t\n", encoding="utf-8")
    path = catalog(tmp_path / "目录.xlsx", CLEAN_ROWS)
    outcome = cli("check", path, "-c", bad)
    _assert_clean_failure(outcome, f"{bad} 第", "YAML 语法错误")


def test_unknown_rule_names_checklist_and_line(cli, tmp_path):
    bad = tmp_path / "清单.yaml"
    bad.write_text("id: x\ntitle: y\nchecks:\n  - {id: A, title: a, rule: spelling, field: 信息名称}\n", encoding="utf-8")
    path = catalog(tmp_path / "目录.xlsx", CLEAN_ROWS)
    outcome = cli("check", path, "-c", bad)
    _assert_clean_failure(outcome, f"{bad} 第 4 行", "未知规则“spelling”")


def test_unknown_checklist_name(cli, tmp_path):
    path = catalog(tmp_path / "目录.xlsx", CLEAN_ROWS)
    _assert_clean_failure(cli("check", path, "-c", "没有这个清单"), "找不到检查清单“没有这个清单”", "national-baseline")


@pytest.mark.parametrize("args,fragment", [
    (["--map", "信息名称"], "--map “信息名称” 格式应为 字段=列名"),
    (["--map", "名字=标题"], "“名字”不是已知字段"),
    (["--as-of", "2024-13-01"], "“2024-13-01”不是日期"),
    (["--format", "pdf"], "“--format”的值无效：“pdf”不是以下之一"),
    (["--bogus"], "没有选项“--bogus”"),
])
def test_usage_errors_exit_2_in_chinese(cli, tmp_path, checklist, args, fragment):
    path = catalog(tmp_path / "目录.xlsx", CLEAN_ROWS)
    _assert_clean_failure(cli("check", path, "-c", checklist, *args), fragment)


def test_missing_argument(cli):
    _assert_clean_failure(cli("check"), "缺少参数")



@pytest.mark.parametrize("option, value, fragment", [
    ("-j", "0", "0 超出范围，进程数应为 1 至 64"),
    ("--jobs", "two", "“two”不是整数，进程数应为 1 至 64"),
    ("--year", "23", "23 超出范围，年度应为 1990 至 2100"),
    ("--year", "二〇二三", "不是整数，年度应为 1990 至 2100"),
])
def test_number_options_say_what_is_wrong_in_chinese(cli, tmp_path, checklist, option, value, fragment):
    path = catalog(tmp_path / "目录.xlsx", CLEAN_ROWS)
    _assert_clean_failure(cli("check", path, "-c", checklist, option, value), fragment)


def test_help_has_no_english_defaults(govopen_process):
    outcome = govopen_process("check", "--help")
    assert outcome.code == 0 and "检查表格文件" in outcome.out
    assert "default" not in outcome.out and "INTEGER" not in outcome.out and "<=x<=" not in outcome.out

def test_bad_config_file_names_its_line(cli, tmp_path, checklist):
    config = tmp_path / "govopen.yaml"
    config.write_text("agency: {name: 某局}\ncolour: red\n", encoding="utf-8")
    path = catalog(tmp_path / "目录.xlsx", CLEAN_ROWS)
    _assert_clean_failure(cli("check", path, "-c", checklist), "govopen.yaml 第 2 行", "未知的键“colour”")



@pytest.mark.parametrize("text, fragments", [
    ("- a\n- b\n", ["配置文件应为映射"]),
    ("agency: 某局\n", ["第 1 行", "agency 应为映射"]),
    ("year: 二〇二三\n", ["第 1 行", "year 应为四位年份"]),
    ("aliases: [标题]\n", ["第 1 行", "aliases 应为"]),
    ("aliases:\n  标题名: [标题]\n", ["第 2 行", "“标题名”不是已知字段"]),
    ("holidays: [2035-01-01]\n", ["第 1 行", "holidays 应为"]),
    ("holidays:\n  2035: {days: [2035-01-01]}\n", ["第 2 行", "holidays 的每一年应为"]),
    ("holidays:\n  2035:\n    holidays: [2035-02-30]\n", ["第 3 行", "2035-02-30"]),
    ("agency: {name: 某局\n", ["第 2 行", "YAML 语法错误"]),
])
def test_every_config_mistake_names_the_file_and_line(tmp_path, text, fragments):
    from govopen_cli.config import load_config
    from govopen_cli.errors import UsageError

    path = tmp_path / "govopen.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(UsageError) as error:
        load_config(str(path))
    assert error.value.message.startswith(str(path))
    for fragment in fragments:
        assert fragment in error.value.message, error.value.message


def test_empty_config_file_is_the_defaults(tmp_path):
    from govopen_cli.config import load_config

    path = tmp_path / "govopen.yaml"
    path.write_text("# 只有注释\n", encoding="utf-8")
    config = load_config(str(path))
    assert (config.path, config.agency, config.checklist, config.year, config.aliases) == (str(path), {}, None, None, [])

# --- a catalog without a column the checklist needs --------------------------------------------


def test_missing_column_is_a_finding_not_a_crash(cli, tmp_path, checklist):
    header = ["索引号", "信息名称", "生成日期", "发布日期"]  # no 内容概述
    path = catalog(tmp_path / "目录.xlsx", [["A-1", "t", "2023-01-04", "2023-01-05"]], header=header)
    outcome = cli("check", path, "-c", checklist, "--as-of", "2024-01-31", "--format", "json")
    assert outcome.code == 1
    assert "Traceback" not in outcome.err
    data = json_of(outcome)
    statuses = {c["id"]: c["status"] for c in data["checks"]}
    assert statuses["T1.req"] == "error"
    assert statuses["T1.cols"] == "pass"
    req = next(c for c in data["checks"] if c["id"] == "T1.req")
    assert req["note"] == f"{path} › 公开目录 缺少字段：内容概述"
    assert data["findings"] == []
    assert data["summary"]["error"] == 1


def test_missing_column_with_the_default_checklist(cli, tmp_path):
    header = ["索引号", "信息名称", "生成日期", "发布日期"]
    path = catalog(tmp_path / "目录.xlsx", [["", "t", "2023-01-04", "2023-01-05"]], header=header)
    outcome = cli("check", path, "--as-of", "2024-01-31", "--format", "json")
    assert outcome.code == 1, outcome.err
    data = json_of(outcome)
    assert data["checklist"]["id"] == "national-baseline"
    columns = [(f["field"], f["row"], f["cell"]) for f in data["findings"] if f["check"] == "B.columns"]
    assert columns == [("内容概述", None, None), ("发布机构", None, None)]
    required = [(f["field"], f["row"], f["cell"]) for f in data["findings"] if f["check"] == "B.required"]
    # 内容概述 absent stops only its own part: the empty 索引号 is still reported.
    assert required == [("索引号", 4, "A4")]
    check = next(c for c in data["checks"] if c["id"] == "B.required")
    assert check["status"] == "fail" and check["note"].endswith("缺少字段：内容概述")


# --- inputs are never modified ----------------------------------------------------------------


def test_inputs_unchanged_by_a_run(cli, tmp_path, checklist):
    xlsx = catalog(tmp_path / "目录.xlsx", BAD_ROWS)
    csv = write_text(tmp_path / "目录.csv", "索引号,信息名称,内容概述\nA,b,\n", "gbk")
    before = {path: sha256(path) for path in (xlsx, csv)}
    out = tmp_path / "out.json"
    outcome = cli("check", xlsx, csv, "-c", checklist, "--as-of", "2024-01-31", "--format", "json", "-o", out)
    assert outcome.code == 1
    assert {path: sha256(path) for path in (xlsx, csv)} == before
    assert json.loads(out.read_text(encoding="utf-8"))["schema"] == "govopen.result/1"
    assert sorted(os.listdir(tmp_path)) == sorted(["目录.xlsx", "目录.csv", "out.json", "清单.yaml"])


def test_output_file_gets_the_result_and_the_verdict_goes_to_stderr(cli, tmp_path, checklist):
    path = catalog(tmp_path / "目录.xlsx", BAD_ROWS)
    out = tmp_path / "结果.json"
    outcome = cli("check", path, "-c", checklist, "--as-of", "2024-01-31", "--format", "json", "-o", out)
    assert outcome.code == 1
    assert outcome.out == ""
    assert outcome.err.startswith("结论：不通过")
    assert len(json.loads(out.read_text(encoding="utf-8"))["findings"]) == 4


# --- JSON contract through the CLI -------------------------------------------------------------

TOP_KEYS = ["schema", "tool", "checklist", "as_of", "period", "agency", "inputs", "summary", "tasks", "checks", "findings"]
FINDING_KEYS = ["check", "rule", "severity", "message", "file", "sheet", "row", "cell", "column", "field", "value"]


def test_json_contract(cli, tmp_path, checklist):
    (tmp_path / "govopen.yaml").write_text("agency: {name: 曲阜市交通运输局}\n", encoding="utf-8")
    header = ["索引號", "標題", "內容概述", "發佈機構", "成文日期", "發佈日期", "備註"]  # Traditional, aliases
    path = catalog(tmp_path / "繁体.xlsx", BAD_ROWS, header=header)
    outcome = cli("check", path, "-c", checklist, "--as-of", "2024-01-31", "--format", "json")
    assert outcome.code == 1, outcome.err
    data = json_of(outcome)
    assert list(data) == TOP_KEYS
    assert data["schema"] == "govopen.result/1"
    assert data["tool"]["name"] == "govopen"
    assert data["checklist"] == {"id": "cli-test", "title": "命令行测试清单", "source": "条例", "next_steps": []}
    assert data["as_of"] == "2024-01-31"
    assert data["period"] == {"start": "2023-01-01", "end": "2023-12-31"}
    assert data["agency"] == {"name": "曲阜市交通运输局"}
    assert data["inputs"] == [{
        "path": str(path), "kind": "catalog", "sheet": "公开目录", "header_row": 3, "rows": 2,
        "columns": {"索引号": "索引號", "信息名称": "標題", "内容概述": "內容概述", "发布机构": "發佈機構",
                    "生成日期": "成文日期", "发布日期": "發佈日期"},
        "unmapped": ["備註"],
    }]
    assert data["summary"] == {"checks": 5, "pass": 1, "fail": 4, "manual": 0, "waived": 0, "n/a": 0, "error": 0,
                               "findings": 4, "by_severity": {"error": 3, "warning": 1, "info": 0}}
    assert data["tasks"] == [{"id": "T1", "title": "目录要素", "units": ["办公室"], "source": "一、(一)", "status": "fail"}]
    assert data["checks"][1] == {"id": "T1.req", "task": "T1", "title": "要素完整", "rule": "required",
                                 "severity": "error", "units": ["办公室"], "source": None, "status": "fail", "findings": 1}
    for finding in data["findings"]:
        assert [key for key in finding if key in FINDING_KEYS] == FINDING_KEYS
        assert set(finding) - set(FINDING_KEYS) <= {"item", "title"}  # the row's 索引号 and title, for baselines
    first = data["findings"][0]
    assert {key: first[key] for key in FINDING_KEYS} == {
        "check": "T1.req", "rule": "required", "severity": "error", "message": "信息名称为空",
        "file": str(path), "sheet": "公开目录", "row": 5, "cell": "B5", "column": "標題", "field": "信息名称", "value": ""}
    timely = data["findings"][3]
    assert (timely["row"], timely["cell"], timely["column"], timely["field"]) == (4, "F4", "發佈日期", "发布日期")


def test_json_is_deterministic(cli, tmp_path, checklist):
    path = catalog(tmp_path / "目录.xlsx", BAD_ROWS)
    first = cli("check", path, "-c", checklist, "--as-of", "2024-01-31", "--format", "json")
    second = cli("check", path, "-c", checklist, "--as-of", "2024-01-31", "--format", "json")
    assert first.out == second.out


def test_period_defaults_to_the_year_before_as_of(cli, tmp_path):
    bare = tmp_path / "bare.yaml"
    bare.write_text("id: b\ntitle: b\nchecks:\n  - {id: A, title: a, rule: required, field: 索引号}\n", encoding="utf-8")
    path = catalog(tmp_path / "目录.xlsx", CLEAN_ROWS)
    data = json_of(cli("check", path, "-c", bare, "--as-of", "2024-01-31", "--format", "json"))
    assert data["period"] == {"start": "2023-01-01", "end": "2023-12-31"}
    data = json_of(cli("check", path, "-c", bare, "--as-of", "2024-01-31", "--year", "2022", "--format", "json"))
    assert data["period"] == {"start": "2022-01-01", "end": "2022-12-31"}


# --- options: --map, --sheet, --kind, csv ---------------------------------------------------------


def test_map_option_maps_a_column(cli, tmp_path, checklist):
    header = ["编码", "公开事项", "内容概述", "发布机构", "生成日期", "发布日期"]
    path = catalog(tmp_path / "目录.xlsx", [["A", "", "概述", "某局", "2023-01-04", "2023-01-05"]], header=header)
    outcome = cli("check", path, "-c", checklist, "--as-of", "2024-01-31", "--format", "json",
                  "--map", "信息名称=公开事项", "--map", "索引号=编码")
    data = json_of(outcome)
    assert data["inputs"][0]["columns"]["信息名称"] == "公开事项"
    assert data["inputs"][0]["unmapped"] == []
    assert [(f["check"], f["cell"], f["column"]) for f in data["findings"]] == [("T1.req", "B4", "公开事项")]


def test_aliases_from_config(cli, tmp_path, checklist):
    (tmp_path / "govopen.yaml").write_text("aliases: {信息名称: [公开事项], 索引号: 编码}\n", encoding="utf-8")
    header = ["编码", "公开事项", "内容概述", "发布机构", "生成日期", "发布日期"]
    path = catalog(tmp_path / "目录.xlsx", [["A", "", "概述", "某局", "2023-01-04", "2023-01-05"]], header=header)
    data = json_of(cli("check", path, "-c", checklist, "--as-of", "2024-01-31", "--format", "json"))
    assert data["inputs"][0]["columns"]["信息名称"] == "公开事项"
    assert data["inputs"][0]["columns"]["索引号"] == "编码"
    assert [(f["check"], f["cell"], f["column"]) for f in data["findings"]] == [("T1.req", "B4", "公开事项")]


def test_every_catalog_sheet_is_checked_and_reported(cli, tmp_path, checklist):
    path = write_xlsx(tmp_path / "两年.xlsx", {
        "2023": [HEADER, ["A", "", "概述", "某局", "2023-01-04", "2023-01-05", ""]],
        "说明": [["本表由系统导出"]],
        "2024": [["标题行"], HEADER, ["B", "t", "", "某局", "2024-01-04", "2024-01-05", ""]],
    })
    data = json_of(cli("check", path, "-c", checklist, "--as-of", "2024-01-31", "--format", "json"))
    assert [(i["sheet"], i["header_row"], i["rows"]) for i in data["inputs"]] == [("2023", 1, 1), ("2024", 2, 1)]
    assert [(f["sheet"], f["cell"]) for f in data["findings"]] == [("2023", "B2"), ("2024", "C3")]
    only = json_of(cli("check", path, "-c", checklist, "--as-of", "2024-01-31", "--format", "json", "--sheet", "2024"))
    assert [i["sheet"] for i in only["inputs"]] == ["2024"]
    assert [(f["sheet"], f["cell"]) for f in only["findings"]] == [("2024", "C3")]


def test_gbk_csv_rows_are_line_numbers(cli, tmp_path, checklist):
    text = "某区政务服务局公开目录\r\n\r\n" + ",".join(HEADER) + "\r\n" + "A,标题,,某局,2023-01-04,2023-01-05,\r\n"
    path = write_text(tmp_path / "目录.csv", text, "gbk")
    data = json_of(cli("check", path, "-c", checklist, "--as-of", "2024-01-31", "--format", "json"))
    assert data["inputs"][0]["sheet"] is None and data["inputs"][0]["header_row"] == 3
    [finding] = data["findings"]
    assert (finding["row"], finding["cell"], finding["sheet"], finding["field"]) == (4, "C4", None, "内容概述")


def test_kind_option(cli, tmp_path, checklist):
    path = catalog(tmp_path / "目录.xlsx", CLEAN_ROWS)
    outcome = cli("check", path, "-c", checklist, "--kind", "applications")
    _assert_clean_failure(outcome, path, "依申请公开台账")


def test_holidays_from_config_remove_the_fallback_warning(cli, tmp_path, checklist):
    rows = [["A", "t", "概述", "某局", "2035-03-01", "2035-03-30", ""]]
    path = catalog(tmp_path / "目录.xlsx", rows)
    data = json_of(cli("check", path, "-c", checklist, "--as-of", "2036-01-31", "--format", "json"))
    assert data["warnings"][0].startswith("2035 年没有官方节假日数据")
    assert [(f["check"], f["cell"]) for f in data["findings"]] == [("T1.timely", "F4")]
    (tmp_path / "govopen.yaml").write_text(textwrap.dedent("""\
        holidays:
          2035: {holidays: [2035-03-05, 2035-03-06], workdays: [2035-03-03]}
        """), encoding="utf-8")
    data = json_of(cli("check", path, "-c", checklist, "--as-of", "2036-01-31", "--format", "json"))
    assert "warnings" not in data
    assert data["findings"] == []


def test_table_output_shows_locations_and_fallback_warning(cli, tmp_path, checklist):
    rows = BAD_ROWS + [["A-9", "t", "概述", "某局", "2035-03-01", "2035-03-30", ""]]
    path = catalog(tmp_path / "目录.xlsx", rows)
    outcome = cli("check", path, "-c", checklist, "--as-of", "2036-01-31")
    assert outcome.code == 1
    assert "注意：2035 年没有官方节假日数据" in outcome.out
    assert "公开目录!B5" in outcome.out and "公开目录!F6" in outcome.out
    assert "未对应的列：备注" in outcome.out
    assert outcome.out.rstrip().splitlines()[-1].startswith("结论：不通过")



def test_a_sheet_with_only_a_header_passes_but_is_flagged(cli, tmp_path, checklist):
    """Row checks pass vacuously on zero rows; the result says so instead of a silent pass."""
    path = catalog(tmp_path / "目录.xlsx", [])
    outcome = cli("check", path, "-c", checklist, "--as-of", "2024-01-31", "--format", "json")
    assert outcome.code == 0
    data = json.loads(outcome.out)
    assert data["warnings"] == [f"{path} › 公开目录：表头下没有数据行，各项逐行检查对它不会发现问题（请确认导出的是完整数据）"]
    table = cli("check", path, "-c", checklist, "--as-of", "2024-01-31", "--wide")  # the long path unwrapped
    assert f"注意：{path} › 公开目录：表头下没有数据行" in table.out


def test_merged_cells_are_filled_and_the_result_says_so(cli, tmp_path, checklist):
    rows = [["A-1", "关于印发通知", "概述", "某局", "2023-09-27", "2023-10-31", ""],
            ["A-2", "关于调整的通知", None, "某局", "2023-09-27", "2023-10-31", ""]]
    path = write_xlsx(tmp_path / "目录.xlsx", {"公开目录": [HEADER] + rows}, merged={"公开目录": ["C2:C3"]})
    outcome = cli("check", path, "-c", checklist, "--as-of", "2024-01-31", "--format", "json")
    data = json.loads(outcome.out)
    assert outcome.code == 0 and data["findings"] == []  # 内容概述 of row 3 is the merged "概述"
    assert data["inputs"][0]["merged_cells_filled"] == 1
    assert data["warnings"] == [f"{path} › 公开目录：数据区有合并单元格，已按 Excel 显示的值填充 1 个单元格后检查"
                                "（合并单元格不便筛选，也常使网站导入出错，建议取消合并并逐行填写）"]

# --- checklist commands -------------------------------------------------------------------------


def test_checklist_list(cli):
    outcome = cli("checklist", "list")
    assert outcome.code == 0
    assert "national-baseline" in outcome.out and "政府信息公开目录国家基线检查" in outcome.out


def test_checklist_show(cli, checklist):
    outcome = cli("checklist", "show", checklist)
    assert outcome.code == 0
    assert "命令行测试清单（cli-test）" in outcome.out
    assert "T1.timely" in outcome.out and "公开时限" in outcome.out and "timeliness" not in outcome.out
    assert "共 1 项任务，5 项检查。" in outcome.out
    assert cli("checklist", "show", "national-baseline").code == 0


def test_checklist_validate(cli, tmp_path, checklist):
    outcome = cli("checklist", "validate", checklist)
    assert outcome.code == 0
    assert outcome.out.strip() == f"{checklist}：有效 — 1 项任务，5 项检查"
    bad = tmp_path / "坏.yaml"
    bad.write_text("id: x\ntitle: y\nchecks:\n  - {id: A, title: a, rule: required, feild: 索引号}\n", encoding="utf-8")
    _assert_clean_failure(cli("checklist", "validate", bad), f"{bad} 第 4 行", "未知参数“feild”")
    _assert_clean_failure(cli("checklist", "validate", tmp_path / "没有.yaml"), "没有.yaml", "文件不存在")


def test_checklist_validate_warns_of_item_checks_without_a_label(cli, tmp_path):
    path = tmp_path / "清单.yaml"
    path.write_text(
        "id: x\ntitle: y\nchecks:\n"
        "  - {id: A, title: a, rule: coverage, where: {field: 信息名称, matches: \"权力清单|权责清单\"}}\n"
        "  - {id: B, title: b, rule: coverage, item: {terms: [部门预算]}}\n"
        "  - {id: C, title: c, rule: coverage, item: {label: 部门决算, terms: [部门决算]}}\n"
        "  - {id: D, title: d, rule: coverage, label: 三公经费, where: {field: 信息名称, matches: 三公}}\n",
        encoding="utf-8")
    outcome = cli("checklist", "validate", path)
    assert outcome.code == 0 and outcome.out.strip() == f"{path}：有效 — 0 项任务，4 项检查"
    assert outcome.err.splitlines() == [
        f"提示：{path} 第 4 行，检查项 A：按正则表达式（where 中的 matches）认定所找的信息，没有 label，报告中会照录条件原文；"
        "请改用 item（terms 写标题用语）并写明 label，如“权力清单或权责清单”",
        f"提示：{path} 第 5 行，检查项 B：item 没有 label，报告中以前几个用语代替；请写明所找的信息，如“权力清单或权责清单”"]
    for name in ("qufu-transport-2023", "qingyunpu-division", "chengguan-keypoints", "shanghai-transport-2024"):
        shipped = cli("checklist", "validate", Path(__file__).resolve().parent.parent / "checklists" / f"{name}.yaml")
        assert shipped.code == 0 and "提示" not in shipped.err


def test_checklist_show_unknown(cli):
    _assert_clean_failure(cli("checklist", "show", "没有"), "找不到检查清单“没有”")


# --- a real process ---------------------------------------------------------------------------


def test_process_bad_input(govopen_process, tmp_path):
    outcome = govopen_process("check", tmp_path / "没有.xlsx")
    assert outcome.code == 2
    assert outcome.err.strip() == f"错误：{tmp_path / '没有.xlsx'}：文件不存在"
    assert "Traceback" not in outcome.err
    assert outcome.out == ""


def test_process_json_run(govopen_process, tmp_path, checklist):
    path = catalog(tmp_path / "目录.xlsx", BAD_ROWS)
    digest = sha256(path)
    outcome = govopen_process("check", path, "-c", checklist, "--as-of", "2024-01-31", "--format", "json")
    assert outcome.code == 1, outcome.err
    data = json.loads(outcome.out)
    assert [(f["row"], f["cell"]) for f in data["findings"]] == [(5, "B5"), (5, "A5"), (5, "E5"), (4, "F4")]
    assert sha256(path) == digest


def test_output_into_a_missing_folder_exits_2(cli, tmp_path, checklist):
    path = catalog(tmp_path / "目录.xlsx", CLEAN_ROWS)
    target = tmp_path / "没有的文件夹" / "结果.json"
    outcome = cli("check", path, "-c", checklist, "--format", "json", "-o", target)
    assert outcome.code == 2
    assert outcome.err.startswith(f"错误：{target}：所在文件夹不存在")
    assert not target.parent.exists()


def test_unknown_agency_key_in_config_names_the_line(tmp_path):
    from govopen_cli.config import load_config
    from govopen_cli.errors import UsageError

    path = tmp_path / "govopen.yaml"
    path.write_text("agency:\n  name: 某局\n  leder: 张三\n", encoding="utf-8")
    with pytest.raises(UsageError) as error:
        load_config(str(path))
    assert "第 3 行" in error.value.message and "leder" in error.value.message
