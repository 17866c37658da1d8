"""Dataset rules (coverage, deadline, cadence, pairing) with exact expected findings."""
from __future__ import annotations

import datetime as dt
import textwrap

import pytest

from govopen_cli.checklist.load import load_checklist
from govopen_cli.engine import RunOptions, run_checklist
from govopen_cli.rules.cadence import windows
from tests.helpers import make_dataset


def run(tmp_path, checks_yaml: str, rows: list[dict], as_of=dt.date(2024, 1, 31), year=2023):
    path = tmp_path / "c.yaml"
    path.write_text(
        "id: t\ntitle: 测试\ntasks:\n  - id: T1\n    title: 任务\n    checks:\n"
        + textwrap.indent(textwrap.dedent(checks_yaml), "      "),
        encoding="utf-8",
    )
    checklist = load_checklist(str(path))
    options = RunOptions(as_of=as_of, period_start=dt.date(year, 1, 1), period_end=dt.date(year, 12, 31))
    return run_checklist(checklist, [make_dataset(rows)], options)


def messages(result):
    return [finding.message for finding in result.findings]


BUDGET = """\
- id: C1
  title: 公开部门预算
  rule: coverage
  where: {field: 信息名称, matches: 部门预算}
"""


def test_coverage_counts_only_items_inside_the_period(tmp_path):
    rows = [
        {"信息名称": "曲阜市交通运输局2022年部门预算", "发布日期": "2022-12-30"},
        {"信息名称": "关于公路养护的通知", "发布日期": "2023-03-01"},
    ]
    result = run(tmp_path, BUDGET, rows)
    assert result.checks[0].status == "fail"
    assert messages(result) == ["2023年应至少公开 1 条（信息名称匹配“部门预算”），实际找到 0 条（另有 1 条因年度或日期不符未计入）"]
    finding = result.findings[0]
    assert (finding.row, finding.cell, finding.value, finding.rule) == (None, None, None, "coverage")


def test_coverage_passes_with_traditional_and_full_width_titles(tmp_path):
    rows = [{"信息名称": "曲阜市交通運輸局２０２３年部門預算", "发布日期": "2023-02-10"}]
    assert run(tmp_path, BUDGET, rows).checks[0].status == "pass"


def test_coverage_min_and_explicit_period(tmp_path):
    checks = """\
- id: C1
  title: 上半年至少两条三公经费
  rule: coverage
  where: {field: 信息名称, contains: 三公经费}
  min: 2
  period: {start: 2023-01-01, end: 2023-06-30}
"""
    rows = [
        {"信息名称": "2023年“三公”经费预算", "发布日期": "2023-02-10"},
        {"信息名称": "2022年三公经费决算", "发布日期": "2023-07-01"},
    ]
    result = run(tmp_path, checks, rows)
    assert messages(result) == ["2023-01-01至2023-06-30应至少公开 2 条（信息名称包含“三公经费”），实际找到 1 条"
                                "（另有 1 条因年度或日期不符未计入）"]


DEADLINE_BY = """\
- id: D1
  title: 10月31日前公开决算
  rule: deadline
  where: {field: 信息名称, matches: 决算}
  by: 2023-10-31
"""


def test_deadline_by_on_time(tmp_path):
    rows = [{"信息名称": "2022年部门决算", "发布日期": "2023-10-31"}]
    assert run(tmp_path, DEADLINE_BY, rows).checks[0].status == "pass"


def test_deadline_by_late_names_the_earliest_item(tmp_path):
    rows = [
        {"信息名称": "2022年部门决算（更正）", "发布日期": "2023-12-01"},
        {"信息名称": "2022年部门决算", "发布日期": "2023-11-02"},
    ]
    result = run(tmp_path, DEADLINE_BY, rows)
    assert messages(result) == ["应在 2023-10-31 前公开（信息名称匹配“决算”），最早在 2023-11-02 才发布"]
    assert (result.findings[0].row, result.findings[0].cell) == (3, "B3")


def test_deadline_by_missing_and_not_yet_due(tmp_path):
    rows = [{"信息名称": "其他信息", "发布日期": "2023-05-01"}]
    assert messages(run(tmp_path, DEADLINE_BY, rows)) == ["应在 2023-10-31 前公开（信息名称匹配“决算”），未找到"]
    early = run(tmp_path, DEADLINE_BY, rows, as_of=dt.date(2023, 9, 1))
    assert (early.checks[0].status, early.checks[0].note) == ("n/a", "期限未到（2023-10-31 前公开信息名称匹配“决算”），目前尚未找到")
    due_today = run(tmp_path, DEADLINE_BY, rows, as_of=dt.date(2023, 10, 31))
    assert due_today.checks[0].status == "fail"
    assert messages(due_today) == ["今天（2023-10-31）是公开期限，尚未找到（信息名称匹配“决算”）"]


def test_deadline_after_working_days_spans_national_day(tmp_path):
    checks = """\
- id: D2
  title: 批复后20个工作日内公开预算
  rule: deadline
  where: {field: 信息名称, matches: 预算}
  after: {field: 生成日期, days: 20, working: true}
"""
    # After 2023-09-27: Sep 28, the make-up days Oct 7-8, then Oct 9-31 -> the 20th is 2023-10-31.
    rows = [
        {"信息名称": "部门预算A", "生成日期": "2023-09-27", "发布日期": "2023-10-31"},
        {"信息名称": "部门预算B", "生成日期": "2023-09-27", "发布日期": "2023-11-01"},
        {"信息名称": "其他", "生成日期": "2023-01-01", "发布日期": "2023-12-27"},
    ]
    result = run(tmp_path, checks, rows)
    assert [(f.row, f.cell) for f in result.findings] == [(3, "C3")]
    assert "21 个工作日" in result.findings[0].message


def test_deadline_requires_by_or_after(tmp_path):
    from govopen_cli.errors import ChecklistError

    checks = "- id: D3\n  title: x\n  rule: deadline\n  where: {field: 信息名称, matches: 预算}\n"
    with pytest.raises(ChecklistError, match="by（截止日期）或 after"):
        run(tmp_path, checks, [{"信息名称": "x", "发布日期": "2023-01-01"}])


MONTHLY = """\
- id: M1
  title: 重大建设项目每月更新
  rule: cadence
  where: {field: 信息名称, matches: 重大建设项目}
  every: month
"""


def test_cadence_lists_each_missing_month_up_to_as_of(tmp_path):
    rows = [{"信息名称": f"重大建设项目进展（{m}月）", "发布日期": f"2023-{m:02d}-28"} for m in (1, 2, 4, 5)]
    result = run(tmp_path, MONTHLY, rows, as_of=dt.date(2023, 6, 15))
    # June has not ended on 2023-06-15, so only March is a gap.
    assert messages(result) == ["2023年3月没有发布（要求每月更新：信息名称匹配“重大建设项目”）"]


def test_cadence_month_edges_are_inclusive(tmp_path):
    rows = [{"信息名称": "重大建设项目", "发布日期": day} for day in
            ("2023-01-01", "2023-02-28", "2023-03-31 23:59", "2023-04-30")]
    result = run(tmp_path, MONTHLY, rows, as_of=dt.date(2023, 4, 30))
    assert result.checks[0].status == "pass"


def test_cadence_quarter_and_year_end(tmp_path):
    checks = MONTHLY.replace("every: month", "every: quarter")
    rows = [{"信息名称": "重大建设项目", "发布日期": "2023-12-31"}]
    result = run(tmp_path, checks, rows, as_of=dt.date(2024, 3, 1))
    assert messages(result) == [
        f"2023年第{q}季度没有发布（要求每季度更新：信息名称匹配“重大建设项目”）" for q in "一二三"
    ]


def test_windows_leap_year_february_and_weeks():
    months = windows(dt.date(2024, 1, 1), dt.date(2024, 3, 31), "month")
    assert months[1] == (dt.date(2024, 2, 1), dt.date(2024, 2, 29), "2024年2月")
    weeks = windows(dt.date(2024, 2, 26), dt.date(2024, 3, 10), "week")
    assert weeks[0][:2] == (dt.date(2024, 2, 26), dt.date(2024, 3, 3))
    assert weeks[0][2] == "2024年2月26日至3月3日"
    halves = windows(dt.date(2023, 1, 1), dt.date(2023, 12, 31), "half-year")
    assert [label for _, _, label in halves] == ["2023年上半年", "2023年下半年"]


def test_cadence_two_weeks_on_leap_day(tmp_path):
    checks = MONTHLY.replace("every: month", "every: 2weeks")
    rows = [{"信息名称": "重大建设项目", "发布日期": d} for d in ("2024-01-10", "2024-01-20", "2024-02-29")]
    result = run(tmp_path, checks, rows, as_of=dt.date(2024, 3, 10), year=2024)
    # windows: 1/1-1/14, 1/15-1/28, 1/29-2/11, 2/12-2/25, 2/26-3/10
    assert messages(result) == [
        "2024年1月29日至2月11日没有发布（要求每两周更新：信息名称匹配“重大建设项目”）",
        "2024年2月12日至2月25日没有发布（要求每两周更新：信息名称匹配“重大建设项目”）",
    ]


PAIRING = """\
- id: P1
  title: 政策文件同步解读
  rule: pairing
  where: {field: 体裁分类, equals: 政策文件}
  partner: {field: 信息名称, matches: 解读}
  within_days: 0
"""


def test_pairing_by_quoted_title_and_by_link(tmp_path):
    rows = [
        {"信息名称": "曲阜市公路养护管理办法", "体裁分类": "政策文件", "发布日期": "2023-03-01", "关联文件": ""},
        {"信息名称": "《曲阜市公路养护管理办法》政策解读", "体裁分类": "解读", "发布日期": "2023-03-01", "关联文件": ""},
        {"信息名称": "关于印发《曲阜市治超工作方案》的通知", "体裁分类": "政策文件", "发布日期": "2023-04-01", "关联文件": ""},
        {"信息名称": "政策解读：治超工作方案", "体裁分类": "解读", "发布日期": "2023-04-01",
         "关联文件": "关于印发《曲阜市治超工作方案》的通知"},
        {"信息名称": "曲阜市出租汽车管理规定", "体裁分类": "政策文件", "发布日期": "2023-05-01", "关联文件": ""},
        {"信息名称": "《曲阜市出租汽车管理规定》解读", "体裁分类": "解读", "发布日期": "2023-05-04", "关联文件": ""},
        {"信息名称": "曲阜市网约车管理细则", "体裁分类": "政策文件", "发布日期": "2023-06-01", "关联文件": ""},
    ]
    result = run(tmp_path, PAIRING, rows)
    assert [(f.row, f.cell) for f in result.findings] == [(6, "A6"), (8, "A8")]
    assert result.findings[0].message == "配套信息与“曲阜市出租汽车管理规定”（2023-05-01 发布）相隔 3 天，未在同日发布"
    assert result.findings[1].message.startswith("“曲阜市网约车管理细则”没有找到配套信息")


def test_pairing_link_in_primary_row_and_tolerance(tmp_path):
    checks = PAIRING.replace("within_days: 0", "within_days: 3")
    rows = [
        {"信息名称": "曲阜市出租汽车管理规定", "体裁分类": "政策文件", "发布日期": "2023-05-01",
         "关联文件": "一图读懂出租汽车新规（图片解读）"},
        {"信息名称": "一图读懂出租汽车新规（图片解读）", "体裁分类": "图解", "发布日期": "2023-05-04", "关联文件": ""},
    ]
    assert run(tmp_path, checks, rows).checks[0].status == "pass"


def test_dataset_rule_on_missing_date_column_is_error(tmp_path):
    result = run(tmp_path, BUDGET, [{"信息名称": "部门预算"}])
    assert result.checks[0].status == "error"
    assert "缺少字段：发布日期" in result.checks[0].note


def test_label_names_the_items_in_plain_words(tmp_path):
    checks = BUDGET + "  label: 本年度部门预算\n"
    result = run(tmp_path, checks, [{"信息名称": "其他", "发布日期": "2023-03-01"}])
    assert messages(result) == ["2023年应至少公开 1 条（本年度部门预算），实际找到 0 条"]
