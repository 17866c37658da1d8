"""application-deadline and application-category on the 依申请公开台账, with exact expectations.

Deadlines are checked against dates counted by hand on the official 2022–2024 calendars (National
Day 2023: 9月29日–10月6日 off, 10月7日、8日 worked; Spring Festival 2023: 1月21日–27日 off, 1月28日、
29日 worked) and, as a property, against an independent day-by-day count with chinesecalendar.
"""
from __future__ import annotations

import datetime as dt
import textwrap

import chinese_calendar
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govopen_cli.annual_report.categories import (
    applicant_column, case_result, outcome_choices, outcome_hint, outcome_key,
)
from govopen_cli.calendar import WorkCalendar
from govopen_cli.checklist.load import load_checklist
from govopen_cli.engine import RunOptions, run_checklist
from govopen_cli.errors import ChecklistError
from govopen_cli.rules import REGISTRY
from govopen_cli.rules.base import RuleContext
from tests.helpers import make_dataset

AS_OF = dt.date(2024, 1, 31)
CALENDAR = WorkCalendar()


def ledger(rows: list[dict], columns: list[str] | None = None):
    dataset = make_dataset(rows, header_row=3, columns=columns)
    dataset.kind = "applications"
    dataset.path, dataset.sheet = "台账.xlsx", "台账"
    return dataset


def hits(rows, rule="application-deadline", as_of=AS_OF, columns=None, **params):
    dataset = ledger(rows, columns)
    context = RuleContext(as_of=as_of, period_start=None, period_end=None, calendar=CALENDAR)
    found = REGISTRY[rule].func(context, dataset, REGISTRY[rule].with_defaults(params))
    return [(hit.index, hit.field, hit.message) for hit in found]


def app(received, replied="", **extra):
    row = {"申请编号": extra.pop("number", "A1"), "收到日期": received, "补正日期": "", "是否延期": "",
           "征求意见天数": "", "答复日期": replied}
    row.update(extra)
    return row


def reference_add(day: dt.date, count: int) -> dt.date:
    """Independent of govopen: the day on which `count` working days after `day` have elapsed."""
    while count > 0:
        day += dt.timedelta(days=1)
        if chinese_calendar.is_workday(day):
            count -= 1
    return day


# --- plain 20 working days, across holidays ---------------------------------------------------------


def test_national_day_span_last_day_is_on_time_and_the_next_is_late():
    # 2023-09-22 (Fri): 9/25-28 (4), 10/7-8 (6), 10/9-13 (11), 10/16-20 (16), 10/23-26 (20).
    assert hits([app("2023-09-22", "2023-10-26")]) == []
    found = hits([app("2023-09-22", "2023-10-27")])
    assert len(found) == 1
    index, field, message = found[0]
    assert (index, field) == (0, "答复日期")
    assert "答复期限 2023-10-26（20 个工作日）" in message and "2023-10-27 才答复" in message
    assert "未记录延期" in message


def test_spring_festival_span_ends_on_a_make_up_sunday():
    # 2022-12-26: the 20th working day is Sunday 2023-01-29, a 调休 working day.
    assert hits([app("2022-12-26", "2023-01-29")]) == []
    assert hits([app("2022-12-26", "2023-01-30")])[0][2].startswith("收到日期 2022-12-26，答复期限 2023-01-29")


def test_reply_on_the_weekend_after_a_friday_deadline_is_late():
    # 2023-09-25 -> deadline Friday 2023-10-27; Saturday 10-28 is after it.
    assert hits([app("2023-09-25", "2023-10-27")]) == []
    assert len(hits([app("2023-09-25", "2023-10-28")])) == 1


def test_same_day_reply_and_text_dates_are_fine():
    assert hits([app("2023年3月1日", "2023/3/1")]) == []


# --- extension --------------------------------------------------------------------------------------


@pytest.mark.parametrize("flag", ["是", "Y", "y", "已延期", "true", "延期", "√"])
def test_recorded_extension_allows_forty_working_days(flag):
    received = dt.date(2023, 4, 10)
    on_time = reference_add(received, 40)
    assert hits([app(received.isoformat(), on_time.isoformat(), 是否延期=flag)]) == []
    late = reference_add(received, 41)
    (index, field, message), = hits([app(received.isoformat(), late.isoformat(), 是否延期=flag)])
    assert f"已延期，答复期限 {on_time:%Y-%m-%d}（40 个工作日）" in message and "超过法定期限" in message


@pytest.mark.parametrize("flag", ["", "否", "N", "未延期", "无"])
def test_reply_after_twenty_days_without_a_recorded_extension_is_late(flag):
    received = dt.date(2023, 5, 8)
    reply = reference_add(received, 30)
    (index, field, message), = hits([app(received.isoformat(), reply.isoformat(), 是否延期=flag)])
    assert field == "答复日期" and "未记录延期" in message
    assert f"答复期限 {reference_add(received, 20):%Y-%m-%d}（20 个工作日）" in message


def test_unreadable_extension_flag_is_reported_and_counted_as_not_extended():
    received = dt.date(2023, 5, 8)
    found = hits([app(received.isoformat(), reference_add(received, 25).isoformat(), 是否延期="待定")])
    assert [field for _, field, _ in found] == ["是否延期", "答复日期"]
    assert found[0][2] == "是否延期“待定”无法识别（应为 是 或 否），按未延期计算"


def test_custom_limits():
    received = dt.date(2023, 5, 8)
    reply = reference_add(received, 16).isoformat()
    assert hits([app(received.isoformat(), reply)], days=15) != []
    assert hits([app(received.isoformat(), reply)], days=15, extension_days=15) != []  # not recorded
    assert hits([app(received.isoformat(), reply, 是否延期="是")], days=15, extension_days=15) == []


# --- 补正 -------------------------------------------------------------------------------------------


def test_clock_restarts_at_correction():
    # 22 working days after receipt, 18 after the corrected application arrived: on time.
    received, corrected = dt.date(2023, 4, 3), dt.date(2023, 4, 20)
    reply = reference_add(corrected, 18)
    assert (reply - received).days > 28
    assert hits([app(received.isoformat(), reply.isoformat(), 补正日期=corrected.isoformat())]) == []
    late = reference_add(corrected, 22)
    (_, field, message), = hits([app(received.isoformat(), late.isoformat(), 补正日期=corrected.isoformat())])
    assert message.startswith(f"收到补正日期 {corrected:%Y-%m-%d}，答复期限 {reference_add(corrected, 20):%Y-%m-%d}")


def test_correction_dates_out_of_order_are_reported():
    found = hits([app("2023-04-20", "2023-05-10", 补正日期="2023-04-03"),
                  app("2023-04-03", "2023-04-10", 补正日期="2023-04-20", number="A2")])
    assert (0, "补正日期", "补正日期 2023-04-03 早于收到日期 2023-04-20") in found
    assert (1, "答复日期", "答复日期 2023-04-10 早于收到补正日期 2023-04-20") in found
    assert len(found) == 2


# --- consultation days ------------------------------------------------------------------------------


@pytest.mark.parametrize("days, text", [(15, "15"), (10, "10个工作日"), (7, "7天"), (12, " 12 ")])
def test_consultation_days_are_added_as_working_days(days, text):
    received = dt.date(2023, 10, 9)
    assert hits([app(received.isoformat(), reference_add(received, 20 + days).isoformat(), 征求意见天数=text)]) == []
    (_, _, message), = hits([app(received.isoformat(), reference_add(received, 21 + days).isoformat(), 征求意见天数=text)])
    assert f"（20 个工作日，另加征求意见 {days} 个工作日）" in message


def test_consultation_and_extension_add_up():
    received = dt.date(2023, 3, 1)
    reply = reference_add(received, 55)
    assert hits([app(received.isoformat(), reply.isoformat(), 是否延期="是", 征求意见天数="15")]) == []


def test_unreadable_consultation_days_are_reported():
    found = hits([app("2023-03-01", "2023-03-10", 征求意见天数="约两周")])
    assert found == [(0, "征求意见天数", "征求意见天数“约两周”不是工作日天数（应为整数，如 15），按 0 计算")]


# --- pending, replies before receipt ---------------------------------------------------------------


def test_pending_past_the_deadline_as_of():
    rows = [
        app("2023-12-01", number="P1"),  # deadline 2023-12-29: overdue on 2024-01-31
        app("2023-12-20", number="P2", 是否延期="是"),  # 40 working days: not yet
        app("2024-01-15", number="P3"),  # not yet
        app("2023-12-01", "2023-12-28", number="P4"),  # replied in time
    ]
    found = hits(rows)
    assert found == [(0, "答复日期", "截至 2024-01-31 尚未答复，已超过答复期限 2023-12-29（收到日期 2023-12-01，20 个工作日）")]


def test_pending_on_the_deadline_day_is_not_yet_overdue():
    deadline = reference_add(dt.date(2023, 12, 1), 20)
    assert hits([app("2023-12-01")], as_of=deadline) == []
    assert len(hits([app("2023-12-01")], as_of=deadline + dt.timedelta(days=1))) == 1


def test_reply_before_receipt_is_one_finding_not_also_late():
    assert hits([app("2023-06-12", "2023-06-05")]) == [(0, "答复日期", "答复日期 2023-06-05 早于收到日期 2023-06-12")]


def test_unreadable_and_empty_dates_are_left_to_date_parse():
    assert hits([app("2023-13-01", "2023-03-01"), app("", "2023-03-01", number="A2"),
                 app("2023-03-01", "下周", number="A3")]) == []


def test_optional_columns_may_be_absent():
    rows = [{"收到日期": "2023-09-25", "答复日期": "2023-10-30"}]
    assert len(hits(rows)) == 1


@settings(max_examples=150, deadline=None)
@given(st.dates(dt.date(2022, 1, 1), dt.date(2024, 10, 31)), st.integers(0, 60), st.booleans(), st.integers(0, 20))
def test_late_exactly_when_the_independent_count_says_so(received, elapsed, extended, consult):
    reply = reference_add(received, elapsed)
    limit = 20 + (20 if extended else 0) + consult
    row = app(received.isoformat(), reply.isoformat(), 是否延期="是" if extended else "", 征求意见天数=str(consult))
    assert bool(hits([row])) == (elapsed > limit)


# --- in a checklist ----------------------------------------------------------------------------------


def run(tmp_path, datasets, checks_yaml):
    path = tmp_path / "c.yaml"
    path.write_text("id: t\ntitle: 测试\ntasks:\n  - id: T6\n    title: 依申请公开\n    checks:\n"
                    + textwrap.indent(textwrap.dedent(checks_yaml), "      "), encoding="utf-8")
    options = RunOptions(as_of=AS_OF, period_start=dt.date(2023, 1, 1), period_end=dt.date(2023, 12, 31))
    return run_checklist(load_checklist(str(path)), datasets, options)


CHECKS = """\
- id: T6.1
  title: 依申请公开按期答复
  rule: application-deadline
- id: T6.2
  title: 台账分类可计入年度报告
  rule: application-category
"""


def test_checks_are_not_applicable_without_a_ledger(tmp_path):
    catalog = make_dataset([{"信息名称": "x", "发布日期": "2023-01-01"}])
    result = run(tmp_path, [catalog], CHECKS)
    assert [(check.status, check.note) for check in result.checks] == [("n/a", "未提供依申请公开台账数据")] * 2


def test_findings_carry_the_excel_location_and_application_number(tmp_path):
    result = run(tmp_path, [ledger([app("2023-09-25", "2023-10-30", number="QF-9", 申请人类型="自然人", 答复结果="予以公开")])],
                 CHECKS)
    assert [check.status for check in result.checks] == ["fail", "pass"]
    finding, = result.findings
    assert (finding.row, finding.cell, finding.column, finding.item) == (4, "F4", "答复日期", "QF-9")


def test_missing_reply_column_is_an_error_not_a_pass(tmp_path):
    result = run(tmp_path, [ledger([{"收到日期": "2023-01-05", "申请人类型": "自然人"}])], CHECKS)
    assert result.checks[0].status == "error" and "答复日期" in result.checks[0].note


def test_bad_parameters_are_checklist_errors(tmp_path):
    with pytest.raises(ChecklistError, match="days 不能为负数"):
        run(tmp_path, [], "- id: X\n  title: x\n  rule: application-deadline\n  days: -1\n")
    with pytest.raises(ChecklistError, match="未知字段"):
        run(tmp_path, [], "- id: X\n  title: x\n  rule: application-category\n  fields: [信息名称]\n")


# --- categories ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, key", [
    ("予以公开", "3.1"), ("（一）予以公开", "3.1"), ("同意公开", "3.1"), ("已主动公开，告知获取途径", "3.1"),
    ("部分公开", "3.2"), ("区分处理", "3.2"), ("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "3.2"),
    ("部分公开（涉及商业秘密部分不予公开）", "3.2"),
    ("（三）不予公开 1.属于国家秘密", "3.3.1"), ("不予公开-属于国家秘密", "3.3.1"), ("涉密", "3.3.1"),
    ("2.其他法律行政法规禁止公开", "3.3.2"), ("危及“三安全一稳定”", "3.3.3"),
    ("不予公开（涉及个人隐私）", "3.3.4"), ("4.保护第三方合法权益", "3.3.4"), ("商业秘密", "3.3.4"),
    ("5.属于三类内部事务信息", "3.3.5"), ("不予公开（属于过程性信息）", "3.3.6"), ("属于行政执法案卷", "3.3.7"),
    ("8.属于行政查询事项", "3.3.8"),
    ("信息不存在", "3.4.1"), ("本机关不掌握", "3.4.1"), ("（四）无法提供 1.本机关不掌握相关政府信息", "3.4.1"),
    ("不属于本机关负责公开", "3.4.1"), ("政府信息不存在", "3.4.1"),
    ("没有现成信息需要另行制作", "3.4.2"), ("需要加工分析", "3.4.2"), ("补正后申请内容仍不明确", "3.4.3"),
    ("信访举报投诉类申请", "3.5.1"), ("重复申请", "3.5.2"), ("不予处理：重复申请", "3.5.2"),
    ("不予處理 重複申請", "3.5.2"), ("要求提供公开出版物", "3.5.3"), ("无正当理由大量反复申请", "3.5.4"),
    ("5.要求行政机关确认或重新出具已获取信息", "3.5.5"),
    ("逾期不补正", "3.6.1"), ("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "3.6.1"),
    ("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.6.2"),
    ("其他处理", "3.6.3"), ("（六）其他处理 3.其他", "3.6.3"),
])
def test_outcome_wordings_map_to_table_3_rows(text, key):
    assert outcome_key(text) == key


@pytest.mark.parametrize("text", ["不予公开", "（三）不予公开", "无法提供", "不予处理", "已办结", "", "待定"])
def test_ambiguous_or_unknown_outcomes_are_not_guessed(text):
    assert outcome_key(text) is None


def test_unknown_outcome_message_lists_the_allowed_values():
    found = hits([app("2023-03-01", "2023-03-05", 申请人类型="自然人", 答复结果="已办结"),
                  app("2023-03-01", "2023-03-05", 申请人类型="自然人", 答复结果="不予公开", number="A2")],
                 rule="application-category", fields=["申请人类型", "答复结果"])
    assert found[0][:2] == (0, "答复结果")
    assert found[0][2] == f"答复结果“已办结”无法归入年度报告表三的办理结果（可用：{outcome_choices()}）"
    assert "予以公开；部分公开；不予公开：1.属于国家秘密、" in found[0][2]
    assert found[1][2] == "答复结果“不予公开”" + outcome_hint("不予公开")
    assert "须写明不予公开的具体情形（1.属于国家秘密、2.其他法律行政法规禁止公开" in found[1][2]


@pytest.mark.parametrize("text, column", [
    ("自然人", "natural"), ("个人", "natural"), ("公民", "natural"),
    ("商业企业", "business"), ("企业", "business"), ("法人或其他组织-商业企业", "business"),
    ("某某物流有限公司", "business"), ("科研机构", "research"), ("高校", "research"),
    ("社会公益组织", "public"), ("基金会", "public"), ("法律服务机构", "legal"), ("律师事务所", "legal"),
    ("法人或其他组织（其他）", "other"), ("其他", "other"),
])
def test_applicant_types_map_to_table_3_columns(text, column):
    assert applicant_column(text) == column


@pytest.mark.parametrize("text", ["法人或其他组织", "申请人", "张三", ""])
def test_unknown_applicant_types(text):
    assert applicant_column(text) is None


def test_category_rule_reports_applicants_and_replies_without_result():
    rows = [
        app("2023-03-01", "2023-03-05", 申请人类型="法人或其他组织", 答复结果="予以公开"),
        app("2023-03-01", "2023-03-05", 申请人类型="", 答复结果="", number="A2"),
        app("2023-03-01", "", 申请人类型="自然人", 答复结果="", number="A3"),  # pending: no result yet is fine
        app("2023-03-01", "", 申请人类型="自然人", 答复结果="予以公开", number="A4"),
    ]
    found = hits(rows, rule="application-category", fields=["申请人类型", "答复结果"])
    assert found == [
        (1, "申请人类型", "申请人类型为空，无法计入年度报告表三"),
        (0, "申请人类型", "申请人类型“法人或其他组织”无法归入年度报告表三的列"
                          "（可用：自然人；法人或其他组织：商业企业、科研机构、社会公益组织、法律服务机构、其他）"),
        (1, "答复结果", "已答复（答复日期 2023-03-05）但答复结果为空，无法计入年度报告表三"),
        (3, "答复日期", "有答复结果“予以公开”但答复日期为空，无法确定是否在本年办结"),
    ]


@pytest.mark.parametrize("text, result", [
    ("维持", "结果维持"), ("驳回诉讼请求", "结果维持"), ("撤销", "结果纠正"), ("确认违法", "结果纠正"),
    ("责令重新答复", "结果纠正"), ("撤诉", "其他结果"), ("驳回起诉", "其他结果"), ("审理中", "尚未审结"),
    ("尚未审结", "尚未审结"), ("", ""), ("无", ""),
])
def test_case_results(text, result):
    assert case_result(text) == result


def test_unknown_case_result_is_reported():
    found = hits([app("2023-03-01", "2023-03-05", 行政复议结果="不清楚")], rule="application-category",
                 fields=["行政复议结果"])
    assert found[0][1] == "行政复议结果" and found[0][2].startswith("行政复议结果“不清楚”无法归入年度报告表四")
