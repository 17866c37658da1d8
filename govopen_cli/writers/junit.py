"""JUnit XML: a testsuite per checklist (or per input file in a batch run), a testcase per check.

Failing checks carry their findings in the failure text; manual, waived and n/a checks are
skipped with the reason. No timestamps or durations, so the same result gives the same bytes.
"""
from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Mapping, Sequence

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


def _suite(root: ET.Element, name: str, checks: list[tuple[CheckResult, str]], findings: Mapping[str, Sequence[Finding]],
           classname: str) -> None:
    counted = [status for _, status in checks]
    suite = ET.SubElement(
        root, "testsuite", name=name, tests=str(len(checks)),
        failures=str(counted.count("fail")), errors=str(counted.count("error")),
        skipped=str(sum(counted.count(s) for s in ("manual", "waived", "n/a"))), time="0",
    )
    for check, status in checks:
        _testcase(suite, check, status, findings.get(check.id, []), classname=f"{classname}.{check.task or 'checks'}")


def render(result: Result) -> str:
    root = ET.Element("testsuites", name=f"govopen {result.checklist['id']}")
    checklist_id = result.checklist["id"]
    if result.files:
        for summary in result.files:
            if summary.status == "unreadable":
                suite = ET.SubElement(root, "testsuite", name=summary.path, tests="1", failures="0", errors="1",
                                      skipped="0", time="0")
                case = ET.SubElement(suite, "testcase", name="读取文件", classname=checklist_id, time="0")
                ET.SubElement(case, "error", message=summary.error or "无法读取", type="input")
                continue
            by_check = result.findings.by_check(file=summary.path)
            checks = [(check, summary.checks.get(check.id, "n/a")) for check in result.checks]
            _suite(root, summary.path, checks, by_check, checklist_id)
    else:
        by_check = result.findings.by_check()
        _suite(root, f"{result.checklist['title']}（{checklist_id}）",
               [(check, check.status) for check in result.checks], by_check, checklist_id)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
