"""The result of a run: findings, check and task results, summary; JSON (de)serialisation.

This module is the contract between the core and the writers (DESIGN §7, schema govopen.result/1).
Writers import only this module.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from typing import Any, Iterable

from govopen_cli.labels import KIND_LABELS, SEVERITY_LABELS, STATUS_LABELS  # noqa: F401 - re-exported for writers

SCHEMA = "govopen.result/1"
STATUSES = ("pass", "fail", "manual", "waived", "n/a", "error")
SEVERITIES = ("error", "warning", "info")
EVIDENCE_CAP = 200  # evidence entries kept per check (DESIGN §7); the totals are always complete
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
    item: str | None = None  # the row's identity (索引号, 申请编号 …): matches findings across runs
    baseline: str | None = None  # "new" | "persisting" when compared with --baseline
    title: str | None = None  # the row's title (信息名称 …): identifies it where 索引号 is empty

    def to_dict(self) -> dict[str, Any]:
        data = dict(self.__dict__)  # flat fields: faster than asdict() for 100k+ findings
        for key in ("item", "baseline", "title"):
            if data[key] is None:
                del data[key]
        return data

    def identity(self, by_file: bool = True) -> tuple:
        """What makes a finding "the same problem" in another run: check, field, the row's 索引号
        (or its title where that is empty) and the value — not the row number, which moves when rows
        are inserted. File and sheet count only with `by_file` (several inputs in a run), so next
        month's export under a new name still matches. A result saved before `title` existed
        still matches by 索引号."""
        key = self.item or self.title
        where = (self.file, self.sheet) if by_file else ()
        return (*where, self.check, self.field, key, self.value, None if key or self.value else self.message)


def by_file(inputs: list[dict[str, Any]]) -> bool:
    """Whether findings must be told apart by file and sheet: when a run has several inputs."""
    return len({(entry.get("path"), entry.get("sheet")) for entry in inputs}) > 1


def fingerprints(findings: Iterable[Finding], with_file: bool = True) -> list[str]:
    """Stable fingerprints: the identity plus its occurrence number among equal identities."""
    seen: dict[tuple, int] = {}
    prints = []
    for finding in findings:
        key = finding.identity(with_file)
        seen[key] = seen.get(key, 0) + 1
        text = "\x1f".join("" if part is None else str(part) for part in (*key, seen[key]))
        prints.append(hashlib.sha256(text.encode("utf-8")).hexdigest()[:32])
    return prints


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
    notes: list[dict[str, Any]] | None = None  # [{file, row, text}]: what the check set aside (DESIGN §7)
    # Item checks (coverage, cadence, pairing, deadline): the rows recognised as the item, at most
    # EVIDENCE_CAP of them ({file, sheet, row, title}, plus counted: false and why when set aside),
    # and the full totals. None for other checks and in results saved before evidence existed.
    evidence: list[dict[str, Any]] | None = None
    evidence_recognised: int | None = None
    evidence_counted: int | None = None

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        for key in ("remedy", "manual", "note", "answer", "waiver", "notes", "evidence", "evidence_recognised",
                    "evidence_counted"):
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


def merge_evidence(parts: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """The evidence of one check over several files or sheets (each part a mapping with the keys
    evidence, evidence_recognised, evidence_counted — a CheckResult's vars() will do): entries in
    order, cut at EVIDENCE_CAP, totals added up. Empty when none of the parts has evidence."""
    parts = [part for part in parts if part.get("evidence") is not None]
    if not parts:
        return {}
    return {"evidence": [entry for part in parts for entry in part["evidence"]][:EVIDENCE_CAP],
            "evidence_recognised": sum(part.get("evidence_recognised") or 0 for part in parts),
            "evidence_counted": sum(part.get("evidence_counted") or 0 for part in parts)}


def task_status(statuses: list[str]) -> str:
    counted = [status for status in statuses if status in STATUS_ORDER]
    if not counted:
        return "n/a" if all(status == "n/a" for status in statuses) or not statuses else "pass"
    return max(counted, key=STATUS_ORDER.__getitem__)


@dataclass
class FileSummary:
    """One input file in a batch run: what it held and how it came out, or why it could not be read."""

    path: str
    status: str  # pass | fail | unreadable
    kind: str | None = None
    rows: int = 0
    failed_checks: int = 0
    findings: dict[str, int] = field(default_factory=lambda: {severity: 0 for severity in SEVERITIES})
    checks: dict[str, str] = field(default_factory=dict)  # check id -> status in this file
    error: str | None = None

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        if data["error"] is None:
            del data["error"]
        return data


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
    files: list[FileSummary] | None = None  # batch runs only
    fixed: list[Finding] | None = None  # with --baseline: earlier findings no longer present

    def summary(self) -> dict[str, Any]:
        counts = {status: 0 for status in STATUSES}
        for check in self.checks:
            counts[check.status] += 1
        by_severity = {severity: 0 for severity in SEVERITIES}
        for finding in self.findings:
            by_severity[finding.severity] += 1
        summary = {"checks": len(self.checks), **counts, "findings": len(self.findings), "by_severity": by_severity}
        if self.fixed is not None:
            states = [finding.baseline for finding in self.findings]
            summary["baseline"] = {"new": states.count("new"), "persisting": states.count("persisting"),
                                   "fixed": len(self.fixed)}
        return summary

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
        if self.files is not None:
            data["files"] = [summary.to_dict() for summary in self.files]
        if self.fixed is not None:
            data["fixed"] = [finding.to_dict() for finding in self.fixed]
        return data

    def to_json(self) -> str:
        """Indented JSON with one finding per line (see dumps_one_item_per_line)."""
        data = self.to_dict()
        return dumps_one_item_per_line(data, [data[key] for key in ("findings", "fixed") if key in data])

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Result":
        if data.get("schema") != SCHEMA:
            raise ValueError("不是 govopen 检查结果（应由 govopen check --format json 生成）")
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
            files=[FileSummary(**item) for item in data["files"]] if "files" in data else None,
            fixed=[Finding(**item) for item in data["fixed"]] if "fixed" in data else None,
        )

    def failing(self, fail_on: str, only_new: bool = False) -> bool:
        """True when a check at or above `fail_on` severity failed or could not run.

        With `only_new` (and a baseline), only failing checks with new findings count.
        """
        if fail_on == "never":
            return False
        levels = SEVERITIES[: SEVERITIES.index(fail_on) + 1]
        failed = {check.id for check in self.checks if check.status in ("fail", "error") and check.severity in levels}
        if self.files is not None and any(summary.status == "unreadable" for summary in self.files):
            return True
        if only_new and self.fixed is not None:
            return any(finding.check in failed and finding.baseline == "new" for finding in self.findings)
        return bool(failed)


def dumps_one_item_per_line(data: Any, long_lists: list[list]) -> str:
    """`data` as indented JSON, except that each of `long_lists` (lists inside `data`, found by
    identity) is written one compact item per line: readable and greppable, and encoded by the C
    encoder (json.dumps with indent runs in pure Python, ~10x slower on 100,000s of findings)."""
    marked: dict[str, list] = {}

    def mark(node: Any) -> Any:
        for candidate in long_lists:
            if node is candidate:
                marked[key := f"@govopen-list-{len(marked)}@"] = node
                return [key]
        if isinstance(node, dict):
            return {name: mark(value) for name, value in node.items()}
        if isinstance(node, list):
            return [mark(value) for value in node]
        return node

    text = json.dumps(mark(data), ensure_ascii=False, indent=2)
    for key, items in marked.items():
        opening = text.index(f'"{key}"')
        indent = opening - text.rindex("\n", 0, opening) - 1
        start, end = text.rindex("[", 0, opening), text.index("]", opening) + 1
        pad = " " * indent
        body = f",\n{pad}".join(json.dumps(item, ensure_ascii=False) for item in items)
        text = text[:start] + (f"[\n{pad}{body}\n{pad[:-2]}]" if items else "[]") + text[end:]
    return text + "\n"
