"""Site-column exports: JSON Lines reading, the freshness rule and the site-inspection checklist."""
from __future__ import annotations

import datetime as dt
import json
import os

import pytest

from govopen_cli.api import CheckRequest, check
from govopen_cli.errors import InputError
from govopen_cli.io.read import read_datasets

SAMPLE = os.path.join(os.path.dirname(__file__), "..", "samples", "网站栏目导出-2024.jsonl")


def write_jsonl(path, records):
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) if r else "" for r in records) + "\n", encoding="utf-8")
    return str(path)


def column(name, kind, updated, count=10):
    return {"栏目名称": name, "栏目类型": kind, "最后更新日期": updated, "信息条数": count}


def run(path, as_of=dt.date(2024, 1, 31)):
    return check(CheckRequest(paths=[path], checklist="site-inspection", as_of=as_of))


def found(result, check_id):
    return [(f.row, f.cell) for f in result.findings if f.check == check_id]


def test_json_lines_rows_are_line_numbers_and_blank_lines_count(tmp_path):
    path = write_jsonl(tmp_path / "s.jsonl", [column("工作动态", "动态要闻", "2024-01-30"), {},
                                               column("部门要闻", "动态要闻", "2024-01-10")])
    dataset = read_datasets(path)[0]
    assert dataset.kind == "columns"
    assert list(dataset.row_numbers) == [1, 3]
    result = run(path)
    assert found(result, "S.stale") == [(3, "C3")]


def test_stale_limits_are_inclusive_at_the_boundary(tmp_path):
    records = [
        column("动态A", "动态要闻", "2024-01-17"),  # exactly 2 weeks before 2024-01-31: not stale
        column("动态B", "动态要闻", "2024-01-16"),  # one day more: stale
        column("通知A", "通知公告", "2023-07-31"),  # exactly 6 months: not stale
        column("通知B", "通知公告", "2023-07-30"),
        column("其他栏目", "其他", "2020-01-01"),  # no limit for 其他 by default
    ]
    result = run(write_jsonl(tmp_path / "s.jsonl", records))
    assert found(result, "S.stale") == [(2, "C2"), (4, "C4")]
    assert found(result, "S.due-soon") == [(1, "C1"), (3, "C3")]


def test_type_inferred_from_name_when_type_is_empty(tmp_path):
    records = [column("图片新闻", "", "2024-01-01"), column("政策文件", "", "2023-01-01"), column("便民服务", "", "2000-01-01")]
    result = run(write_jsonl(tmp_path / "s.jsonl", records))
    messages = [f.message for f in result.findings if f.check == "S.stale"]
    assert messages == ["动态要闻栏目“图片新闻”最后更新于 2024-01-01，超过 2周 未更新",
                        "政策文件栏目“政策文件”最后更新于 2023-01-01，超过 6个月 未更新"]


def test_veto_thresholds_are_greater_or_equal(tmp_path):
    stale = [column(f"动态{i}", "动态要闻", "2023-12-01") for i in range(4)]
    blank = [column(f"空白{i}", "其他", "", 0) for i in range(5)]
    result = run(write_jsonl(tmp_path / "s.jsonl", stale + blank))
    veto = [f.message for f in result.findings if f.check == "S.veto"]
    assert veto == ["空白栏目共 5 个，达到单项否决标准（≥5 个）：空白0、空白1、空白2、空白3、空白4"]
    result = run(write_jsonl(tmp_path / "s.jsonl", stale + [column("动态9", "动态要闻", "2023-01-01")]))
    assert [f.message.split("，")[0] for f in result.findings if f.check == "S.veto"] == ["栏目不更新：应更新未更新的栏目共 5 个"]


def test_shipped_sample_triggers_the_stale_veto():
    result = run(SAMPLE)
    assert [f.row for f in result.findings if f.check == "S.stale"] == [2, 3, 4, 7, 8, 10, 18]
    assert [f.row for f in result.findings if f.check == "S.blank"] == [15, 16]
    assert {c.id: c.status for c in result.checks}["S.veto"] == "fail"


def test_bad_json_line_names_the_line(tmp_path):
    path = tmp_path / "s.jsonl"
    path.write_text('{"栏目名称": "a", "最后更新日期": "2024-01-01"}\n{broken\n', encoding="utf-8")
    with pytest.raises(InputError, match="s.jsonl 第 2 行第 2 列：不是有效的 JSON（键名应写在英文双引号中"):
        read_datasets(str(path))


def test_limits_are_configurable_and_validated(tmp_path):
    from govopen_cli.checklist.load import load_checklist
    from govopen_cli.errors import ChecklistError

    custom = tmp_path / "c.yaml"
    custom.write_text("id: c\ntitle: 自定义\nextends: site-inspection\nchecks:\n"
                      "  - id: S.stale\n    limits: {动态要闻: 10天}\n", encoding="utf-8")
    records = [column("动态A", "动态要闻", "2024-01-20")]
    result = check(CheckRequest(paths=[write_jsonl(tmp_path / "s.jsonl", records)], checklist=str(custom),
                                as_of=dt.date(2024, 1, 31)))
    assert found(result, "S.stale") == [(1, "C1")]
    custom.write_text("id: c\ntitle: x\nextends: site-inspection\nchecks:\n"
                      "  - id: S.stale\n    limits: {动态要闻: 两周}\n", encoding="utf-8")
    with pytest.raises(ChecklistError, match="期限“两周”无法识别"):
        load_checklist(str(custom))
