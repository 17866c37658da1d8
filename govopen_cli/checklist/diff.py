"""Compare two checklists (`govopen checklist diff A B`): tasks and checks added, removed, changed.

Both are loaded with `load_checklist` (so `extends` is resolved and inherited checks compare too)
and matched by task id and check id. A change names what differs: title, units, rule, each
parameter, manual guidance, severity, source, remedy, owning task. A check's units are compared
only where one of the two sets them itself: units inherited from the task show on the task row.
Scope (`applies_to`) is reported the same way, in words: on the checklist, on the task, and on a check
only where the check's own scope differs from what its task (or the checklist) gives it.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from tabulate import tabulate

from govopen_cli.checklist.model import Check, Checklist, Task
from govopen_cli.scope import describe_scope

KIND_LABELS = {"checklist": "清单", "task": "任务", "check": "检查项"}
CHANGE_LABELS = {"added": "新增", "removed": "删除", "changed": "修改"}
_ORDER = {"checklist": 0, "task": 1, "check": 2}


@dataclass
class Change:
    kind: str  # checklist | task | check
    id: str
    change: str  # added | removed | changed
    title: str
    details: list[str] = field(default_factory=list)
    task: str | None = None  # the check's task (new one when it moved)

    def as_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "id": self.id, "change": self.change, "title": self.title,
                "task": self.task, "details": list(self.details)}


@dataclass
class ChecklistDiff:
    old: Checklist
    new: Checklist
    changes: list[Change]

    def count(self, kind: str, change: str) -> int:
        return sum(1 for item in self.changes if item.kind == kind and item.change == change)

    def summary(self) -> dict[str, dict[str, int]]:
        return {kind: {change: self.count(kind, change) for change in CHANGE_LABELS} for kind in ("task", "check")}


def _show(value: Any) -> str:
    if value is None or value == () or value == [] or value == "":
        return "（无）"
    if isinstance(value, (list, tuple)):
        return "、".join(_show(v) for v in value) if all(not isinstance(v, (dict, list)) for v in value) \
            else json.dumps(list(value), ensure_ascii=False)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _field(label: str, old: Any, new: Any) -> str | None:
    if old == new:
        return None
    return f"{label}：{_show(old)} → {_show(new)}"


def _period(checklist: Checklist) -> str | None:
    period = checklist.period
    if not period:
        return None
    if "year" in period:
        return f"{period['year']}年"
    return f"{period.get('start')}至{period.get('end')}"


def _scope_field(old: Any, new: Any) -> str | None:
    if (old or "any") == (new or "any"):
        return None
    return f"适用范围：{describe_scope(old)} → {describe_scope(new)}"


def _task_changes(old: Task, new: Task) -> list[str]:
    details = [_field("标题", old.title, new.title), _field("责任单位", list(old.units), list(new.units)),
               _field("依据", old.source, new.source), _scope_field(old.applies_to, new.applies_to)]
    return [item for item in details if item]


def _given_scope(checklist: Checklist, task: Task | None) -> Any:
    """The scope a check gets when it names none: its task's, else the checklist's."""
    return (task.applies_to if task else None) or checklist.applies_to


# An `item` block compared key by key, in words (rules.items documents the keys).
ITEM_PARAMS = {"item": "所找信息", "partner_item": "配套信息"}
ITEM_KEY_LABELS = {"label": "说明", "terms": "名称用语", "all": "须同时出现", "not": "不算在内的名称",
                   "issuers": "主管部门名称", "exclude": "排除用语", "subjects": "分类栏目值", "year": "年度"}
YEAR_LABELS = {"plan": "方案年度", "previous": "上一年度", "any": "不限年度", None: "方案年度"}


def _words(value: Any) -> list[str]:
    if value is None:
        return []
    items = [value] if isinstance(value, str) else list(value)
    return ["/".join(item) if isinstance(item, (list, tuple)) else str(item) for item in items]


def _item_changes(name: str, old: Any, new: Any) -> list[str]:
    """What changed in an `item` block: words added and removed, label and year before and after."""
    if old == new:
        return []
    if not isinstance(old, dict) or not isinstance(new, dict):
        return [f"{name}：{_describe_item(old)} → {_describe_item(new)}"]
    details = []
    for key, label in ITEM_KEY_LABELS.items():
        before, after = old.get(key), new.get(key)
        if key == "year":
            before, after = YEAR_LABELS.get(before, before), YEAR_LABELS.get(after, after)
        if before == after:
            continue
        if key in ("label", "year"):
            details.append(f"{name}{label}：{_show(before)} → {_show(after)}")
            continue
        added = [word for word in _words(after) if word not in _words(before)]
        removed = [word for word in _words(before) if word not in _words(after)]
        parts = ([f"增加 {'、'.join(added)}"] if added else []) + ([f"去掉 {'、'.join(removed)}"] if removed else [])
        details.append(f"{name}{label}：{'；'.join(parts) or '顺序调整'}")
    unknown = sorted(set(old) ^ set(new) | {k for k in set(old) & set(new) if old[k] != new[k]})
    details += [_field(f"{name} {key}", old.get(key), new.get(key)) for key in unknown if key not in ITEM_KEY_LABELS]
    return details


def _describe_item(block: Any) -> str:
    if not isinstance(block, dict):
        return _show(block)
    parts = [f"{label} {_show(_words(block[key]))}" for key, label in ITEM_KEY_LABELS.items()
             if key in block and key not in ("label", "year")]
    parts.append(f"年度 {YEAR_LABELS.get(block.get('year'), block.get('year'))}")
    return f"{block.get('label', '')}（{'；'.join(parts)}）"


def _check_changes(old: Check, new: Check, old_task: Task | None, new_task: Task | None,
                   given: tuple[Any, Any] = (None, None)) -> list[str]:
    details = [_field("标题", old.title, new.title), _field("所属任务", old.task, new.task)]
    if old.rule != new.rule:
        details.append(_field("检查方式", old.rule or "人工核查", new.rule or "人工核查"))
    for key in list(old.params) + [k for k in new.params if k not in old.params]:
        if key in ITEM_PARAMS:
            details += _item_changes(ITEM_PARAMS[key], old.params.get(key), new.params.get(key))
        else:
            details.append(_field(f"参数 {key}", old.params.get(key), new.params.get(key)))
    details.append(_field("人工核查指引", old.manual, new.manual))
    details.append(_field("级别", old.severity, new.severity))
    details.append(_field("依据", old.source, new.source))
    details.append(_field("整改措施", old.remedy, new.remedy))
    inherited = (old_task is not None and old.units == old_task.units) and (new_task is not None and new.units == new_task.units)
    if not inherited:
        details.append(_field("责任单位", list(old.units), list(new.units)))
    # A scope the check only inherits is reported on its task (or the checklist), not on every check.
    if not (old.applies_to == given[0] and new.applies_to == given[1]):
        details.append(_scope_field(old.applies_to, new.applies_to))
    return [item for item in details if item]


def diff_checklists(old: Checklist, new: Checklist) -> ChecklistDiff:
    changes: list[Change] = []
    header = [_field("标题", old.title, new.title), _field("年度", _period(old), _period(new)),
              _field("继承自", old.extends, new.extends), _field("依据", old.source, new.source),
              _scope_field(old.applies_to, new.applies_to)]
    header = [item for item in header if item]
    if header:
        changes.append(Change("checklist", new.id if old.id == new.id else f"{old.id} → {new.id}", "changed",
                              new.title, header))

    old_tasks = {task.id: task for task in old.tasks}
    new_tasks = {task.id: task for task in new.tasks}
    for task in new.tasks:
        previous = old_tasks.get(task.id)
        if previous is None:
            changes.append(Change("task", task.id, "added", task.title,
                                  [f"责任单位：{_show(list(task.units))}", f"依据：{_show(task.source)}",
                                   f"检查项 {len(task.check_ids)} 项"]
                                  + ([f"适用范围：{describe_scope(task.applies_to)}"] if task.applies_to else [])))
            continue
        details = _task_changes(previous, task)
        if details:
            changes.append(Change("task", task.id, "changed", task.title, details))
    for task in old.tasks:
        if task.id not in new_tasks:
            changes.append(Change("task", task.id, "removed", task.title,
                                  [f"责任单位：{_show(list(task.units))}", f"检查项 {len(task.check_ids)} 项"]))

    old_checks = {check.id: check for check in old.checks}
    new_checks = {check.id: check for check in new.checks}
    for check in new.checks:
        previous = old_checks.get(check.id)
        if previous is None:
            how = check.rule or "人工核查"
            scope = check.applies_to if check.applies_to != _given_scope(new, new_tasks.get(check.task or "")) else None
            changes.append(Change("check", check.id, "added", check.title,
                                  [f"检查方式：{how}"] + ([f"依据：{check.source}"] if check.source else [])
                                  + ([f"适用范围：{describe_scope(scope)}"] if scope else []),
                                  task=check.task))
            continue
        old_task, new_task = old_tasks.get(previous.task or ""), new_tasks.get(check.task or "")
        details = _check_changes(previous, check, old_task, new_task,
                                 (_given_scope(old, old_task), _given_scope(new, new_task)))
        if details:
            changes.append(Change("check", check.id, "changed", check.title, details, task=check.task))
    for check in old.checks:
        if check.id not in new_checks:
            changes.append(Change("check", check.id, "removed", check.title,
                                  [f"检查方式：{check.rule or '人工核查'}"], task=check.task))
    changes.sort(key=lambda item: _ORDER[item.kind])  # stable: keeps the order within each kind
    return ChecklistDiff(old, new, changes)


def render_table(result: ChecklistDiff) -> str:
    old, new = result.old, result.new
    lines = [f"旧：{old.title}（{old.id}，{old.path or ''}）", f"新：{new.title}（{new.id}，{new.path or ''}）", ""]
    summary = result.summary()
    text = "；".join(
        f"{KIND_LABELS[kind]}：新增 {counts['added']} 项，删除 {counts['removed']} 项，修改 {counts['changed']} 项"
        for kind, counts in summary.items())
    if not result.changes:
        lines.append("两份检查清单的任务和检查项相同。")
        return "\n".join(lines) + "\n"
    rows = [[KIND_LABELS[item.kind], item.id, CHANGE_LABELS[item.change], item.title, "\n".join(item.details)]
            for item in result.changes]
    lines.append(tabulate(rows, headers=["对象", "编号", "变化", "名称", "详情"], maxcolwidths=[None, None, None, 30, 60]))
    lines += ["", text]
    return "\n".join(lines) + "\n"


def render_json(result: ChecklistDiff) -> str:
    payload = {
        "schema": "govopen.checklist-diff/1",
        "old": {"id": result.old.id, "title": result.old.title, "path": result.old.path},
        "new": {"id": result.new.id, "title": result.new.title, "path": result.new.path},
        "summary": result.summary(),
        "changes": [item.as_dict() for item in result.changes],
    }
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
