"""Load checklist YAML: line-numbered parsing, schema validation, `extends` with override and drop.

Every error names the file, the line and the key. Unknown keys, rules and parameters are errors,
never ignored: a typo in a checklist must not silently turn a check off.
"""
from __future__ import annotations

import datetime as dt
import os
import re
from importlib import resources
from typing import Any

import yaml

from govopen_cli.checklist.model import Check, Checklist, Task
from govopen_cli.errors import ChecklistError
from govopen_cli.io.fields import FIELDS
from govopen_cli.library_errors import line_of_byte, os_problem, regex_problem, yaml_problem
from govopen_cli.rules import REGISTRY
from govopen_cli.rules.conditions import condition_errors, condition_fields
from govopen_cli.rules.items import item_errors
from govopen_cli.scope import scope_errors

CHECKLIST_KEYS = {"id", "title", "source", "extends", "period", "tasks", "checks", "drop", "next_steps",
                  "not_checked", "description", "version", "agency", "applies_to"}
TASK_KEYS = {"id", "title", "units", "source", "checks", "description", "text", "applies_to"}
CHECK_KEYS = {"id", "title", "severity", "rule", "manual", "source", "remedy", "units", "when", "kind",
              "if_missing", "description", "deadline", "applies_to"}
SEVERITIES = ("error", "warning", "info")
DEFAULT_CHECKLIST = "national-baseline"


# --- YAML with line numbers ------------------------------------------------------------------


class LineMap(dict):
    """A mapping that remembers the line of each key (1-based) and its own line."""

    line: int = 0
    key_lines: dict[str, int]


class _LineLoader(yaml.SafeLoader):
    pass


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> LineMap:
    loader.flatten_mapping(node)
    mapping = LineMap()
    mapping.line = node.start_mark.line + 1
    mapping.key_lines = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if not isinstance(key, (str, int, float, bool)) and key is not None:
            raise yaml.constructor.ConstructorError(None, None, "映射的键必须是文字", key_node.start_mark)
        key = str(key)
        if key in mapping:
            raise yaml.constructor.ConstructorError(None, None, f"重复的键“{key}”", key_node.start_mark)
        mapping[key] = loader.construct_object(value_node, deep=True)
        mapping.key_lines[key] = key_node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
# Dates stay text: YAML's own timestamp parsing raises bare ValueErrors without a line for
# 2023-13-01; our validators parse dates and name the line.
_LineLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def line_of(path: str, node: Any, key: str | None = None) -> str:
    """"file 第 N 行" of a key (or of the mapping) in YAML read with line numbers."""
    if isinstance(node, LineMap):
        return f"{path} 第 {node.key_lines.get(key, node.line) if key else node.line} 行"
    return path


def parse_date(value: Any, place: str, error: type[Exception] = ChecklistError) -> dt.date:
    """A YYYY-MM-DD value from a YAML file; a bad one is `error` naming `place`."""
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise error(f"{place}：“{value}”不是日期（应为 YYYY-MM-DD）") from None


# Budgets: a checklist is tens of KB. Aliases share one node, so a few lines of nested aliases
# stand for billions of nodes that every walk over the result (validation, JSON) would visit.
MAX_YAML_CHARS = 1 << 20
MAX_YAML_NODES = 200_000  # nodes once every alias is expanded


def parse_yaml(text: str, path: str) -> Any:
    """Parse YAML text; a syntax error becomes a ChecklistError naming file and line. The text
    size and the size after expanding aliases are checked before anything is built."""
    if len(text) > MAX_YAML_CHARS:
        raise ChecklistError(f"{path}：文件大小为 {len(text):,} 个字符，超过上限 {MAX_YAML_CHARS:,} 个字符"
                             f"（检查清单和配置文件通常只有几十 KB），未读取")
    loader = None
    try:
        loader = _LineLoader(text)  # checks the characters of the text already
        node = loader.get_single_node()
        if node is None:
            return None
        _check_expansion(node, path)
        return loader.construct_document(node)
    except yaml.YAMLError as error:
        line, problem = yaml_problem(error, text)
        raise ChecklistError(f"{path} 第 {line} 行：{problem}" if line else f"{path}：{problem}") from None
    except RecursionError:
        raise ChecklistError(f"{path}：YAML 嵌套层数过多，无法读取") from None
    finally:
        if loader is not None:
            loader.dispose()


def _check_expansion(root: yaml.Node, path: str) -> None:
    """How many nodes the document has with every alias expanded, counted over the shared node
    graph (each node once, no recursion); past the budget, or an alias inside its own anchor,
    is a ChecklistError naming the line."""
    sizes: dict[int, int] = {}
    open_nodes: set[int] = set()
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, children_done = stack.pop()
        key = id(node)
        if children_done:
            open_nodes.discard(key)
            sizes[key] = 1 + sum(sizes[id(child)] for child in _children(node))
            if sizes[key] > MAX_YAML_NODES:
                raise ChecklistError(f"{path} 第 {node.start_mark.line + 1} 行：别名（*）层层展开后共有 {sizes[key]:,} 个节点，"
                                     f"超过上限 {MAX_YAML_NODES:,}，未读取。请不要嵌套使用别名")
            continue
        if key in sizes:
            continue
        if key in open_nodes:
            raise ChecklistError(f"{path} 第 {node.start_mark.line + 1} 行：别名（*）引用了包含它自身的锚点（&），无法读取")
        open_nodes.add(key)
        stack.append((node, True))
        stack.extend((child, False) for child in _children(node) if id(child) not in sizes)


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.MappingNode):
        return [item for pair in node.value for item in pair]
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    return []


def read_yaml_file(path: str) -> Any:
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError as error:
        raise ChecklistError(f"{path}：{os_problem(error)}") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ChecklistError(f"{path} 第 {line_of_byte(data, error.start)} 行：文件不是 UTF-8 编码的文本"
                             "（请在记事本或 WPS 中“另存为”，编码选 UTF-8）") from None
    return parse_yaml(text, path)


# --- finding checklist files -----------------------------------------------------------------


def shipped_dir() -> str:
    """Folder of the shipped checklists (installed package data, or the source tree)."""
    try:
        return str(resources.files("govopen_cli.checklists"))
    except ModuleNotFoundError:
        return os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))), "checklists")


def shipped_names() -> list[str]:
    folder = shipped_dir()
    return sorted(name[:-5] for name in os.listdir(folder) if name.endswith(".yaml"))


def resolve(name: str, relative_to: str | None = None) -> str:
    """A checklist path from a name (shipped) or a path (relative to the current folder or the child)."""
    candidates = [name]
    if relative_to:
        candidates.insert(0, os.path.join(os.path.dirname(relative_to), name))
    if not name.endswith((".yaml", ".yml")):
        candidates += [os.path.join(os.path.dirname(relative_to), name + ".yaml")] if relative_to else []
    candidates.append(os.path.join(shipped_dir(), name + ".yaml"))
    for candidate in candidates:
        if os.path.isfile(candidate):
            return candidate
    raise ChecklistError(f"找不到检查清单“{name}”（内置清单：{'、'.join(shipped_names())}；也可以给出 YAML 文件路径）")


# --- validation ------------------------------------------------------------------------------


class _Errors:
    def __init__(self, path: str):
        self.path = path
        self.items: list[str] = []

    def add(self, node: Any, key: str | None, where: str, message: str) -> None:
        line = None
        if isinstance(node, LineMap):
            line = node.key_lines.get(key, node.line) if key else node.line
        location = f"{self.path} 第 {line} 行" if line else self.path
        self.items.append(f"{location}，{where}：{message}")

    def raise_if_any(self) -> None:
        if self.items:
            shown = self.items[:20]
            more = f"\n……另有 {len(self.items) - 20} 处错误" if len(self.items) > 20 else ""
            raise ChecklistError("检查清单有错误：\n" + "\n".join(shown) + more)


def _check_type(value: Any, kind: str, choices: tuple[str, ...] = ()) -> str | None:
    """None when `value` fits the parameter type, else what was expected (Chinese)."""
    if kind in ("str", "field", "regex"):
        if not isinstance(value, str):
            return "应为文字"
        if kind == "regex":
            try:
                re.compile(value)
            except re.error as error:
                return regex_problem(error)
        return None
    if kind == "fields":
        return None if isinstance(value, list) and all(isinstance(v, str) for v in value) else "应为字段名列表"
    if kind == "int":
        return None if isinstance(value, int) and not isinstance(value, bool) else "应为整数"
    if kind == "number":
        return None if isinstance(value, (int, float)) and not isinstance(value, bool) else "应为数字"
    if kind == "bool":
        return None if isinstance(value, bool) else "应为 true 或 false"
    if kind == "list":
        return None if isinstance(value, list) else "应为列表"
    if kind in ("mapping", "condition"):
        return None if isinstance(value, dict) else "应为映射"
    if kind == "date":
        if isinstance(value, dt.date):
            return None
        if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            try:
                dt.date.fromisoformat(value)
                return None
            except ValueError:
                pass
        return "应为日期 YYYY-MM-DD"
    if kind == "choice":
        return None if value in choices else f"应为 {'、'.join(choices)} 之一"
    if kind == "item":
        return "；".join(item_errors(value)) or None
    return None


def _unknown_condition_fields(condition: Any, known: Any) -> list[str]:
    """Field names in a well-formed condition that are not fields of the dataset kind."""
    return [name for name in dict.fromkeys(condition_fields(condition)) if isinstance(name, str) and name not in known]


def _validate_check(raw: Any, where: str, errors: _Errors, is_override: bool, parent: Any = None) -> None:
    if not isinstance(raw, dict):
        # A bare string or list in `checks:` has no line of its own; name the line of its list.
        errors.add(parent, "checks" if isinstance(parent, LineMap) else None, where,
                   f"检查项应为映射（id、title、rule 或 manual 等），实际为“{raw}”")
        return
    check_id = raw.get("id", "?")
    label = f"检查项 {check_id}"
    if "id" not in raw:
        errors.add(raw, None, where, "检查项缺少 id")
    if not is_override:
        if "title" not in raw:
            errors.add(raw, None, label, "缺少 title")
        if ("rule" in raw) == ("manual" in raw):
            errors.add(raw, None, label, "必须有且只有 rule（自动检查）或 manual（人工核查指引）之一")
    if "severity" in raw and raw["severity"] not in SEVERITIES:
        errors.add(raw, "severity", label, f"severity 应为 {'、'.join(SEVERITIES)} 之一，实际为“{raw['severity']}”")
    if "units" in raw and not (isinstance(raw["units"], list) and all(isinstance(u, str) for u in raw["units"])):
        errors.add(raw, "units", label, "units 应为责任单位名称的列表")
    if "if_missing" in raw and raw["if_missing"] not in ("n/a", "error"):
        errors.add(raw, "if_missing", label, "if_missing 应为 n/a 或 error")
    for problem in scope_errors(raw["applies_to"]) if "applies_to" in raw else ():
        errors.add(raw, "applies_to", label, problem)
    if "kind" in raw and raw["kind"] not in FIELDS:
        errors.add(raw, "kind", label, f"kind 应为 {'、'.join(FIELDS)} 之一")
    rule = None
    if "rule" in raw:
        rule = REGISTRY.get(raw["rule"])
        if rule is None:
            errors.add(raw, "rule", label, f"未知规则“{raw['rule']}”（可用：{'、'.join(sorted(REGISTRY))}）")
            return
    for key, value in raw.items():
        if key in CHECK_KEYS - {"when"}:
            continue
        if key == "when":
            problems = condition_errors(value, "when")
            for path, message in problems:
                errors.add(raw, "when", label, f"{path}：{message}")
            if not problems and not (is_override and rule is None):  # overrides: checked after merging
                # A misspelt field in `when` would silently match nothing and turn the check off.
                known = FIELDS.get(raw.get("kind") or (rule.kind if rule else "catalog"), {})
                unknown = _unknown_condition_fields(value, known)
                if unknown:
                    errors.add(raw, "when", label, f"when 中的未知字段“{'、'.join(unknown)}”（{'、'.join(known)}）")
            continue
        if rule is None:
            if is_override:
                continue  # parameters of an inherited rule are validated after merging
            errors.add(raw, key, label, f"未知的键“{key}”（人工核查项可用：{'、'.join(sorted(CHECK_KEYS))}）")
            continue
        param = rule.param(key)
        if param is None:
            names = "、".join(p.name for p in rule.params) or "无"
            errors.add(raw, key, label, f"未知参数“{key}”（{rule.name} 规则可用：{names}；通用键：{'、'.join(sorted(CHECK_KEYS))}）")
            continue
        problem = _check_type(value, param.type, param.choices)
        if problem is None and param.type == "condition":
            problem = "；".join(f"{path}：{message}" for path, message in condition_errors(value, key)) or None
            if problem is None:
                known = FIELDS.get(raw.get("kind") or rule.kind, {})
                unknown = _unknown_condition_fields(value, known)
                if unknown:
                    problem = f"中的未知字段“{'、'.join(unknown)}”（{'、'.join(known)}）"
        if problem is None and param.type in ("field", "fields"):
            known = FIELDS.get(raw.get("kind") or rule.kind, {})
            unknown = [name for name in ([value] if param.type == "field" else value) if name not in known]
            if unknown:
                problem = f"未知字段“{'、'.join(unknown)}”（{'、'.join(known)}）"
        if problem:
            errors.add(raw, key, label, f"参数 {key} {problem}")
    if rule is not None:
        for param in rule.params:
            if param.required and param.name not in raw:
                errors.add(raw, None, label, f"{rule.name} 规则缺少必需参数“{param.name}”")
        # Rules that take `field` or `fields` with no default check nothing when neither is given.
        field_param, fields_param = rule.param("field"), rule.param("fields")
        if (field_param is not None and fields_param is not None and field_param.default is None
                and not fields_param.default and not raw.get("field") and not raw.get("fields")):
            errors.add(raw, None, label, f"{rule.name} 规则需要 field（一个字段）或 fields（字段列表）")
        if rule.problems:
            for problem in rule.problems(raw):
                errors.add(raw, None, label, problem)


def _validate_document(data: Any, path: str, errors: _Errors) -> None:
    if not isinstance(data, dict):
        errors.add(None, None, "文件", "检查清单应为一个映射（id、title、tasks 等键）")
        return
    for key in data:
        if key not in CHECKLIST_KEYS:
            errors.add(data, key, "顶层", f"未知的键“{key}”（可用：{'、'.join(sorted(CHECKLIST_KEYS))}）")
    for key in ("id", "title"):
        if key not in data:
            errors.add(data, None, "顶层", f"缺少 {key}")
    period = data.get("period")
    if period is not None:
        if not isinstance(period, dict) or not (set(period) == {"year"} or set(period) == {"start", "end"}):
            errors.add(data, "period", "period", "应为 {year: 2023} 或 {start: 2023-01-01, end: 2023-12-31}")
    for problem in scope_errors(data["applies_to"]) if "applies_to" in data else ():
        errors.add(data, "applies_to", "顶层", problem)
    for key in ("next_steps", "drop"):
        if key in data and not isinstance(data[key], list):
            errors.add(data, key, key, "应为列表")
    tasks = data.get("tasks") or []
    if not isinstance(tasks, list):
        errors.add(data, "tasks", "tasks", "应为任务列表")
        tasks = []
    for number, task in enumerate(tasks):
        if not isinstance(task, dict):
            errors.add(data, "tasks", f"tasks 第 {number + 1} 项", "任务应为映射")
            continue
        label = f"任务 {task.get('id', number + 1)}"
        for key in task:
            if key not in TASK_KEYS:
                errors.add(task, key, label, f"未知的键“{key}”（可用：{'、'.join(sorted(TASK_KEYS))}）")
        if "id" not in task:
            errors.add(task, None, label, "缺少 id")
        if "units" in task and not (isinstance(task["units"], list) and all(isinstance(u, str) for u in task["units"])):
            errors.add(task, "units", label, "units 应为责任单位名称的列表")
        for problem in scope_errors(task["applies_to"]) if "applies_to" in task else ():
            errors.add(task, "applies_to", label, problem)
        checks = task.get("checks") or []
        if not isinstance(checks, list):
            errors.add(task, "checks", label, "checks 应为列表")


# --- building --------------------------------------------------------------------------------


def load_checklist(name: str, _chain: tuple[str, ...] = (), _relative_to: str | None = None) -> Checklist:
    """Load a shipped checklist by name or a YAML file by path, with its `extends` chain resolved."""
    path = resolve(name, _relative_to)
    real = os.path.realpath(path)
    if real in _chain:
        raise ChecklistError(f"{path}：extends 形成循环引用")
    data = read_yaml_file(path)
    errors = _Errors(path)
    _validate_document(data, path, errors)
    errors.raise_if_any()

    parent = None
    if data.get("extends"):
        try:
            parent = load_checklist(str(data["extends"]), _chain + (real,), path)
        except ChecklistError as error:
            if not error.message.startswith("找不到检查清单"):
                raise
            errors.add(data, "extends", "extends", error.message)
            errors.raise_if_any()
    inherited_ids = {check.id for check in parent.checks} if parent else set()
    inherited_tasks = {task.id for task in parent.tasks} if parent else set()

    entries: list[tuple[dict, str | None]] = []  # (raw check, task id)
    holders: list[Any] = []  # the mapping whose `checks` list holds each entry (for line numbers)
    for task in data.get("tasks") or []:
        for raw in task.get("checks") or []:
            entries.append((raw, task.get("id")))
            holders.append(task)
    for raw in data.get("checks") or []:
        entries.append((raw, None))
        holders.append(data)
    seen: set[str] = set()
    for (raw, task_id), holder in zip(entries, holders):
        is_override = isinstance(raw, dict) and raw.get("id") in inherited_ids
        _validate_check(raw, f"任务 {task_id}" if task_id else "checks", errors, is_override, holder)
        if isinstance(raw, dict) and "id" in raw:
            if raw["id"] in seen:
                errors.add(raw, "id", f"检查项 {raw['id']}", "id 重复")
            seen.add(raw["id"])
    for dropped in data.get("drop") or []:
        if dropped not in inherited_ids and dropped not in inherited_tasks:
            errors.add(data, "drop", "drop", f"“{dropped}”不是所继承清单中的检查项或任务 id")
    errors.raise_if_any()

    checks: dict[str, Check] = {check.id: check for check in parent.checks} if parent else {}
    tasks: dict[str, Task] = {task.id: task for task in parent.tasks} if parent else {}
    task_checks: dict[str, list[str]] = {task.id: list(task.check_ids) for task in tasks.values()}
    dropped = set(data.get("drop") or [])
    for task_id in [t for t in list(tasks) if t in dropped]:
        dropped.update(task_checks.pop(task_id))
        del tasks[task_id]
    for check_id in dropped:
        checks.pop(check_id, None)
        for ids in task_checks.values():
            if check_id in ids:
                ids.remove(check_id)

    for raw_task in data.get("tasks") or []:
        task_id = str(raw_task["id"])
        base = tasks.get(task_id)
        units = tuple(raw_task["units"]) if "units" in raw_task else (base.units if base else ())
        tasks[task_id] = Task(
            id=task_id,
            title=str(raw_task.get("title", base.title if base else task_id)),
            units=units,
            source=raw_task.get("source", base.source if base else None),
            applies_to=raw_task["applies_to"] if "applies_to" in raw_task else (base.applies_to if base else None),
        )
        task_checks.setdefault(task_id, [])

    for raw, task_id in entries:
        check_id = str(raw["id"])
        previous = checks.get(check_id)
        owner = task_id if task_id is not None else (previous.task if previous else None)
        if previous is not None and task_id is not None and previous.task != task_id:
            for ids in task_checks.values():
                if check_id in ids:
                    ids.remove(check_id)
        merged = _merge(previous, raw)
        problems = _Errors(path)
        if previous is not None:
            _validate_check(merged, f"任务 {owner}" if owner else "checks", problems, False)
            problems.raise_if_any()
        task = tasks.get(owner) if owner else None
        checks[check_id] = _build_check(merged, owner, task, f"{path}:{getattr(raw, 'line', '?')}")
        if owner is not None and check_id not in task_checks.setdefault(owner, []):
            task_checks[owner].append(check_id)

    top_scope = data.get("applies_to")
    # Checks inherit their task's units unless they name their own.
    ordered_tasks = []
    for task_id, task in tasks.items():
        ordered_tasks.append(Task(task.id, task.title, task.units, task.source, tuple(task_checks.get(task_id, ())),
                                  task.applies_to))
    task_by_id = {task.id: task for task in ordered_tasks}
    ordered_checks = []
    listed = [cid for task in ordered_tasks for cid in task.check_ids]
    for check_id in listed + [cid for cid, check in checks.items() if check.task is None]:
        check = checks[check_id]
        task = task_by_id.get(check.task) if check.task else None
        units = check.units or (task.units if task else ())
        # Scope: the check's own, else its task's, else the checklist's (parent's when not set here).
        scope = check.applies_to or (task.applies_to if task else None) or top_scope
        ordered_checks.append(Check(**{**check.__dict__, "units": units, "applies_to": scope}))

    return Checklist(
        id=str(data["id"]),
        title=str(data["title"]),
        source=data.get("source", parent.source if parent else None),
        path=path,
        period=dict(data["period"]) if data.get("period") else (parent.period if parent else None),
        tasks=tuple(ordered_tasks),
        checks=tuple(ordered_checks),
        next_steps=tuple(str(s) for s in data.get("next_steps") or (parent.next_steps if parent else ())),
        not_checked=tuple(dict(item) if isinstance(item, dict) else {"item": str(item)} for item in data.get("not_checked") or ()),
        extends=str(data["extends"]) if data.get("extends") else None,
        applies_to=top_scope or (parent.applies_to if parent else None),
    )


def _uses_pattern(condition: Any) -> bool:
    """Whether a condition matches on a regular expression anywhere inside it."""
    if isinstance(condition, dict):
        return "matches" in condition or any(_uses_pattern(value) for value in condition.values())
    if isinstance(condition, list):
        return any(_uses_pattern(value) for value in condition)
    return False


def label_warnings(checklist: Checklist) -> list[str]:
    """Item checks whose report text would show a condition instead of plain words: those that
    recognise items by a regular expression without a `label`, and item blocks without one."""
    warnings = []
    for check in checklist.checks:
        rule = REGISTRY.get(check.rule or "")
        if rule is None or not rule.finds_items:
            continue
        place = check.origin.replace(":", " 第 ", 1) + " 行" if ":" in check.origin else check.origin
        for item_key, where_key in (("item", "where"), ("partner_item", "partner")):
            block = check.params.get(item_key)
            labelled = (isinstance(block, dict) and block.get("label")) or (item_key == "item" and check.params.get("label"))
            if labelled:
                continue
            if _uses_pattern(check.params.get(where_key)):
                warnings.append(f"{place}，检查项 {check.id}：按正则表达式（{where_key} 中的 matches）认定所找的信息，"
                                f"没有 label，报告中会照录条件原文；请改用 {item_key}（terms 写标题用语）并写明 label，"
                                f"如“权力清单或权责清单”")
            elif isinstance(block, dict):
                warnings.append(f"{place}，检查项 {check.id}：{item_key} 没有 label，报告中以前几个用语代替；"
                                f"请写明所找的信息，如“权力清单或权责清单”")
    return warnings


def _merge(previous: Check | None, raw: dict) -> dict:
    """A child's check over the inherited one: given keys win; a new rule/manual replaces the params."""
    if previous is None:
        copy = LineMap(raw)
        copy.line, copy.key_lines = getattr(raw, "line", 0), getattr(raw, "key_lines", {})
        return copy
    base: dict[str, Any] = {"id": previous.id, "title": previous.title, "severity": previous.severity}
    for key in ("source", "remedy"):
        if getattr(previous, key) is not None:
            base[key] = getattr(previous, key)
    if previous.units:
        base["units"] = list(previous.units)
    if previous.applies_to:
        base["applies_to"] = previous.applies_to
    if "rule" not in raw and "manual" not in raw:
        if previous.rule:
            base["rule"] = previous.rule
            base.update(previous.params)
        else:
            base["manual"] = previous.manual
    merged = LineMap({**base, **raw})
    merged.line, merged.key_lines = getattr(raw, "line", 0), getattr(raw, "key_lines", {})
    return merged


def _build_check(raw: dict, task_id: str | None, task: Task | None, origin: str) -> Check:
    params = LineMap({key: value for key, value in raw.items() if key not in CHECK_KEYS or key in ("when", "kind", "if_missing")})
    # Lines kept so a message about a parameter (a regex that ran out of time) can name its line.
    params.line, params.key_lines = getattr(raw, "line", 0), dict(getattr(raw, "key_lines", {}))
    return Check(
        id=str(raw["id"]),
        title=str(raw["title"]),
        task=task_id,
        severity=raw.get("severity", "error"),
        rule=raw.get("rule"),
        params=params,
        manual=raw.get("manual"),
        source=raw.get("source"),
        remedy=raw.get("remedy"),
        units=tuple(raw.get("units") or ()),
        origin=origin,
        applies_to=raw.get("applies_to"),
    )
