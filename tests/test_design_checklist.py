"""A checklist written by someone else in the DESIGN §5 syntax runs as written."""
from __future__ import annotations

import datetime as dt
import os

import openpyxl

from govopen_cli.api import CheckRequest, check
from govopen_cli.checklist.load import load_checklist

CHECKLIST = os.path.join(os.path.dirname(__file__), "data", "checklists", "third-party.yaml")
HEADER = ["索引号", "信息名称", "内容概述", "发布机构", "生成日期", "发布日期", "文号", "体裁分类", "主题分类"]


def row(n, title, created, published, kind="通知", docno=""):
    return [f"11370881004341590W/2023-{n:05d}", title, "概述", "某县交通运输局",
            dt.date.fromisoformat(created), dt.date.fromisoformat(published), docno, kind, ""]


def test_loads_with_extends_drop_and_override():
    checklist = load_checklist(CHECKLIST)
    ids = [check.id for check in checklist.checks]
    assert "B.index-check-digit" not in ids and "B.required" in ids
    assert checklist.check("B.docno").severity == "warning"
    assert checklist.check("B.docno").rule == "docno"  # the override kept the inherited rule
    assert [task.id for task in checklist.tasks] == ["B", "T2", "T3"]
    assert checklist.check("T3.1").units == ("局建设科", "局规划科")
    assert checklist.next_steps == ("完善信息发布审核机制",)


def test_runs_as_written(tmp_path):
    rows = [row(1, "某县交通运输局2023年部门预算", "2023-02-01", "2023-02-10")]
    rows += [row(10 + m, f"重大建设项目进展情况（{m}月）", f"2023-{m:02d}-25", f"2023-{m:02d}-28") for m in range(1, 13) if m != 7]
    rows.append(row(40, "某县农村公路管理办法", "2023-04-01", "2023-04-03", kind="政策文件", docno="某交发[2023]4号"))
    rows.append(row(41, "《某县农村公路管理办法》解读", "2023-04-01", "2023-04-03", kind="解读"))
    rows.append(row(42, "2022年部门决算", "2023-08-01", "2023-11-02"))
    path = tmp_path / "catalog.xlsx"
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(HEADER)
    for item in rows:
        sheet.append(item)
    workbook.save(path)
    result = check(CheckRequest(paths=[str(path)], checklist=CHECKLIST, as_of=dt.date(2024, 1, 31)))
    statuses = {c.id: c.status for c in result.checks}
    assert statuses["T2.1"] == "pass"
    assert statuses["T2.3"] == "manual"
    assert statuses["T3.2"] == "pass"
    failing = {c.id for c in result.checks if c.status == "fail"}
    assert failing == {"T2.2", "T3.1", "T3.3", "B.docno", "B.timeliness"}
    messages = {f.check: f.message for f in result.findings}
    assert messages["T3.1"].startswith("2023年7月没有发布")
    assert messages["T2.2"] == "应在 2023-10-31 前公开（信息名称匹配“决算”），最早在 2023-11-02 才发布"
    assert [f.row for f in result.findings if f.check == "T3.3"] == [len(rows) + 1]
    assert {t.id: t.status for t in result.tasks} == {"B": "fail", "T2": "fail", "T3": "fail"}
    assert result.period == {"start": "2023-01-01", "end": "2023-12-31"}
