"""The shipped samples: findings must equal exactly the defects documented for them.

samples/make_samples.py writes the sample files and samples/expected-findings.json (every injected
defect: check id, Excel row, cell, field); samples/README.md shows the same list as a table. A
finding too many or too few fails here, so the samples double as an end-to-end regression test of
the national baseline (readers, header aliases, date forms, every rule).
"""
from __future__ import annotations

import datetime as dt
import importlib.util
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from govopen_cli.api import CheckRequest, check

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
AS_OF = dt.date(2024, 1, 31)

MAIN_XLSX = "曲阜市交通运输局-公开目录-2023.xlsx"
CLEAN_XLSX = "曲阜市交通运输局-公开目录-2023-合格.xlsx"
GBK_CSV = "某区政务服务局-公开目录.csv"
CMS_XLS = "某区政务服务局-网站导出目录.xls"
EXPECTED = json.loads((SAMPLES / "expected-findings.json").read_text(encoding="utf-8"))


def run(name: str):
    return check(CheckRequest(paths=[str(SAMPLES / name)], as_of=AS_OF))


def expected_keys(name: str) -> Counter:
    return Counter((item["check"], item["row"], item["cell"], item["field"]) for item in EXPECTED["files"][name])


def found_keys(result) -> Counter:
    return Counter((finding.check, finding.row, finding.cell, finding.field) for finding in result.findings)


def describe(keys: Counter, result=None) -> str:
    lines = []
    for key in sorted(keys, key=str):
        message = ""
        if result is not None:
            message = next((f.message for f in result.findings
                            if (f.check, f.row, f.cell, f.field) == key), "")
        lines.append(f"  {key} {message}")
    return "\n".join(lines)


def test_expected_list_is_for_the_national_baseline():
    assert EXPECTED["checklist"] == "national-baseline"
    assert EXPECTED["as_of"] == AS_OF.isoformat()
    assert set(EXPECTED["files"]) == {MAIN_XLSX, CLEAN_XLSX, GBK_CSV, CMS_XLS}
    assert EXPECTED["files"][CLEAN_XLSX] == []


@pytest.mark.parametrize("name", [MAIN_XLSX, GBK_CSV, CLEAN_XLSX, CMS_XLS])
def test_findings_equal_the_documented_defects(name):
    result = run(name)
    found, wanted = found_keys(result), expected_keys(name)
    extra, missing = found - wanted, wanted - found
    assert not extra and not missing, (
        f"{name}: findings differ from samples/expected-findings.json\n"
        f"reported but not documented:\n{describe(extra, result)}\n"
        f"documented but not reported:\n{describe(missing)}"
    )


def test_main_sample_reads_title_rows_aliases_and_date_forms():
    result = run(MAIN_XLSX)
    [source] = result.inputs
    assert source["kind"] == "catalog"
    assert source["sheet"] == "公开目录"
    assert source["header_row"] == 3
    assert source["rows"] == 300
    assert source["columns"]["索引号"] == "索取号"
    assert source["columns"]["生成日期"] == "成文日期"
    assert source["columns"]["不公开理由"] == "不予公开理由"
    assert sorted(source["unmapped"]) == sorted(["序号", "备注"])
    # Every finding names the sheet and the header as written in the file.
    headers = source["columns"]
    for finding in result.findings:
        assert finding.sheet == "公开目录"
        assert finding.column == headers[finding.field]
        assert finding.cell.endswith(str(finding.row))
    # Every check of the baseline that has an injected defect fails; nothing errors.
    statuses = {check.id: check.status for check in result.checks}
    documented = {item["check"] for item in EXPECTED["files"][MAIN_XLSX]}
    assert {check_id for check_id, status in statuses.items() if status == "fail"} == documented
    assert "error" not in statuses.values()
    assert result.failing("error")


def test_privacy_findings_mask_the_numbers():
    result = run(MAIN_XLSX)
    values = [finding.value for finding in result.findings if finding.check == "B.privacy"]
    assert values
    for value in values:
        assert "11010519491231002X" not in value
        assert "13953712345" not in value and "15805379876" not in value


def test_clean_sample_passes():
    result = run(CLEAN_XLSX)
    assert result.findings == []
    assert {check.status for check in result.checks} == {"pass"}
    assert not result.failing("error") and not result.failing("warning")
    assert result.inputs[0]["rows"] == 100
    assert result.warnings == []  # 2023 and 2024 are covered by the official calendar


def test_gbk_csv_with_traditional_headers():
    result = run(GBK_CSV)
    [source] = result.inputs
    assert source["sheet"] is None
    assert source["header_row"] == 1
    assert source["columns"] == {
        "索引号": "索引號", "信息名称": "信息名稱", "内容概述": "內容概述", "发布机构": "發佈機構",
        "生成日期": "生成日期", "发布日期": "發佈日期", "文号": "文號", "公开方式": "公開方式",
    }
    statuses = {check.id: check.status for check in result.checks}
    assert statuses["B.non-disclosure-reason"] == "n/a"  # no 不公开理由 column in this export


def test_cms_export_is_an_html_table_one_row_below_the_csv():
    """The website's "导出Excel" of the same catalog: HTML under .xls, a title row above the table."""
    assert (SAMPLES / CMS_XLS).read_bytes().startswith(b"<html")
    html_result, csv_result = run(CMS_XLS), run(GBK_CSV)
    [source] = html_result.inputs
    assert (source["sheet"], source["header_row"], source["rows"]) == (None, 2, csv_result.inputs[0]["rows"])
    assert source["columns"] == csv_result.inputs[0]["columns"]
    assert sorted((f.check, f.row - 1, f.field, f.value) for f in html_result.findings) == \
        sorted((f.check, f.row, f.field, f.value) for f in csv_result.findings)


@pytest.mark.parametrize("name, code", [(CLEAN_XLSX, 0), (MAIN_XLSX, 1), (GBK_CSV, 1), (CMS_XLS, 1)])
def test_cli_exit_status(name, code, tmp_path):
    completed = subprocess.run(
        [sys.executable, "-m", "govopen_cli", "check", str(SAMPLES / name), "--as-of", AS_OF.isoformat(),
         "--format", "json", "-o", str(tmp_path / "result.json")],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )
    assert completed.returncode == code, completed.stderr
    data = json.loads((tmp_path / "result.json").read_text(encoding="utf-8"))
    assert data["summary"]["findings"] == len(EXPECTED["files"][name])


def _sheet_values(path: Path) -> list[list[object]]:
    import python_calamine

    workbook = python_calamine.CalamineWorkbook.from_path(str(path))
    return [workbook.get_sheet_by_name(name).to_python(skip_empty_area=False) for name in workbook.sheet_names]


def test_samples_are_up_to_date_and_reproducible(tmp_path):
    """make_samples.py regenerates exactly the committed files (cell values for the workbooks)."""
    spec = importlib.util.spec_from_file_location("make_samples", SAMPLES / "make_samples.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the file runs
    try:
        spec.loader.exec_module(module)
        module.generate(str(tmp_path))
    finally:
        sys.modules.pop(spec.name, None)
    for name in (GBK_CSV, CMS_XLS, "expected-findings.json", "README.md"):
        assert (tmp_path / name).read_bytes() == (SAMPLES / name).read_bytes(), f"{name} is stale: run samples/make_samples.py"
    for name in (MAIN_XLSX, CLEAN_XLSX):
        assert _sheet_values(tmp_path / name) == _sheet_values(SAMPLES / name), f"{name} is stale: run samples/make_samples.py"
