"""The self-inspection workbook as the officer's working file: the answers round trip keeps every
cell filled in 人工核查 and 整改台账 (twice over, and when a check then passes); --xlsx onto a
filled workbook is refused unless --answers names it or --force; .docx/.xlsx bytes do not depend
on the clock, the time zone or the working folder."""
from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from tests.helpers import sha256
from tests.test_cli import BAD_ROWS, CLEAN_ROWS, catalog

ROOT = Path(__file__).resolve().parent.parent
AS_OF = "2024-01-31"
CHECKLIST = """\
id: round-trip
title: 往返测试清单
period: {year: 2023}
tasks:
  - id: T1
    title: 推进财政信息公开
    units: [局财务科]
    checks:
      - {id: T1.1, title: 公开部门预算, rule: coverage, where: {field: 信息名称, matches: 部门预算}, min: 1,
         remedy: 在规定时间内公开部门预算}
      - {id: T1.2, title: 按财政统一格式公开, manual: 对照统一格式逐项核对}
      - {id: T1.3, title: 要素完整, rule: required, fields: [信息名称, 内容概述]}
      - {id: T1.4, title: 预算说明完整, manual: 查阅预算说明}
"""
BUDGET = ["A-9", "某局2023年部门预算", "概述", "某局", dt.date(2023, 2, 1), dt.date(2023, 2, 3), ""]

# What the officer types (the cells DESIGN §2 names), by sheet and check id.
LEDGER_FILLED = {
    "T1.1": {"整改措施": "由局财务科补充公开2023年部门预算及说明", "整改状态": "整改中", "整改情况": "已起草，待局务会审定",
             "完成日期": dt.datetime(2024, 3, 1)},
    "T1.3": {"整改状态": "已整改", "整改情况": "已补全信息名称", "完成日期": dt.datetime(2024, 2, 1)},
}
MANUAL_FILLED = {
    "T1.2": {"结论": "符合", "佐证材料": "某财预〔2023〕3号", "核查人": "张三", "日期": dt.datetime(2024, 1, 20), "备注": "见附件"},
    "T1.4": {"佐证材料": "预算说明已上网，链接待补"},  # no 结论 yet: still kept
}


@pytest.fixture
def setup(tmp_path):
    checklist = tmp_path / "清单.yaml"
    checklist.write_text(CHECKLIST, encoding="utf-8")
    data = Path(catalog(tmp_path / "目录.xlsx", BAD_ROWS))
    return {"checklist": checklist, "data": data, "xlsx": tmp_path / "自查报告.xlsx"}


def rows_by_id(path, sheet):
    workbook = openpyxl.load_workbook(path)
    ws = workbook[sheet]
    header_row = next(row for row in ws.iter_rows(max_row=5) if any(cell.value == "检查项编号" for cell in row))
    names = {cell.value: cell.column for cell in header_row}
    found = {}
    for row in range(header_row[0].row + 1, ws.max_row + 1):
        check = ws.cell(row, names["检查项编号"]).value
        if check:
            found[check] = {name: ws.cell(row, column).value for name, column in names.items()}
    return found


def fill(path):
    """The officer fills both sheets in Excel (here openpyxl, which keeps the document properties)."""
    workbook = openpyxl.load_workbook(path)
    for sheet, filled in (("整改台账", LEDGER_FILLED), ("人工核查", MANUAL_FILLED)):
        ws = workbook[sheet]
        header_row = next(row for row in ws.iter_rows(max_row=5) if any(cell.value == "检查项编号" for cell in row))
        names = {cell.value: cell.column for cell in header_row}
        for row in range(header_row[0].row + 1, ws.max_row + 1):
            for column, value in filled.get(ws.cell(row, names["检查项编号"]).value, {}).items():
                ws.cell(row, names[column]).value = value
    workbook.save(path)


def assert_kept(path):
    for sheet, filled in (("整改台账", LEDGER_FILLED), ("人工核查", MANUAL_FILLED)):
        rows = rows_by_id(path, sheet)
        for check, cells in filled.items():
            assert {column: rows[check][column] for column in cells} == cells, (sheet, check)


def check(cli, setup, *extra):
    return cli("check", setup["data"], "-c", setup["checklist"], "--as-of", AS_OF, *extra)


def test_answers_round_trip_keeps_every_filled_cell_twice(cli, setup):
    xlsx = setup["xlsx"]
    assert check(cli, setup, "--xlsx", xlsx).code == 1
    assert set(rows_by_id(xlsx, "整改台账")) == {"T1.1", "T1.3"}
    ours = rows_by_id(xlsx, "整改台账")["T1.3"]["整改措施"]
    assert ours
    fill(xlsx)
    for _ in range(2):
        outcome = check(cli, setup, "--answers", xlsx, "--xlsx", xlsx)
        assert outcome.code == 1, outcome.err
        assert_kept(xlsx)
    ledger = rows_by_id(xlsx, "整改台账")
    assert ledger["T1.3"]["整改措施"] == ours  # not filled by the officer: ours, not blanked
    assert ledger["T1.1"]["存在问题"].startswith("“公开部门预算”")  # still failing: not marked


def test_a_ledger_line_whose_check_now_passes_keeps_the_officers_cells(cli, setup, tmp_path):
    xlsx = setup["xlsx"]
    assert check(cli, setup, "--xlsx", xlsx).code == 1
    fill(xlsx)
    catalog(setup["data"], CLEAN_ROWS + [BUDGET])  # T1.1 and T1.3 are put right
    for _ in range(2):
        outcome = check(cli, setup, "--answers", xlsx, "--xlsx", xlsx)
        assert outcome.code == 0, outcome.err
        assert_kept(xlsx)
        ledger = rows_by_id(xlsx, "整改台账")
        assert set(ledger) == {"T1.1", "T1.3"}
        assert ledger["T1.1"]["存在问题"].startswith("本次检查已通过（原问题：“公开部门预算”")
        assert ledger["T1.1"]["存在问题"].count("本次检查已通过") == 1
        assert ledger["T1.1"]["问题数"] == 0 and ledger["T1.1"]["检查项"] == "公开部门预算"


def test_xlsx_onto_a_filled_workbook_is_refused_without_answers_or_force(cli, setup):
    xlsx = setup["xlsx"]
    assert check(cli, setup, "--xlsx", xlsx).code == 1
    assert check(cli, setup, "--xlsx", xlsx).code == 1  # untouched since written: may be replaced
    fill(xlsx)
    before = sha256(xlsx)
    outcome = check(cli, setup, "--xlsx", xlsx)
    assert outcome.code == 2
    assert f"{xlsx}：这是已填写过的自查工作簿" in outcome.err and f"--answers {xlsx}" in outcome.err
    assert sha256(xlsx) == before
    other = xlsx.parent / "答复.yaml"  # answers from elsewhere do not keep this workbook's cells
    other.write_text("T1.2: {result: 符合}\n", encoding="utf-8")
    assert check(cli, setup, "--answers", other, "--xlsx", xlsx).code == 2
    assert sha256(xlsx) == before
    outcome = check(cli, setup, "--xlsx", xlsx, "--force")
    assert outcome.code == 1, outcome.err
    assert rows_by_id(xlsx, "整改台账")["T1.1"]["整改状态"] == "未整改"


def test_report_refuses_a_filled_workbook_too(cli, setup, tmp_path):
    xlsx, result = setup["xlsx"], tmp_path / "结果.json"
    assert check(cli, setup, "--format", "json", "-o", result, "--xlsx", xlsx).code == 1
    fill(xlsx)
    before = sha256(xlsx)
    outcome = cli("report", result, "--xlsx", xlsx)
    assert outcome.code == 2 and f"{xlsx}：这是已填写过的自查工作簿" in outcome.err
    assert sha256(xlsx) == before
    assert cli("report", result, "--xlsx", xlsx, "--force").code == 0


def test_a_filled_workbook_whose_properties_were_dropped_is_still_recognised(cli, setup):
    from openpyxl.packaging.custom import CustomPropertyList

    xlsx = setup["xlsx"]
    assert check(cli, setup, "--xlsx", xlsx).code == 1
    fill(xlsx)
    workbook = openpyxl.load_workbook(xlsx)
    workbook.custom_doc_props = CustomPropertyList()  # as an editor that drops custom properties would
    workbook.save(xlsx)
    outcome = check(cli, setup, "--xlsx", xlsx)
    assert outcome.code == 2 and "人工核查 第 3 行 结论“符合”" in outcome.err


# --- deterministic bytes ----------------------------------------------------------------------------

RUN = "import sys, time; real = time.time; time.time = lambda: real() + {shift}; " \
      "from govopen_cli.cli import main; main(sys.argv[1:])"


def run_elsewhere(args, cwd, zone, shift):
    env = dict(os.environ, TZ=zone, PYTHONPATH=str(ROOT), PYTHONIOENCODING="utf-8")
    return subprocess.run([sys.executable, "-c", RUN.format(shift=shift), *map(str, args)], cwd=cwd, env=env,
                          capture_output=True, text=True, encoding="utf-8", timeout=120)


def test_reports_are_byte_identical_whatever_the_clock_zone_and_folder(tmp_path, setup):
    outputs = []
    for number, (zone, shift) in enumerate((("Asia/Shanghai", 0), ("America/New_York", 86400 * 400 + 3671))):
        folder = tmp_path / f"运行{number}"
        folder.mkdir()
        docx, xlsx = folder / "自查报告.docx", folder / "自查报告.xlsx"
        done = run_elsewhere(["check", setup["data"], "-c", setup["checklist"], "--as-of", AS_OF, "--report-date",
                              "2024-02-05", "--docx", docx, "--xlsx", xlsx], folder, zone, shift)
        assert done.returncode == 1, done.stderr
        outputs.append((docx.read_bytes(), xlsx.read_bytes()))
    assert outputs[0][0] == outputs[1][0]
    assert outputs[0][1] == outputs[1][1]
    import zipfile
    from io import BytesIO

    archive = zipfile.ZipFile(BytesIO(outputs[0][1]))
    assert {info.date_time for info in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}
    core = archive.read("docProps/core.xml").decode()
    assert "<dcterms:modified" in core and core.count("2024-02-05T09:00:00Z") == 2


def test_template_and_annual_report_bytes_do_not_depend_on_the_clock(tmp_path):
    samples = ROOT / "samples"
    made = []
    for number, (zone, shift) in enumerate((("UTC", 0), ("Asia/Tokyo", 86400 * 30 + 17))):
        folder = tmp_path / f"运行{number}"
        folder.mkdir()
        assert run_elsewhere(["template", "-o", "模板.xlsx"], folder, zone, shift).returncode == 0
        done = run_elsewhere(["annual-report", "--applications", samples / "依申请公开台账-2023.xlsx", "--figures",
                              samples / "年度报告补充数据-2023.yaml", "--docx", "年报.docx", "--xlsx", "年报.xlsx"],
                             folder, zone, shift)
        assert done.returncode == 0, done.stderr
        made.append([(folder / name).read_bytes() for name in ("模板.xlsx", "年报.docx", "年报.xlsx")])
    assert made[0] == made[1]


# --- our own outputs in a checked folder ---------------------------------------------------------


def test_own_outputs_in_a_checked_folder_are_skipped_with_a_note(cli, setup, tmp_path):
    import json
    import shutil

    folder = tmp_path / "各部门目录"
    folder.mkdir()
    shutil.copy(setup["data"], folder / "甲局目录.xlsx")
    report = folder / "自查报告.xlsx"
    args = ["check", folder, "-c", setup["checklist"], "--as-of", AS_OF, "--format", "json", "--xlsx", report]
    first = cli(*args)
    assert first.code == 1, first.err
    assert [item["path"] for item in json.loads(first.out)["inputs"]] == [str(folder / "甲局目录.xlsx")]
    annual = folder / "年报.xlsx"  # an annual report workbook written into the folder as well
    samples = ROOT / "samples"
    assert cli("annual-report", "--applications", samples / "依申请公开台账-2023.xlsx", "--figures",
               samples / "年度报告补充数据-2023.yaml", "--docx", folder / "年报.docx", "--xlsx", annual).code == 0
    second = cli(*args)
    assert second.code == 1, second.err
    data = json.loads(second.out)
    assert [item["path"] for item in data["inputs"]] == [str(folder / "甲局目录.xlsx")]
    assert f"{report}：这是 govopen 生成的自查工作簿，不是部门目录，已跳过" in data["warnings"]
    assert f"{annual}：这是 govopen 生成的年度报告工作簿，不是部门目录，已跳过" in data["warnings"]
    (folder / "甲局目录.xlsx").unlink()
    only_ours = cli("check", folder, "-c", setup["checklist"], "--as-of", AS_OF)
    assert only_ours.code == 2 and "只有 govopen 生成的报告（已跳过）" in only_ours.err
