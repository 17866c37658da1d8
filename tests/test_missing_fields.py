"""A missing column stops only the checks (and the parts of checks) that read it: per check of the
national baseline, in one file and per file in a batch."""
from __future__ import annotations

import datetime as dt

from govopen_cli.api import CheckRequest, check
from tests.helpers import write_xlsx

AS_OF = dt.date(2024, 1, 31)
ID_CARD = "11010519491231002X"  # valid check digit (domain.md §6.3)


def _catalog(path, header, rows):
    write_xlsx(path, {"公开目录": [header] + rows})
    return str(path)


def _run(*paths):
    return check(CheckRequest(paths=[str(p) for p in paths], as_of=AS_OF))


def _by_check(result):
    found: dict[str, list] = {}
    for finding in result.findings:
        found.setdefault(finding.check, []).append((finding.row, finding.cell))
    return found, {c.id: c for c in result.checks}


def test_each_check_runs_on_the_columns_that_are_there(tmp_path):
    # No 内容概述 and no 发布机构: 信息名称's privacy, 生成日期/发布日期's dates, 索引号's required
    # parts still run; only their own parts stop.
    header = ["索引号", "信息名称", "生成日期", "发布日期", "文号"]
    rows = [
        ["", f"关于张三（身份证{ID_CARD}）的公示", "2023-02-30", "2023-03-01", "曲交发〔2023〕1号"],
        ["11370881004341590W/2023-00002", "关于公路养护的通知", "2023-01-03", "2023-06-01", "曲交发〔2023〕2号"],
    ]
    found, checks = _by_check(_run(_catalog(tmp_path / "目录.xlsx", header, rows)))
    assert found["B.privacy"] == [(2, "B2")]
    assert checks["B.privacy"].status == "fail" and "缺少字段：内容概述" in checks["B.privacy"].note
    assert found["B.required"] == [(2, "A2")]
    assert checks["B.required"].status == "fail" and "缺少字段：内容概述" in checks["B.required"].note
    assert found["B.dates"] == [(2, "C2")]
    assert checks["B.dates"].status == "fail" and checks["B.dates"].note is None
    assert found["B.timeliness"] == [(3, "D3")]  # both dates are there: judged
    assert checks["B.required-publisher"].status == "error"  # 发布日期 filled, 发布机构 absent
    assert "B.required-publisher" not in found
    assert len(found["B.columns"]) == 2  # 内容概述 and 发布机构, one finding each


def test_a_check_whose_fields_work_together_is_an_error_without_one(tmp_path):
    header = ["索引号", "信息名称", "内容概述", "发布机构", "发布日期"]  # no 生成日期
    rows = [["11370881004341590W/2023-00001", "关于公路养护的通知", "概述", "某局", "2023-06-01"]]
    found, checks = _by_check(_run(_catalog(tmp_path / "目录.xlsx", header, rows)))
    assert checks["B.timeliness"].status == "error" and "缺少字段：生成日期" in checks["B.timeliness"].note
    assert checks["B.date-order"].status == "error"
    assert checks["B.dates"].status == "error"  # 发布日期 is readable; 生成日期 could not be checked
    assert checks["B.required-publisher"].status == "pass"
    assert "B.timeliness" not in found


def test_in_a_batch_a_file_without_a_field_stops_that_check_only_for_itself(tmp_path):
    folder = tmp_path / "departments"
    folder.mkdir()
    with_summary = ["索引号", "信息名称", "内容概述", "发布机构", "生成日期", "发布日期"]
    without_summary = ["索引号", "信息名称", "发布机构", "生成日期", "发布日期"]
    leak = f"联系人身份证{ID_CARD}"
    _catalog(folder / "甲局.xlsx", with_summary,
             [["11370881004341590W/2023-00001", "关于公路养护的通知", leak, "甲局", "2023-01-03", "2023-01-04"]])
    _catalog(folder / "乙局.xlsx", without_summary,
             [["11370881004341590W/2023-00001", f"公示（{leak}）", "乙局", "2023-01-03", "2023-01-04"]])
    result = check(CheckRequest(paths=[str(folder)], as_of=AS_OF))
    privacy = sorted((f.file.rsplit("/", 1)[-1], f.cell) for f in result.findings if f.check == "B.privacy")
    assert privacy == [("乙局.xlsx", "B2"), ("甲局.xlsx", "C2")]
    per_file = {s.path.rsplit("/", 1)[-1]: s.checks for s in result.files}
    assert per_file["甲局.xlsx"]["B.privacy"] == "fail" and per_file["乙局.xlsx"]["B.privacy"] == "fail"
    assert per_file["甲局.xlsx"]["B.required"] == "pass" and per_file["乙局.xlsx"]["B.required"] == "error"
