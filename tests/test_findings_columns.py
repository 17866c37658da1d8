"""Findings kept as columns (DESIGN §9): the engine stores a block of arrays per check and input,
`Finding` objects are made only when read, and the JSON lines made from the columns equal what
json.dumps makes of each finding."""
from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
import textwrap
import tracemalloc
from array import array

import pytest

from govopen_cli.checklist.load import load_checklist
from govopen_cli.engine import RunOptions, run_checklist
from govopen_cli.result import NO_ROW, Finding, FindingBlock, Findings, Result
from tests.helpers import make_dataset

CHECKLIST = textwrap.dedent("""\
    id: columns-test
    title: 列存测试
    checks:
      - id: C.required
        title: 信息名称和索引号不为空
        rule: required
        fields: [信息名称, 索引号]
      - id: C.docno
        title: 文号规范
        rule: docno
        severity: warning
""")


@pytest.fixture
def checklist(tmp_path):
    path = tmp_path / "c.yaml"
    path.write_text(CHECKLIST, encoding="utf-8")
    return load_checklist(str(path))


def _block(**overrides) -> FindingBlock:
    values = dict(
        check="C.x", rule="pattern", severity="error", file='a "b".xlsx', sheet=None,
        fields=["信息名称", None, "文号"], columns=["标题", None, "发文字号"], letters=["B", None, None],
        messages=["含控制字符\x01和引号\"", "整体问题"],
        field_ids=array("H", [0, 1, 2, 0]), message_ids=array("I", [0, 1, 0, 1]),
        rows=array("q", [5, NO_ROW, 7, 9]), values=["值\\反斜杠", None, "\u2028行分隔", "x"],
        items=["ID/1", None, None, "ID/9"], titles=["关于“某事”的通知", None, "标题", None],
    )
    values.update(overrides)
    return FindingBlock(**values)


def test_json_lines_equal_json_dumps_of_each_finding():
    for block in (_block(), _block(baseline=["new", None, "persisting", "new"])):
        expected = [json.dumps(finding.to_dict(), ensure_ascii=False) for finding in block]
        assert list(block.json_lines()) == expected
    block = _block()
    assert [(f.row, f.cell, f.column, f.field) for f in block] == [
        (5, "B5", "标题", "信息名称"), (None, None, None, None), (7, None, "发文字号", "文号"), (9, "B9", "标题", "信息名称")]


def test_findings_behave_like_a_list_without_holding_objects():
    single = Finding(check="M", rule="manual", severity="warning", message="人工核查结论为不符合")
    findings = Findings([_block(), single, _block(check="C.y", file="other.xlsx")])
    as_list = [*_block(), single, *_block(check="C.y", file="other.xlsx")]
    assert len(findings) == 9 and list(findings) == as_list
    assert findings[4] is single and findings[-1] == as_list[-1] and findings[2:6] == as_list[2:6]
    with pytest.raises(IndexError):
        findings[9]
    assert {check: len(group) for check, group in findings.by_check().items()} == {"C.x": 4, "M": 1, "C.y": 4}
    assert list(findings.by_check(file="other.xlsx")) == ["C.y"]
    assert findings.severity_counts() == {"error": 8, "warning": 1, "info": 0}
    states = ["new", "persisting"] * 4 + ["new"]
    findings.set_baseline_states(states)
    assert [finding.baseline for finding in findings] == states == findings.baseline_states()


def test_engine_keeps_findings_as_columns_and_the_json_is_unchanged(checklist):
    rows = [{"信息名称": "", "索引号": "", "文号": f"曲交发[2023]{n}号"} for n in range(1, 4)]
    rows.append({"信息名称": "关于道路养护的通知", "索引号": "X/2023-1", "文号": "曲交发〔2023〕9号"})
    result = run_checklist(checklist, [make_dataset(rows)], RunOptions(as_of=dt.date(2024, 1, 31)))
    assert all(isinstance(part, FindingBlock) for part in result.findings._parts)
    assert [(f.check, f.row, f.cell) for f in result.findings] == [
        ("C.required", 2, "A2"), ("C.required", 3, "A3"), ("C.required", 4, "A4"), ("C.required", 2, "B2"),
        ("C.required", 3, "B3"), ("C.required", 4, "B4"), ("C.docno", 2, "C2"), ("C.docno", 3, "C3"),
        ("C.docno", 4, "C4")]
    text = result.to_json()
    data = json.loads(text)
    assert data["findings"] == [finding.to_dict() for finding in result.findings]
    assert data["summary"]["by_severity"] == {"error": 6, "warning": 3, "info": 0}
    # a result read back from JSON holds plain findings and writes the same bytes
    assert Result.from_dict(data).to_json() == text


def test_memory_does_not_grow_by_an_object_per_finding(checklist):
    rows = [{"信息名称": "", "索引号": "", "文号": f"曲交发[2023]{n}号"} for n in range(20_000)]
    dataset = make_dataset(rows)
    dataset.values("索引号")  # the input's own arrays are not the findings' cost
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    result = run_checklist(checklist, [dataset], RunOptions(as_of=dt.date(2024, 1, 31)))
    kept = tracemalloc.get_traced_memory()[0] - before
    tracemalloc.stop()
    assert len(result.findings) == 60_000
    # A dict or dataclass per finding costs 400+ bytes; the columns cost a few dozen (the docno
    # messages are distinct per row, and name the corrected number, so they are most of it).
    assert kept / len(result.findings) < 160, kept / len(result.findings)


def test_streamed_stdout_equals_the_written_file(tmp_path):
    csv = tmp_path / "目录.csv"
    csv.write_text("索引号,标题,发布机构,生成日期,发布日期,文号\n,通知甲,某局,2023-05-06,2023-05-08,某发[2023]1号\n"
                   "X/2023-2,通知乙,某局,2023-05-06,2023-05-04,\n", encoding="utf-8")
    base = [sys.executable, "-m", "govopen_cli", "check", str(csv), "--as-of", "2024-01-31"]
    for fmt in ("json", "sarif", "github"):
        out = tmp_path / f"out.{fmt}"
        piped = subprocess.run([*base, "--format", fmt], capture_output=True, check=False)
        written = subprocess.run([*base, "--format", fmt, "-o", str(out)], capture_output=True, check=False)
        assert piped.returncode == written.returncode == 1
        assert piped.stdout == out.read_bytes() and piped.stdout
