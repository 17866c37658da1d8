"""Run a checklist over datasets and build the Result (DESIGN §7).

The engine, not the rules, decides which datasets a check runs on, applies `when`, turns a check
whose fields are absent into status `error`, and stamps id, rule, severity and the Excel location
onto every finding.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from array import array
from typing import Any, Iterable, Iterator

import numpy as np

from govopen_cli import __version__, progress
from govopen_cli.answers import Answer
from govopen_cli.calendar import WorkCalendar
from govopen_cli.checklist.model import Check, Checklist
from govopen_cli.io.dataset import Dataset, column_letter
from govopen_cli.io.fields import IDENTITY_FIELDS, KIND_LABELS, TITLE_FIELDS
from govopen_cli.result import (NO_ROW, CheckResult, Finding, FindingBlock, Findings, Result, TaskResult, merge_evidence,
                                task_status)
from govopen_cli.rules import REGISTRY, patterns
from govopen_cli.rules.base import Hit, Note, RuleContext
from govopen_cli.rules.conditions import evaluate
from govopen_cli.scope import scope_reason
from govopen_cli.waivers import Waiver

ENGINE_KEYS = ("when", "kind", "if_missing")  # check keys the engine consumes; the rest go to the rule


@dataclass
class RunOptions:
    as_of: dt.date
    period_start: dt.date | None = None
    period_end: dt.date | None = None
    agency: dict[str, Any] = field(default_factory=dict)
    owner: str | None = None  # govopen.yaml owner: whose catalog it is (scope.py)
    calendar: WorkCalendar | None = None
    answers: dict[str, Answer] = field(default_factory=dict)  # manual check id -> answer
    waivers: dict[str, Waiver] = field(default_factory=dict)  # check id -> waiver


def run_checklist(checklist: Checklist, datasets: list[Dataset], options: RunOptions) -> Result:
    calendar = options.calendar or WorkCalendar()
    context = RuleContext(as_of=options.as_of, period_start=options.period_start,
                          period_end=options.period_end, calendar=calendar)
    check_results: list[CheckResult] = []
    findings = Findings()
    rows = sum(len(dataset.frame) for dataset in datasets)
    shown = progress.bar(f"正在检查 {rows:,} 行：", len(checklist.checks), "项检查")
    for check in checklist.checks:
        in_scope, out_of_scope = _scope(check, datasets, options.owner)
        if out_of_scope:
            result, found = _result(check, "n/a", note=out_of_scope), Findings()
        else:
            result, found = _run_within_budget(check, in_scope, context)
            found.extend(_apply_answer(check, result, options.answers.get(check.id)))
        _apply_waiver(result, options.waivers.get(check.id), options.as_of)
        check_results.append(result)
        findings.extend(found)
        shown.advance()
    shown.close()

    by_task: dict[str | None, list[str]] = {}
    for result in check_results:
        by_task.setdefault(result.task, []).append(result.status)
    tasks = [
        TaskResult(task.id, task.title, list(task.units), task.source, task_status(by_task.get(task.id, [])))
        for task in checklist.tasks
    ]
    period = None
    if options.period_start and options.period_end:
        period = {"start": options.period_start.isoformat(), "end": options.period_end.isoformat()}
    return Result(
        checklist={"id": checklist.id, "title": checklist.title, "source": checklist.source,
                   # carried so `govopen report RESULT.json` can write 下一步工作安排 without the YAML
                   "next_steps": list(checklist.next_steps)},
        as_of=options.as_of.isoformat(),
        period=period,
        agency=dict(options.agency),
        inputs=[dataset.describe() for dataset in datasets],
        tasks=tasks,
        checks=check_results,
        findings=findings,
        warnings=calendar.warnings_for(context.years_counted) + _dataset_warnings(datasets),
        tool={"name": "govopen", "version": __version__},
    )


def _scope(check: Check, datasets: list[Dataset], owner: str | None) -> tuple[list[Dataset], str | None]:
    """The datasets a check applies to (its `applies_to`), and why it applies to none of them.

    The reason is given only when every dataset the check would read (its kind; the catalogs for
    a manual check) is someone else's: the check is then n/a rather than run on the wrong sheet.
    """
    if not check.applies_to:
        return datasets, None
    rule = REGISTRY[check.rule] if check.rule else None
    kind = (check.params.get("kind") or rule.kind) if rule else "catalog"
    reasons = {id(dataset): scope_reason(check.applies_to, dataset, owner) for dataset in datasets
               if dataset.kind == kind}
    kept = [dataset for dataset in datasets if not reasons.get(id(dataset))]
    if reasons and all(reasons.values()):
        return kept, "；".join(dict.fromkeys(reason for reason in reasons.values() if reason))
    return kept, None


def _dataset_warnings(datasets: list[Dataset]) -> list[str]:
    """What the reader did that the officer should know about."""
    warnings = []
    for dataset in datasets:
        warnings.extend(f"{dataset.label()}：{note}" for note in dataset.notes)
        if len(dataset) == 0:
            # Row checks pass vacuously on no rows: usually a wrong export (a filtered view, the template).
            warnings.append(f"{dataset.label()}：表头下没有数据行，各项逐行检查对它不会发现问题（请确认导出的是完整数据）")
        if dataset.merged_filled:
            warnings.append(f"{dataset.label()}：数据区有合并单元格，已按 Excel 显示的值填充 {dataset.merged_filled} 个单元格"
                            f"后检查（合并单元格不便筛选，也常使网站导入出错，建议取消合并并逐行填写）")
    return warnings


def _result(check: Check, status: str, count: int = 0, note: str | None = None) -> CheckResult:
    return CheckResult(
        id=check.id, task=check.task, title=check.title, rule=check.rule, severity=check.severity,
        units=list(check.units), source=check.source, status=status, findings=count,
        remedy=check.remedy, manual=check.manual, note=note,
    )


def _run_within_budget(check: Check, datasets: list[Dataset], context: RuleContext) -> tuple[CheckResult, Findings]:
    """The check under its regex time budget (rules/patterns.py): a pattern that runs out makes
    it an error naming the pattern's line, and the run goes on."""
    try:
        with patterns.budget():
            return _run_check(check, datasets, context)
    except patterns.PatternTimeout as timeout:
        return _result(check, "error", note=(
            f"{patterns.pattern_line(check, timeout.pattern)}的正则表达式在 {timeout.seconds:.0f} 秒的时间预算内未能匹配完毕"
            f"（写法会引起大量回溯，例如重复套重复），本项未完成检查，请改写该表达式")), Findings()


def _run_check(check: Check, datasets: list[Dataset], context: RuleContext) -> tuple[CheckResult, Findings]:
    if check.rule is None:
        return _result(check, "manual"), Findings()
    rule = REGISTRY[check.rule]
    params = {key: value for key, value in check.params.items() if key not in ENGINE_KEYS}
    kind = check.params.get("kind") or rule.kind
    targets = [dataset for dataset in datasets if dataset.kind == kind]
    if not targets:
        return _result(check, "n/a", note=f"未提供{KIND_LABELS.get(kind, kind)}数据"), Findings()
    params = rule.with_defaults(params)
    when = check.params.get("when")
    # A field the rule reads must be there; a field only named in `when` may be absent (the
    # condition then matches nothing, or everything for `empty: true`).
    needed = rule.fields_needed(params)
    findings = Findings()
    notes: list[dict] = []
    missing_notes = []
    judged = 0
    evidence: list[dict[str, Any]] = []  # per dataset, merged below
    not_applicable: list[str] = []
    for dataset in targets:
        run_params = params
        unsure = [name for name in dict.fromkeys(needed) if name in dataset.ambiguous]
        if unsure and rule.unsure_skips:
            notes.extend({"file": dataset.path, "row": None,
                          "text": f"“{dataset.ambiguous[name]}”列不能确定是否为{name}，本表未作判断"} for name in unsure)
            continue
        judged += 1
        missing = [name for name in dict.fromkeys(needed) if not dataset.has(name)]
        if missing:
            missing_notes.append(f"{dataset.label()} 缺少字段：{'、'.join(missing)}")
            # The fields that are there are still checked (privacy of 信息名称 without 内容概述).
            run_params = rule.fields_present(params, dataset)
            if run_params is None:
                continue
        scope = dataset.subset(evaluate(when, dataset).to_numpy()) if when else dataset
        context.items, context.not_applicable = [], None
        findings.append(_block(check, scope, _hits(rule.func(context, scope, run_params), scope, notes)))
        if rule.finds_items:
            evidence += [_evidence(rows) for rows in context.items]
            if context.not_applicable:
                not_applicable.append(context.not_applicable)
    if not judged:
        result = _result(check, "n/a", note="；".join(dict.fromkeys(note["text"] for note in notes)))
    elif missing_notes:
        # Optional columns (文号, 公开方式 …) make a check not applicable rather than broken; what
        # the present columns show is still a failure.
        status = "fail" if findings else "n/a" if check.params.get("if_missing") == "n/a" else "error"
        result = _result(check, status, len(findings), "；".join(missing_notes))
    elif not findings and not_applicable and len(not_applicable) == judged:
        result = _result(check, "n/a", note="；".join(dict.fromkeys(not_applicable)))
    else:
        if not findings and rule.finds_items and not any(len(dataset) for dataset in targets):
            # Nothing can be shown to be published from a sheet with no rows: never a pass.
            findings.append(Finding(check=check.id, rule=check.rule or "", severity=check.severity,
                                    message="公开目录表头下没有数据行，无法确认已公开"))
        result = _result(check, "fail" if findings else "pass", len(findings))
    result.notes = notes or None
    if notes and result.note is None and result.status == "pass":
        # A pass that set rows aside says how many (`note`); every row and its reason is in `notes`,
        # which the table, report and workbook spell out (writers.check_notes).
        result.note = f"{len(notes)} 处不计为问题"
    if rule.finds_items:
        merged = merge_evidence(evidence) or {"evidence": [], "evidence_recognised": 0, "evidence_counted": 0}
        for key, value in merged.items():
            setattr(result, key, value)
    return result, findings


def _note(dataset: Dataset, note: Note) -> dict:
    """A `notes` entry (DESIGN §7): file, row as Excel shows it (None for the whole sheet), text."""
    row = int(dataset.row_numbers[note.index]) if note.index is not None else None
    return {"file": dataset.path, "row": row, "text": note.text}


def _evidence(rows: Any) -> dict[str, Any]:
    """A rule's ItemRows as the evidence fields of a check result."""
    recognised, counted = rows.totals
    return {"evidence": rows.entries(), "evidence_recognised": recognised, "evidence_counted": counted}


def _apply_answer(check: Check, result: CheckResult, answer: Answer | None) -> list[Finding]:
    """A person's conclusion turns a manual check into pass/fail/n/a; a failure becomes a finding."""
    if answer is None or result.status != "manual":
        return []
    result.status = answer.result
    result.answer = answer.to_dict()
    if answer.result != "fail":
        return []
    result.findings = 1
    evidence = f"：{answer.evidence}" if answer.evidence else ""
    who = f"（{answer.by}{'，' + answer.date if answer.date else ''}）" if answer.by else ""
    return [Finding(check=check.id, rule="manual", severity=check.severity,
                    message=f"人工核查结论为不符合{evidence}{who}")]


def _apply_waiver(result: CheckResult, waiver: Waiver | None, as_of: dt.date) -> None:
    """An active waiver turns fail/error into waived (findings kept); an expired one only says so."""
    if waiver is None:
        return
    result.waiver = waiver.to_dict(as_of)
    if waiver.expired(as_of):
        expired = f"豁免已于 {waiver.expires:%Y-%m-%d} 到期，不再适用"
        result.note = f"{result.note}；{expired}" if result.note else expired
    elif result.status in ("fail", "error"):
        result.status = "waived"


def _hits(reported: Iterable[Hit | Note], dataset: Dataset, notes: list[dict]) -> Iterator[Hit]:
    """The hits a rule reports; its notes go to `notes`."""
    for hit in reported:
        if isinstance(hit, Note):
            notes.append(_note(dataset, hit))
        else:
            yield hit


def _block(check: Check, dataset: Dataset, hits: Iterable[Hit]) -> FindingBlock:
    """The hits of one check on one dataset as a column block (result.FindingBlock): the Excel row,
    cell, header, and the row's identity (索引号 …) and title are looked up from the dataset once
    per field or in one array step, not per finding."""
    field_ids: dict[str | None, int] = {}
    message_ids: dict[str, int] = {}
    block_fields, block_messages, indices = array("H"), array("I"), array("q")
    values: list[str | None] = []
    for hit in hits:
        field_id = field_ids.get(hit.field)
        if field_id is None:
            field_id = field_ids[hit.field] = len(field_ids)
        message_id = message_ids.get(hit.message)
        if message_id is None:
            message_id = message_ids[hit.message] = len(message_ids)
        block_fields.append(field_id)
        block_messages.append(message_id)
        indices.append(NO_ROW if hit.index is None else hit.index)
        values.append(None if hit.index is None else hit.value)
    positions = np.frombuffer(indices, dtype=np.int64) if len(indices) else np.zeros(0, dtype=np.int64)
    has_row = positions != NO_ROW
    rows = np.full(len(positions), NO_ROW, dtype=np.int64)
    rows[has_row] = dataset.row_numbers[positions[has_row]]
    fields = list(field_ids)
    return FindingBlock(
        check=check.id, rule=check.rule or "", severity=check.severity, file=dataset.path, sheet=dataset.sheet,
        fields=fields,
        columns=[dataset.headers.get(name) if name else None for name in fields],
        letters=[column_letter(dataset.positions[name]) if name and dataset.has(name) else None for name in fields],
        messages=list(message_ids), field_ids=block_fields, message_ids=block_messages,
        rows=array("q", rows.tobytes()), values=values,
        items=_row_values(dataset, IDENTITY_FIELDS.get(dataset.kind), positions, has_row),
        titles=_row_values(dataset, TITLE_FIELDS.get(dataset.kind), positions, has_row),
    )


def _row_values(dataset: Dataset, name: str | None, positions: np.ndarray, has_row: np.ndarray) -> list[str | None]:
    """The value of field `name` in each finding's row (None where empty, absent or no row)."""
    found = np.full(len(positions), None, dtype=object)
    if name and dataset.has(name) and has_row.any():
        found[has_row] = dataset.values(name)[positions[has_row]]
        found[found == ""] = None
    return found.tolist()