"""The result of a run: findings, check and task results, summary; JSON (de)serialisation.

This module is the contract between the core and the writers (DESIGN §7, schema govopen.result/1).
Writers import only this module.
"""
from __future__ import annotations

import bisect
import hashlib
import io
import json
from array import array
from dataclasses import asdict, dataclass, field
from typing import Any, Iterable, Iterator, Sequence, TextIO

from govopen_cli.labels import KIND_LABELS, SEVERITY_LABELS, STATUS_LABELS  # noqa: F401 - re-exported for writers

SCHEMA = "govopen.result/1"
STATUSES = ("pass", "fail", "manual", "waived", "n/a", "error")
SEVERITIES = ("error", "warning", "info")
EVIDENCE_CAP = 200  # evidence entries kept per check (DESIGN §7); the totals are always complete
# A task is the worst of its checks; waived and n/a do not count (DESIGN §7).
STATUS_ORDER = {"fail": 4, "error": 3, "manual": 2, "pass": 1}


@dataclass(slots=True)
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
        data = {"check": self.check, "rule": self.rule, "severity": self.severity, "message": self.message,
                "file": self.file, "sheet": self.sheet, "row": self.row, "cell": self.cell, "column": self.column,
                "field": self.field, "value": self.value}
        if self.item is not None:
            data["item"] = self.item
        if self.baseline is not None:
            data["baseline"] = self.baseline
        if self.title is not None:
            data["title"] = self.title
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


def fingerprinted(findings: Iterable[Finding], with_file: bool = True) -> Iterator[tuple[Finding, str]]:
    """Each finding with its stable fingerprint, as they come: the identity plus its occurrence
    number among equal identities."""
    seen: dict[tuple, int] = {}
    for finding in findings:
        key = finding.identity(with_file)
        seen[key] = seen.get(key, 0) + 1
        text = "\x1f".join("" if part is None else str(part) for part in (*key, seen[key]))
        yield finding, hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


_encode_text = json.encoder.encode_basestring  # the C escaper json.dumps(ensure_ascii=False) uses


def _encode(value: Any) -> str:
    if isinstance(value, str):
        return _encode_text(value)
    return "null" if value is None else json.dumps(value, ensure_ascii=False)


NO_ROW = -1  # FindingBlock.rows for a finding about the dataset as a whole


@dataclass
class FindingBlock:
    """The findings of one check in one input, stored as columns (DESIGN §9: memory must not grow
    by a Python object per finding). What is the same for every finding of the block is stored once;
    messages and fields are stored once each and referred to by number; values, items and titles
    are references to the input's own strings. `Finding` objects are made only when read."""

    check: str
    rule: str
    severity: str
    file: str | None
    sheet: str | None
    fields: list[str | None]  # distinct fields, referred to by field_ids
    columns: list[str | None]  # header as written, per field
    letters: list[str | None]  # Excel column letter, per field (None: no cell)
    messages: list[str]  # distinct messages, referred to by message_ids
    field_ids: array
    message_ids: array
    rows: array  # Excel row numbers, NO_ROW for dataset findings
    values: list[str | None]
    items: list[str | None]
    titles: list[str | None]
    baseline: list[str | None] | None = None  # "new" | "persisting" per finding, with --baseline

    def __len__(self) -> int:
        return len(self.rows)

    def finding(self, position: int) -> Finding:
        field_id = self.field_ids[position]
        row = self.rows[position]
        letter = self.letters[field_id]
        return Finding(
            check=self.check, rule=self.rule, severity=self.severity,
            message=self.messages[self.message_ids[position]], file=self.file, sheet=self.sheet,
            row=None if row == NO_ROW else row,
            cell=f"{letter}{row}" if letter is not None and row != NO_ROW else None,
            column=self.columns[field_id], field=self.fields[field_id], value=self.values[position],
            item=self.items[position], baseline=self.baseline[position] if self.baseline else None,
            title=self.titles[position],
        )

    def __iter__(self) -> Iterator[Finding]:
        return (self.finding(position) for position in range(len(self.rows)))

    def json_lines(self) -> Iterator[str]:
        """Each finding as `json.dumps(finding.to_dict(), ensure_ascii=False)` gives it, made from
        the columns: what is the same for the whole block is encoded once (3,000,000 findings in
        seconds, where a dict and an encoder call per finding take a minute)."""
        head = (f'{{"check": {_encode(self.check)}, "rule": {_encode(self.rule)}, '
                f'"severity": {_encode(self.severity)}, "message": ')
        place = f', "file": {_encode(self.file)}, "sheet": {_encode(self.sheet)}, "row": '
        messages = [_encode(message) for message in self.messages]
        tails = [f', "column": {_encode(column)}, "field": {_encode(name)}, "value": '
                 for column, name in zip(self.columns, self.fields)]
        letters = self.letters
        states = self.baseline or [None] * len(self.rows)
        for row, field_id, message_id, value, item, state, title in zip(
                self.rows, self.field_ids, self.message_ids, self.values, self.items, states, self.titles):
            letter = letters[field_id]
            if row == NO_ROW:
                location = 'null, "cell": null'
            elif letter is None:
                location = f'{row}, "cell": null'
            else:
                location = f'{row}, "cell": "{letter}{row}"'
            extra = ""
            if item is not None:
                extra = f', "item": {_encode(item)}'
            if state is not None:
                extra += f', "baseline": {_encode(state)}'
            if title is not None:
                extra += f', "title": {_encode(title)}'
            yield f"{head}{messages[message_id]}{place}{location}{tails[field_id]}{_encode(value)}{extra}}}"


class Findings(Sequence[Finding]):
    """All findings of a result, in order: column blocks from the engine and single `Finding`s
    (a manual check's conclusion, a result read back from JSON). A sequence like a list (len,
    iteration, indexing, slices), so writers need not know how findings are stored; `by_check`
    and `severity_counts` work on the blocks without making a `Finding` per row."""

    def __init__(self, parts: Iterable[FindingBlock | Finding] = ()) -> None:
        self._parts: list[FindingBlock | Finding] = []
        self._ends: list[int] = []  # cumulative length after each part
        self.extend(parts)

    def append(self, part: FindingBlock | Finding) -> None:
        size = len(part) if isinstance(part, FindingBlock) else 1
        if size:
            self._parts.append(part)
            self._ends.append((self._ends[-1] if self._ends else 0) + size)

    def extend(self, parts: Iterable[FindingBlock | Finding]) -> None:
        if isinstance(parts, Findings):
            parts = parts._parts
        for part in parts:
            self.append(part)

    @classmethod
    def concat(cls, groups: Iterable["Findings"]) -> "Findings":
        combined = cls()
        for group in groups:
            combined.extend(group)
        return combined

    def __len__(self) -> int:
        return self._ends[-1] if self._ends else 0

    def __iter__(self) -> Iterator[Finding]:
        for part in self._parts:
            if isinstance(part, FindingBlock):
                yield from part
            else:
                yield part

    def __getitem__(self, key):
        if isinstance(key, slice):
            return [self[position] for position in range(*key.indices(len(self)))]
        if key < 0:
            key += len(self)
        if not 0 <= key < len(self):
            raise IndexError(key)
        number = bisect.bisect_right(self._ends, key)
        part = self._parts[number]
        if isinstance(part, FindingBlock):
            return part.finding(key - (self._ends[number - 1] if number else 0))
        return part

    def __eq__(self, other: object) -> bool:
        if isinstance(other, (Findings, list)):
            return len(self) == len(other) and all(a == b for a, b in zip(self, other))
        return NotImplemented

    def __repr__(self) -> str:
        return f"Findings({len(self)} findings in {len(self._parts)} parts)"

    def json_lines(self) -> Iterator[str]:
        """Each finding as one line of compact JSON (see FindingBlock.json_lines)."""
        for part in self._parts:
            if isinstance(part, FindingBlock):
                yield from part.json_lines()
            else:
                yield json.dumps(part.to_dict(), ensure_ascii=False)

    def by_check(self, file: str | None = None) -> dict[str, "Findings"]:
        """The findings of each check (of one input file, if given), in order, without making a
        Finding per row."""
        grouped: dict[str, Findings] = {}
        for part in self._parts:
            if file is None or part.file == file:
                grouped.setdefault(part.check, Findings()).append(part)
        return grouped

    def severity_counts(self) -> dict[str, int]:
        counts = {severity: 0 for severity in SEVERITIES}
        for part in self._parts:
            counts[part.severity] += len(part) if isinstance(part, FindingBlock) else 1
        return counts

    def baseline_states(self) -> list[str | None]:
        states: list[str | None] = []
        for part in self._parts:
            if isinstance(part, FindingBlock):
                states.extend(part.baseline or [None] * len(part))
            else:
                states.append(part.baseline)
        return states

    def set_baseline_states(self, states: Sequence[str | None]) -> None:
        """Mark each finding, in order, as "new" or "persisting" (--baseline)."""
        start = 0
        for part in self._parts:
            if isinstance(part, FindingBlock):
                part.baseline = list(states[start:start + len(part)])
                start += len(part)
            else:
                part.baseline = states[start]
                start += 1


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
    findings: Findings  # a list given here is wrapped (see the property below the class)
    warnings: list[str] = field(default_factory=list)
    tool: dict[str, str] = field(default_factory=dict)
    files: list[FileSummary] | None = None  # batch runs only
    fixed: list[Finding] | None = None  # with --baseline: earlier findings no longer present

    def summary(self) -> dict[str, Any]:
        counts = {status: 0 for status in STATUSES}
        for check in self.checks:
            counts[check.status] += 1
        by_severity = self.findings.severity_counts()
        summary = {"checks": len(self.checks), **counts, "findings": len(self.findings), "by_severity": by_severity}
        if self.fixed is not None:
            states = self.findings.baseline_states()
            summary["baseline"] = {"new": states.count("new"), "persisting": states.count("persisting"),
                                   "fixed": len(self.fixed)}
        return summary

    def to_dict(self) -> dict[str, Any]:
        """The whole result as plain data (every finding as a dict: for tests and small results;
        the writers stream instead, see write_json)."""
        return self._skeleton(findings=[finding.to_dict() for finding in self.findings],
                              fixed=[finding.to_dict() for finding in self.fixed] if self.fixed is not None else None)

    def _skeleton(self, findings: Any, fixed: Any) -> dict[str, Any]:
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
            "findings": findings,
        }
        if self.warnings:
            data["warnings"] = list(self.warnings)
        if self.files is not None:
            data["files"] = [summary.to_dict() for summary in self.files]
        if self.fixed is not None:
            data["fixed"] = fixed
        return data

    def write_json(self, stream: TextIO) -> None:
        """Indented JSON with one finding per line, written as the findings are made (memory does
        not grow with the number of findings)."""
        findings = StreamedList(self.findings.json_lines(), encoded=True)
        fixed = StreamedList(finding.to_dict() for finding in self.fixed) if self.fixed is not None else None
        write_one_item_per_line(stream, self._skeleton(findings, fixed))

    def to_json(self) -> str:
        buffer = io.StringIO()
        self.write_json(buffer)
        return buffer.getvalue()

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


def _set_findings(result: Result, findings: Iterable[Finding | FindingBlock]) -> None:
    result._findings = findings if isinstance(findings, Findings) else Findings(findings)


# A result's findings are always a Findings sequence, also when code or tests assign a list.
Result.findings = property(lambda result: result._findings, _set_findings)  # type: ignore[assignment]


class StreamedList:
    """A list inside a document for write_one_item_per_line: its items come from an iterable and
    are encoded one by one as they are written."""

    def __init__(self, items: Iterable[Any], encoded: bool = False) -> None:
        self.items = items
        self.encoded = encoded  # the items are JSON text already


def write_one_item_per_line(stream: TextIO, data: Any) -> None:
    """`data` as indented JSON, except that each StreamedList in it is written one compact item per
    line: readable and greppable, encoded by the C encoder (json.dumps with indent runs in pure
    Python, ~10x slower on 100,000s of findings), and never held whole in memory."""
    streamed: dict[str, StreamedList] = {}

    def mark(node: Any) -> Any:
        if isinstance(node, StreamedList):
            streamed[key := f"@govopen-list-{len(streamed)}@"] = node
            return key
        if isinstance(node, dict):
            return {name: mark(value) for name, value in node.items()}
        if isinstance(node, list):
            return [mark(value) for value in node]
        return node

    text = json.dumps(mark(data), ensure_ascii=False, indent=2)
    position = 0
    encode = json.JSONEncoder(ensure_ascii=False).encode
    for key, items in streamed.items():
        marker = text.index(f'"{key}"', position)
        line_start = text.rindex("\n", 0, marker) + 1
        indent = len(text[line_start:marker]) - len(text[line_start:marker].lstrip(" "))
        pad = " " * (indent + 2)  # the list's key starts its line; its items go one level deeper
        stream.write(text[position:marker])
        stream.write("[")
        first = True
        for item in items.items:
            stream.write(("\n" if first else ",\n") + pad + (item if items.encoded else encode(item)))
            first = False
        stream.write("]" if first else "\n" + " " * indent + "]")
        position = marker + len(key) + 2
    stream.write(text[position:])
    stream.write("\n")


def dumps_one_item_per_line(data: Any) -> str:
    """write_one_item_per_line into a string."""
    buffer = io.StringIO()
    write_one_item_per_line(buffer, data)
    return buffer.getvalue()
