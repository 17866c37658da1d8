"""The streamed machine outputs against their documented contracts, on the project's test corpus.

Each scenario runs `govopen check` once with --output-json, --output-sarif and --output-junit, so the
files are written by the streaming writers exactly as a CI job gets them. Then:

- JSON: valid against docs/schemas/govopen.result-1.schema.json (DESIGN §7 written as a JSON
  Schema) and equal, as data, to the result built in memory for the same request;
- SARIF: valid against the official SARIF 2.1.0 schema (tests/data/schemas), one result per finding
  with the same check, level, file and row;
- JUnit: the Ant/Jenkins JUnit layout (testsuites › testsuite › testcase › failure|error|skipped) with
  counts that add up, a testcase per check and the status of each check in the JSON.
"""
from __future__ import annotations

import datetime as dt
import json
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import openpyxl
import pytest

from govopen_cli.api import CheckRequest, check
from govopen_cli.cli import main

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
PLAN_CATALOGS = ROOT / "tests" / "data" / "plan_catalogs"
RESULT_SCHEMA = ROOT / "docs" / "schemas" / "govopen.result-1.schema.json"
SARIF_SCHEMA = ROOT / "tests" / "data" / "schemas" / "sarif-schema-2.1.0.json"
QUFU = SAMPLES / "曲阜市交通运输局-公开目录-2023.xlsx"
SARIF_LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def _archival_catalog(path: Path) -> Path:
    """A small catalog with an archival post (生成日期 before 2008-05-01), so a check carries notes."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "公开目录"
    sheet.append(["索引号", "信息名称", "内容概述", "发布机构", "生成日期", "发布日期", "文号"])
    sheet.append(["11370881004341590W/2005-00001", "曲阜市交通运输局关于公路养护的通知", "公路养护", "曲阜市交通运输局",
                  dt.date(2005, 3, 1), dt.date(2023, 3, 2), "曲交发〔2005〕1号"])
    sheet.append(["11370881004341590W/2023-00002", "曲阜市交通运输局关于客运安全的通知", "客运安全", "曲阜市交通运输局",
                  dt.date(2023, 3, 1), dt.date(2023, 5, 30), "曲交发〔2023〕2号"])
    workbook.save(path)
    return path


def _empty_catalog(path: Path) -> Path:
    """A catalog exported with its header only: a warning in the result, never a pass."""
    path.write_text("索引号,信息名称,内容概述,发布机构,生成日期,发布日期,文号\n", encoding="utf-8")
    return path


def _scenarios(folder: Path) -> dict[str, tuple[list[str], list[str]]]:
    """name -> (inputs, options): every kind of data, batch, baseline, answers, waivers, scope."""
    batch = folder / "batch"
    batch.mkdir()
    shutil.copy(QUFU, batch / "交通局.xlsx")
    shutil.copy(SAMPLES / "某区政务服务局-公开目录.csv", batch / "政务服务局.csv")
    shutil.copy(SAMPLES / "某区政务服务局-网站导出目录.xls", batch / "政务服务局-网站导出.xls")
    (batch / "坏文件.xlsx").write_bytes(b"not a zip")

    fixed_copy = folder / "曲阜-整改后.xlsx"  # last month's export renamed, two defects fixed
    workbook = openpyxl.load_workbook(QUFU)
    sheet = workbook["公开目录"]
    sheet["H38"] = "曲交发〔2023〕2号"
    sheet["D49"] = "已补全的内容概述"
    workbook.save(fixed_copy)

    answers = folder / "answers.yaml"
    answers.write_text("T1.3:\n  result: pass\n  evidence: 清单已动态调整\n  by: 张三\n  date: 2024-01-20\n"
                       "T1.4:\n  result: fail\n  evidence: 未公开法律依据\n  by: 张三\n  date: 2024-01-20\n", encoding="utf-8")
    waivers = folder / "waivers.yaml"
    waivers.write_text("- check: T7.1\n  reason: 年度报告已在上级平台统一发布\n  approved_by: 李四\n  expires: 2024-12-31\n"
                       "- check: T2.3\n  reason: 已过期的豁免\n  approved_by: 李四\n  expires: 2023-06-30\n", encoding="utf-8")
    real_titles = str(SAMPLES / "曲阜市交通运输局-真实标题目录-2023-不合格.xlsx")
    return {
        "single catalog": ([str(QUFU)], []),
        "batch folder with an unreadable file": ([str(batch)], ["-j", "2"]),
        "baseline on a renamed export": ([str(fixed_copy)], ["--baseline", "{baseline}"]),
        "plan with ledger, answers and waivers": (
            [str(SAMPLES / "依申请公开台账-2023.xlsx"), real_titles],
            ["-c", "qufu-transport-2023", "--answers", str(answers), "--waivers", str(waivers)]),
        "district plan with scope": ([str(PLAN_CATALOGS / "qingyunpu-division-不合格.csv")], ["-c", "qingyunpu-division"]),
        "events": ([str(SAMPLES / "突发事件发布记录-2023.xlsx")], ["-c", "qingyunpu-division"]),
        "site columns": ([str(SAMPLES / "网站栏目导出-2024.jsonl")], ["-c", "site-inspection"]),
        "archival post in notes": ([str(_archival_catalog(folder / "存档目录.xlsx"))], []),
        "header without rows": ([str(_empty_catalog(folder / "空目录.csv"))], []),
    }


def _run(argv: list[str]) -> int:
    with pytest.raises(SystemExit) as code:
        main(argv)
    return code.value.code


@pytest.fixture(scope="module")
def outputs(tmp_path_factory):
    """name -> (inputs, options, {format: path}) for every scenario, run through the command line."""
    folder = tmp_path_factory.mktemp("contracts")
    baseline = folder / "上月结果.json"
    assert _run(["check", str(QUFU), "--as-of", "2024-01-31", "--format", "json", "-o", str(baseline)]) == 1
    produced = {}
    for number, (name, (inputs, options)) in enumerate(_scenarios(folder).items()):
        options = [option.replace("{baseline}", str(baseline)) for option in options]
        files = {fmt: folder / f"{number}.{fmt}" for fmt in ("json", "sarif", "junit")}
        argv = ["check", *inputs, "--as-of", "2024-01-31", "--fail-on", "never", *options]
        for fmt, path in files.items():
            argv += [f"--output-{fmt}", str(path)]
        assert _run(argv) == 0, name
        produced[name] = (inputs, options, files)
    return produced


SCENARIO_NAMES = ["single catalog", "batch folder with an unreadable file", "baseline on a renamed export",
                  "plan with ledger, answers and waivers", "district plan with scope", "events", "site columns",
                  "archival post in notes", "header without rows"]


def _json(outputs, name) -> dict:
    return json.loads(outputs[name][2]["json"].read_text(encoding="utf-8"))


def test_the_corpus_exercises_every_part_of_the_contract(outputs):
    """Guard for the tests below: the scenarios together produce every optional part of the JSON
    contract, so a schema violation in any of them cannot go unseen."""
    assert list(outputs) == SCENARIO_NAMES
    documents = [_json(outputs, name) for name in SCENARIO_NAMES]
    keys = set().union(*documents)
    assert {"files", "fixed", "warnings"} <= keys
    checks = [check for document in documents for check in document["checks"]]
    check_keys = set().union(*checks)
    assert {"remedy", "manual", "note", "answer", "waiver", "notes", "evidence", "evidence_recognised",
            "evidence_counted"} <= check_keys
    assert {check["status"] for check in checks} == {"pass", "fail", "manual", "waived", "n/a"}
    finding_keys = set().union(*(finding for document in documents for finding in document["findings"]))
    assert {"item", "baseline", "title"} <= finding_keys
    assert {item["kind"] for document in documents for item in document["inputs"]} == {
        "catalog", "applications", "events", "columns"}
    assert any(entry.get("counted") is False for check in checks for entry in check.get("evidence", []))


@pytest.mark.parametrize("name", SCENARIO_NAMES)
def test_streamed_json_follows_the_documented_schema(outputs, name):
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(RESULT_SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    document = _json(outputs, name)
    errors = sorted(jsonschema.Draft202012Validator(schema).iter_errors(document), key=lambda error: error.path)
    assert not errors, [f"{list(error.path)}: {error.message}" for error in errors[:5]]
    summary = document["summary"]
    assert summary["findings"] == len(document["findings"]) == sum(summary["by_severity"].values())
    assert summary["checks"] == len(document["checks"]) == sum(
        summary[status] for status in ("pass", "fail", "manual", "waived", "n/a", "error"))
    by_check = {}
    for finding in document["findings"]:
        by_check[finding["check"]] = by_check.get(finding["check"], 0) + 1
    assert {check["id"]: check["findings"] for check in document["checks"] if check["findings"]} == by_check


def test_streamed_json_equals_the_result_built_in_memory(outputs):
    """The streaming writer changes how the JSON is written, never what it says."""
    inputs, options, files = outputs["single catalog"]
    in_memory = check(CheckRequest(paths=inputs, as_of=dt.date(2024, 1, 31))).to_dict()
    assert _json(outputs, "single catalog") == in_memory
    assert len(in_memory["findings"]) == 38


def test_streamed_json_has_one_finding_per_line(outputs):
    """Greppable: each finding is one line of compact JSON inside the indented document."""
    text = outputs["single catalog"][2]["json"].read_text(encoding="utf-8")
    lines = [line.strip().rstrip(",") for line in text.splitlines() if line.lstrip().startswith('{"check": ')]
    assert [json.loads(line) for line in lines] == _json(outputs, "single catalog")["findings"]


@pytest.mark.parametrize("name", SCENARIO_NAMES)
def test_streamed_sarif_follows_the_official_schema(outputs, name):
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    log = json.loads(outputs[name][2]["sarif"].read_text(encoding="utf-8"))
    jsonschema.validate(log, schema)
    document = _json(outputs, name)
    (run,) = log["runs"]
    rules = run["tool"]["driver"]["rules"]
    assert [rule["id"] for rule in rules] == [check["id"] for check in document["checks"]]
    results = run["results"]
    assert len(results) == len(document["findings"])
    for result, finding in zip(results, document["findings"]):
        assert result["ruleId"] == finding["check"] == rules[result["ruleIndex"]]["id"]
        assert result["level"] == SARIF_LEVELS[finding["severity"]]
        assert result["message"]["text"] == finding["message"]
        region = result["locations"][0]["physicalLocation"]["region"]
        assert region["startLine"] == (finding["row"] or 1)
        assert result.get("baselineState") == {"new": "new", "persisting": "unchanged", None: None}[finding.get("baseline")]
    prints = [result["partialFingerprints"]["govopenFinding/v2"] for result in results]
    assert all(prints)


JUNIT_CHILDREN = {"testsuites": {"testsuite"}, "testsuite": {"testcase", "properties", "system-out", "system-err"},
                  "testcase": {"failure", "error", "skipped", "system-out", "system-err"}}
JUNIT_ATTRIBUTES = {"testsuites": {"name", "tests", "failures", "errors", "skipped", "time"},
                    "testsuite": {"name", "tests", "failures", "errors", "skipped", "time"},
                    "testcase": {"name", "classname", "time"},
                    "failure": {"message", "type"}, "error": {"message", "type"}, "skipped": {"message"}}
OUTCOME = {"fail": "failure", "error": "error", "manual": "skipped", "waived": "skipped", "n/a": "skipped", "pass": None}


def _junit_layout_errors(element: ET.Element, path: str = "") -> list[str]:
    """Elements and attributes outside the Ant/Jenkins JUnit layout that CI servers read."""
    here = f"{path}/{element.tag}"
    errors = [f"{here}@{name}" for name in element.attrib if name not in JUNIT_ATTRIBUTES.get(element.tag, set())]
    for child in element:
        if child.tag not in JUNIT_CHILDREN.get(element.tag, set()):
            errors.append(f"{here}/{child.tag}")
        errors += _junit_layout_errors(child, here)
    return errors


@pytest.mark.parametrize("name", SCENARIO_NAMES)
def test_streamed_junit_follows_the_junit_layout(outputs, name):
    path = outputs[name][2]["junit"]
    assert path.read_bytes().startswith(b'<?xml version="1.0" encoding="UTF-8"?>\n<testsuites ')
    root = ET.parse(path).getroot()
    assert root.tag == "testsuites" and not _junit_layout_errors(root)
    document = _json(outputs, name)
    suites = list(root)
    expected_suites = [item["path"] for item in document["files"]] if "files" in document else [None]
    assert len(suites) == len(expected_suites)
    for suite, file in zip(suites, expected_suites):
        cases = list(suite)
        outcomes = [case[0].tag if len(case) else None for case in cases]
        assert int(suite.get("tests")) == len(cases)
        assert int(suite.get("failures")) == outcomes.count("failure")
        assert int(suite.get("errors")) == outcomes.count("error")
        assert int(suite.get("skipped")) == outcomes.count("skipped")
        summary = next((item for item in document.get("files", []) if item["path"] == file), None)
        if summary and summary["status"] == "unreadable":
            assert outcomes == ["error"] and cases[0][0].get("message") == summary["error"]
            continue
        statuses = summary["checks"] if summary else {check["id"]: check["status"] for check in document["checks"]}
        assert [case.get("name").split(" ", 1)[0] for case in cases] == [check["id"] for check in document["checks"]]
        assert outcomes == [OUTCOME[statuses.get(check["id"], "n/a")] for check in document["checks"]]
        for case in cases:
            if len(case) and case[0].tag in ("failure", "error"):
                assert case[0].get("message") and case[0].get("type")
            if len(case) and case[0].tag == "skipped":
                assert case[0].get("message")


def test_junit_failure_text_names_every_finding_up_to_the_cap(outputs):
    """A failed check's failure text carries its findings, one line each, with the cell."""
    document = _json(outputs, "single catalog")
    root = ET.parse(outputs["single catalog"][2]["junit"]).getroot()
    failures = {case.get("name").split(" ", 1)[0]: case[0].text.splitlines()
                for case in root.iter("testcase") if len(case) and case[0].tag == "failure"}
    for check_result in document["checks"]:
        if check_result["status"] != "fail":
            continue
        mine = [finding for finding in document["findings"] if finding["check"] == check_result["id"]]
        lines = failures[check_result["id"]]
        for finding, line in zip(mine, lines):
            assert line.endswith(f"：{finding['message']}") and finding["cell"] in line
        assert len([line for line in lines if not line.startswith("整改措施：")]) == len(mine)
