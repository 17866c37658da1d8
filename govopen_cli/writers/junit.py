"""JUnit XML: a testsuite per checklist (or per input file in a batch run), a testcase per check.

Failing checks carry their findings in the failure text; manual, waived and n/a checks are
skipped with the reason. No timestamps or durations, so the same result gives the same bytes.
Written suite by suite: a failure carries at most SHOWN_FINDINGS findings, taken from the finding
columns without making the rest, so memory does not grow with the number of findings.
"""
from __future__ import annotations

import io
import xml.etree.ElementTree as ET
from typing import Iterator, Mapping, Sequence, TextIO

from govopen_cli.result import STATUS_LABELS, CheckResult, Finding, Result

SHOWN_FINDINGS = 200  # per failure; the JSON result and the workbook have them all


def _location(finding: Finding) -> str:
    parts = [finding.file or ""]
    if finding.sheet:
        parts.append(finding.sheet)
    if finding.cell:
        parts.append(finding.cell)
    elif finding.row:
        parts.append(f"第{finding.row}行")
    return " › ".join(part for part in parts if part)


def _testcase(suite: ET.Element, check: CheckResult, status: str, findings: Sequence[Finding], classname: str) -> None:
    case = ET.SubElement(suite, "testcase", name=f"{check.id} {check.title}", classname=classname, time="0")
    if status in ("fail", "error"):
        tag = "failure" if status == "fail" else "error"
        message = check.note or f"{STATUS_LABELS[status]}：{len(findings)} 处问题"
        element = ET.SubElement(case, tag, message=message, type=check.rule or "manual")
        lines = [f"{_location(f)}：{f.message}" for f in findings[:SHOWN_FINDINGS]]
        if len(findings) > SHOWN_FINDINGS:
            lines.append(f"……另有 {len(findings) - SHOWN_FINDINGS} 处")
        if check.remedy:
            lines.append(f"整改措施：{check.remedy}")
        element.text = "\n".join(lines)
    elif status in ("manual", "waived", "n/a"):
        reason = {"manual": f"待人工核查：{check.manual or ''}", "n/a": f"不适用：{check.note or ''}",
                  "waived": f"已豁免：{(check.waiver or {}).get('reason', '')}"}[status]
        ET.SubElement(case, "skipped", message=reason.rstrip("："))


def _suite(name: str, checks: list[tuple[CheckResult, str]], findings: Mapping[str, Sequence[Finding]],
           classname: str) -> ET.Element:
    counted = [status for _, status in checks]
    suite = ET.Element(
        "testsuite", name=name, tests=str(len(checks)),
        failures=str(counted.count("fail")), errors=str(counted.count("error")),
        skipped=str(sum(counted.count(s) for s in ("manual", "waived", "n/a"))), time="0",
    )
    for check, status in checks:
        _testcase(suite, check, status, findings.get(check.id, []), classname=f"{classname}.{check.task or 'checks'}")
    return suite


def _suites(result: Result) -> Iterator[ET.Element]:
    checklist_id = result.checklist["id"]
    if result.files:
        for summary in result.files:
            if summary.status == "unreadable":
                suite = ET.Element("testsuite", name=summary.path, tests="1", failures="0", errors="1",
                                   skipped="0", time="0")
                case = ET.SubElement(suite, "testcase", name="读取文件", classname=checklist_id, time="0")
                ET.SubElement(case, "error", message=summary.error or "无法读取", type="input")
                yield suite
                continue
            checks = [(check, summary.checks.get(check.id, "n/a")) for check in result.checks]
            yield _suite(summary.path, checks, result.findings.by_check(file=summary.path), checklist_id)
    else:
        yield _suite(f"{result.checklist['title']}（{checklist_id}）",
                     [(check, check.status) for check in result.checks], result.findings.by_check(), checklist_id)


def write(result: Result, stream: TextIO) -> None:
    """The JUnit XML written one testsuite at a time."""
    root = ET.Element("testsuites", name=f"govopen {result.checklist['id']}")
    head = ET.tostring(root, encoding="unicode")  # <testsuites name="…" /> : its attributes escaped by ET
    stream.write('<?xml version="1.0" encoding="UTF-8"?>\n' + head[:-3] + ">")
    for suite in _suites(result):
        ET.indent(suite, level=1)
        stream.write("\n  " + ET.tostring(suite, encoding="unicode"))
    stream.write("\n</testsuites>\n")


def render(result: Result) -> str:
    buffer = io.StringIO()
    write(result, buffer)
    return buffer.getvalue()
