"""The 补正 notice limit (条例第三十条) and the reply clock restarting at the corrected application,
where the ledger writes 补正 in words: a 补正 column holding both dates, or the 办理过程 / 备注 text
(tests/data/applications/correction_forms.yaml, with sources)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from govopen_cli.api import CheckRequest, check
from govopen_cli.io.fields import map_headers
from govopen_cli.rules.correction_text import correction_dates
from tests.helpers import write_xlsx

CASES = yaml.safe_load((Path(__file__).parent / "data" / "applications" / "correction_forms.yaml")
                       .read_text(encoding="utf-8"))["cases"]


def _day(value):
    return None if value is None else dt.date.fromisoformat(str(value))


def test_every_form_names_its_source():
    assert all(case["source"] for case in CASES)
    assert any(case["source"] != "constructed" for case in CASES)


@pytest.mark.parametrize("case", CASES, ids=[case["title"] for case in CASES])
def test_the_dates_each_form_tells(case):
    notice, corrected = correction_dates(case["text"], _day(case["received"]), own_column=case["column"] == "补正情况")
    assert (notice, corrected) == (_day(case["notice"]), _day(case["corrected"]))


def test_the_headers_ledgers_use_for_these_columns():
    mapping = map_headers(["受理编号", "收到申请日期", "补正", "办理结果", "答复日期", "备注"], "applications")
    assert mapping.columns == {"申请编号": 0, "收到日期": 1, "补正情况": 2, "答复结果": 3, "答复日期": 4, "办理过程": 5}
    assert map_headers(["申请编号", "补正告知及补正日期", "办理经过"], "applications").columns == {
        "申请编号": 0, "补正情况": 1, "办理过程": 2}


def _ledger(tmp_path, header, rows):
    path = write_xlsx(tmp_path / "依申请公开台账.xlsx", {"台账": [header] + rows})
    checklist = tmp_path / "清单.yaml"
    checklist.write_text(yaml.safe_dump({"id": "c", "title": "依申请公开", "checks": [
        {"id": "A1", "title": "依申请公开按期答复", "rule": "application-deadline"}]}, allow_unicode=True), encoding="utf-8")
    result = check(CheckRequest(paths=[str(path)], as_of=dt.date(2024, 3, 31), checklist=str(checklist)))
    return [(f.cell, f.message) for f in result.findings if f.rule == "application-deadline"]


def test_a_late_notice_in_a_correction_column_is_reported_on_that_cell(tmp_path):
    header = ["申请编号", "收到日期", "申请人类型", "答复结果", "补正情况", "答复日期"]
    rows = [["A1", "2023-09-21", "自然人", "予以公开", "10月9日告知补正，10月16日收到补正材料", "2023-11-10"],
            ["A2", "2023-09-21", "自然人", "予以公开", "10月8日告知补正，10月16日收到补正材料", "2023-11-10"]]
    assert _ledger(tmp_path, header, rows) == [
        ("E2", "收到日期 2023-09-21，补正告知应在 2023-10-08 前发出（7 个工作日），补正情况记载 2023-10-09 才告知，"
               "超过期限（条例第三十条：自收到申请之日起7个工作日内一次性告知）")]
    # Without the correction read from the text, 2023-11-10 would be late (20 working days from
    # 2023-09-21 end on 2023-10-26); from 2023-10-16 the reply is due on 2023-11-13.


def test_the_reply_clock_restarts_at_a_correction_told_in_the_remarks(tmp_path):
    header = ["申请编号", "收到日期", "申请人类型", "答复结果", "答复日期", "备注"]
    rows = [["A1", "2023-12-27", "自然人", "予以公开", "2024-02-05",
             "1月3日发出补正告知书，请于1月12日前补正；1月10日申请人提交补正后的申请"],
            ["A2", "2023-12-27", "自然人", "予以公开", "2024-02-05", "电话联系申请人，已答复"]]
    found = _ledger(tmp_path, header, rows)
    assert [cell for cell, _ in found] == ["E3"]  # A2: 20 working days from 2023-12-27 end on 2024-01-25
    assert found[0][1].startswith("收到日期 2023-12-27，答复期限 2024-01-25（20 个工作日），2024-02-05 才答复")


def test_a_notice_date_column_wins_over_the_words(tmp_path):
    header = ["申请编号", "收到日期", "申请人类型", "答复结果", "补正告知日期", "答复日期", "办理过程"]
    rows = [["A1", "2023-09-21", "自然人", "予以公开", "2023-09-25", "2023-10-20", "2023年10月20日告知补正"]]
    assert _ledger(tmp_path, header, rows) == []


def test_the_real_account_is_within_the_limit(tmp_path):
    # 淮安 (tests/data/applications/correction_forms.yaml): received 2024-01-12, notice 2024-01-16.
    case = CASES[0]
    header = ["申请编号", "收到日期", "申请人类型", "答复结果", "答复日期", "办理过程"]
    rows = [["清政公依〔2024〕第012号", "2024-01-12", "自然人", "予以公开", "", case["text"]]]
    assert [message for _, message in _ledger(tmp_path, header, rows) if "补正告知" in message] == []
    late = [["清政公依〔2024〕第012号", "2024-01-02", "自然人", "予以公开", "", case["text"]]]
    assert [message for _, message in _ledger(tmp_path, header, late) if "补正告知" in message] == [
        "收到日期 2024-01-02，补正告知应在 2024-01-11 前发出（7 个工作日），办理过程记载 2024-01-16 才告知，"
        "超过期限（条例第三十条：自收到申请之日起7个工作日内一次性告知）"]
