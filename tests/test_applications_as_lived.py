"""依申请公开 as agencies live it: withdrawn applications, the 补正 notice limit (条例第三十条), the
table-2 identity as a warning, and table-4 cases carried over from earlier years."""
from __future__ import annotations

import pytest

from govopen_cli.annual_report.build import build_report
from govopen_cli.annual_report.categories import outcome_basis, outcome_key
from govopen_cli.annual_report.figures import Figures
from tests.test_annual_report import app as report_app
from tests.test_annual_report import ledger as report_ledger
from tests.test_rules_applications import app, hits


@pytest.mark.parametrize("text", ["撤回申请", "申请人撤回", "申请人自主撤销", "申请人自主撤销申请", "自主撤销",
                                  "申请人主动撤回申请", "撤销政府信息公开申请", "（六）其他处理-申请人撤回申请"])
def test_withdrawn_applications_are_other_handling_with_the_clause(text):
    assert outcome_key(text) == "3.6.3"
    assert outcome_basis("3.6.3", text) == "申请人撤回申请，办理终止，按2021年格式计入（六）其他处理“3.其他”"


def test_withdrawal_does_not_capture_the_rows_it_resembles():
    assert outcome_key("逾期不补正") == "3.6.1"
    assert outcome_key("其他") == "3.6.3" and outcome_basis("3.6.3", "其他") == "2021年格式（六）其他处理“3.其他”"
    assert outcome_basis("3.3.4", "涉及个人隐私") == "条例第十五条"


def test_category_rule_accepts_withdrawals():
    rows = [app("2023-03-01", "2023-03-05", 申请人类型="自然人", 答复结果="申请人自主撤销"),
            app("2023-03-01", "2023-03-06", 申请人类型="自然人", 答复结果="撤回")]
    assert hits(rows, rule="application-category", fields=["申请人类型", "答复结果"]) == []


def test_withdrawals_are_counted_in_table3_and_the_ledger_sheet_names_the_clause():
    rows = [report_app("A1", "2023-03-01", "自然人", "2023-03-05", "申请人撤回申请"),
            report_app("A2", "2023-03-02", "自然人", "2023-03-20", "予以公开")]
    report = build_report(2023, applications=[report_ledger(rows)])
    assert report.table3.get("3.6.3", "natural") == 1 and report.table3.get("3.7", "natural") == 2
    assert [(e.number, e.row_key, e.basis) for e in report.entries] == [
        ("A1", "3.6.3", "申请人撤回申请，办理终止，按2021年格式计入（六）其他处理“3.其他”"),
        ("A2", "3.1", "条例第三十六条第（一）（二）项")]


# --- the 补正 notice: 7 working days (条例第三十条) ----------------------------------------------------


def test_correction_notice_within_seven_working_days():
    # Received Thursday 2023-09-21; 7 working days: 22, 25, 26, 27, 28 Sep, then 中秋·国庆 (29 Sep - 6 Oct)
    # off, Saturday 7 Oct (调休) and Sunday 8 Oct worked: the notice is due by 2023-10-08.
    rows = [app("2023-09-21", "2023-10-20", 补正告知日期="2023-10-08"),
            app("2023-09-21", "2023-10-20", 补正告知日期="2023-10-09"),
            app("2023-09-21", "2023-10-20", 补正告知日期="2023-09-20")]
    found = [(index, field, message) for index, field, message in hits(rows) if field == "补正告知日期"]
    assert found == [
        (2, "补正告知日期", "补正告知日期 2023-09-20 早于收到日期 2023-09-21"),
        (1, "补正告知日期", "收到日期 2023-09-21，补正告知应在 2023-10-08 前发出（7 个工作日），2023-10-09 才告知，"
                            "超过期限（条例第三十条：自收到申请之日起7个工作日内一次性告知）"),
    ]


def test_correction_notice_limit_is_a_parameter_and_absent_column_means_no_check():
    rows = [app("2023-03-01", "2023-03-20", 补正告知日期="2023-03-06")]  # 3 working days
    assert [h for h in hits(rows, correction_days=2) if h[1] == "补正告知日期"]
    assert not [h for h in hits(rows) if h[1] == "补正告知日期"]
    assert hits([app("2023-03-01", "2023-03-20")]) == []


def test_notice_header_aliases_are_not_the_corrected_application_date():
    from govopen_cli.io.fields import map_headers

    mapping = map_headers(["申请编号", "收到申请日期", "告知补正日期", "收到补正日期", "答复日期"], "applications")
    assert mapping.headers == {"申请编号": "申请编号", "收到日期": "收到申请日期", "补正告知日期": "告知补正日期",
                               "补正日期": "收到补正日期", "答复日期": "答复日期"}


# --- table 2: a warning, table 4: carried-over cases --------------------------------------------------


def test_table2_identity_is_a_warning_not_a_stop():
    figures = Figures(path="f.yaml", table2={("行政规范性文件", "本年制发件数"): 2, ("行政规范性文件", "本年废止件数"): 1,
                                             ("行政规范性文件", "现行有效件数"): 10},
                      in_force_last_year={"行政规范性文件": 8})
    report = build_report(2023, figures=figures)
    assert report.table2.get("行政规范性文件", "现行有效件数") == 10
    assert ("提示：表二“行政规范性文件”行“现行有效件数”列：应等于上年现行有效 8 加本年制发 2 减本年废止 1，即 9，"
            "实际为 10，请核对") in report.notes


def test_table4_counts_cases_carried_over_from_earlier_years():
    rows = [
        report_app("A1", "2023-03-01", "自然人", "2023-03-10", "予以公开", 行政复议结果="维持"),
        # Answered in 2022, review pending at the end of 2022, decided in 2023: this year's table 4.
        report_app("P1", "2022-10-01", "自然人", "2022-10-20", "不予公开（涉及个人隐私）", 行政复议结果="撤销",
                   行政复议结案日期="2023-04-15"),
        # Answered in 2022 and decided in 2022: last year's.
        report_app("P2", "2022-05-01", "自然人", "2022-05-20", "予以公开", 行政复议结果="维持", 行政复议结案日期="2022-09-01"),
        # Answered in 2022, still pending: counted as 尚未审结.
        report_app("P3", "2022-11-01", "自然人", "2022-11-20", "信息不存在", 行政复议结果="审理中"),
    ]
    report = build_report(2023, applications=[report_ledger(rows)])
    values = {key: value for key, value in report.table4.values.items() if value}
    assert values == {("行政复议", "结果维持"): 1, ("行政复议", "结果纠正"): 1, ("行政复议", "尚未审结"): 1,
                      ("行政复议", "总计"): 3}


def test_without_an_end_date_a_decided_earlier_case_is_left_out_with_a_note():
    rows = [report_app("P2", "2022-05-01", "自然人", "2022-05-20", "予以公开", 行政复议结果="维持"),
            report_app("P3", "2022-11-01", "自然人", "2022-11-20", "信息不存在", 行政复议结果="尚未审结")]
    report = build_report(2023, applications=[report_ledger(rows)])
    values = {key: value for key, value in report.table4.values.items() if value}
    assert values == {("行政复议", "尚未审结"): 1, ("行政复议", "总计"): 1}
    assert ("台账.xlsx › 台账 第 3 行：申请在2023年之前收到，行政复议结果为“维持”，没有结案日期，无法确定是否在本年审结，"
            "未计入表四（可增加“行政复议结案日期”列）") in report.notes
