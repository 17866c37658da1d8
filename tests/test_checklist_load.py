"""Checklist loader (checklist/load.py): extends with override and drop, and validation errors that
name the file, the line and the key (DESIGN §5)."""
from __future__ import annotations

import textwrap

import pytest

from govopen_cli.checklist.load import load_checklist, shipped_names
from govopen_cli.errors import ChecklistError

BASE = """\
id: base
title: 基础清单
source: 条例
period: {year: 2023}
next_steps: [继续做好公开工作]
tasks:
  - id: T1
    title: 任务一
    units: [办公室]
    source: 一、(一)
    checks:
      - {id: A, title: 要素完整, rule: required, fields: [索引号, 信息名称], remedy: 补全}
      - {id: B, title: 索引号唯一, rule: unique, field: 索引号}
      - {id: C, title: 人工核查, manual: 看一看}
  - id: T2
    title: 任务二
    units: [信息科]
    checks:
      - {id: D, title: 日期可读, rule: date-parse, field: 发布日期, units: [网站组]}
checks:
  - {id: E, title: 无任务的检查, rule: length, field: 内容概述, max: 100}
"""


def write(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def load_error(path) -> str:
    with pytest.raises(ChecklistError) as error:
        load_checklist(str(path))
    return error.value.message


# --- building ----------------------------------------------------------------------------------


def test_plain_checklist(tmp_path):
    checklist = load_checklist(str(write(tmp_path, "base.yaml", BASE)))
    assert (checklist.id, checklist.title, checklist.source) == ("base", "基础清单", "条例")
    assert checklist.period == {"year": 2023}
    assert checklist.next_steps == ("继续做好公开工作",)
    assert [t.id for t in checklist.tasks] == ["T1", "T2"]
    assert checklist.task("T1").check_ids == ("A", "B", "C")
    assert [c.id for c in checklist.checks] == ["A", "B", "C", "D", "E"]
    a = checklist.check("A")
    assert (a.task, a.rule, a.severity, a.remedy, a.units) == ("T1", "required", "error", "补全", ("办公室",))
    assert dict(a.params) == {"fields": ["索引号", "信息名称"]}
    assert checklist.check("C").rule is None and checklist.check("C").manual == "看一看"
    assert checklist.check("D").units == ("网站组",)  # its own units win over the task's
    assert checklist.check("E").task is None
    assert a.origin.startswith(str(tmp_path / "base.yaml") + ":")


def test_extends_override_drop_and_add(tmp_path):
    write(tmp_path, "base.yaml", BASE)
    child = write(tmp_path, "child.yaml", """\
        id: child
        title: 子清单
        extends: base.yaml
        drop: [B, T2]
        tasks:
          - id: T1
            checks:
              - {id: A, severity: warning, fields: [信息名称]}
              - {id: F, title: 标题不超过50字, rule: length, field: 信息名称, max: 50}
          - id: T3
            title: 任务三
            units: [财务科]
            checks:
              - {id: G, title: 公开方式, rule: enum, field: 公开方式, values: [主动公开, 依申请公开]}
        """)
    checklist = load_checklist(str(child))
    assert checklist.extends == "base.yaml"
    assert checklist.source == "条例" and checklist.period == {"year": 2023}  # inherited
    assert [t.id for t in checklist.tasks] == ["T1", "T3"]
    assert checklist.task("T1").title == "任务一"
    assert checklist.task("T1").check_ids == ("A", "C", "F")
    assert [c.id for c in checklist.checks] == ["A", "C", "F", "G", "E"]
    a = checklist.check("A")
    # Given keys win; the rest (title, rule, remedy, units) is inherited.
    assert (a.title, a.rule, a.severity, a.remedy) == ("要素完整", "required", "warning", "补全")
    assert dict(a.params) == {"fields": ["信息名称"]}
    assert checklist.check("F").units == ("办公室",)
    assert checklist.check("G").units == ("财务科",)
    with pytest.raises(KeyError):
        checklist.check("B")
    with pytest.raises(KeyError):
        checklist.check("D")  # dropped with its task


def test_override_replacing_the_rule_replaces_its_parameters(tmp_path):
    write(tmp_path, "base.yaml", BASE)
    child = write(tmp_path, "child.yaml", """\
        id: child
        title: 子清单
        extends: base.yaml
        checks:
          - {id: B, rule: pattern, field: 索引号, regex: '\\d+'}
          - {id: C, rule: required, field: 发布机构}
        """)
    checklist = load_checklist(str(child))
    assert dict(checklist.check("B").params) == {"field": "索引号", "regex": "\\d+"}
    assert checklist.check("B").task == "T1"  # stays in its task
    c = checklist.check("C")
    assert (c.rule, c.manual, dict(c.params)) == ("required", None, {"field": "发布机构"})


def test_extends_the_shipped_baseline(tmp_path):
    child = write(tmp_path, "local.yaml", """\
        id: local
        title: 本地清单
        extends: national-baseline
        drop: [B.privacy]
        tasks:
          - id: B
            checks:
              - {id: B.index-unique, severity: warning}
        """)
    checklist = load_checklist(str(child))
    ids = [c.id for c in checklist.checks]
    assert "B.privacy" not in ids
    assert "B.columns" in ids and "B.timeliness" in ids
    assert checklist.check("B.index-unique").severity == "warning"
    assert checklist.check("B.index-unique").rule == "unique"


def test_shipped_checklists_load():
    names = shipped_names()
    assert "national-baseline" in names
    for name in names:
        checklist = load_checklist(name)
        assert checklist.checks, name
    baseline = load_checklist("national-baseline")
    assert baseline.id == "national-baseline"
    assert {"B.columns", "B.required", "B.dates", "B.date-order", "B.timeliness", "B.index-unique"} <= {
        c.id for c in baseline.checks}


def test_extends_relative_to_the_child(tmp_path):
    (tmp_path / "sub").mkdir()
    write(tmp_path, "sub/base.yaml", BASE)
    child = write(tmp_path, "sub/child.yaml", "id: c\ntitle: c\nextends: base\n")
    assert len(load_checklist(str(child)).checks) == 5


# --- errors ------------------------------------------------------------------------------------


def test_yaml_syntax_error_names_file_and_line(tmp_path):
    path = write(tmp_path, "bad.yaml", "id: x\ntitle: y\ntasks:\n  - id: T\n    title: t\n      checks: []\n")
    message = load_error(path)
    assert message.startswith(f"{path} 第 6 行：YAML 语法错误")


def test_unknown_rule_names_file_line_and_lists_rules(tmp_path):
    path = write(tmp_path, "x.yaml", """\
        id: x
        title: y
        tasks:
          - id: T
            title: t
            checks:
              - {id: A, title: a, rule: nosuch, field: 索引号}
        """)
    message = load_error(path)
    assert f"{path} 第 7 行，检查项 A：未知规则“nosuch”" in message
    assert "required" in message and "timeliness" in message


def test_unknown_parameter_names_its_own_line(tmp_path):
    path = write(tmp_path, "x.yaml", """\
        id: x
        title: y
        tasks:
          - id: T
            title: t
            checks:
              - id: A
                title: a
                rule: required
                feild: 索引号
        """)
    message = load_error(path)
    assert f"{path} 第 10 行，检查项 A：未知参数“feild”（required 规则可用：field、fields" in message


@pytest.mark.parametrize("check,line_fragment", [
    ("{id: A, title: a, rule: length, field: 不存在, max: 5}", "参数 field 未知字段“不存在”"),
    ("{id: A, title: a, rule: length, field: 信息名称, max: '5'}", "参数 max 应为整数"),
    ("{id: A, title: a, rule: enum, field: 公开方式}", "enum 规则缺少必需参数“values”"),
    ("{id: A, title: a, rule: pattern, field: 索引号, regex: '[abc'}", "参数 regex 正则表达式第 1 个字符处方括号“[”没有配对的“]”"),
    ("{id: A, title: a, rule: required, field: 索引号, severity: fatal}", "severity 应为 error、warning、info 之一，实际为“fatal”"),
    ("{id: A, title: a, rule: required, fields: 索引号}", "参数 fields 应为字段名列表"),
    ("{id: A, title: a, rule: required}", "required 规则需要 field（一个字段）或 fields（字段列表）"),
    ("{id: A, title: a, rule: required, field: 索引号, manual: 看}", "必须有且只有 rule（自动检查）或 manual（人工核查指引）之一"),
    ("{id: A, title: a}", "必须有且只有 rule"),
    ("{id: A, rule: required, field: 索引号}", "缺少 title"),
    ("{title: a, rule: required, field: 索引号}", "检查项缺少 id"),
    ("{id: A, title: a, rule: required, field: 索引号, units: 办公室}", "units 应为责任单位名称的列表"),
    ("{id: A, title: a, rule: required, field: 索引号, if_missing: skip}", "if_missing 应为 n/a 或 error"),
    ("{id: A, title: a, rule: required, field: 索引号, when: {field: 公开方试, equals: 主动公开}}", "when 中的未知字段“公开方试”"),
    ("{id: A, title: a, rule: required, field: 索引号, when: {feild: 公开方式}}", "when：条件缺少 field"),
    ("{id: A, title: a, rule: required, field: 索引号, when: {field: 公开方式, like: x}}", "when.like：未知的条件运算符"),
    ("{id: A, title: a, manual: 看, colour: red}", "未知的键“colour”"),
    ("{id: A, title: a, rule: date-order, earlier: 生成日期, later: 发布时间}", "参数 later 未知字段“发布时间”"),
])
def test_check_errors_name_file_line_and_problem(tmp_path, check, line_fragment):
    path = write(tmp_path, "x.yaml", f"id: x\ntitle: y\ntasks:\n  - id: T\n    title: t\n    checks:\n      - {check}\n")
    message = load_error(path)
    assert message.startswith("检查清单有错误：\n")
    assert f"{path} 第 7 行" in message
    assert line_fragment in message


def test_several_errors_are_reported_together(tmp_path):
    path = write(tmp_path, "x.yaml", """\
        id: x
        title: y
        tasks:
          - id: T
            title: t
            checks:
              - {id: A, title: a, rule: nosuch}
              - {id: A, title: b, rule: required, field: 索引号, severity: high}
        """)
    lines = load_error(path).splitlines()
    assert lines[0] == "检查清单有错误："
    assert lines[1:] == [
        f"{path} 第 7 行，检查项 A：未知规则“nosuch”（可用：" + lines[1].split("（可用：")[1],
        f"{path} 第 8 行，检查项 A：severity 应为 error、warning、info 之一，实际为“high”",
        f"{path} 第 8 行，检查项 A：id 重复",
    ]


def test_check_that_is_not_a_mapping_names_the_line_of_its_list(tmp_path):
    path = write(tmp_path, "x.yaml", "id: x\ntitle: y\ntasks:\n  - id: T\n    title: t\n    checks: [A]\n")
    assert f"{path} 第 6 行，任务 T：检查项应为映射" in load_error(path)


@pytest.mark.parametrize("text,fragment", [
    ("title: y\n", "顶层：缺少 id"),
    ("id: x\ntitle: y\nperiod: 2023\n", "period：应为 {year: 2023}"),
    ("id: x\ntitle: y\ndrop: B\n", "drop：应为列表"),
    ("id: x\ntitle: y\ntasks: {a: 1}\n", "tasks：应为任务列表"),
    ("id: x\ntitle: y\ntasks:\n  - title: t\n", "任务 1：缺少 id"),
    ("id: x\ntitle: y\ntasks:\n  - id: T\n    title: t\n    owner: 张三\n", "任务 T：未知的键“owner”"),
])
def test_document_errors(tmp_path, text, fragment):
    path = write(tmp_path, "x.yaml", text)
    message = load_error(path)
    assert str(path) in message and fragment in message


@pytest.mark.parametrize("text", ["", "- a\n- b\n", "just text\n"])
def test_not_a_mapping(tmp_path, text):
    path = write(tmp_path, "x.yaml", text)
    assert f"{path}，文件：检查清单应为一个映射" in load_error(path)


def test_drop_of_unknown_id(tmp_path):
    write(tmp_path, "base.yaml", BASE)
    path = write(tmp_path, "x.yaml", "id: x\ntitle: y\nextends: base.yaml\ndrop: [B, ZZ]\n")
    message = load_error(path)
    assert f"{path} 第 4 行，drop：“ZZ”不是所继承清单中的检查项或任务 id" in message
    assert "“B”" not in message


def test_extends_not_found_names_file_and_line(tmp_path):
    path = write(tmp_path, "x.yaml", "id: x\ntitle: y\nextends: nothere\n")
    message = load_error(path)
    assert f"{path} 第 3 行，extends：找不到检查清单“nothere”" in message
    assert "national-baseline" in message


def test_extends_cycle(tmp_path):
    write(tmp_path, "a.yaml", "id: a\ntitle: a\nextends: b.yaml\n")
    write(tmp_path, "b.yaml", "id: b\ntitle: b\nextends: a.yaml\n")
    assert "extends 形成循环引用" in load_error(tmp_path / "a.yaml")


def test_error_in_parent_names_the_parent(tmp_path):
    write(tmp_path, "base.yaml", "id: b\ntitle: b\nchecks:\n  - {id: A, title: a, rule: nosuch}\n")
    path = write(tmp_path, "x.yaml", "id: x\ntitle: y\nextends: base.yaml\n")
    assert f"{tmp_path / 'base.yaml'} 第 4 行，检查项 A：未知规则“nosuch”" in load_error(path)


def test_override_with_a_parameter_the_inherited_rule_does_not_take(tmp_path):
    write(tmp_path, "base.yaml", BASE)
    path = write(tmp_path, "x.yaml", "id: x\ntitle: y\nextends: base.yaml\nchecks:\n  - {id: B, max: 5}\n")
    message = load_error(path)
    assert f"{path} 第 5 行" in message and "未知参数“max”" in message and "unique" in message


def test_missing_and_non_utf8_files(tmp_path):
    with pytest.raises(ChecklistError) as error:
        load_checklist(str(tmp_path / "none.yaml"))
    assert "找不到检查清单" in error.value.message and "none.yaml" in error.value.message
    path = tmp_path / "gbk.yaml"
    path.write_bytes("id: x\ntitle: 标题\n".encode("gbk"))
    assert load_error(path) == f"{path} 第 2 行：文件不是 UTF-8 编码的文本（请在记事本或 WPS 中“另存为”，编码选 UTF-8）"


def test_utf8_bom_is_accepted(tmp_path):
    path = tmp_path / "bom.yaml"
    path.write_bytes("id: x\ntitle: 标题\nchecks:\n  - {id: A, title: a, manual: 看}\n".encode("utf-8-sig"))
    assert load_checklist(str(path)).title == "标题"


def test_override_when_is_checked_against_the_inherited_rules_kind(tmp_path):
    write(tmp_path, "base.yaml", """\
        id: b
        title: b
        checks:
          - {id: A, title: 申请编号必填, rule: required, field: 申请编号, kind: applications}
        """)
    good = write(tmp_path, "good.yaml", """\
        id: g
        title: g
        extends: base.yaml
        checks:
          - {id: A, when: {field: 申请人类型, equals: 自然人}}
        """)
    assert dict(load_checklist(str(good)).check("A").params)["when"] == {"field": "申请人类型", "equals": "自然人"}
    bad = write(tmp_path, "bad.yaml", """\
        id: x
        title: x
        extends: base.yaml
        checks:
          - {id: A, when: {field: 申请人类别名, equals: 自然人}}
        """)
    assert f"{bad} 第 5 行" in load_error(bad) and "when 中的未知字段“申请人类别名”" in load_error(bad)
