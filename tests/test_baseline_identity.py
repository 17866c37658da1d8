"""Baseline identity without the file name (a renamed export), several inputs told apart by file,
results saved before findings had a `title`, and SARIF fingerprints under a rename."""
from __future__ import annotations

import json

from govopen_cli.writers import sarif
from tests.test_ci_outputs import good_row, run, write_catalog


def _defective_rows() -> list[list]:
    rows = [good_row(n) for n in range(1, 7)]
    rows[0][6] = "曲交发[2023]1号"  # docno, stays
    rows[1][2] = ""  # empty 内容概述, fixed next month
    rows[2][6] = "曲交发〔2023〕第3号"  # docno, fixed next month
    rows[3][0] = ""  # empty 索引号: known by its title, stays
    rows[4][6] = "曲交发(2023)5号"  # docno, fixed next month
    return rows


def test_renamed_export_with_inserted_rows_and_three_fixes_gives_new_0_fixed_3(tmp_path):
    rows = _defective_rows()
    old = tmp_path / "old.json"
    old.write_text(run([write_catalog(tmp_path / "目录2023-11.xlsx", rows)]).to_json(), encoding="utf-8")

    rows[1][2], rows[2][6], rows[4][6] = "已补全", "曲交发〔2023〕3号", "曲交发〔2023〕5号"
    renamed = write_catalog(tmp_path / "目录导出_20231201.xlsx", [good_row(20), good_row(21)] + rows)
    result = run([renamed], baseline_path=str(old))

    assert result.to_dict()["summary"]["baseline"] == {"new": 0, "persisting": 2, "fixed": 3}
    assert sorted((f.check, f.row) for f in result.fixed) == [("B.docno", 4), ("B.docno", 6), ("B.required", 3)]
    persisting = {(f.check, f.row, f.item, f.title) for f in result.findings}
    assert persisting == {("B.docno", 4, good_row(1)[0], "关于公路养护工作的通知1"),
                          ("B.required", 7, None, "关于公路养护工作的通知4")}
    assert not result.failing("error", only_new=True)


def test_two_renamed_inputs_are_still_told_apart_by_file(tmp_path):
    rows = [good_row(1)]
    rows[0][6] = "曲交发[2023]1号"  # the same defect in both departments' catalogs
    first, second = tmp_path / "交通局.xlsx", tmp_path / "城管局.xlsx"
    write_catalog(first, rows)
    write_catalog(second, [good_row(1)])  # 城管局 has no defect
    old = tmp_path / "old.json"
    old.write_text(run([first, second]).to_json(), encoding="utf-8")

    # Next month: the defect is fixed at 交通局 and appears at 城管局.
    write_catalog(first, [good_row(1)])
    write_catalog(second, rows)
    result = run([first, second], baseline_path=str(old))
    assert [(f.file, f.baseline) for f in result.findings] == [(str(second), "new")]
    assert [f.file for f in result.fixed] == [str(first)]


def test_a_result_saved_before_findings_had_a_title_still_matches_by_index_number(tmp_path):
    rows = [good_row(1), good_row(2)]
    rows[0][6] = "曲交发[2023]1号"
    old_result = json.loads(run([write_catalog(tmp_path / "a.xlsx", rows)]).to_json())
    for finding in old_result["findings"]:
        del finding["title"]  # as written by earlier versions
    old = tmp_path / "old.json"
    old.write_text(json.dumps(old_result, ensure_ascii=False), encoding="utf-8")
    result = run([write_catalog(tmp_path / "b.xlsx", [good_row(9)] + rows)], baseline_path=str(old))
    assert [(f.check, f.row, f.baseline) for f in result.findings] == [("B.docno", 3, "persisting")]
    assert result.fixed == []


def test_sarif_fingerprints_are_unchanged_by_a_rename(tmp_path):
    rows = _defective_rows()
    before = json.loads(sarif.render(run([write_catalog(tmp_path / "目录.xlsx", rows)])))
    after = json.loads(sarif.render(run([write_catalog(tmp_path / "目录（新）.xlsx", [good_row(30)] + rows)])))

    def prints(document):
        return sorted(r["partialFingerprints"]["govopenFinding/v2"] for r in document["runs"][0]["results"])

    assert len(prints(before)) == 5 and prints(before) == prints(after)
    assert all("govopenFinding/v1" not in r["partialFingerprints"] for r in after["runs"][0]["results"])
