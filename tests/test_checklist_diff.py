"""`govopen checklist diff A B`: tasks and checks added, removed and changed between two checklists."""
from __future__ import annotations

import json
from pathlib import Path

from govopen_cli.checklist.diff import diff_checklists, render_json, render_table
from govopen_cli.checklist.extract import extract_yaml
from govopen_cli.checklist.load import load_checklist

ROOT = Path(__file__).resolve().parent.parent
PLANS = ROOT / "tests" / "data" / "plans"

LAST_YEAR = """\
id: bureau-2023
title: 某局2023年政务公开工作方案
extends: national-baseline
period: {year: 2023}
tasks:
  - id: T1
    title: 推进财政资金信息公开
    units: [财务科]
    source: 二、（一）
    checks:
      - id: T1.1
        title: 公开部门预算
        rule: coverage
        where: {field: 信息名称, matches: 预算}
        source: 二、（一）
      - id: T1.2
        title: 10月31日前公开部门决算
        rule: deadline
        where: {field: 信息名称, matches: 决算}
        by: 2023-10-31
      - id: T1.3
        title: 按统一格式公开
        manual: 对照统一格式核对
  - id: T2
    title: 做好政策解读
    units: [办公室]
    checks:
      - id: T2.1
        title: 政策文件同步解读
        rule: pairing
        where: {field: 体裁分类, equals: 政策文件}
        partner: {field: 信息名称, matches: 解读}
  - id: T3
    title: 加强保密审查
    units: [办公室]
    checks:
      - id: T3.1
        title: 建立保密审查台账
        manual: 查阅台账
"""

THIS_YEAR = """\
id: bureau-2024
title: 某局2024年政务公开工作方案
extends: national-baseline
period: {year: 2024}
tasks:
  - id: T1
    title: 推进财政资金信息公开
    units: [财务科, 办公室]
    source: 二、（一）
    checks:
      - id: T1.1
        title: 公开部门预算
        rule: coverage
        where: {field: 信息名称, matches: 预算}
        source: 二、（二）
      - id: T1.2
        title: 10月31日前公开部门决算
        rule: deadline
        where: {field: 信息名称, matches: 决算}
        by: 2024-10-31
      - id: T1.3
        title: 按统一格式公开
        rule: coverage
        where: {field: 信息名称, matches: 预决算}
  - id: T2
    title: 做好政策解读
    units: [办公室]
    checks:
      - id: T2.1
        title: 政策文件同步解读
        rule: pairing
        where: {field: 体裁分类, equals: 政策文件}
        partner: {field: 信息名称, matches: 解读}
        units: [法规科]
      - id: T2.2
        title: 重大突发事件5小时内发布
        rule: emergency-release
        hours: 5
  - id: T4
    title: 加强新媒体管理
    units: [信息中心]
    checks:
      - id: T4.1
        title: 政务新媒体每月更新
        manual: 检查更新记录
"""


def _write(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def _pair(tmp_path):
    old = load_checklist(_write(tmp_path, "2023.yaml", LAST_YEAR))
    new = load_checklist(_write(tmp_path, "2024.yaml", THIS_YEAR))
    return old, new


def test_changes_by_task_and_check_id(tmp_path):
    result = diff_checklists(*_pair(tmp_path))
    got = {(c.kind, c.id, c.change): c.details for c in result.changes}
    assert set(got) == {
        ("checklist", "bureau-2023 → bureau-2024", "changed"),
        ("task", "T1", "changed"), ("task", "T4", "added"), ("task", "T3", "removed"),
        ("check", "T1.1", "changed"), ("check", "T1.2", "changed"), ("check", "T1.3", "changed"),
        ("check", "T2.1", "changed"), ("check", "T2.2", "added"), ("check", "T4.1", "added"),
        ("check", "T3.1", "removed"),
    }
    assert got[("checklist", "bureau-2023 → bureau-2024", "changed")] == [
        "标题：某局2023年政务公开工作方案 → 某局2024年政务公开工作方案", "年度：2023年 → 2024年"]
    assert got[("task", "T1", "changed")] == ["责任单位：财务科 → 财务科、办公室"]
    assert got[("check", "T1.1", "changed")] == ["依据：二、（一） → 二、（二）"]
    assert got[("check", "T1.2", "changed")] == ["参数 by：2023-10-31 → 2024-10-31"]
    assert "检查方式：人工核查 → coverage" in got[("check", "T1.3", "changed")]
    assert "人工核查指引：对照统一格式核对 → （无）" in got[("check", "T1.3", "changed")]
    assert got[("check", "T2.1", "changed")] == ["责任单位：办公室 → 法规科"]
    assert result.summary() == {"task": {"added": 1, "removed": 1, "changed": 1},
                                "check": {"added": 2, "removed": 1, "changed": 4}}
    # inherited checks of the national baseline are the same on both sides: not reported
    assert not any(c.id.startswith("B.") for c in result.changes)
    # units a check inherits from its task follow the task: T1.2's units changed only through T1
    assert ("check", "T1.2", "changed") in got and not any("责任单位" in d for d in got[("check", "T1.2", "changed")])


def test_table_and_json(tmp_path):
    result = diff_checklists(*_pair(tmp_path))
    table = render_table(result)
    assert "对象" in table and "新增" in table and "删除" in table and "修改" in table
    assert "参数 by：2023-10-31 → 2024-10-31" in table
    assert table.rstrip().endswith("检查项：新增 2 项，删除 1 项，修改 4 项")
    payload = json.loads(render_json(result))
    assert payload["schema"] == "govopen.checklist-diff/1"
    assert payload["summary"]["task"] == {"added": 1, "removed": 1, "changed": 1}
    assert {"kind", "id", "change", "title", "task", "details"} == set(payload["changes"][0])


def test_same_checklist_has_no_changes(tmp_path):
    path = _write(tmp_path, "a.yaml", LAST_YEAR)
    result = diff_checklists(load_checklist(path), load_checklist(path))
    assert result.changes == [] and "相同" in render_table(result)


def test_cli_diff(cli, tmp_path):
    _write(tmp_path, "2023.yaml", LAST_YEAR)
    _write(tmp_path, "2024.yaml", THIS_YEAR)
    outcome = cli("checklist", "diff", "2023.yaml", "2024.yaml")
    assert outcome.code == 0 and "T4" in outcome.out and "加强新媒体管理" in outcome.out
    outcome = cli("checklist", "diff", "2023.yaml", "2024.yaml", "--format", "json")
    assert outcome.code == 0 and json.loads(outcome.out)["summary"]["check"]["added"] == 2
    assert cli("checklist", "diff", "2023.yaml", "missing.yaml").code == 2


def test_cli_diff_of_a_draft_against_itself_next_year(cli, tmp_path):
    text, _ = extract_yaml(str(PLANS / "prose-plan.txt"))
    _write(tmp_path, "draft-2025.yaml", text)
    _write(tmp_path, "draft-2026.yaml", text.replace("period: {year: 2025}", "period: {year: 2026}")
           .replace("by: 2025-06-30", "by: 2026-06-30"))
    outcome = cli("checklist", "diff", "draft-2025.yaml", "draft-2026.yaml")
    assert outcome.code == 0
    assert "年度：2025年 → 2026年" in outcome.out and "参数 by：2025-06-30 → 2026-06-30" in outcome.out


ITEM_CHECK = """\
id: bureau-2023
title: 某局2023年政务公开工作方案
period: {{year: 2023}}
checks:
  - id: T1.1
    title: 公开权力清单
    rule: coverage
{body}
"""


def test_item_blocks_compare_word_by_word(tmp_path):
    regex = _write(tmp_path, "regex.yaml", ITEM_CHECK.format(body="    where: {field: 信息名称, matches: 权力清单}"))
    first = _write(tmp_path, "first.yaml", ITEM_CHECK.format(
        body="    item: {label: 权力清单, terms: [权力清单, 权利清单], year: plan}"))
    second = _write(tmp_path, "second.yaml", ITEM_CHECK.format(
        body="    item: {label: 权力清单或权责清单, terms: [权力清单, 权责清单, 行政职权目录], "
             "not: [安全生产权力清单], issuers: [行政审批局], subjects: [权责清单], year: any}"))
    (change,) = diff_checklists(load_checklist(first), load_checklist(second)).changes
    assert change.details == [
        "所找信息说明：权力清单 → 权力清单或权责清单",
        "所找信息名称用语：增加 权责清单、行政职权目录；去掉 权利清单",
        "所找信息不算在内的名称：增加 安全生产权力清单",
        "所找信息主管部门名称：增加 行政审批局",
        "所找信息分类栏目值：增加 权责清单",
        "所找信息年度：方案年度 → 不限年度",
    ]
    (change,) = diff_checklists(load_checklist(regex), load_checklist(first)).changes
    assert change.details == ["参数 where：{\"field\": \"信息名称\", \"matches\": \"权力清单\"} → （无）",
                              "所找信息：（无） → 权力清单（名称用语 权力清单、权利清单；年度 方案年度）"]


SCOPED = """\
id: district-{year}
title: 某区{year}年政务公开重点任务分工
period: {{year: {year}}}
{top}tasks:
  - id: T1
    title: 重点领域信息公开
    units: [各部门]
    checks:
      - id: T1.1
        title: 公开社会救助信息
        rule: coverage
        item: {{label: 社会救助信息, terms: [低保, 救助], year: any}}
{check_scope}      - id: T1.2
        title: 公开教育信息
        rule: coverage
        item: {{label: 教育信息, terms: [招生, 学校], year: any}}
  - id: T2
    title: 通报网站检查情况
    units: [区政府办公室]
{task_scope}    checks:
      - id: T2.1
        title: 公开通报网站抽查情况
        rule: coverage
        item: {{label: 网站检查情况通报, terms: [网站…抽查], year: any}}
      - id: T2.2
        title: 公开网站年度报表
        rule: coverage
        item: {{label: 网站年度报表, terms: [网站…年度报表], year: any}}
"""


def _scoped(tmp_path, name: str, year: int, top: str = "", check_scope: str = "", task_scope: str = "") -> str:
    return _write(tmp_path, name, SCOPED.format(year=year, top=top, check_scope=check_scope, task_scope=task_scope))


def test_scope_changes_are_reported_in_words_where_they_are_set(tmp_path):
    old = _scoped(tmp_path, "2023.yaml", 2023)
    new = _scoped(tmp_path, "2024.yaml", 2024,
                  check_scope="        applies_to: {government: 青云谱区人民政府}\n",
                  task_scope="    applies_to: {department: 区政府办公室}\n")
    result = diff_checklists(load_checklist(old), load_checklist(new))
    got = {(c.kind, c.id): c.details for c in result.changes}
    assert got[("check", "T1.1")] == ["适用范围：任一部门的公开目录（默认） → 青云谱区人民政府整个政府的公开目录（各部门信息合计）"]
    assert got[("task", "T2")] == ["适用范围：任一部门的公开目录（默认） → “区政府办公室”的公开目录"]
    # T2's checks only inherit the task's new scope: reported once, on the task
    assert ("check", "T2.1") not in got and ("check", "T2.2") not in got and ("check", "T1.2") not in got
    table = render_table(result)  # wrapped at 60 characters a column
    assert "适用范围：任一部门的公开目录（默认）" in table and "“区政府办公室”的公开目录" in table
    back = diff_checklists(load_checklist(new), load_checklist(old))
    assert {(c.kind, c.id): c.details for c in back.changes}[("check", "T1.1")] == [
        "适用范围：青云谱区人民政府整个政府的公开目录（各部门信息合计） → 任一部门的公开目录（默认）"]


def test_checklist_level_scope_is_reported_once_and_a_check_that_keeps_its_own_is_not(tmp_path):
    old = _scoped(tmp_path, "2023.yaml", 2023, check_scope="        applies_to: {government: 青云谱区人民政府}\n")
    new = _scoped(tmp_path, "2024.yaml", 2024, top="applies_to: government\n",
                  check_scope="        applies_to: {government: 青云谱区人民政府}\n")
    result = diff_checklists(load_checklist(old), load_checklist(new))
    got = {(c.kind, c.id): c.details for c in result.changes}
    assert "适用范围：任一部门的公开目录（默认） → 整个政府的公开目录（各部门信息合计）" in got[("checklist", "district-2023 → district-2024")]
    assert not any(kind == "check" for kind, _ in got)  # every check follows the checklist or keeps its own


def test_a_check_added_with_its_own_scope_says_so(tmp_path):
    old = _write(tmp_path, "old.yaml", ITEM_CHECK.format(body="    item: {label: 权力清单, terms: [权力清单], year: any}"))
    new = _write(tmp_path, "new.yaml", ITEM_CHECK.format(body="    item: {label: 权力清单, terms: [权力清单], year: any}")
                 + "  - id: T1.2\n    title: 公开低保信息\n    rule: coverage\n"
                   "    item: {label: 低保信息, terms: [低保], year: any}\n    applies_to: government\n")
    (change,) = diff_checklists(load_checklist(old), load_checklist(new)).changes
    assert (change.id, change.change) == ("T1.2", "added")
    assert change.details == ["检查方式：coverage", "适用范围：整个政府的公开目录（各部门信息合计）"]
