"""Machine formats (JUnit, SARIF, GitHub), batch runs and baselines."""
from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil

import openpyxl
import pytest

from govopen_cli.api import CheckRequest, check
from govopen_cli.cli import main
from govopen_cli.writers import github, junit, sarif, table

AS_OF = dt.date(2024, 1, 31)
SARIF_SCHEMA = os.path.join(os.path.dirname(__file__), "data", "schemas", "sarif-schema-2.1.0.json")
HEADER = ["索引号", "信息名称", "内容概述", "发布机构", "生成日期", "发布日期", "文号"]
GOOD_INDEX = "11370881004341590W/2023-{:05d}"


def good_row(n: int) -> list:
    return [GOOD_INDEX.format(n), f"关于公路养护工作的通知{n}", "公路养护", "曲阜市交通运输局",
            dt.date(2023, 3, 1), dt.date(2023, 3, 2), f"曲交发〔2023〕{n}号"]


def write_catalog(path, rows, title_rows=0):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "公开目录"
    for _ in range(title_rows):
        sheet.append(["曲阜市交通运输局政府信息公开目录"])
    sheet.append(HEADER)
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return str(path)


@pytest.fixture
def catalog(tmp_path):
    rows = [good_row(1), good_row(2)]
    rows[1][6] = "曲交发[2023]2号"  # bracket defect at G3
    rows.append(good_row(3))
    rows[2][2] = ""  # empty 内容概述 at C4
    return write_catalog(tmp_path / "目录.xlsx", rows)


def run(paths, **options):
    return check(CheckRequest(paths=[str(p) for p in paths], as_of=AS_OF, **options))


def test_junit_is_read_by_junitparser(catalog, tmp_path):
    junitparser = pytest.importorskip("junitparser")
    result = run([catalog])
    path = tmp_path / "r.xml"
    path.write_text(junit.render(result), encoding="utf-8")
    xml = junitparser.JUnitXml.fromfile(str(path))
    suites = list(xml)
    assert len(suites) == 1
    suite = suites[0]
    assert suite.tests == len(result.checks)
    assert suite.failures == 2
    failed = {case.name.split()[0]: case for case in suite if case.result and isinstance(case.result[0], junitparser.Failure)}
    assert set(failed) == {"B.docno", "B.required"}
    assert "G3" in failed["B.docno"].result[0].text
    assert "曲交发[2023]2号" not in failed["B.required"].result[0].text



def test_junit_in_batch_mode_has_a_suite_per_file(catalog, tmp_path):
    """One testsuite per input file (named by its path), a testcase per check; an unreadable file
    is a suite with one errored testcase carrying the reason."""
    junitparser = pytest.importorskip("junitparser")
    folder = tmp_path / "departments"
    folder.mkdir()
    shutil.copy(catalog, folder / "交通局.xlsx")
    write_catalog(folder / "城管局.xlsx", [good_row(1)])
    (folder / "坏文件.xlsx").write_bytes(b"not a zip")
    result = run([folder])
    path = tmp_path / "r.xml"
    path.write_text(junit.render(result), encoding="utf-8")
    suites = {os.path.basename(suite.name): suite for suite in junitparser.JUnitXml.fromfile(str(path))}
    assert set(suites) == {"交通局.xlsx", "城管局.xlsx", "坏文件.xlsx"}
    bad = suites["坏文件.xlsx"]
    [case] = list(bad)
    assert (bad.tests, bad.errors, case.name) == (1, 1, "读取文件")
    assert isinstance(case.result[0], junitparser.Error) and "无法作为表格文件打开" in case.result[0].message
    clean, faulty = suites["城管局.xlsx"], suites["交通局.xlsx"]
    assert clean.tests == faulty.tests == len(result.checks)
    assert clean.failures == 0 and clean.errors == 0
    failed = {case.name.split()[0]: case for case in faulty
              if case.result and isinstance(case.result[0], junitparser.Failure)}
    assert set(failed) == {"B.docno", "B.required"}
    assert "交通局.xlsx › 公开目录 › G3" in failed["B.docno"].result[0].text
    assert all("城管局" not in (case.result[0].text or "") for case in failed.values())

def test_sarif_validates_against_the_official_schema(catalog):
    jsonschema = pytest.importorskip("jsonschema")
    with open(SARIF_SCHEMA, encoding="utf-8") as handle:
        schema = json.load(handle)
    document = json.loads(sarif.render(run([catalog])))
    jsonschema.validate(document, schema)
    run_ = document["runs"][0]
    rule_ids = [rule["id"] for rule in run_["tool"]["driver"]["rules"]]
    assert "B.docno" in rule_ids
    docno = next(rule for rule in run_["tool"]["driver"]["rules"] if rule["id"] == "B.docno")
    assert "GB/T 9704-2012" in docno["help"]["text"]
    result = next(r for r in run_["results"] if r["ruleId"] == "B.docno")
    assert result["locations"][0]["physicalLocation"]["region"]["startLine"] == 3
    assert result["ruleIndex"] == rule_ids.index("B.docno")


def test_sarif_fingerprints_survive_inserted_rows(tmp_path):
    rows = [good_row(1), good_row(2)]
    rows[1][6] = "曲交发[2023]2号"
    before = json.loads(sarif.render(run([write_catalog(tmp_path / "a.xlsx", rows)])))
    moved = json.loads(sarif.render(run([write_catalog(tmp_path / "a.xlsx", [good_row(9)] + rows)])))
    prints = lambda doc: {r["ruleId"]: r["partialFingerprints"]["govopenFinding/v2"] for r in doc["runs"][0]["results"]}
    assert prints(before)["B.docno"] == prints(moved)["B.docno"]
    line = lambda doc: next(r for r in doc["runs"][0]["results"] if r["ruleId"] == "B.docno")["locations"][0]
    assert line(moved)["physicalLocation"]["region"]["startLine"] == 4


def test_github_annotations_follow_the_workflow_syntax(catalog):
    lines = github.render(run([catalog])).splitlines()
    pattern = re.compile(r"^::(error|warning|notice) file=[^,:]+,line=\d+,title=[^:]*::.+$")
    assert lines and all(pattern.match(line) for line in lines), lines
    docno = next(line for line in lines if "B.docno" in line)
    assert docno.startswith(f"::error file={catalog.replace(':', '%3A')},line=3,title=B.docno ")
    assert "公开目录!G3：" in docno


def test_output_is_deterministic_and_several_formats_in_one_run(catalog, tmp_path, capsys):
    paths = {fmt: tmp_path / f"r.{fmt}" for fmt in ("json", "junit", "sarif", "github")}
    argv = ["check", catalog, "--as-of", "2024-01-31"] + [a for fmt, p in paths.items() for a in (f"--output-{fmt}", str(p))]
    for attempt in range(2):
        with pytest.raises(SystemExit) as code:
            main(argv)
        assert code.value.code == 1
        contents = {fmt: p.read_bytes() for fmt, p in paths.items()}
        if attempt == 0:
            first = contents
    assert contents == first
    assert "结论：不通过" in capsys.readouterr().out
    assert json.loads(first["json"])["summary"]["fail"] == 2


def test_batch_folder_with_a_corrupt_file(tmp_path, catalog):
    folder = tmp_path / "departments"
    (folder / "sub").mkdir(parents=True)
    shutil.copy(catalog, folder / "交通局.xlsx")
    write_catalog(folder / "sub" / "城管局.xlsx", [good_row(1)])
    (folder / "坏文件.xlsx").write_bytes(b"not a zip")
    (folder / "~$交通局.xlsx").write_bytes(b"lock file")
    (folder / "sub" / "水务局.et").write_bytes(b"\xd0\xcf\x11\xe0 wps")  # listed, not skipped
    (folder / "说明.pdf").write_bytes(b"%PDF-1.4")  # not a spreadsheet: not listed
    result = run([folder], jobs=2)
    files = {os.path.basename(item.path): item for item in result.files}
    assert set(files) == {"交通局.xlsx", "城管局.xlsx", "坏文件.xlsx", "水务局.et"}
    assert files["水务局.et"].status == "unreadable" and "另存为”Excel 工作簿" in files["水务局.et"].error
    assert files["坏文件.xlsx"].status == "unreadable" and "无法作为表格文件打开" in files["坏文件.xlsx"].error
    assert files["城管局.xlsx"].status == "pass" and files["城管局.xlsx"].rows == 1
    assert files["交通局.xlsx"].failed_checks == 2 and files["交通局.xlsx"].findings["error"] == 2
    assert {check.id: check.status for check in result.checks}["B.docno"] == "fail"
    assert result.failing("error")  # an unreadable file fails the batch
    data = result.to_dict()
    assert [item["path"] for item in data["files"]] == sorted(item["path"] for item in data["files"])



def test_batch_table_lists_every_file(tmp_path, catalog):
    folder = tmp_path / "departments"
    folder.mkdir()
    shutil.copy(catalog, folder / "交通局.xlsx")
    write_catalog(folder / "城管局.xlsx", [good_row(1)])
    (folder / "坏文件.xlsx").write_bytes(b"not a zip")
    lines = table.render(run([folder]), width=None).splitlines()  # long temporary paths: not wrapped
    start = lines.index("按文件汇总：")
    header, rule, *rows = lines[start + 1:start + 6]
    assert header.split() == ["文件", "类型", "行数", "不通过检查", "错误", "警告", "结果"]
    cells = {os.path.basename(row.split()[0]): row.split() for row in rows}
    assert cells["城管局.xlsx"][1:] == ["公开目录", "1", "0", "0", "0", "通过"]
    assert cells["交通局.xlsx"][1:] == ["公开目录", "3", "2", "2", "0", "不通过"]
    assert cells["坏文件.xlsx"][1] == "无法读取"
    assert cells["坏文件.xlsx"][2].startswith("无法作为表格文件打开")  # the path is not repeated
    assert lines[-1].startswith("结论：不通过 — 共 3 个文件，其中 1 个无法读取；")

def test_batch_with_no_readable_file_exits_2(tmp_path, capsys):
    folder = tmp_path / "bad"
    folder.mkdir()
    (folder / "a.xlsx").write_bytes(b"x")
    (folder / "b.csv").write_bytes(b"")
    with pytest.raises(SystemExit) as code:
        main(["check", str(folder)])
    assert code.value.code == 2
    err = capsys.readouterr().err
    assert "a.xlsx" in err and "b.csv" in err and "Traceback" not in err


def test_glob_and_jobs_give_the_same_result(tmp_path, catalog, monkeypatch):
    from govopen_cli import batch

    monkeypatch.setattr(batch, "POOL_MIN_SECONDS", 0)  # small test files: make the pool run anyway
    folder = tmp_path / "d"
    folder.mkdir()
    for name in ("目录1.xlsx", "目录2.xlsx", "其他.xlsx"):
        shutil.copy(catalog, folder / name)
    assert batch.workers([str(folder / "目录1.xlsx"), str(folder / "目录2.xlsx")], 2) == 2
    one = run([folder], glob="目录*.xlsx", jobs=1)
    two = run([folder], glob="目录*.xlsx", jobs=2)
    assert [os.path.basename(f.path) for f in one.files] == ["目录1.xlsx", "目录2.xlsx"]
    assert one.to_json() == two.to_json()


def test_jobs_use_a_pool_only_where_files_and_rows_make_it_pay(tmp_path):
    from govopen_cli import batch

    small = [tmp_path / f"{n}.csv" for n in range(3)]
    for path in small:
        path.write_bytes(b"x" * 1000)
    assert batch.workers([str(p) for p in small], 2) == 1  # 3 small files: one process is faster
    many = [tmp_path / f"many{n}.xlsx" for n in range(60)]
    for path in many:
        path.write_bytes(b"x" * 1000)
    assert batch.workers([str(p) for p in many], 2) == 2  # 60 files: the cost per file adds up
    big = [tmp_path / f"big{n}.csv" for n in range(3)]
    for path in big:
        path.write_bytes(b"x" * 3_000_000)  # about 8,600 CSV rows each
    assert batch.workers([str(p) for p in big], 2) == 2
    assert batch.workers([str(p) for p in big], 8) == 3  # never more workers than files
    assert batch.workers([str(big[0])], 4) == 1 and batch.workers([str(p) for p in big], 1) == 1
    # the same bytes hold about four times the rows in a workbook as in a CSV
    as_text = [tmp_path / f"t{n}.csv" for n in range(2)]
    as_workbook = [tmp_path / f"w{n}.xlsx" for n in range(2)]
    for path in as_text + as_workbook:
        path.write_bytes(b"x" * 1_000_000)
    assert batch.workers([str(p) for p in as_text], 2) == 1
    assert batch.workers([str(p) for p in as_workbook], 2) == 2


def test_baseline_new_persisting_fixed_when_rows_are_inserted(tmp_path):
    rows = [good_row(1), good_row(2), good_row(3)]
    rows[1][6] = "曲交发[2023]2号"  # stays
    rows[2][2] = ""  # gets fixed
    path = write_catalog(tmp_path / "目录.xlsx", rows)
    old = tmp_path / "old.json"
    old.write_text(run([path]).to_json(), encoding="utf-8")

    rows[2][2] = "已补全"
    new_rows = [good_row(7), good_row(8)] + rows
    new_rows[0][6] = "曲交发〔2023〕07号"  # new defect above the old ones
    write_catalog(tmp_path / "目录.xlsx", new_rows)
    result = run([path], baseline_path=str(old))
    states = {(f.check, f.row): f.baseline for f in result.findings}
    assert states == {("B.docno", 2): "new", ("B.docno", 5): "persisting"}
    assert [(f.check, f.row) for f in result.fixed] == [("B.required", 4)]
    assert result.to_dict()["summary"]["baseline"] == {"new": 1, "persisting": 1, "fixed": 1}
    assert result.failing("error", only_new=True)

    write_catalog(tmp_path / "目录.xlsx", [good_row(9)] + rows)
    only_old = run([path], baseline_path=str(old))
    assert only_old.failing("error") and not only_old.failing("error", only_new=True)


def test_only_new_exit_code_and_bad_baseline(tmp_path, catalog, capsys):
    old = tmp_path / "old.json"
    old.write_text(run([catalog]).to_json(), encoding="utf-8")
    with pytest.raises(SystemExit) as code:
        main(["check", catalog, "--as-of", "2024-01-31", "--baseline", str(old), "--only-new"])
    assert code.value.code == 0
    assert "新增问题 0 处，仍存在 2 处，已整改 0 处" in capsys.readouterr().out
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(SystemExit) as code:
        main(["check", catalog, "--baseline", str(bad)])
    assert code.value.code == 2
    assert "bad.json" in capsys.readouterr().err
    with pytest.raises(SystemExit) as code:
        main(["check", catalog, "--only-new"])
    assert code.value.code == 2
