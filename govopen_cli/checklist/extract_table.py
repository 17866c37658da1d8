"""任务分工 tables: 工作任务 | 具体要求 | 责任单位 | 时限要求, task cells merged over their rows.

A table is recognised by its header row (found among the first rows, under any title rows); each
requirement row becomes one requirement, consecutive rows with the same task cell one task, and a
row whose cells all hold the same text (merged across) or that starts with 一、 a part heading.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from govopen_cli.checklist.extract_read import Table
from govopen_cli.checklist.extract_text import clean, lead_title, marker, split_units

# Header roles in the order they are tried on each header cell (the first that matches wins).
ROLES: tuple[tuple[str, str], ...] = (
    ("number", r"^(?:序号|编号|序|No\.?|项次)$"),
    ("helpers", r"配合单位|协办单位|配合部门|参与单位|协同单位|配合处室|配合科室"),
    ("units", r"责任单位|牵头单位|责任部门|牵头部门|责任科室|责任处室|承办单位|主责单位|责任主体|牵头处室|牵头科室|落实单位|责任人"),
    ("deadline", r"时限|完成时间|时间要求|时间节点|进度安排|完成期限|办结时间|截止时间|^时间$"),
    ("requirement", r"具体要求|工作要求|具体内容|具体措施|工作措施|主要内容|任务要求|具体任务|工作举措|主要措施|任务内容|"
                    r"工作内容|公开内容|目标要求|工作标准|公开标准|^要求$|^内容$|^措施$|任务分解"),
    ("task", r"工作任务|重点任务|主要任务|任务名称|任务事项|工作事项|二级任务|公开事项|事项名称|工作项目|^任务$|^事项$|^项目$"),
    ("part", r"^(?:类别|类型|领域|板块|一级任务|一级指标|重点领域|任务类别|公开领域|项目类别|大类|分类)$"),
)


@dataclass
class TableRequirement:
    text: str
    deadline: str
    units: list[str]
    helpers: list[str]
    source: str
    label: str  # the requirement's own numbering (1.) if any


@dataclass
class TableTask:
    title: str
    source: str
    text: str
    units: list[str] = field(default_factory=list)
    helpers: list[str] = field(default_factory=list)
    requirements: list[TableRequirement] = field(default_factory=list)


def _header_key(cell: str) -> str:
    return re.sub(r"[\s*＊:：（(][^）)]*[）)]|[\s*＊:：]", "", cell)


def find_header(table: Table) -> tuple[int, dict[str, int]] | None:
    """(header row index, role -> column) of a 任务分工 table, or None."""
    for index, row in enumerate(table.rows[:8]):
        roles: dict[str, int] = {}
        for column, cell in enumerate(row):
            key = _header_key(cell)
            if not key or len(key) > 16:
                continue
            for role, pattern in ROLES:
                if re.search(pattern, key):
                    if role not in roles:
                        roles[role] = column
                    break
        if ("task" in roles or "requirement" in roles) and ("units" in roles or "deadline" in roles):
            return index, roles
    return None


def _strip_marker(text: str) -> tuple[str, str]:
    found = marker(text)
    if found is None:
        return "", text
    return found[1], found[2].strip()


def read_task_table(table: Table, header: int, roles: dict[str, int]) -> list[TableTask]:
    tasks: list[TableTask] = []
    part_label = ""
    part_text = ""
    current: TableTask | None = None
    current_key: tuple[str, str] | None = None
    last_units: list[str] = []
    last_helpers: list[str] = []

    def cell(row: list[str], role: str) -> str:
        column = roles.get(role)
        return clean(row[column]) if column is not None and column < len(row) else ""

    for offset, row in enumerate(table.rows[header + 1:], start=header + 1):
        values = [clean(value) for value in row]
        filled = [value for value in values if value]
        if not filled:
            continue
        row_number = table.row_numbers[offset] if offset < len(table.row_numbers) else offset + 1
        distinct = set(filled)
        found = marker(filled[0])
        merged_across = len(distinct) == 1 and len(filled) == len(values) >= 2
        if merged_across or (len(filled) == 1 and found is not None and found[0] == 1):
            # a part heading row: merged across the table, or 一、… alone
            part_label, part_text = _strip_marker(filled[0])
            current, current_key = None, None
            continue
        part_cell = cell(values, "part")
        if part_cell and part_cell != part_text:
            part_label, part_text = _strip_marker(part_cell)
            current, current_key = None, None
        task_cell = cell(values, "task")
        requirement = cell(values, "requirement")
        if "task" not in roles:
            task_cell = requirement  # no task column: each requirement is its own task
        elif not task_cell:
            # a merged (or left blank) task cell continues the task above; a first row is its own task
            task_cell = current_key[1] if current is not None and current_key else requirement
        key = (part_text, task_cell)
        units = split_units(cell(values, "units"))
        helpers = split_units(cell(values, "helpers"))
        if current is None or key != current_key:
            task_label, task_text = _strip_marker(task_cell)
            number = cell(values, "number")
            if not task_label and number and "task" in roles and re.fullmatch(r"\d{1,3}", number):
                task_label = f"{number}."
            elif not task_label and number:
                task_label, _ = _strip_marker(number + "、") if re.fullmatch(r"[一二三四五六七八九十]{1,3}", number) else ("", "")
            source = f"{part_label}{task_label}" or f"第{len(tasks) + 1}项任务"
            current = TableTask(title=lead_title(task_text), source=source, text=task_cell)
            current_key = key
            tasks.append(current)
            last_units, last_helpers = [], []
        if not units:
            units = list(last_units)
        if not helpers:
            helpers = list(last_helpers)
        last_units, last_helpers = units, helpers
        if not requirement:
            requirement = task_cell
        label, requirement_text = _strip_marker(requirement)
        source = f"{current.source}{label}" if label else f"{current.source}（{table.name}第{row_number}行）"
        current.requirements.append(TableRequirement(requirement_text or requirement, cell(values, "deadline"),
                                                     units, helpers, source, label))
        for unit in units:
            if unit not in current.units:
                current.units.append(unit)
        for unit in helpers:
            if unit not in current.helpers:
                current.helpers.append(unit)
    return [task for task in tasks if task.requirements]


def table_title(table: Table, header: int) -> str | None:
    """A title row above the header (merged across the sheet): 某某局2025年政务公开重点任务分工表."""
    for row in table.rows[:header]:
        filled = [clean(value) for value in row if clean(value)]
        if filled and len(set(filled)) == 1 and len(filled[0]) >= 6:
            return filled[0]
    return None
