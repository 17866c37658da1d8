"""Annual report: counting table 3 from a ledger, the sum checks, the figures YAML."""
from __future__ import annotations

import datetime as dt
import textwrap

import pytest

from govopen_cli.annual_report import checks
from govopen_cli.annual_report.build import build_report, catalog_summary
from govopen_cli.annual_report.figures import Figures, load_figures
from govopen_cli.annual_report.model import (
    SECTION_TITLES, T3_COLUMN_KEYS, T3_OUTCOME_KEYS, TABLE3_ROWS, Table2, Table3, Table4,
)
from govopen_cli.errors import InputError
from tests.helpers import make_dataset


def ledger(rows):
    dataset = make_dataset(rows, header_row=2, columns=["申请编号", "收到日期", "申请人类型", "答复日期", "答复结果"])
    dataset.kind, dataset.path, dataset.sheet = "applications", "台账.xlsx", "台账"
    return dataset


def app(number, received, applicant, replied="", outcome="", **extra):
    return {"申请编号": number, "收到日期": received, "申请人类型": applicant, "答复日期": replied, "答复结果": outcome,
            **extra}


ROWS = [
    app("P1", "2022-12-20", "自然人", "2023-01-10", "予以公开"),  # 二 → （一）
    app("P2", "2022-12-28", "企业", "", ""),  # 二 → 四 (still pending)
    app("P0", "2022-11-01", "自然人", "2022-11-20", "予以公开"),  # last year's business
    app("A1", "2023-01-05", "自然人", "2023-01-20", "予以公开"),
    app("A2", "2023-02-01", "自然人", "2023-02-20", "区分处理"),
    app("A3", "2023-03-01", "律师事务所", "2023-03-20", "不予公开（涉及个人隐私）"),
    app("A4", "2023-04-03", "科研机构", "2023-04-20", "信息不存在"),
    app("A5", "2023-05-04", "社会公益组织", "2023-05-20", "重复申请"),
    app("A6", "2023-06-01", "法人或其他组织（其他）", "2023-06-20", "逾期不补正"),
    app("A7", "2023-12-20", "自然人", "2024-01-10", "予以公开"),  # 一 → 四 (replied next year)
    app("A8", "2023-12-28", "自然人", "", ""),  # 一 → 四
    app("N1", "2024-01-03", "自然人", "", ""),  # next year's
]


def expected_cells():
    """Counted by hand from ROWS."""
    cells = {row.key: {column: 0 for column in T3_COLUMN_KEYS} for row in TABLE3_ROWS}

    def put(key, column):
        cells[key][column] += 1
        cells[key]["total"] += 1

    for key, column in [("2", "natural"), ("3.1", "natural"), ("2", "business"), ("4", "business"),
                        ("1", "natural"), ("3.1", "natural"), ("1", "natural"), ("3.2", "natural"),
                        ("1", "legal"), ("3.3.4", "legal"), ("1", "research"), ("3.4.1", "research"),
                        ("1", "public"), ("3.5.2", "public"), ("1", "other"), ("3.6.1", "other"),
                        ("1", "natural"), ("4", "natural"), ("1", "natural"), ("4", "natural")]:
        put(key, column)
    for column in T3_COLUMN_KEYS:
        cells["3.7"][column] = sum(cells[key][column] for key in T3_OUTCOME_KEYS)
    return cells


def test_table3_from_a_ledger_equals_the_hand_count():
    report = build_report(2023, applications=[ledger(ROWS)], date=dt.date(2024, 1, 20))
    assert report.table3.cells == expected_cells()
    assert report.table3.row("1") == {"natural": 4, "business": 0, "research": 1, "public": 1, "legal": 1,
                                      "other": 1, "total": 8}
    assert report.table3.get("3.7", "total") == 7 and report.table3.get("4", "total") == 3
    assert [entry.number for entry in report.entries] == ["P1", "P2", "A1", "A2", "A3", "A4", "A5", "A6", "A7", "A8"]
    entry = report.entries[-1]
    assert (entry.row, entry.intake, entry.row_key, entry.column) == (13, "1", "4", "natural")


def test_correction_date_stands_in_for_an_empty_receipt_date():
    rows = [app("A1", "", "自然人", "2023-03-20", "予以公开", 补正日期="2023-03-01")]
    report = build_report(2023, applications=[ledger(rows)])
    assert report.table3.get("1", "natural") == 1


def test_overdue_rows_and_the_drafted_sentences():
    rows = [app("A1", "2023-09-25", "自然人", "2023-10-30", "予以公开"),  # late (deadline 10-27)
            app("A2", "2023-12-01", "自然人", "", "")]  # deadline 12-29 passed by year end
    report = build_report(2023, applications=[ledger(rows)], date=dt.date(2024, 1, 20))
    assert [(e.number, e.overdue, e.deadline) for e in report.entries] == [
        ("A1", True, dt.date(2023, 10, 27)), ("A2", True, dt.date(2023, 12, 29))]
    text = "".join(p.text for p in report.sections[SECTION_TITLES[0]])
    assert "全年新收政府信息公开申请2件，上年结转0件；本年度办结1件，其中予以公开1件；结转下年度继续办理1件。" in text
    assert "本年度办结的申请中有1件超过法定期限答复。截至年底，结转的申请中有1件已超过答复期限。" in text
    problems = "".join(p.text for p in report.sections[SECTION_TITLES[4]])
    assert "一是依申请公开答复时效有待提高，本年度有1件申请超过法定期限答复；二是截至年底有1件申请超过答复期限仍未办结" in problems


@pytest.mark.parametrize("row, message", [
    (app("A1", "2023-03-01", "自然人", "2023-03-10", "已办结"), "台账.xlsx › 台账 第 3 行：答复结果“已办结”无法归入年度报告表三的办理结果"),
    (app("A1", "2023-03-01", "自然人", "2023-03-10", "不予公开"), "答复结果“不予公开”须写明不予公开的具体情形"),
    (app("A1", "2023-03-01", "自然人", "2023-03-10", ""), "已于 2023-03-10 答复，但答复结果为空"),
    (app("A1", "2023-03-01", "法人或其他组织", "2023-03-10", "予以公开"), "申请人类型“法人或其他组织”无法归入表三的列"),
    (app("A1", "2023-03-01", "", "2023-03-10", "予以公开"), "申请人类型为空，无法计入表三"),
    (app("A1", "2023-02-30", "自然人", "2023-03-10", "予以公开"), "收到日期“2023-02-30”不是有效日期"),
    (app("A1", "", "自然人", "2023-03-10", "予以公开"), "收到日期为空"),
    (app("A1", "2023-03-01", "自然人", "三月", "予以公开"), "答复日期“三月”不是有效日期"),
    (app("A1", "2023-03-01", "自然人", "", "予以公开"), "有答复结果“予以公开”但答复日期为空"),
])
def test_rows_that_cannot_be_placed_stop_the_build(row, message):
    with pytest.raises(InputError, match="依申请公开台账中有无法计入年度报告的行，未生成报告") as error:
        build_report(2023, applications=[ledger([row])])
    assert message in error.value.message


def test_unknown_wordings_outside_the_year_do_not_matter():
    rows = [app("P0", "2022-05-01", "张三", "2022-05-10", "已办结"), app("A1", "2023-03-01", "自然人", "2023-03-02", "予以公开")]
    assert build_report(2023, applications=[ledger(rows)]).table3.get("1", "total") == 1


def test_ledger_without_needed_columns():
    dataset = make_dataset([{"申请编号": "A1", "收到日期": "2023-01-01"}])
    dataset.kind = "applications"
    with pytest.raises(InputError, match="依申请公开台账缺少“申请人类型、答复日期、答复结果”列"):
        build_report(2023, applications=[dataset])


# --- sum checks -------------------------------------------------------------------------------------


def full(cells):
    """A table-3 as figures give it: rows by key, only the cells named."""
    return Table3(cells={key: dict(value) for key, value in cells.items()})


def test_total_column_must_add_up():
    table = full({"1": {"natural": 3, "business": 1, "total": 5}})
    assert checks.complete_table3(table) == [
        "表三“一、本年新收政府信息公开申请数量”行“总计”列：应等于各类申请人之和 4，实际为 5"]


def test_total_row_seven_must_add_up():
    table = full({"3.1": {"natural": 2}, "3.3.4": {"natural": 1}, "3.7": {"natural": 4}})
    assert checks.complete_table3(table) == ["表三“（七）总计”行“自然人”列：应等于（一）至（六）各项之和 3，实际为 4"]


def test_totals_not_given_are_computed():
    table = full({"1": {"natural": 3}, "3.1": {"natural": 2}, "3.4.1": {"legal": 1}})
    assert checks.complete_table3(table) == []
    assert table.get("3.7", "natural") == 2 and table.get("3.7", "total") == 3 and table.get("1", "total") == 3


def test_new_plus_carried_equals_done_plus_left_per_column():
    table = full({"1": {"natural": 3, "business": 1}, "2": {"natural": 1}, "3.1": {"natural": 3, "business": 1},
                  "4": {"natural": 0}})
    checks.complete_table3(table)
    assert checks.check_table3(table) == [
        "表三“自然人”列：一、本年新收（3）加二、上年结转（1）为 4，不等于三、（七）总计（3）加四、结转下年度继续办理（0）的 3",
        "表三“总计”列：一、本年新收（4）加二、上年结转（1）为 5，不等于三、（七）总计（4）加四、结转下年度继续办理（0）的 4",
    ]


def test_carried_over_must_equal_last_years_left():
    table = full({"2": {"natural": 2}, "3.1": {"natural": 2}})
    checks.complete_table3(table)
    assert checks.check_table3(table, {"natural": 2}) == []
    assert checks.check_table3(table, {"natural": 1, "business": 1}) == [
        "表三“二、上年结转政府信息公开申请数量”行“自然人”列：本年上年结转 2 件，不等于上年报告的四、结转下年度继续办理 1 件",
        "表三“二、上年结转政府信息公开申请数量”行“商业企业”列：本年上年结转 0 件，不等于上年报告的四、结转下年度继续办理 1 件",
    ]
    assert checks.check_table3(table, {"total": 3}) == [
        "表三“二、上年结转政府信息公开申请数量”行“总计”列：本年上年结转 2 件，不等于上年报告的四、结转下年度继续办理 3 件"]


def test_table4_group_totals():
    table = Table4(values={("行政复议", "结果维持"): 5, ("行政复议", "尚未审结"): 2, ("行政复议", "总计"): 8,
                           ("未经复议直接起诉", "结果维持"): 1}, given=True)
    assert checks.complete_table4(table) == [
        "表四“行政复议”组“总计”列：应等于结果维持、结果纠正、其他结果、尚未审结之和 7，实际为 8"]
    assert table.get("未经复议直接起诉", "总计") == 1 and table.get("复议后起诉", "总计") == 0


def test_table2_in_force_across_years():
    table = Table2(values={("行政规范性文件", "本年制发件数"): 2, ("行政规范性文件", "本年废止件数"): 1,
                           ("行政规范性文件", "现行有效件数"): 10})
    assert checks.check_table2(table, {"行政规范性文件": 9}) == []
    assert checks.check_table2(table, {"行政规范性文件": 8}) == [
        "表二“行政规范性文件”行“现行有效件数”列：应等于上年现行有效 8 加本年制发 2 减本年废止 1，即 9，实际为 10"]


def test_a_failed_sum_stops_the_build_naming_the_cell():
    figures = Figures(table3={"1": {"natural": 2}, "3.1": {"natural": 1}}, last_year_carry_over=None)
    with pytest.raises(InputError) as error:
        build_report(2023, figures=figures)
    assert error.value.message.startswith("年度报告的表格数字不一致，未生成报告：\n- 表三“自然人”列：一、本年新收（2）")


def test_carried_from_figures_must_match_the_ledger():
    figures = Figures(carried={"natural": 2, "business": 1})
    with pytest.raises(InputError, match="“上年结转”与台账不一致：台账中上年收到、本年初尚未办结的申请为 自然人1件、商业企业1件；补充数据为 自然人2件、商业企业1件"):
        build_report(2023, applications=[ledger(ROWS)], figures=figures)
    agrees = Figures(carried={"natural": 1, "business": 1}, last_year_carry_over={"natural": 1, "business": 1})
    assert build_report(2023, applications=[ledger(ROWS)], figures=agrees).table3.get("2", "total") == 2


def test_carried_from_figures_without_ledger_rows_fails_with_a_hint():
    rows = [row for row in ROWS if not row["申请编号"].startswith("P")]
    with pytest.raises(InputError) as error:
        build_report(2023, applications=[ledger(rows)], figures=Figures(carried={"natural": 1}))
    assert "表三“自然人”列：一、本年新收（4）加二、上年结转（1）为 5，不等于三、（七）总计（2）加四、结转下年度继续办理（2）的 4" in error.value.message
    assert "上年结转的申请须列入台账" in error.value.message


def test_last_year_carry_over_checked_against_the_ledger():
    with pytest.raises(InputError, match="本年上年结转 1 件，不等于上年报告的四、结转下年度继续办理 2 件"):
        build_report(2023, applications=[ledger(ROWS)], figures=Figures(last_year_carry_over={"natural": 2, "business": 1}))


def test_figures_year_must_match():
    with pytest.raises(InputError, match="年度 2022 与 --year 2023 不一致"):
        build_report(2023, figures=Figures(path="f.yaml", year=2022))


# --- figures YAML -----------------------------------------------------------------------------------


def write(tmp_path, text):
    path = tmp_path / "figures.yaml"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return str(path)


def test_figures_load(tmp_path):
    figures = load_figures(write(tmp_path, """\
        单位: 曲阜市交通运输局
        年度: 2023
        成文日期: 2024-01-20
        主动公开:
          规章: {本年制发件数: 0, 本年废止件数: 0, 现行有效件数: 0}
          行政规范性文件: {本年制发件数: 2, 本年废止件数: 1, 现行有效件数: 9}
          行政许可: 1260
          行政处罚: {本年处理决定数量: 87}
          行政事业性收费: 1.5
        上年结转: {自然人: 1, 法人或其他组织-商业企业: 1}
        上年报告结转下年度: 2
        复议诉讼:
          行政复议: {结果维持: 1, 总计: 1}
        信息处理费: 200
        存在的主要问题: [答复时效有待提高]
        """))
    assert (figures.agency, figures.year, figures.date) == ("曲阜市交通运输局", 2023, dt.date(2024, 1, 20))
    assert figures.table2[("行政规范性文件", "现行有效件数")] == 9
    assert figures.table2[("行政许可", "本年处理决定数量")] == 1260
    assert figures.table2[("行政处罚", "本年处理决定数量")] == 87
    assert figures.table2[("行政事业性收费", "本年收费金额（单位：万元）")] == 1.5
    assert figures.carried == {"natural": 1, "business": 1}
    assert figures.last_year_carry_over == {"total": 2}
    assert figures.table4 == {("行政复议", "结果维持"): 1, ("行政复议", "总计"): 1}
    assert figures.fees_yuan == 200 and figures.problems == ["答复时效有待提高"]


def test_figures_errors_name_the_line(tmp_path):
    path = write(tmp_path, """\
        单位: 某局
        年份: 2023
        主动公开:
          规章: {本年制发件数: -1}
          行政许可: 十二
          地方性法规: 3
        上年结转: {个体户们: 1}
        复议诉讼:
          行政复议: {结果维持: 1.5}
        依申请公开:
          本年受理数: {自然人: 1}
        """)
    with pytest.raises(InputError) as error:
        load_figures(path)
    lines = error.value.message.splitlines()
    assert lines[0] == "年度报告补充数据有错误："
    assert lines[1].startswith(f"{path} 第 2 行：未知的键“年份”（可用：单位（")
    assert f"{path} 第 4 行：主动公开“规章”“本年制发件数”不能为负数（-1）" in lines
    assert f"{path} 第 5 行：主动公开“行政许可”应为非负整数，实际为“十二”" in lines
    assert any(line.startswith(f"{path} 第 6 行：主动公开：“地方性法规”不是表二的行") for line in lines)
    assert any(line.startswith(f"{path} 第 7 行：上年结转：“个体户们”不是表三的列") for line in lines)
    assert f"{path} 第 9 行：复议诉讼“行政复议”“结果维持”应为非负整数，实际为“1.5”" in lines
    assert any(line.startswith(f"{path} 第 11 行：依申请公开：“本年受理数”不是表三的行") for line in lines)


def test_figures_syntax_error_and_missing_file(tmp_path):
    with pytest.raises(InputError, match="第 3 行：YAML 语法错误"):
        load_figures(write(tmp_path, "单位: 某局\n主动公开: [\n"))
    with pytest.raises(InputError, match="文件不存在"):
        load_figures(str(tmp_path / "none.yaml"))


def test_table3_from_figures_by_label(tmp_path):
    figures = load_figures(write(tmp_path, """\
        依申请公开:
          一、本年新收政府信息公开申请数量: {自然人: 3, 商业企业: 1}
          （一）予以公开: {自然人: 2}
          1.本机关不掌握相关政府信息: {商业企业: 1}
          （五）不予处理 2.重复申请: {自然人: 1}
          （七）总计: {自然人: 3, 商业企业: 1, 总计: 4}
          四、结转下年度继续办理: {}
        """))
    report = build_report(2023, figures=figures)
    assert report.table3.get("3.4.1", "business") == 1 and report.table3.get("3.5.2", "natural") == 1
    assert report.table3.get("3.7", "total") == 4


def test_ledger_and_table3_figures_are_exclusive():
    with pytest.raises(InputError, match="表三由台账统计"):
        build_report(2023, applications=[ledger(ROWS)], figures=Figures(path="f.yaml", table3={"1": {"natural": 1}}))


# --- catalog hints, table 4 from the ledger, fees ---------------------------------------------------------


def test_catalog_summary_and_hints():
    catalog = make_dataset([
        {"信息名称": "a", "发布日期": "2023-03-01", "体裁分类": "规范性文件", "有效性": "有效", "公开方式": "主动公开"},
        {"信息名称": "b", "发布日期": "2023-12-31 18:00", "体裁分类": "通知", "有效性": "", "公开方式": ""},
        {"信息名称": "c", "发布日期": "2022-03-01", "体裁分类": "规范性文件", "有效性": "有效", "公开方式": "主动公开"},
        {"信息名称": "d", "发布日期": "2023-05-01", "体裁分类": "规范性文件", "有效性": "废止", "公开方式": "依申请公开"},
    ])
    summary = catalog_summary([catalog], 2023)
    assert summary["published"] == 2 and summary["normative_issued"] == 1 and summary["normative_in_force"] == 2
    report = build_report(2023, catalogs=[catalog])
    assert report.table2.get("行政规范性文件", "本年制发件数") == 1
    assert ("行政规范性文件", "本年制发件数") in report.table2.hinted
    assert report.table2.get("规章", "本年制发件数") is None
    assert any("据公开目录统计为 1" in note for note in report.notes)


def test_table4_and_fees_from_the_ledger():
    rows = [app("A1", "2023-03-01", "自然人", "2023-03-10", "予以公开", 行政复议结果="维持", 行政诉讼结果="驳回诉讼请求", 收费金额="100元"),
            app("A2", "2023-03-01", "自然人", "2023-03-10", "予以公开", 行政复议结果="", 行政诉讼结果="审理中", 收费金额=""),
            app("A3", "2023-03-01", "自然人", "2023-03-10", "予以公开", 行政复议结果="撤销", 行政诉讼结果="", 收费金额="50")]
    report = build_report(2023, applications=[ledger(rows)])
    values = {key: value for key, value in report.table4.values.items() if value}
    assert values == {("行政复议", "结果维持"): 1, ("行政复议", "结果纠正"): 1, ("行政复议", "总计"): 2,
                      ("复议后起诉", "结果维持"): 1, ("复议后起诉", "总计"): 1,
                      ("未经复议直接起诉", "尚未审结"): 1, ("未经复议直接起诉", "总计"): 1}
    six = "".join(p.text for p in report.sections[SECTION_TITLES[5]])
    assert "本年度共收取信息处理费150元。" in six
    with pytest.raises(InputError, match="行政复议结果“不清楚”无法归入表四"):
        build_report(2023, applications=[ledger([app("A1", "2023-03-01", "自然人", "2023-03-10", "予以公开", 行政复议结果="不清楚")])])


def test_without_any_input_everything_is_marked():
    report = build_report(2023, date=dt.date(2024, 1, 20))
    assert report.table3.get("3.7", "total") == 0 and not report.table4.given
    assert report.agency == "【请填写机关名称】"
    assert report.table2.values == {}
    assert any("表二缺少以下数字" in note for note in report.notes)


# --- random ledgers against an independent count ----------------------------------------------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

APPLICANTS = [("自然人", "natural"), ("个人", "natural"), ("商业企业", "business"), ("某某有限公司", "business"),
              ("科研机构", "research"), ("社会公益组织", "public"), ("律师事务所", "legal"), ("法人或其他组织（其他）", "other")]
OUTCOMES = [("予以公开", "3.1"), ("部分公开", "3.2"), ("区分处理", "3.2"), ("不予公开-属于国家秘密", "3.3.1"),
            ("（三）不予公开 6.属于四类过程性信息", "3.3.6"), ("信息不存在", "3.4.1"), ("本机关不掌握", "3.4.1"),
            ("没有现成信息需要另行制作", "3.4.2"), ("重复申请", "3.5.2"), ("信访举报投诉类申请", "3.5.1"),
            ("逾期不补正", "3.6.1"), ("其他处理", "3.6.3")]
DATE_FORMS = ["%Y-%m-%d", "%Y/%m/%d", "%Y年%m月%d日", "%Y.%m.%d", "%Y-%m-%d 10:30"]

ledger_rows = st.lists(st.tuples(
    st.dates(dt.date(2022, 10, 1), dt.date(2024, 2, 28)), st.one_of(st.none(), st.integers(0, 80)),
    st.sampled_from(APPLICANTS), st.sampled_from(OUTCOMES), st.sampled_from(DATE_FORMS), st.sampled_from(["", "办理中"]),
), min_size=0, max_size=25)


@settings(max_examples=60, deadline=None)
@given(ledger_rows)
def test_table3_of_any_ledger_equals_an_independent_count(rows):
    year, start, end = 2023, dt.date(2023, 1, 1), dt.date(2023, 12, 31)
    data, counts = [], {}
    for number, (received, offset, (applicant, column), (outcome, key), form, pending_word) in enumerate(rows):
        replied = received + dt.timedelta(days=offset) if offset is not None else None
        data.append(app(f"R{number}", received.strftime(form), applicant,
                        replied.strftime(form) if replied else "", outcome if replied else pending_word))
        new = start <= received <= end
        carried = received < start and (replied is None or replied >= start)
        if new or carried:
            for row_key in ("1" if new else "2", key if replied and replied <= end else "4"):
                counts[(row_key, column)] = counts.get((row_key, column), 0) + 1
    report = build_report(year, applications=[ledger(data)] if data else [])
    for row in TABLE3_ROWS:
        for column in T3_COLUMN_KEYS[:-1]:
            expected = (sum(counts.get((key, column), 0) for key in T3_OUTCOME_KEYS) if row.key == "3.7"
                        else counts.get((row.key, column), 0))
            assert report.table3.get(row.key, column) == expected, (row.key, column)
        assert report.table3.get(row.key, "total") == sum(report.table3.get(row.key, c) for c in T3_COLUMN_KEYS[:-1])


def test_pending_wordings_count_as_no_result():
    rows = [app("A1", "2023-12-20", "自然人", "", "办理中"), app("A2", "2023-12-20", "自然人", "", "待答复")]
    assert build_report(2023, applications=[ledger(rows)]).table3.get("4", "natural") == 2
    with pytest.raises(InputError, match="已于 2023-12-25 答复，但答复结果为“办理中”"):
        build_report(2023, applications=[ledger([app("A1", "2023-12-20", "自然人", "2023-12-25", "办理中")])])


def test_a_total_line_under_the_ledger_is_ignored():
    rows = [app("A1", "2023-03-01", "自然人", "2023-03-02", "予以公开"), app("合计：1件", "", "", "", "")]
    assert build_report(2023, applications=[ledger(rows)]).table3.get("1", "total") == 1
