"""Limits before allocation (io/limits.py), the budgets of the YAML loader and of checklist regexes,
and a reader panic that stays a bad file. In-process and small; the whole hostile family runs in
forked children under memory and CPU limits in tests/test_hostile.py."""
from __future__ import annotations

import zipfile

import pytest

from govopen_cli.checklist.load import load_checklist, parse_yaml
from govopen_cli.config import load_config
from govopen_cli.errors import ChecklistError, InputError, UsageError
from govopen_cli.io import limits
from govopen_cli.io.limits import LimitError, Limits
from govopen_cli.io.read import ReadOptions, read_datasets
from tests import hostile_files as hostile
from tests.helpers import write_xlsx


def _sheet(path, rows_xml: str):
    return hostile.write_xlsx(path, hostile.SHEET_OPEN + hostile.catalog_rows_xml() + rows_xml + hostile.SHEET_CLOSE)


# --- xlsx: the span of the cells holding data, not each axis alone ----------------------------


def test_one_cell_at_xfd1048576_is_refused_before_the_reader_allocates(tmp_path):
    path = _sheet(tmp_path / "far.xlsx", '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>')
    with pytest.raises(LimitError) as refused:
        read_datasets(str(path))
    assert refused.value.message.startswith(f"{path} › 公开目录：数据区域（1,048,576 行 × 16,384 列）为 17,179,869,184 个单元格")
    assert "超过上限 10,000,000 个单元格" in refused.value.message and "limits 下调高 cells" in refused.value.message


@pytest.mark.parametrize("rows_xml, span", [
    ('<row r="300000"><c r="ZZ300000"><v>1</v></c></row>', "300,000 行 × 702 列"),  # fast scan
    ('<row r="300000"><c s="3" r="ZZ300000"><v>1</v></c></row>', "300,000 行 × 702 列"),  # r not first: exact scan
    ('<row r="200000">' + "<c><v>1</v></c>" * 700 + "</row>", "200,000 行 × 700 列"),  # cells placed one after another
    ('<row r="300000"><c r="zz300000"><v>1</v></c></row>', "300,000 行 × 702 列"),  # readers accept lowercase
])
def test_every_way_of_placing_a_far_cell_is_measured(tmp_path, rows_xml, span):
    path = _sheet(tmp_path / "far.xlsx", rows_xml)
    with pytest.raises(LimitError, match=span):
        limits.check_workbook(str(path))


def test_a_styled_empty_cell_far_away_is_not_data_and_the_file_reads(tmp_path):
    path = _sheet(tmp_path / "styled.xlsx", '<row r="1048576"><c r="XFD1048576" s="1"/></row>')
    [dataset] = read_datasets(str(path))
    assert dataset.text("信息名称").tolist() == ["关于印发通知"]


def test_the_sheets_of_one_workbook_count_together(tmp_path):
    # Each sheet 30 rows × 5 columns (150 cells) holds the catalog; against a limit of 400 cells,
    # two sheets read and three are refused, naming the workbook and the total.
    sheet = hostile.SHEET_OPEN + hostile.catalog_rows_xml(*[hostile.ROW] * 28) + hostile.SHEET_CLOSE
    options = ReadOptions(limits=Limits(cells=400))
    two = hostile.write_many_sheets(tmp_path / "two.xlsx", [sheet] * 2)
    assert [len(dataset) for dataset in read_datasets(str(two), options)] == [29, 29]
    three = hostile.write_many_sheets(tmp_path / "three.xlsx", [sheet] * 3)
    with pytest.raises(LimitError) as refused:
        read_datasets(str(three), options)
    assert refused.value.message.startswith(
        f"{three}：数据区域（全部工作表合计）为 450 个单元格，超过上限 400 个单元格，未读取。")


def test_ordinary_workbooks_pass_the_scan_unchanged(tmp_path):
    rows = [hostile.HEADER] + [[f"X/2023-{i:05d}", f"标题{i}", "某局", "2023-05-16", "2023-05-18"] for i in range(200)]
    path = write_xlsx(tmp_path / "ok.xlsx", {"公开目录": rows})
    limits.check_workbook(str(path))
    [dataset] = read_datasets(str(path))
    assert len(dataset) == 200 and dataset.row_numbers[-1] == 201


def test_a_lower_configured_limit_refuses_and_names_the_key(tmp_path):
    rows = [hostile.HEADER] + [["X/2023-00001", "标题", "某局", "2023-05-16", "2023-05-18"]] * 30
    path = write_xlsx(tmp_path / "ok.xlsx", {"公开目录": rows})
    with pytest.raises(LimitError, match="行数为 31 行，超过上限 20 行.*调高 rows"):
        read_datasets(str(path), ReadOptions(limits=Limits(rows=20)))


def test_zip_entry_claiming_a_small_size_is_measured_as_inflated(tmp_path):
    path = hostile._lie_about_size(hostile._streamed_part(tmp_path / "liar.xlsx", "xl/sharedStrings.xml", b"a", 20_000_000),
                                   "xl/sharedStrings.xml", 1000)
    assert zipfile.ZipFile(path).getinfo("xl/sharedStrings.xml").file_size == 1000
    with pytest.raises(LimitError, match=r"sharedStrings.xml：压缩比为 [\d,]+ 倍，超过上限 200 倍"):
        limits.check_workbook(str(path))


def test_panic_of_the_rust_reader_becomes_an_unreadable_file(tmp_path, monkeypatch):
    """pyo3's PanicException derives from BaseException; it must not end the process."""
    import python_calamine

    class PanicException(BaseException):
        pass

    def panic(*args, **kwargs):
        raise PanicException("index out of bounds")

    path = write_xlsx(tmp_path / "ok.xlsx", {"公开目录": [hostile.HEADER, hostile.ROW]})
    monkeypatch.setattr(python_calamine.CalamineWorkbook, "from_path", panic)
    with pytest.raises(InputError, match="文件无法读取"):
        read_datasets(str(path))


def test_keyboard_interrupt_is_not_taken_for_a_bad_file(tmp_path, monkeypatch):
    import python_calamine

    def interrupt(*args, **kwargs):
        raise KeyboardInterrupt

    path = write_xlsx(tmp_path / "ok.xlsx", {"公开目录": [hostile.HEADER, hostile.ROW]})
    monkeypatch.setattr(python_calamine.CalamineWorkbook, "from_path", interrupt)
    with pytest.raises(KeyboardInterrupt):
        read_datasets(str(path))


# --- ods, markup, text ---------------------------------------------------------------------------


def test_ods_trailing_empty_repeats_are_not_expanded_but_repeated_data_is(tmp_path):
    empty = hostile.write_ods(tmp_path / "lo.ods", '<table:table-row table:number-rows-repeated="1048574">'
                                                   '<table:table-cell table:number-columns-repeated="1024"/></table:table-row>')
    [dataset] = read_datasets(str(empty))
    assert len(dataset) == 1
    repeated = hostile.write_ods(tmp_path / "rep.ods", '<table:table-row table:number-rows-repeated="30">'
                                                       + hostile._ods_cell("x", 2000) + "</table:table-row>")
    with pytest.raises(LimitError, match="32 行 × 2,000 列"):
        read_datasets(str(repeated), ReadOptions(limits=Limits(cells=50_000)))


def test_spreadsheetml_row_index_is_checked_before_rows_are_made(tmp_path):
    path = tmp_path / "export.xls"
    path.write_text(hostile._SS_OPEN + hostile._ss_row(hostile.HEADER) + hostile._ss_row(["x"], ' ss:Index="2000000000"')
                    + hostile._SS_CLOSE, encoding="utf-8")
    with pytest.raises(LimitError, match=f"{path} › 公开目录：行数为 2,000,000,000 行"):
        read_datasets(str(path))


def test_html_spans_keep_their_layout_and_are_bounded(tmp_path):
    """A rowspan still pushes the cells below it right (as before), with no set of covered cells."""
    from govopen_cli.io.markup import parse_html

    page = ("<table><tr><td rowspan='2'>a</td><td>b</td></tr><tr><td>c</td></tr>"
            "<tr><td colspan='2'>d</td><td>e</td></tr></table>").encode()
    rows, merged, _ = parse_html("p.html", page)
    assert rows == [["a", "b", ""], ["", "c", ""], ["d", "", "e"]]
    assert merged == [((0, 0), (1, 0)), ((2, 0), (2, 1))]
    spans = ("<table>" + "<tr><td rowspan='1000' colspan='1000'>x</td></tr>" * 30 + "</table>").encode()
    with pytest.raises(LimitError):
        parse_html("p.html", spans)


def test_csv_row_wider_than_the_header_is_padded_only_within_the_limit(tmp_path):
    path = tmp_path / "wide.csv"
    path.write_text(",".join(hostile.HEADER) + "\n" + "," * 15000 + "\n" + "x\n" * 5000, encoding="utf-8")
    with pytest.raises(LimitError, match=r"数据区域（5,00\d 行补齐到 15,001 列时补出的空单元格）为 75,0[\d,]+ 个单元格"):
        read_datasets(str(path))


def test_a_full_width_csv_is_its_data_and_not_held_to_the_cell_limit(tmp_path):
    rows = [",".join(hostile.HEADER)] + [",".join([f"X/2023-{i:05d}", "标题", "某局", "2023-05-16", "2023-05-18"]) for i in range(60)]
    path = tmp_path / "full.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    [dataset] = read_datasets(str(path), ReadOptions(limits=Limits(cells=100)))  # 61 × 5 cells, no padding
    assert len(dataset) == 60


def test_jsonl_deep_nesting_is_a_bad_line_not_a_crash(tmp_path):
    path = tmp_path / "deep.jsonl"
    path.write_text('{"栏目名称": "要闻"}\n{"a": ' + "[" * 100000 + "]" * 100000 + "}\n", encoding="utf-8")
    with pytest.raises(InputError, match="第 2 行：JSON 嵌套过深"):
        read_datasets(str(path))


# --- YAML budgets ----------------------------------------------------------------------------------


def test_nested_yaml_aliases_are_refused_before_they_expand():
    text = "a: &a [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [" + ", ".join([f"*{chr(97 + i)}"] * 10) + "]\n" for i in range(6))
    with pytest.raises(ChecklistError, match="t.yaml 第 6 行：别名（\\*）层层展开后共有 1,111,111 个节点，超过上限 200,000"):
        parse_yaml(text, "t.yaml")


def test_an_alias_inside_its_own_anchor_and_deep_nesting_are_errors():
    with pytest.raises(ChecklistError, match="包含它自身的锚点"):
        parse_yaml("a: &a [1, *a]\n", "t.yaml")
    with pytest.raises(ChecklistError, match="嵌套层数过多"):
        parse_yaml("a: " + "[" * 5000 + "]" * 5000 + "\n", "t.yaml")


def test_ordinary_aliases_still_work():
    assert parse_yaml("x: &u [局办公室]\na: {units: *u}\nb: {units: *u}\n", "t.yaml") == {
        "x": ["局办公室"], "a": {"units": ["局办公室"]}, "b": {"units": ["局办公室"]}}


def test_govopen_yaml_limits_are_read_and_validated(tmp_path):
    path = tmp_path / "govopen.yaml"
    path.write_text("limits:\n  cells: 50000000\n  rows: 2000000\n", encoding="utf-8")
    assert load_config(str(path)).limits == Limits(cells=50_000_000, rows=2_000_000)
    path.write_text("limits:\n  cels: 5\n", encoding="utf-8")
    with pytest.raises(UsageError, match="第 2 行：limits 中未知的键“cels”"):
        load_config(str(path))
    path.write_text("limits:\n  rows: -1\n", encoding="utf-8")
    with pytest.raises(UsageError, match="第 2 行：limits 的 rows 应为正整数"):
        load_config(str(path))


# --- checklist regexes under a time budget per check ----------------------------------------------


def test_a_runaway_pattern_ends_its_check_with_error_naming_the_line(tmp_path):
    pytest.importorskip("regex")
    import datetime as dt

    from govopen_cli.engine import RunOptions, run_checklist
    from govopen_cli.rules import patterns

    checklist = tmp_path / "c.yaml"
    checklist.write_text("id: t\ntitle: 测试\nchecks:\n  - id: P1\n    title: 标题格式\n    rule: pattern\n"
                         "    field: 信息名称\n    regex: '^(a|aa)+$'\n  - id: P2\n    title: 标题有内容\n"
                         "    rule: required\n    field: 信息名称\n", encoding="utf-8")
    path = write_xlsx(tmp_path / "d.xlsx", {"公开目录": [hostile.HEADER, [hostile.ROW[0], "a" * 40 + "!", *hostile.ROW[2:]]]})
    original = patterns.BASE_SECONDS
    try:
        patterns.BASE_SECONDS = 0.2
        result = run_checklist(load_checklist(str(checklist)), read_datasets(str(path)), RunOptions(as_of=dt.date(2024, 1, 31)))
    finally:
        patterns.BASE_SECONDS = original
    first, second = result.checks
    assert first.status == "error" and f"{checklist} 第 8 行的正则表达式在" in first.note and first.findings == 0
    assert second.status == "pass"  # the next check has its own budget


def test_budget_is_per_check_and_grows_with_the_cells_scanned():
    pytest.importorskip("regex")
    import numpy as np

    from govopen_cli.rules import patterns

    values = np.array([f"标题{i % 4000}" for i in range(10000)], dtype=object)
    with patterns.budget(0.0):
        before = patterns._current[-1].deadline
        try:
            patterns.matches(values, r"标题\d+$")
        except patterns.PatternTimeout:
            pass  # a loaded machine may run out of this tiny budget; the allowance is what is asserted
        # One allowance per distinct value scanned, added to the check's one deadline.
        assert patterns._current[-1].deadline - before == pytest.approx(4000 * patterns.SECONDS_PER_CELL)
    with patterns.budget(0.0), pytest.raises(patterns.PatternTimeout):
        patterns.matches(np.array(["a" * 40 + "!"], dtype=object), r"^(a|aa)+$")
