"""The evidence of item checks (DESIGN §7): every recognised row with its Excel row and title; rows a
year, date or period test set aside with counted: false and a Chinese why; the 200 cap with full
totals; batch results merged; results saved without evidence still read. Titles are constructed."""
from __future__ import annotations

import csv
import datetime as dt
import json

import pytest

from govopen_cli.api import CheckRequest
from govopen_cli.api import check as run_check
from govopen_cli.result import Result
from tests.test_rules_dataset import run


def evidence(result, check_id="C1"):
    check = next(check for check in result.checks if check.id == check_id)
    entries = [(e["row"], e["title"]) + ((e["why"],) if e.get("counted") is False else ()) for e in check.evidence]
    return entries, check.evidence_recognised, check.evidence_counted


COVERAGE = """\
- id: C1
  title: 公开本年度部门预算
  rule: coverage
  item: {label: 本年度部门预算, terms: [部门预算]}
"""


def test_coverage_lists_counted_rows_then_those_set_aside_with_why(tmp_path):
    rows = [
        {"信息名称": "某局2023年部门预算", "发布日期": "2023-02-10"},  # row 2: counted
        {"信息名称": "某局2022年部门预算", "发布日期": "2023-01-05"},  # row 3: wrong year
        {"信息名称": "某局部门预算", "生成日期": "2022-12-20", "发布日期": "2022-12-30"},  # row 4: year from 生成日期
        {"信息名称": "某局2023年度部门预算（更正）", "发布日期": "2024-02-01"},  # row 5: outside the period
        {"信息名称": "某局二〇二三年部门预算", "发布日期": "待定"},  # row 6: date unreadable
        {"信息名称": "关于公路养护的通知", "发布日期": "2023-03-01"},  # not the item: not listed
    ]
    result = run(tmp_path, COVERAGE, rows)
    assert result.checks[0].status == "pass"
    assert evidence(result) == ([
        (2, "某局2023年部门预算"),
        (3, "某局2022年部门预算", "标题写明为2022年，本项要求2023年的"),
        (4, "某局部门预算", "标题未写年度，生成日期为2022年，本项要求2023年的"),
        (5, "某局2023年度部门预算（更正）", "发布日期 2024-02-01 不在检查期（2023年）内"),
        (6, "某局二〇二三年部门预算", "发布日期为空或无法识别，无法确认在检查期内"),
    ], 5, 1)


def test_cadence_evidence_by_the_month_a_title_names(tmp_path):
    checks = """\
- id: C1
  title: 每季度公开重点项目进展
  rule: cadence
  every: quarter
  item: {label: 重点项目进展情况, terms: [重点项目], all: [进展]}
"""
    rows = [
        {"信息名称": "重点项目进展情况（2023年3月）", "发布日期": "2023-04-06"},  # row 2: Q1 by its title
        {"信息名称": "重点项目进展情况", "发布日期": "2023-05-10"},  # row 3: Q2 by its date
        {"信息名称": "重点项目进展情况（2022年12月）", "发布日期": "2023-01-06"},  # row 4: last year's
        {"信息名称": "重点项目进展情况", "发布日期": ""},  # row 5: no month, no date
    ]
    result = run(tmp_path, checks, rows, as_of=dt.date(2023, 12, 31))
    assert [f.message for f in result.findings] == [
        "2023年第三季度没有发布（要求每季度更新：重点项目进展情况）",
        "2023年第四季度没有发布（要求每季度更新：重点项目进展情况）"]
    assert evidence(result) == ([
        (2, "重点项目进展情况（2023年3月）"),
        (3, "重点项目进展情况"),
        (4, "重点项目进展情况（2022年12月）", "标题写明为2022年，本项要求2023年的"),
        (5, "重点项目进展情况", "标题未写年度，也没有可识别的生成日期或发布日期，无法确认是2023年的"),
    ], 4, 2)


def test_cadence_with_no_window_ended_is_not_yet_due(tmp_path):
    checks = """\
- id: C1
  title: 每月公开
  rule: cadence
  every: month
  item: {label: 月报, terms: [月报]}
"""
    result = run(tmp_path, checks, [{"信息名称": "其他", "发布日期": "2023-01-10"}], as_of=dt.date(2023, 1, 20))
    assert (result.checks[0].status, result.checks[0].note) == ("n/a", "期限未到：检查期内还没有结束的月")


def test_pairing_evidence_is_the_primary_items(tmp_path):
    checks = """\
- id: C1
  title: 政策文件同步解读
  rule: pairing
  item: {label: 政策文件, terms: [印发《]}
  partner_item: {label: 解读材料, terms: [解读]}
"""
    rows = [
        {"信息名称": "关于印发《某市道路管理办法》的通知", "发布日期": "2023-03-10"},  # row 2
        {"信息名称": "《某市道路管理办法》解读", "发布日期": "2023-03-10"},  # row 3: partner, not evidence
        {"信息名称": "关于印发《某市停车管理办法》的通知", "发布日期": "2022-11-10"},  # row 4: outside the period
    ]
    result = run(tmp_path, checks, rows)
    assert result.checks[0].status == "pass"
    assert evidence(result) == ([
        (2, "关于印发《某市道路管理办法》的通知"),
        (4, "关于印发《某市停车管理办法》的通知", "发布日期 2022-11-10 不在检查期（2023年）内"),
    ], 2, 1)
    nothing = run(tmp_path, checks, rows[1:2])
    assert (nothing.checks[0].status, nothing.checks[0].note) == ("n/a", "检查期内没有找到需要配套的信息（政策文件）")


def test_relative_deadline_evidence_and_rows_without_dates(tmp_path):
    checks = """\
- id: C1
  title: 生成后20日内公开
  rule: deadline
  item: {label: 部门预算, terms: [部门预算]}
  after: {field: 生成日期, days: 20, working: false}
"""
    rows = [
        {"信息名称": "部门预算A", "生成日期": "2023-02-01", "发布日期": "2023-02-10"},  # row 2: on time
        {"信息名称": "部门预算B", "生成日期": "2023-02-01", "发布日期": "2023-03-10"},  # row 3: late
        {"信息名称": "部门预算C", "生成日期": "", "发布日期": "2023-03-10"},  # row 4: cannot tell
    ]
    result = run(tmp_path, checks, rows)
    assert [(f.row, f.message) for f in result.findings] == [(3, "生成日期 2023-02-01 后 37 天才发布，超过 20 天（部门预算）")]
    assert evidence(result) == ([(2, "部门预算A"), (3, "部门预算B"),
                                 (4, "部门预算C", "生成日期或发布日期为空或无法识别，无法计算公开用时")], 3, 2)
    none = run(tmp_path, checks, [{"信息名称": "其他", "生成日期": "2023-02-01", "发布日期": "2023-02-10"}])
    assert (none.checks[0].status, none.checks[0].note) == ("n/a", "未找到可计算公开时限的信息（部门预算）")


def test_a_check_without_item_keeps_its_where_and_counts_any_year(tmp_path):
    checks = """\
- id: C1
  title: 公开部门预算
  rule: coverage
  where: {field: 信息名称, contains: 部门预算}
"""
    result = run(tmp_path, checks, [{"信息名称": "某局2019年部门预算", "发布日期": "2023-02-10"}])
    assert result.checks[0].status == "pass"
    assert evidence(result) == ([(2, "某局2019年部门预算")], 1, 1)


def test_evidence_is_cut_at_200_entries_with_full_totals(tmp_path):
    rows = [{"信息名称": f"某局2023年部门预算第{n}册", "发布日期": "2023-02-10"} for n in range(230)]
    rows += [{"信息名称": "某局2022年部门预算", "发布日期": "2023-02-10"}] * 20
    result = run(tmp_path, COVERAGE, rows)
    entries, recognised, counted = evidence(result)
    assert len(entries) == 200 and entries[0] == (2, "某局2023年部门预算第0册") and entries[-1] == (201, "某局2023年部门预算第199册")
    assert (recognised, counted) == (250, 230)
    data = json.loads(result.to_json())
    assert (len(data["checks"][0]["evidence"]), data["checks"][0]["evidence_recognised"], data["checks"][0]["evidence_counted"]) \
        == (200, 250, 230)


def _csv(path, titles):
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["索引号", "信息名称", "内容概述", "发布机构", "生成日期", "发布日期"])
        for number, title in enumerate(titles, start=1):
            writer.writerow([f"A-{number}", title, "概述", "某局", "2023-02-08", "2023-02-10"])
    return path


def test_batch_results_merge_the_evidence_of_every_file(tmp_path):
    folder = tmp_path / "各单位"
    folder.mkdir()
    first = _csv(folder / "1-甲局.csv", ["甲局2023年部门预算", "甲局2022年部门预算"])
    second = _csv(folder / "2-乙局.csv", ["乙局2023年部门预算"] + [f"乙局2023年部门预算附表{n}" for n in range(199)])
    checklist = tmp_path / "c.yaml"
    checklist.write_text("id: t\ntitle: 测试\nperiod: {year: 2023}\nchecks:\n" + "\n".join(
        "  " + line for line in COVERAGE.splitlines()) + "\n", encoding="utf-8")
    result = run_check(CheckRequest(paths=[str(folder)], checklist=str(checklist), as_of=dt.date(2024, 1, 31)))
    check = result.checks[0]
    assert result.files is not None and check.status == "pass"
    assert (check.evidence_recognised, check.evidence_counted, len(check.evidence)) == (202, 201, 200)
    assert check.evidence[:3] == [
        {"file": str(first), "sheet": None, "row": 2, "title": "甲局2023年部门预算"},
        {"file": str(first), "sheet": None, "row": 3, "title": "甲局2022年部门预算", "counted": False,
         "why": "标题写明为2022年，本项要求2023年的"},
        {"file": str(second), "sheet": None, "row": 2, "title": "乙局2023年部门预算"}]


@pytest.mark.parametrize("strip", [True, False])
def test_a_result_saved_without_evidence_is_still_read(tmp_path, strip):
    result = run(tmp_path, COVERAGE, [{"信息名称": "某局2023年部门预算", "发布日期": "2023-02-10"}])
    data = json.loads(result.to_json())
    if strip:
        for check in data["checks"]:
            for key in ("evidence", "evidence_recognised", "evidence_counted"):
                check.pop(key, None)
    again = Result.from_dict(data)
    assert again.checks[0].status == "pass"
    assert again.checks[0].evidence == (None if strip else [{"file": "t.xlsx", "sheet": "目录", "row": 2, "title": "某局2023年部门预算"}])
    assert ("evidence" in json.loads(again.to_json())["checks"][0]) is not strip


def test_govopen_report_reads_a_result_without_evidence(cli, tmp_path):
    result = run(tmp_path, COVERAGE, [{"信息名称": "某局2023年部门预算", "发布日期": "2023-02-10"}])
    data = json.loads(result.to_json())
    for check in data["checks"]:
        for key in ("evidence", "evidence_recognised", "evidence_counted"):
            check.pop(key, None)
    saved = tmp_path / "旧结果.json"
    saved.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    outcome = cli("report", saved, "--docx", tmp_path / "报告.docx", "--xlsx", tmp_path / "报告.xlsx")
    assert outcome.code == 0, outcome.err
    assert (tmp_path / "报告.docx").stat().st_size > 0 and (tmp_path / "报告.xlsx").stat().st_size > 0


PROJECTS = """\
- id: C1
  title: 每年更新当年建设的重大交通项目基本情况
  rule: coverage
  item: {label: 当年重大交通项目基本情况, terms: [重大…项目, 重点…项目], all: [[基本情况, 计划, 清单, 名单]]}
- id: C2
  title: 公开权力清单
  rule: coverage
  item: {label: 权力清单, terms: [权力清单, 权责清单]}
"""


def test_an_overview_is_recognised_on_its_title_not_on_the_areas_its_summary_lists(tmp_path):
    # Catalog specifications ask 内容概述 to sum up a document's main content (e.g. 哈密地区政府信息公开目录编制规范,
    # http://www.fsou.net/html/text/lar/169870/16987024_2.html: “内容概述是对信息主要内容的说明”), so a work
    # plan's summary lists every area of the plan. The plan row is the shipped Qufu sample's (samples/make_samples.py).
    plan_summary = "明确权力清单、财政资金、重大建设项目、政策解读回应等八个方面的公开任务和责任单位。"
    rows = [
        {"信息名称": "曲阜市交通运输局2023年度政务公开工作实施方案", "内容概述": plan_summary, "发布日期": "2023-03-17"},  # row 2
        {"信息名称": "曲阜市交通运输局2023年工作要点", "内容概述": "推进重大交通项目建设，公布年度项目清单。",  # row 3, constructed
         "发布日期": "2023-02-20"},
        # row 4: not an overview, so its summary still counts (constructed)
        {"信息名称": "关于公布本局行政职权事项的公告", "内容概述": "公布本局权力清单及其法律依据。", "发布日期": "2023-04-01"},
    ]
    result = run(tmp_path, PROJECTS, rows)
    statuses = {check.id: check.status for check in result.checks}
    assert statuses == {"C1": "fail", "C2": "pass"}
    assert evidence(result, "C1") == ([], 0, 0)
    assert evidence(result, "C2") == ([(4, "关于公布本局行政职权事项的公告")], 1, 1)
    # A plan of the projects themselves is the item: found by its title.
    rows.append({"信息名称": "曲阜市2023年重大交通建设项目计划", "内容概述": "", "发布日期": "2023-02-10"})  # row 5, constructed
    assert evidence(run(tmp_path, PROJECTS, rows), "C1") == ([(5, "曲阜市2023年重大交通建设项目计划")], 1, 1)
