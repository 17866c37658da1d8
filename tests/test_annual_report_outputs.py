"""The annual report written and read back: Word tables with their exact labels, the workbook, the
CLI on the samples (table 3 equals the hand count of the ledger), and failures that write nothing."""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import docx
import openpyxl
import pytest
from docx.oxml.ns import qn

from govopen_cli.annual_report.build import build_report
from govopen_cli.annual_report.model import (
    SECTION_TITLES, T3_CORNER, TABLE3_COLUMNS, TABLE3_ROWS, T4_RESULTS,
)
from govopen_cli.checklist.load import load_checklist
from govopen_cli.engine import RunOptions, run_checklist
from govopen_cli.io.read import ReadOptions, read_datasets
from govopen_cli.writers import annual_docx, annual_xlsx

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
sys.path.insert(0, str(SAMPLES))
import make_ledger_samples as samples  # noqa: E402

LEDGER = SAMPLES / samples.LEDGER_XLSX
FIGURES = SAMPLES / samples.FIGURES_YAML
CATALOG = SAMPLES / "曲阜市交通运输局-公开目录-2023.xlsx"
COLUMN_LABELS = [label for _, label in TABLE3_COLUMNS]
COLUMN_KEYS = [key for key, _ in TABLE3_COLUMNS]

# Table 3 as the 2021 format prints it: three label columns (merged cells repeat their text).
T3_LABELS = [
    ["一、本年新收政府信息公开申请数量"] * 3,
    ["二、上年结转政府信息公开申请数量"] * 3,
    ["三、本年度办理结果", "（一）予以公开", "（一）予以公开"],
    ["三、本年度办理结果", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"],
    ["三、本年度办理结果", "（三）不予公开", "1.属于国家秘密"],
    ["三、本年度办理结果", "（三）不予公开", "2.其他法律行政法规禁止公开"],
    ["三、本年度办理结果", "（三）不予公开", "3.危及“三安全一稳定”"],
    ["三、本年度办理结果", "（三）不予公开", "4.保护第三方合法权益"],
    ["三、本年度办理结果", "（三）不予公开", "5.属于三类内部事务信息"],
    ["三、本年度办理结果", "（三）不予公开", "6.属于四类过程性信息"],
    ["三、本年度办理结果", "（三）不予公开", "7.属于行政执法案卷"],
    ["三、本年度办理结果", "（三）不予公开", "8.属于行政查询事项"],
    ["三、本年度办理结果", "（四）无法提供", "1.本机关不掌握相关政府信息"],
    ["三、本年度办理结果", "（四）无法提供", "2.没有现成信息需要另行制作"],
    ["三、本年度办理结果", "（四）无法提供", "3.补正后申请内容仍不明确"],
    ["三、本年度办理结果", "（五）不予处理", "1.信访举报投诉类申请"],
    ["三、本年度办理结果", "（五）不予处理", "2.重复申请"],
    ["三、本年度办理结果", "（五）不予处理", "3.要求提供公开出版物"],
    ["三、本年度办理结果", "（五）不予处理", "4.无正当理由大量反复申请"],
    ["三、本年度办理结果", "（五）不予处理", "5.要求行政机关确认或重新出具已获取信息"],
    ["三、本年度办理结果", "（六）其他处理", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"],
    ["三、本年度办理结果", "（六）其他处理", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"],
    ["三、本年度办理结果", "（六）其他处理", "3.其他"],
    ["三、本年度办理结果", "（七）总计", "（七）总计"],
    ["四、结转下年度继续办理"] * 3,
]
T2_LABELS = [
    ["第二十条第（一）项"] * 4,
    ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
    ["规章"], ["行政规范性文件"],
    ["第二十条第（五）项"] * 4,
    ["信息内容"] + ["本年处理决定数量"] * 3,
    ["行政许可"],
    ["第二十条第（六）项"] * 4,
    ["信息内容"] + ["本年处理决定数量"] * 3,
    ["行政处罚"], ["行政强制"],
    ["第二十条第（八）项"] * 4,
    ["信息内容"] + ["本年收费金额（单位：万元）"] * 3,
    ["行政事业性收费"],
]
T4_HEADER = [
    ["行政复议"] * 5 + ["行政诉讼"] * 10,
    list(T4_RESULTS) + ["未经复议直接起诉"] * 5 + ["复议后起诉"] * 5,
    list(T4_RESULTS) * 3,
]


def texts(table):
    return [[cell.text for cell in row.cells] for row in table.rows]


@pytest.fixture(scope="module")
def sample_report(tmp_path_factory):
    """The CLI run on the samples: (exit code, docx path, xlsx path, stderr)."""
    from click.testing import CliRunner

    from govopen_cli.cli import cli

    folder = tmp_path_factory.mktemp("annual")
    out_docx, out_xlsx = folder / "年度报告.docx", folder / "年度报告.xlsx"
    result = CliRunner().invoke(cli, ["annual-report", "--year", "2023", "--applications", str(LEDGER),
                                      "--catalog", str(CATALOG), "--figures", str(FIGURES),
                                      "--docx", str(out_docx), "--xlsx", str(out_xlsx)])
    return result.exit_code, out_docx, out_xlsx, result.output


def test_cli_writes_both_files(sample_report):
    code, out_docx, out_xlsx, output = sample_report
    assert code == 0, output
    assert out_docx.exists() and out_xlsx.exists()
    assert "表三 本年新收 37 件，上年结转 2 件，办结 36 件，结转下年度 3 件；各表勾稽关系核对无误" in output


def test_docx_sections_in_order(sample_report):
    document = docx.Document(sample_report[1])
    paragraphs = [p.text for p in document.paragraphs]
    assert paragraphs[0] == "曲阜市交通运输局\n2023年政府信息公开工作年度报告"
    positions = [paragraphs.index(title) for title in SECTION_TITLES]
    assert positions == sorted(positions)
    body = document.element.body
    # Each table sits right after its section heading (二、三、四).
    for title, table_index in zip(SECTION_TITLES[1:4], range(3)):
        heading = next(p for p in document.paragraphs if p.text == title)
        following = heading._element.getnext()
        assert following is document.tables[table_index]._tbl
    assert len(document.tables) == 3 and body is not None


def test_docx_table3_exact_labels_and_the_hand_count(sample_report):
    table = docx.Document(sample_report[1]).tables[1]
    rows = texts(table)
    assert rows[0] == [T3_CORNER] * 3 + ["申请人情况"] * 7
    assert rows[1] == [T3_CORNER] * 3 + ["自然人"] + ["法人或其他组织"] * 5 + ["总计"]
    assert rows[2] == [T3_CORNER] * 3 + COLUMN_LABELS
    assert [row[:3] for row in rows[3:]] == T3_LABELS
    hand = samples.expected_table3(2023)
    for position, spec in enumerate(TABLE3_ROWS):
        numbers = [int(value) for value in rows[3 + position][3:]]
        if spec.key == "3.7":
            expected = {label: sum(hand.get(key, {}).get(label, 0) for key in hand if key.startswith("3."))
                        for label in COLUMN_LABELS[:-1]}
        else:
            expected = hand.get(spec.key, {})
        want = [expected.get(label, 0) for label in COLUMN_LABELS[:-1]]
        assert numbers == want + [sum(want)], spec.label


def test_docx_tables_2_and_4_exact_labels(sample_report):
    document = docx.Document(sample_report[1])
    table2 = texts(document.tables[0])
    assert [row[:len(labels)] for row, labels in zip(table2, T2_LABELS)] == T2_LABELS
    assert table2[3] == ["行政规范性文件", "2", "1", "9"]
    assert table2[6] == ["行政许可"] + ["1260"] * 3
    table4 = texts(document.tables[2])
    assert table4[:3] == [T4_HEADER[0], [*T4_HEADER[1][:5], *T4_HEADER[1][5:]], [*T4_RESULTS, *T4_RESULTS * 2]]
    assert table4[1][:5] == list(T4_RESULTS) and table4[2][:5] == list(T4_RESULTS)
    assert table4[3] == ["1", "1", "0", "0", "2", "0", "0", "0", "1", "1", "1", "0", "0", "0", "1"]


def test_docx_typesetting(sample_report):
    document = docx.Document(sample_report[1])
    section = document.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    assert [round(m.mm) for m in (section.top_margin, section.bottom_margin, section.left_margin, section.right_margin)] == [37, 35, 28, 26]
    runs = [run for p in document.paragraphs for run in p.runs if run.text]
    runs += [run for t in document.tables for row in t.rows for cell in row.cells for p in cell.paragraphs for run in p.runs if run.text]
    assert runs and all(run._r.rPr.rFonts.get(qn("w:eastAsia")) for run in runs)
    title = document.paragraphs[0].runs[0]
    assert title._r.rPr.rFonts.get(qn("w:eastAsia")) == "方正小标宋简体" and title.font.size.pt == 22
    footer_xml = section.footer._element.xml
    assert "PAGE" in footer_xml and "— " in footer_xml


def test_placeholders_are_highlighted(sample_report):
    document = docx.Document(sample_report[1])
    marked = [run for p in document.paragraphs for run in p.runs if run.text.startswith("【")]
    assert marked and all(run.font.highlight_color is not None for run in marked)


def test_xlsx_tables(sample_report):
    workbook = openpyxl.load_workbook(sample_report[2])
    assert workbook.sheetnames == ["表二 主动公开", "表三 依申请公开", "表四 复议诉讼", "台账归类", "说明"]
    sheet = workbook["表三 依申请公开"]
    assert sheet["A2"].value == T3_CORNER and sheet["D2"].value == "申请人情况"
    assert [sheet.cell(4, column).value for column in range(4, 11)] == [None, *COLUMN_LABELS[1:6], None]
    assert sheet["D3"].value == "自然人" and sheet["E3"].value == "法人或其他组织" and sheet["J3"].value == "总计"
    assert "A2:C4" in {str(r) for r in sheet.merged_cells.ranges}
    labels = []
    for row in range(5, 5 + len(TABLE3_ROWS)):
        labels.append([sheet.cell(row, c).value for c in range(1, 4)])
    assert labels[0][0] == "一、本年新收政府信息公开申请数量" and labels[2][:2] == ["三、本年度办理结果", "（一）予以公开"]
    assert [row[2] for row in labels[4:12]] == [row[2] for row in T3_LABELS[4:12]]
    hand = samples.expected_table3(2023)
    assert [sheet.cell(5, c).value for c in range(4, 11)] == [hand["1"].get(label, 0) for label in COLUMN_LABELS[:-1]] + [37]
    entries = workbook["台账归类"]
    assert entries["A1"].value == "文件" and entries.max_row == 1 + 39
    table4 = workbook["表四 复议诉讼"]
    assert [table4.cell(5, c).value for c in range(1, 16)] == [1, 1, 0, 0, 2, 0, 0, 0, 1, 1, 1, 0, 0, 0, 1]
    assert workbook["表二 主动公开"]["A2"].value == "第二十条第（一）项"


def test_deadline_rule_on_the_sample_ledger_finds_exactly_the_overdue_rows(tmp_path):
    path = tmp_path / "c.yaml"
    path.write_text("id: t\ntitle: t\ntasks:\n  - id: T6\n    title: t\n    checks:\n"
                    "      - {id: T6.1, title: 按期答复, rule: application-deadline}\n"
                    "      - {id: T6.2, title: 分类, rule: application-category}\n", encoding="utf-8")
    result = run_checklist(load_checklist(str(path)), read_datasets(str(LEDGER), ReadOptions()),
                           RunOptions(as_of=samples.AS_OF))
    found = {}
    for finding in result.findings:
        kind = "early" if "早于" in finding.message else "pending" if "尚未答复" in finding.message else "late"
        found[finding.item] = kind
    assert found == samples.expected_deadline_rows()
    assert [check.status for check in result.checks] == ["fail", "pass"]


def test_samples_are_reproducible(tmp_path):
    samples.generate(str(tmp_path))
    for name in (samples.LEDGER_XLSX, samples.EVENTS_XLSX, samples.FIGURES_YAML):
        assert (tmp_path / name).read_bytes() == (SAMPLES / name).read_bytes(), name


# --- failures write nothing -----------------------------------------------------------------------------


def test_a_failed_sum_exits_2_and_writes_nothing(cli, tmp_path):
    figures = tmp_path / "f.yaml"
    figures.write_text("上年报告结转下年度: {自然人: 5}\n", encoding="utf-8")
    out = tmp_path / "r.docx"
    outcome = cli("annual-report", "--year", "2023", "--applications", LEDGER, "--figures", figures,
                  "--docx", out, "--xlsx", tmp_path / "r.xlsx")
    assert outcome.code == 2
    assert "表三“二、上年结转政府信息公开申请数量”行“自然人”列：本年上年结转 1 件，不等于上年报告的四、结转下年度继续办理 5 件" in outcome.err
    assert not out.exists() and not (tmp_path / "r.xlsx").exists()
    assert [p.name for p in tmp_path.iterdir()] == ["f.yaml"]


def test_a_bad_ledger_row_exits_2(cli, tmp_path):
    from tests.helpers import write_xlsx

    ledger = write_xlsx(tmp_path / "台账.xlsx", {"台账": [
        ["申请编号", "收到日期", "申请人类型", "答复日期", "答复结果"],
        ["A1", "2023-03-01", "自然人", "2023-03-10", "已办结"],
    ]})
    outcome = cli("annual-report", "--year", "2023", "--applications", ledger, "--docx", tmp_path / "r.docx")
    assert outcome.code == 2
    assert "台账.xlsx › 台账 第 2 行：答复结果“已办结”无法归入年度报告表三的办理结果" in outcome.err
    assert not (tmp_path / "r.docx").exists()


def test_an_output_is_required(cli):
    outcome = cli("annual-report", "--year", "2023")
    assert outcome.code == 2 and "--docx" in outcome.err


def test_report_without_inputs_marks_everything(tmp_path):
    report = build_report(2023, date=dt.date(2024, 1, 20))
    annual_docx.write(report, str(tmp_path / "r.docx"))
    annual_xlsx.write(report, str(tmp_path / "r.xlsx"))
    document = docx.Document(tmp_path / "r.docx")
    table2 = texts(document.tables[0])
    assert table2[2] == ["规章", "待填", "待填", "待填"]
    assert document.paragraphs[0].text.startswith("【请填写机关名称】")
    body = "\n".join(p.text for p in document.paragraphs)
    assert "【请填写本年度政府信息公开工作存在的主要问题】" in body


def test_an_unseen_ledger_layout(tmp_path, cli):
    """Other header wordings, a title row, real Excel date cells and text dates; checked end to end."""
    from tests.helpers import write_xlsx

    D = dt.date
    rows = [
        ["某局2023年依申请公开登记表"],
        [],
        ["编号", "受理日期", "申请人类别", "收到补正日期", "是否延长", "征求意见工作日", "办结日期", "办理结果"],
        ["1", D(2023, 9, 25), "公民", None, "否", None, D(2023, 10, 27), "予以公开"],  # last day: on time
        ["2", D(2023, 9, 25), "公民", None, None, None, D(2023, 10, 30), "同意公开"],  # late
        ["3", "2023年4月3日", "企业", "2023年4月20日", None, None, "2023年5月16日", "部分公开"],  # 补正: on time
        ["4", "2023/10/09", "律师事务所", None, "是", "15", "2023/12/25", "不予公开（商业秘密）"],  # 40+15: on time
        ["5", D(2023, 12, 1), "公民", None, None, None, None, "办理中"],  # pending, overdue on 2024-01-31
        ["6", D(2022, 12, 26), "公民", None, None, None, D(2023, 1, 30), "信息不存在"],  # carried, late (Spring Festival)
    ]
    path = write_xlsx(tmp_path / "登记表.xlsx", {"登记表": rows}, merged={"登记表": ["A1:H1"]})
    checklist = tmp_path / "c.yaml"
    checklist.write_text("id: t\ntitle: t\ntasks:\n  - id: T\n    title: t\n    checks:\n"
                         "      - {id: T.1, title: 按期答复, rule: application-deadline}\n"
                         "      - {id: T.2, title: 分类, rule: application-category}\n", encoding="utf-8")
    datasets = read_datasets(str(path), ReadOptions())
    result = run_checklist(load_checklist(str(checklist)), datasets, RunOptions(as_of=dt.date(2024, 1, 31)))
    assert sorted((f.item, f.cell) for f in result.findings) == [("2", "G5"), ("5", "G8"), ("6", "G9")]
    report = build_report(2023, applications=datasets)
    assert report.table3.row("1") == {"natural": 3, "business": 1, "research": 0, "public": 0, "legal": 1,
                                      "other": 0, "total": 5}
    assert report.table3.get("2", "natural") == 1 and report.table3.get("4", "natural") == 1
    assert (report.table3.get("3.1", "natural"), report.table3.get("3.4.1", "natural"),
            report.table3.get("3.2", "business"), report.table3.get("3.3.4", "legal")) == (2, 1, 1, 1)


def test_ledger_text_never_becomes_a_formula():
    import io
    import zipfile

    from tests.helpers import make_dataset

    dataset = make_dataset([{"申请编号": '=HYPERLINK("http://x")', "收到日期": "2023-03-01", "申请人类型": "自然人",
                             "答复日期": "2023-03-02", "答复结果": "予以公开"}])
    dataset.kind = "applications"
    data = annual_xlsx.render(build_report(2023, applications=[dataset], date=dt.date(2024, 1, 1)))
    package = zipfile.ZipFile(io.BytesIO(data))
    assert all(b"<f>" not in package.read(name) for name in package.namelist() if name.startswith("xl/worksheets/"))
    assert openpyxl.load_workbook(io.BytesIO(data))["台账归类"]["D2"].value == '=HYPERLINK("http://x")'


def test_contact_office_is_not_doubled_after_the_agency():
    from govopen_cli.annual_report.build import _office_of

    assert _office_of("曲阜市交通运输局", "局办公室") == "曲阜市交通运输局办公室"
    assert _office_of("某区人民政府", "政府办公室") == "某区人民政府办公室"
    assert _office_of("曲阜市交通运输局", "曲阜市交通运输局法规科") == "曲阜市交通运输局法规科"
    assert _office_of("曲阜市交通运输局", "综合科") == "曲阜市交通运输局综合科"
