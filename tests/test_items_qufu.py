"""A compliant 2023 catalog for the Qufu plan, written the way the issue found real catalogs written
(a 主题分类 column, monthly reports titled “曲阜市重大交通建设项目推进情况（2023年5月）”, “三公”经费
with quotes, the power list titled 行政权力事项清单, a year as 二〇二三年度, look-alikes that are
something else): every item check passes and shows its evidence; a header-only catalog passes none;
the deadline day without the annual report fails.

The titles are constructed in the forms the issue quotes; the agency's 索引号 prefix is its real
统一社会信用代码 (as in tests/test_seed_checklists.py).
"""
from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path

import pytest

from govopen_cli.api import CheckRequest
from govopen_cli.api import check as run_check
from govopen_cli.checklist.load import load_checklist

PREFIX = "11370881004341590W"
ITEM_RULES = ("coverage", "cadence", "pairing", "deadline")
QUFU_ITEM_CHECKS = [check.id for check in load_checklist("qufu-transport-2023").checks if check.rule in ITEM_RULES]
COLUMNS = ["索引号", "信息名称", "内容概述", "发布机构", "生成日期", "发布日期", "文号", "主题分类", "公开方式"]


def _row(title: str, generated: str, published: str, subject: str, summary: str = "", docno: str = "") -> dict:
    return {"信息名称": title, "内容概述": summary or f"{title}。", "发布机构": "曲阜市交通运输局",
            "生成日期": generated, "发布日期": published, "文号": docno or "无", "主题分类": subject, "公开方式": "主动公开"}


def compliant_rows() -> list[dict]:
    rows = [
        _row("曲阜市交通运输局行政权力事项清单", "2023-04-06", "2023-04-10", "权责清单"),
        _row("曲阜市交通运输局部门责任清单", "2023-04-06", "2023-04-10", "权责清单"),
        _row("2023年曲阜市交通运输局部门预算", "2023-02-08", "2023-02-10", "财政预决算"),
        _row("曲阜市交通运输局2023年“三公”经费预算情况说明", "2023-02-08", "2023-02-10", "财政预决算"),
        _row("曲阜市交通运输局二〇二二年度部门决算", "2023-08-14", "2023-08-16", "财政预决算"),
        _row("2023年曲阜市重点交通建设项目基本情况", "2023-02-13", "2023-02-15", "重大建设项目"),
        _row("曲阜市交通运输局关于印发《曲阜市农村公路养护管理办法》的通知", "2023-03-08", "2023-03-10", "规范性文件",
             docno="曲交发〔2023〕12号"),
        _row("《曲阜市农村公路养护管理办法》政策解读", "2023-03-08", "2023-03-10", "政策解读"),
        _row("曲阜市交通运输局关于印发《曲阜市城区出租汽车经营服务管理办法》的通知", "2023-06-12", "2023-06-14", "规范性文件",
             docno="曲交发〔2023〕31号"),
        _row("一图读懂《曲阜市城区出租汽车经营服务管理办法》", "2023-06-12", "2023-06-14", "政策解读"),
        _row("曲阜市交通运输局2023年政府信息公开工作年度报告", "2024-01-17", "2024-01-19", "政府信息公开年报"),
        _row("曲阜市交通运输局2022年政府信息公开工作年度报告", "2023-01-16", "2023-01-18", "政府信息公开年报"),
        # Look-alikes: about an item, or something else with a shared word.
        _row("关于做好2023年部门预算编制工作的通知", "2022-12-26", "2022-12-28", "财政预决算"),
        _row("曲阜市交通运输局安全生产责任清单", "2023-03-01", "2023-03-03", "安全生产"),
        _row("曲阜市交通运输局2023年政务公开工作要点", "2023-03-15", "2023-03-17", "政务公开"),
        _row("曲阜市交通运输局优化营商环境工作情况", "2023-07-03", "2023-07-05", "工作动态"),
        _row("2023年春运工作动态", "2023-01-30", "2023-02-01", "工作动态"),
    ]
    # Each monthly report is written early the next month and titled with the month it reports on.
    for month in range(1, 13):
        filed = dt.date(2023 + month // 12, month % 12 + 1, 5)
        rows.append(_row(f"曲阜市重大交通建设项目推进情况（2023年{month}月）", filed.isoformat(),
                         (filed + dt.timedelta(days=2)).isoformat(), "重大建设项目"))
    rows.append(_row("曲阜市重大交通建设项目推进情况（2022年12月）", "2023-01-05", "2023-01-07", "重大建设项目"))
    for serial, row in enumerate(sorted(rows, key=lambda row: row["发布日期"]), start=1):
        row["索引号"] = f"{PREFIX}/{row['生成日期'][:4]}-{serial:05d}"
    return rows


def write_catalog(path: Path, rows: list[dict]) -> str:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    return str(path)


def run_qufu(tmp_path: Path, rows: list[dict], as_of: dt.date = dt.date(2024, 2, 29)):
    path = write_catalog(tmp_path / "曲阜市交通运输局-公开目录-2023.csv", rows)
    return run_check(CheckRequest(paths=[path], checklist="qufu-transport-2023", as_of=as_of))


def test_the_compliant_catalog_has_the_issues_title_forms():
    rows = compliant_rows()
    assert len(rows) >= 30
    titles = [row["信息名称"] for row in rows]
    assert "曲阜市重大交通建设项目推进情况（2023年5月）" in titles
    assert any("“三公”" in title for title in titles) and "曲阜市交通运输局行政权力事项清单" in titles


def test_the_compliant_catalog_passes_every_item_check_and_the_whole_plan(tmp_path):
    result = run_qufu(tmp_path, compliant_rows())
    statuses = {check.id: check.status for check in result.checks}
    assert {check_id: statuses[check_id] for check_id in QUFU_ITEM_CHECKS} == {check_id: "pass" for check_id in QUFU_ITEM_CHECKS}
    assert not [(f.check, f.row, f.message) for f in result.findings]
    assert {status for status in statuses.values()} <= {"pass", "manual", "n/a"}


def _evidence(result, check_id):
    check = next(check for check in result.checks if check.id == check_id)
    return ([(entry["row"], entry["title"], entry.get("why")) for entry in check.evidence],
            check.evidence_recognised, check.evidence_counted)


def test_the_evidence_of_each_verdict_row_by_row(tmp_path):
    result = run_qufu(tmp_path, compliant_rows())
    rows = {row["信息名称"]: number for number, row in enumerate(sorted(compliant_rows(), key=lambda r: r["发布日期"]), start=2)}
    # CSV rows in file order: the order compliant_rows() wrote them.
    order = {row["信息名称"]: number for number, row in enumerate(compliant_rows(), start=2)}
    assert rows.keys() == order.keys()
    entries, recognised, counted = _evidence(result, "T1.1")
    assert entries == [(order["曲阜市交通运输局行政权力事项清单"], "曲阜市交通运输局行政权力事项清单", None),
                       (order["曲阜市交通运输局部门责任清单"], "曲阜市交通运输局部门责任清单", None)]  # filed under 权责清单
    assert (recognised, counted) == (2, 2)
    # The 安全生产责任清单 is not the 责任清单 of the plan.
    entries, _, _ = _evidence(result, "T1.2")
    assert [title for _, title, _ in entries] == ["曲阜市交通运输局行政权力事项清单", "曲阜市交通运输局部门责任清单"]
    # The notice about preparing the budget is not the budget.
    assert _evidence(result, "T2.1")[0] == [(order["2023年曲阜市交通运输局部门预算"], "2023年曲阜市交通运输局部门预算", None)]
    assert _evidence(result, "T2.3")[0] == [(order["曲阜市交通运输局二〇二二年度部门决算"], "曲阜市交通运输局二〇二二年度部门决算", None)]
    # Cadence: twelve months counted, last year's December report set aside with its reason.
    entries, recognised, counted = _evidence(result, "T3.1")
    assert (recognised, counted) == (13, 12)
    assert entries[-1] == (order["曲阜市重大交通建设项目推进情况（2022年12月）"], "曲阜市重大交通建设项目推进情况（2022年12月）",
                           "标题写明为2022年，本项要求2023年的")
    # Pairing: the two policy documents are its evidence, their interpretations are not.
    assert [title for _, title, _ in _evidence(result, "T4.1")[0]] == [
        "曲阜市交通运输局关于印发《曲阜市农村公路养护管理办法》的通知",
        "曲阜市交通运输局关于印发《曲阜市城区出租汽车经营服务管理办法》的通知"]
    # Deadline: this year's report counted, last year's set aside (wrong year, before the period).
    entries, recognised, counted = _evidence(result, "T7.1")
    assert entries == [(order["曲阜市交通运输局2023年政府信息公开工作年度报告"], "曲阜市交通运输局2023年政府信息公开工作年度报告", None),
                       (order["曲阜市交通运输局2022年政府信息公开工作年度报告"], "曲阜市交通运输局2022年政府信息公开工作年度报告",
                        "标题写明为2022年，本项要求2023年的")]
    assert (recognised, counted) == (2, 1)
    data = json.loads(result.to_json())
    t71 = next(check for check in data["checks"] if check["id"] == "T7.1")
    assert t71["evidence"][1] == {"file": str(tmp_path / "曲阜市交通运输局-公开目录-2023.csv"), "sheet": None,
                                  "row": order["曲阜市交通运输局2022年政府信息公开工作年度报告"],
                                  "title": "曲阜市交通运输局2022年政府信息公开工作年度报告",
                                  "counted": False, "why": "标题写明为2022年，本项要求2023年的"}
    assert (t71["evidence_recognised"], t71["evidence_counted"]) == (2, 1)
    # Checks of other rules carry no evidence.
    assert "evidence" not in next(check for check in data["checks"] if check["id"] == "B.docno")


def test_a_header_only_catalog_passes_no_item_check(tmp_path):
    result = run_qufu(tmp_path, [])
    statuses = {check.id: check.status for check in result.checks if check.id in QUFU_ITEM_CHECKS}
    assert "pass" not in statuses.values(), statuses
    assert statuses == {"T1.1": "fail", "T1.2": "fail", "T2.1": "fail", "T2.2": "fail", "T2.3": "fail",
                        "T3.1": "fail", "T3.2": "fail", "T4.1": "n/a", "T7.1": "fail"}
    t41 = next(check for check in result.checks if check.id == "T4.1")
    assert t41.note == "检查期内没有找到需要配套的信息（政策文件）"
    assert len([f for f in result.findings if f.check == "T3.1"]) == 12


@pytest.mark.parametrize("as_of, status, message", [
    (dt.date(2024, 1, 31), "fail",
     "今天（2024-01-31）是公开期限，尚未找到（本年度政府信息公开工作年度报告）（另有 1 条因年度或日期不符未计入）"),
    (dt.date(2024, 2, 1), "fail", "应在 2024-01-31 前公开（本年度政府信息公开工作年度报告），未找到（另有 1 条因年度或日期不符未计入）"),
    (dt.date(2024, 1, 30), "n/a", None),
])
def test_the_annual_report_deadline_day(tmp_path, as_of, status, message):
    rows = [row for row in compliant_rows() if row["信息名称"] != "曲阜市交通运输局2023年政府信息公开工作年度报告"]
    result = run_qufu(tmp_path, rows, as_of)
    check = next(check for check in result.checks if check.id == "T7.1")
    assert check.status == status
    assert [f.message for f in result.findings if f.check == "T7.1"] == ([message] if message else [])
    if status == "n/a":
        assert check.note == "期限未到（2024-01-31 前公开本年度政府信息公开工作年度报告），目前尚未找到"
