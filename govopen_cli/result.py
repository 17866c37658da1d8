"""The result of a run: findings, check and task results, summary; JSON (de)serialisation.

This module is the contract between the core and the writers (DESIGN §7, schema govopen.result/1).
Writers import only this module.
"""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any

from govopen_cli.labels import KIND_LABELS, SEVERITY_LABELS, STATUS_LABELS  # noqa: F401 - re-exported for writers

SCHEMA = "govopen.result/1"
STATUSES = ("pass", "fail", "manual", "waived", "n/a", "error")
SEVERITIES = ("error", "warning", "info")
# A task is the worst of its checks; waived and n/a do not count (DESIGN §7).
STATUS_ORDER = {"fail": 4, "error": 3, "manual": 2, "pass": 1}


@dataclass
class Finding:
    check: str
    rule: str
    severity: str
    message: str
    file: str | None = None
    sheet: str | None = None
    row: int | None = None
    cell: str | None = None
    column: str | None = None
    field: str | None = None
    value: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class CheckResult:
    id: str
    task: str | None
    title: str
    rule: str | None
    severity: str
    units: list[str]
    source: str | None
    status: str
    findings: int = 0
    remedy: str | None = None
    manual: str | None = None
    note: str | None = None  # why a check could not run (status error) or why it is n/a
    answer: dict[str, Any] | None = None  # a person's conclusion on a manual check
    waiver: dict[str, Any] | None = None  # reason, approved_by, expires, expired

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        for key in ("remedy", "manual", "note", "answer", "waiver"):
            if data[key] is None:
                del data[key]
        return data


@dataclass
class TaskResult:
    id: str
    title: str
    units: list[str]
    source: str | None
    status: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def task_status(statuses: list[str]) -> str:
    counted = [status for status in statuses if status in STATUS_ORDER]
    if not counted:
        return "n/a" if all(status == "n/a" for status in statuses) or not statuses else "pass"
    return max(counted, key=STATUS_ORDER.__getitem__)


@dataclass
class Result:
    checklist: dict[str, Any]
    as_of: str
    period: dict[str, str] | None
    agency: dict[str, Any]
    inputs: list[dict[str, Any]]
    tasks: list[TaskResult]
    checks: list[CheckResult]
    findings: list[Finding]
    warnings: list[str] = field(default_factory=list)
    tool: dict[str, str] = field(default_factory=dict)

    def summary(self) -> dict[str, Any]:
        counts = {status: 0 for status in STATUSES}
        for check in self.checks:
            counts[check.status] += 1
        by_severity = {severity: 0 for severity in SEVERITIES}
        for finding in self.findings:
            by_severity[finding.severity] += 1
        return {"checks": len(self.checks), **counts, "findings": len(self.findings), "by_severity": by_severity}

    def to_dict(self) -> dict[str, Any]:
        data = {
            "schema": SCHEMA,
            "tool": self.tool,
            "checklist": self.checklist,
            "as_of": self.as_of,
            "period": self.period,
            "agency": self.agency,
            "inputs": self.inputs,
            "summary": self.summary(),
            "tasks": [task.to_dict() for task in self.tasks],
            "checks": [check.to_dict() for check in self.checks],
            "findings": [finding.to_dict() for finding in self.findings],
        }
        if self.warnings:
            data["warnings"] = list(self.warnings)
        return data

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2) + "\n"

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Result":
        if data.get("schema") != SCHEMA:
            raise ValueError(f"不是 govopen 检查结果（schema 应为 {SCHEMA}）")
        return cls(
            checklist=data["checklist"],
            as_of=data["as_of"],
            period=data.get("period"),
            agency=data.get("agency", {}),
            inputs=data.get("inputs", []),
            tasks=[TaskResult(**task) for task in data.get("tasks", [])],
            checks=[CheckResult(**check) for check in data.get("checks", [])],
            findings=[Finding(**finding) for finding in data.get("findings", [])],
            warnings=data.get("warnings", []),
            tool=data.get("tool", {}),
        )

    def failing(self, fail_on: str) -> bool:
        """True when a check at or above `fail_on` severity failed or could not run."""
        if fail_on == "never":
            return False
        levels = SEVERITIES[: SEVERITIES.index(fail_on) + 1]
        return any(check.status in ("fail", "error") and check.severity in levels for check in self.checks)
