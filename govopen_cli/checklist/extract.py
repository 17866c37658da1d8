"""Draft a checklist from a work plan (`govopen checklist extract`, DESIGN §3, §5).

plan (.txt .md .docx .xlsx .xls .ods .csv)
  -> extract_read: blocks of prose and tables
  -> extract_text: clean-up (Traditional -> Simplified, pinyin, site boilerplate), title, agency,
     year, outline (一、 / （一） / 1. / （1）), units, sentences
  -> extract_table: 任务分工 tables (one requirement per row)
  -> extract_propose: requirement text -> proposed rule + parameters + confidence (tables of
     patterns in extract_patterns)
  -> Draft -> YAML text written by hand here, so that confidence and the plan's own words can be
     comments (the loader rejects unknown keys) and Chinese stays readable.

A proposal whose rule is not in the registry, or whose parameters the rule does not take, becomes
a manual check that names the rule that will cover it, with the proposed check in a comment.
"""
from __future__ import annotations

import json
import os
import re
import tempfile
from dataclasses import dataclass, field
from typing import Any

from govopen_cli import __version__
from govopen_cli.checklist.extract_patterns import PARAM_ALIASES, TIME_HINT
from govopen_cli.checklist.extract_propose import Proposal, best, merge, propose
from govopen_cli.checklist.extract_read import Block, PlanSource, read_plan
from govopen_cli.checklist.extract_scope import department_scope, government_of, whole_scope
from govopen_cli.checklist.extract_table import find_header, read_task_table, table_title
from govopen_cli.checklist.extract_text import (
    Node, addressees, build_outline, clean, find_title, is_boilerplate, is_traditional, issuer_from_line, lead_title,
    looks_like_agency, marker, match_form, parse_meta, sentences, split_inline_points, strip_site, take_units,
    title_agency, years_in, _TAIL,
)
from govopen_cli.errors import ChecklistError, InputError
from govopen_cli.scope import describe_scope as describe
from govopen_cli.io.normalize import to_simplified

# Top-level parts that frame the plan rather than assign work (unless they name units).
NON_TASK_PARTS = re.compile(
    r"总体要求|指导思想|基本原则|工作原则|总体目标|工作目标|主要目标|目标要求|总体思路|工作要求|有关要求|相关要求|其他要求|"
    r"保障措施|工作保障|组织保障|组织领导|组织实施|实施步骤|工作步骤|进度安排|时间安排|步骤安排|适用范围|编制依据"
)


_PLAN_TITLE = re.compile(r"(?:方案|要点|计划|安排|任务分工)(?:表)?$")


# --- the draft -------------------------------------------------------------------------------


@dataclass
class DraftCheck:
    id: str
    title: str
    source: str
    rule: str | None = None
    params: dict[str, Any] = field(default_factory=dict)
    manual: str | None = None
    units: list[str] | None = None  # only when they differ from the task's
    confidence: str | None = None
    evidence: str = ""
    notes: list[str] = field(default_factory=list)
    pending: dict[str, Any] | None = None  # the proposed rule check when it had to become manual
    applies_to: dict[str, Any] | None = None  # proposed scope (extract_scope), when its sentence gives one
    sentence: str = ""  # the plan's requirement the check comes from (scope is read from it)


@dataclass
class DraftTask:
    id: str
    title: str
    source: str
    units: list[str]
    text: str
    helpers: list[str] = field(default_factory=list)
    checks: list[DraftCheck] = field(default_factory=list)
    applies_to: dict[str, Any] | None = None  # proposed scope (extract_scope), from its units


@dataclass
class Draft:
    id: str
    title: str
    plan: str
    agency: str | None
    year: int | None
    docno: str | None
    tasks: list[DraftTask]
    layout: str  # prose | table
    notes: list[str] = field(default_factory=list)  # for the reviewer, at the top

    @property
    def checks(self) -> list[DraftCheck]:
        return [check for task in self.tasks for check in task.checks]


# --- requirements, common to prose and tables ------------------------------------------------


@dataclass
class Requirement:
    text: str  # what the manual check carries
    source: str
    lead: bool = False  # the task's own heading sentence: no manual check of its own
    single: bool = False  # one check at most (a table row): the best proposal, the rest as notes
    units: list[str] | None = None
    scan: str | None = None  # text to look for rules in, when different from `text`


def _rule_params(proposal: Proposal) -> tuple[dict[str, Any] | None, str | None]:
    """The proposal's parameters as the registered rule spells them, or None and why not."""
    from govopen_cli.rules import REGISTRY

    rule = REGISTRY.get(proposal.rule)
    if rule is None:
        return None, f"规则 {proposal.rule} 在当前版本中尚未提供"
    params: dict[str, Any] = {}
    for key, value in proposal.params.items():
        if key in ("when", "kind", "if_missing"):  # check keys the engine reads, not rule parameters
            params[key] = value
            continue
        name = key if rule.param(key) else next((alias for alias in PARAM_ALIASES.get(key, ()) if rule.param(alias)), None)
        if name is None:
            return None, f"规则 {proposal.rule} 没有参数 {key}"
        params[name] = value
    missing = [param.name for param in rule.params if param.required and param.name not in params]
    if missing:
        return None, f"规则 {proposal.rule} 还需要参数 {'、'.join(missing)}"
    return params, None


# Clauses that set the scene rather than say what to do: 遇有重大突发事件时 / 根据上级要求 / 对…的热点问题.
_SCENE = re.compile(r"^(?:对于?|针对|遇有|遇到|根据|按照|依照|结合|围绕|为了?|通过|以|凡|在|随着|涉及|从|自|\d{4}年)"
                    r"|(?:时|后|前|中|期间|方面|问题|要求|的|是|为|包括|如下|以下|开始|起)$")
_MODAL = re.compile(r"^(?:都|均|也|还|并)?(?:要|应当?|须|必须|需要?)(?=.{4})")


def _short_title(sentence: str, limit: int = 36) -> str:
    """A check title from a requirement sentence: its first clause that says what to do."""
    text = re.sub(r"^(?:[一二三四五六七八九十]+是|\d{1,2}[.．、]|[（(][一二三四五六七八九十\d]+[)）])", "", sentence.strip())
    text = re.sub(r"（时限：[^）]*）$", "", text).rstrip("。；;！!").strip()
    clauses = [c.strip() for c in re.split(r"[，,：:；;]", text) if c.strip()]
    chosen = text
    if len(clauses) > 1:
        doing = [c for c in clauses if not _SCENE.search(c)]
        chosen = doing[0] if doing else clauses[-1]
    chosen = _MODAL.sub("", chosen)
    if len(chosen) < 6:
        chosen = _MODAL.sub("", text)
    if len(chosen) > limit:
        chosen = chosen[:limit].rstrip("，,、") + "…"
    return chosen


def _checks_for(task: DraftTask, requirements: list[Requirement], context: str, year: int | None) -> None:
    """Append the checks of a task: rule proposals in order of the text, manual checks for the rest."""
    entries: list[tuple[str, Any, Requirement]] = []  # ("proposal", Proposal, req) | ("manual", unresolved, req)
    seen: set[tuple] = set()
    alternatives: dict[int, list[Proposal]] = {}  # id(chosen proposal) -> the others of its table row
    has_more = len(requirements) > 1
    for requirement in requirements:
        proposals, unresolved = propose(requirement.scan or requirement.text, context, year)
        if requirement.single:
            chosen = best(proposals)
            if chosen is None:
                entries.append(("manual", unresolved, requirement))
            else:
                entries.append(("proposal", chosen, requirement))
                alternatives[id(chosen)] = [p for p in proposals if p is not chosen]
            continue
        for proposal in proposals:
            if proposal.signature() not in seen:
                seen.add(proposal.signature())
                entries.append(("proposal", proposal, requirement))
        if not proposals and not (requirement.lead and has_more):
            entries.append(("manual", unresolved, requirement))
    # presence is implied by a deadline or a cadence on the same item in the same task
    timed_items = {p.key.split(":", 1)[1] for kind, p, _ in entries
                   if kind == "proposal" and p.rule in ("deadline", "cadence") and ":" in p.key}
    entries = [(kind, p, r) for kind, p, r in entries
               if not (kind == "proposal" and p.rule == "coverage" and not r.single
                       and p.key.split(":", 1)[1] in timed_items)]
    # one check per merge key (6小时内首次发布 + 24小时内新闻发布会)
    merged: list[tuple[str, Any, Requirement]] = []
    groups: dict[str, int] = {}
    for kind, payload, requirement in entries:
        if kind == "proposal" and payload.merge and not requirement.single:
            if payload.merge in groups:
                position = groups[payload.merge]
                merged[position] = ("proposal", merge([merged[position][1], payload]), merged[position][2])
                continue
            groups[payload.merge] = len(merged)
        merged.append((kind, payload, requirement))
    for number, (kind, payload, requirement) in enumerate(merged, start=1):
        check_id = f"{task.id}.{number}"
        units = requirement.units if requirement.units and requirement.units != task.units else None
        if kind == "manual":
            has_time = payload or re.search(TIME_HINT, match_form(requirement.text))
            notes = ["原文含时限要求，但未能确定对应的规则或检查对象，请人工核对，或改写为 deadline / cadence 等规则"] \
                if has_time else []
            task.checks.append(DraftCheck(check_id, _short_title(requirement.text), requirement.source,
                                          manual=requirement.text, units=units, notes=notes, sentence=requirement.text))
            continue
        proposal: Proposal = payload
        notes = list(proposal.notes)
        for other in alternatives.get(id(proposal), []):
            notes.append(f"同一要求还可检查：{other.title}（{other.rule}，置信度{other.confidence}）")
        params, problem = _rule_params(proposal)
        if params is None:
            pending = {"rule": proposal.rule, **proposal.params}
            guidance = f"{requirement.text}（拟用 {proposal.rule} 规则自动检查：{proposal.title}；{problem}，暂作人工核查）"
            task.checks.append(DraftCheck(check_id, proposal.title, requirement.source, manual=guidance, units=units,
                                          confidence=proposal.confidence, evidence=proposal.evidence,
                                          notes=notes + [f"{problem}；规则可用后把本项改为下面注释中的写法"],
                                          pending=pending, sentence=requirement.text))
            continue
        task.checks.append(DraftCheck(check_id, proposal.title, requirement.source, rule=proposal.rule, params=params,
                                      units=units, confidence=proposal.confidence, evidence=proposal.evidence,
                                      notes=notes, sentence=requirement.text))


def _propose_scopes(tasks: list[DraftTask], government: str | None) -> str | None:
    """Set the proposed `applies_to` of tasks and checks (extract_scope); a note for the reviewer, or None."""
    departments = whole = 0
    for task in tasks:
        task.applies_to = department_scope(task.units, government)
        departments += task.applies_to is not None
        for check in task.checks:
            own = department_scope(check.units, government) if check.units else None
            check.applies_to = own or (None if task.applies_to else whole_scope(check.sentence, government))
            whole += check.applies_to is not None and "government" in check.applies_to
    if not departments and not whole:
        return None
    parts = ([f"{departments} 项任务只由点名的部门负责，限定为这些部门的目录"] if departments else []) + \
            ([f"{whole} 项检查针对{government}整个政府的目录（原文为全区/全市的重点领域信息）"] if whole else [])
    return ("已按原文建议适用范围（applies_to）：" + "；".join(parts)
            + "。用不适用的公开目录检查时这些项为“不适用”并写明原因；单位自己的方案请删除 applies_to，"
              "并在 govopen.yaml 用 owner 写明目录所属单位")


# --- prose plans -----------------------------------------------------------------------------


def _prepare(source: PlanSource) -> tuple[list[Block], list[str], bool]:
    """Cleaned blocks (boilerplate and metadata out), metadata lines, whether it was Traditional."""
    joined = "\n".join(block.text for block in source.blocks)
    traditional = is_traditional(joined)
    blocks: list[Block] = []
    meta: list[str] = []
    started = False
    for block in source.blocks:
        text = clean(to_simplified(block.text) if traditional else block.text)
        if not text:
            continue
        if started and _TAIL.match(text):
            break
        if is_boilerplate(text):
            continue
        if parse_meta(text) is not None:
            meta.append(text)
            continue
        found = marker(text)
        if found and found[0] <= 2 or block.style in ("h1", "h2"):
            started = True
        blocks.append(Block(text, block.style))
    # A Word document without a Title paragraph often sets its title in "Heading 1".
    if not any(block.style == "title" for block in blocks):
        for block in blocks:
            if block.style in ("h1", "h2", "h3") or marker(block.text):
                if block.style == "h1" and marker(block.text) is None and _PLAN_TITLE.search(block.text):
                    block.style = "title"
                break
    return blocks, meta, traditional


def _first_numbered(blocks: list[Block]) -> int:
    for index, block in enumerate(blocks):
        found = marker(block.text)
        if (found and found[0] <= 2) or block.style in ("h1", "h2"):
            return index
    return len(blocks)


def _task_nodes(root: Node) -> tuple[list[tuple[Node, list[Node]]], list[str]]:
    """(task node, its point nodes) in order, and the parts left out (总体要求 …)."""
    tasks: list[tuple[Node, list[Node]]] = []
    skipped: list[str] = []

    def has_units(node: Node) -> bool:
        return bool(take_units(node.text)[1])

    for part in root.children:
        title = lead_title(part.head)
        children = part.children
        children_are_tasks = bool(children) and (
            (part.rank == 1 and any(child.rank == 2 for child in children))
            or (any(has_units(child) for child in children) and not has_units(part))
        )
        if not has_units(part) and not any(has_units(child) for child in children) and \
                len(title) <= 14 and NON_TASK_PARTS.search(title) and part.rank == 1:
            skipped.append(f"{part.label}{title}")
            continue
        if children_are_tasks:
            for child in children:
                tasks.append((child, child.children))
        elif children or part.body or len(re.split(r"[。；;]", part.head, maxsplit=1)) > 1 or has_units(part):
            tasks.append((part, part.children))
        else:
            skipped.append(f"{part.label}{title}（只有标题）")
    return tasks, skipped


def _prose_tasks(root: Node, year: int | None) -> tuple[list[DraftTask], list[str]]:
    nodes, skipped = _task_nodes(root)
    tasks: list[DraftTask] = []
    for number, (node, points) in enumerate(nodes, start=1):
        own_text, lead_units, helpers = take_units(node.text)
        all_units = list(lead_units)
        point_texts: list[tuple[Node, str, list[str]]] = []
        for point in points:
            text, point_units, point_helpers = take_units(point.full_text()[len(point.label):])
            point_texts.append((point, text, point_units))
            for unit in point_units:
                if unit not in all_units:
                    all_units.append(unit)
            helpers += [unit for unit in point_helpers if unit not in helpers]
        if not all_units and node.parent is not None and node.parent.rank > 0:
            all_units = take_units(node.parent.text)[1]
        source = node.path()
        full = node.full_text()
        task = DraftTask(f"T{number}", lead_title(own_text) or lead_title(node.head), source, all_units, full,
                         helpers=helpers)
        requirements: list[Requirement] = []
        for label, segment in split_inline_points(own_text):
            segment_sentences = sentences(segment)
            for index, sentence in enumerate(segment_sentences):
                lead = index == 0 and (not requirements or (bool(label) and len(segment_sentences) > 1))
                requirements.append(Requirement(sentence, source + label, lead=lead))
        for point, text, point_units in point_texts:
            units = point_units or None
            for label, segment in split_inline_points(text):
                point_sentences = sentences(segment)
                for index, sentence in enumerate(point_sentences):
                    requirements.append(Requirement(sentence, point.path() + label, units=units,
                                                    lead=(index == 0 and len(point_sentences) > 1)))
        _checks_for(task, requirements, full, year)
        tasks.append(task)
    return tasks, skipped


# --- table plans -----------------------------------------------------------------------------


def _find_task_table(source: PlanSource):
    """The first 任务分工 table of the plan: (table, header row, its tasks), or None."""
    for table in source.tables:
        header = find_header(table)
        if header is None:
            continue
        raw = read_task_table(table, *header)
        if raw:
            return table, header[0], raw
    return None


def _table_tasks(raw, year: int | None) -> list[DraftTask]:
    tasks = []
    for number, item in enumerate(raw, start=1):
        task = DraftTask(f"T{number}", item.title, item.source, item.units, item.text, helpers=item.helpers)
        requirements = []
        for row in item.requirements:
            text = row.text + (f"（时限：{row.deadline}）" if row.deadline else "")
            scan = row.text + (f"，{row.deadline}" if row.deadline else "")
            requirements.append(Requirement(text, row.source, single=True, units=row.units, scan=scan))
        task.text = item.text + "\n" + "\n".join(
            f"{row.label or '·'} {row.text}" + (f"（时限：{row.deadline}）" if row.deadline else "")
            + (f"（责任单位：{'、'.join(row.units)}）" if row.units and row.units != item.units else "")
            for row in item.requirements)
        _checks_for(task, requirements, item.text + "\n" + "\n".join(r.text for r in item.requirements), year)
        tasks.append(task)
    return tasks


# --- title, agency, year ---------------------------------------------------------------------


def _agency(meta: dict[str, str], lines: list[str], title: str | None) -> str | None:
    for key in ("发布机构", "发文机关", "发布单位", "发文单位", "来源", "信息来源"):
        value = re.split(r"\s", meta.get(key, "").strip(), maxsplit=1)[0] if meta.get(key) else ""
        if value and looks_like_agency(value):
            return value
    for line in lines:
        found = issuer_from_line(line)
        if found:
            return found
    if title:
        found = title_agency(title)
        if found:
            return found
    for line in lines:
        line = strip_site(line)
        if looks_like_agency(line) and len(line) <= 20 and not re.search(r"\d", line):
            return line
    return None


def _year(title: str | None, meta: dict[str, str], body: str) -> tuple[int | None, str | None]:
    if title:
        found = re.search(r"(?<!\d)(20\d{2})年", title)
        if found:
            return int(found.group(1)), None
    docno = meta.get("文件编号") or meta.get("发文字号") or meta.get("文号") or ""
    found = re.search(r"〔(20\d{2})〕", docno)
    if found:
        return int(found.group(1)), None
    for key in ("成文日期", "印发日期", "发布日期", "发布时间", "日期", "时间"):
        found = re.search(r"(20\d{2})", meta.get(key, ""))
        if found:
            year = int(found.group(1))
            mentioned = years_in(body)
            shown = meta[key].split()[0]
            if mentioned and max(mentioned) < year - 1 and re.search(r"今年|本年度?", body):
                # a page captured years later; the plan speaks of 今年 and names its own years
                return max(mentioned), (f"标题中没有年度；正文写“今年”并提到 {min(mentioned)}–{max(mentioned)} 年，"
                                        f"按 {max(mentioned)} 年起草（网页日期为 {shown}），请核对 period")
            note = f"年度取自网页上的日期（{shown}），标题中没有年度"
            if mentioned and max(mentioned) < year - 1:
                note += f"；正文提到的年份为 {min(mentioned)}–{max(mentioned)} 年，请核对 period"
            return year, note
    mentioned = years_in(body)
    if mentioned:
        return max(mentioned), "年度按正文中提到的最晚年份推测，请核对 period"
    return None, None


def _slug(path: str) -> str:
    stem = os.path.splitext(os.path.basename(path))[0]
    slug = re.sub(r"[^0-9A-Za-z]+", "-", stem).strip("-").lower()
    return slug or "draft"


def extract(path: str, checklist_id: str | None = None, year: int | None = None) -> Draft:
    """Read a work plan and draft its checklist."""
    source = read_plan(path)
    blocks, meta_lines, traditional = _prepare(source)
    meta: dict[str, str] = {}
    for line in meta_lines:
        for key, value in (parse_meta(line) or {}).items():
            if value and key not in meta:
                meta[key] = value
    notes: list[str] = []
    if traditional:
        notes.append("原文为繁体中文，已转换为简体后识别")

    first = _first_numbered(blocks)
    head_blocks = blocks[:first] if first < len(blocks) else blocks
    title, _ = find_title(head_blocks)
    body_text = "\n".join(block.text for block in blocks[first:])

    found = _find_task_table(source)
    layout = "table" if found else "prose"
    if found:
        table, header, raw = found
        title = title or table_title(table, header)
        body_text += "\n" + "\n".join(item.text + "\n" + "\n".join(r.text for r in item.requirements) for item in raw)
    plan_year, year_note = _year(title, meta, body_text)
    if year is not None:
        plan_year, year_note = year, None
    if year_note:
        notes.append(year_note)
    if found:
        tasks = _table_tasks(raw, plan_year)
        notes.append(f"任务取自任务分工表（{table.name}）：每行一项要求、一项检查，同一任务的行合为一项任务")
    else:
        root, _ = build_outline(blocks[first:])
        tasks, skipped = _prose_tasks(root, plan_year)
        if skipped:
            notes.append("以下部分不是具体任务，未生成检查项（需要时请手工补充）：" + "；".join(skipped))
    if not tasks:
        raise InputError(f"{path}：没有识别出工作任务（应有“一、”“（一）”“1.”等编号的段落，"
                         f"或含“工作任务”“具体要求”“责任单位”等表头的任务分工表）")
    if tasks and not any(task.units for task in tasks):
        default_units = addressees([block.text for block in head_blocks])
        if default_units:
            for task in tasks:
                task.units = list(default_units)
            notes.append(f"原文各项任务未写明责任单位，已按通知的主送单位（{'、'.join(default_units)}）填写，请按分工核对")
    agency = _agency(meta, [block.text for block in head_blocks] + [block.text for block in blocks], title)
    scoped = _propose_scopes(tasks, government_of(agency))
    if scoped:
        notes.append(scoped)
    docno = meta.get("文件编号") or meta.get("发文字号") or meta.get("文号")
    docno = re.sub(r"\s+", "", docno) if docno else None
    if title is None:
        title = f"{agency or ''}{plan_year or ''}{'年' if plan_year else ''}政务公开工作方案".strip() or "工作方案"
        notes.append("未识别出标题，请补全 title")
    if agency is None:
        notes.append("未识别出发文单位，请补全 agency")
    if plan_year is None:
        notes.append("未识别出年度，请补上 period: {year: 年度}")
    return Draft(checklist_id or _slug(path), title, path, agency, plan_year, docno, tasks, layout, notes)


# --- YAML ------------------------------------------------------------------------------------

_INDICATORS = set("-?:,[]{}#&*!|>'\"%@`")


def _plain_ok(text: str, flow: bool) -> bool:
    from govopen_cli.checklist.load import parse_yaml

    if not text or text != text.strip() or "\n" in text or text[0] in _INDICATORS:
        return False
    if ": " in text or " #" in text or text.endswith(":") or (flow and any(c in text for c in ",[]{}")):
        return False
    try:
        parsed = parse_yaml(f"k: [{text}]" if flow else f"k: {text}", "草稿")  # a probe: the message is never shown
    except ChecklistError:
        return False
    value = parsed["k"][0] if flow else parsed["k"]
    return isinstance(value, str) and value == text


def scalar(value: Any, flow: bool = False) -> str:
    """One YAML value: plain where that reads back the same, else double-quoted (JSON escapes)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, dict):
        return "{" + ", ".join(f"{scalar(k, True)}: {scalar(v, True)}" for k, v in value.items()) + "}"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(scalar(v, True) for v in value) + "]"
    text = str(value)
    return text if _plain_ok(text, flow) else json.dumps(text, ensure_ascii=False)


def _comment(text: str, indent: str, width: int = 70, first: str = "", rest: str = "  ") -> list[str]:
    """Comment lines, long text wrapped at `width` characters."""
    lines = []
    for paragraph in text.split("\n"):
        paragraph = paragraph.strip()
        prefix = first if not lines else rest
        while True:
            chunk, paragraph = paragraph[:width], paragraph[width:]
            lines.append(f"{indent}# {prefix}{chunk}".rstrip())
            prefix = rest
            if not paragraph:
                break
    return lines


def render(draft: Draft) -> str:
    """The draft as checklist YAML, comments for the reviewer included."""
    checks = draft.checks
    automatic = sum(1 for check in checks if check.rule)
    out: list[str] = [
        f"# 检查清单草稿：由 govopen {__version__} 的 `govopen checklist extract` 从“{os.path.basename(draft.plan)}”自动生成。",
        "# 使用前请逐项核对：任务和责任单位是否与原文一致，建议的规则、参数和 item（所找的信息）是否合适；",
        "# 不需要的检查项直接删除，人工核查项（manual）由专人作答。核对完成后可删除这些注释。",
        "# 置信度：高 = 原文有明确的时限或频次，规则和参数基本确定；中 = 原文点名了应公开的信息或做法，",
        "#         请核对 item 的 terms（标题用语）；低 = 按原文推测，请重点核对。",
        f"# 识别结果：{len(draft.tasks)} 项任务，{len(checks)} 项检查（自动检查 {automatic} 项，人工核查 {len(checks) - automatic} 项）。",
    ]
    for note in draft.notes:
        out += _comment(note, "", first="注意：", rest="  ")
    out.append(f"id: {scalar(draft.id)}")
    out.append(f"title: {scalar(draft.title)}")
    if draft.agency:
        out.append(f"agency: {scalar(draft.agency)}")
    source = os.path.basename(draft.plan) + (f"（{draft.docno}）" if draft.docno else "")
    out.append(f"source: {scalar(source)}")
    out.append("extends: national-baseline")
    if draft.year:
        out.append(f"period: {{year: {draft.year}}}")
    out.append("tasks:")
    for task in draft.tasks:
        out.append(f"  - id: {scalar(task.id)}")
        out.append(f"    title: {scalar(task.title)}")
        out.append(f"    units: {scalar(task.units)}")
        out.append(f"    source: {scalar(task.source)}")
        if task.applies_to:
            out += _comment(f"适用范围：{describe(task.applies_to)}（责任单位均为点名的部门），请核对", "    ")
            out.append(f"    applies_to: {scalar(task.applies_to)}")
        if not task.units:
            out.append("    # 原文未写明责任单位，请补全 units")
        if task.helpers:
            out.append(f"    # 配合单位：{'、'.join(task.helpers)}")
        out += _comment(task.text, "    ", first="原文：")
        out.append("    checks:")
        for check in task.checks:
            out += _render_check(check)
    return "\n".join(out) + "\n"


def _render_check(check: DraftCheck) -> list[str]:
    indent = "      "
    lines: list[str] = []
    if check.confidence:
        evidence = f" —— 依据：“{check.evidence}”" if check.evidence else ""
        lines += _comment(f"置信度：{check.confidence}{evidence}", indent)
    for note in check.notes:
        lines += _comment(note, indent)
    lines.append(f"{indent}- id: {scalar(check.id)}")
    inner = indent + "  "
    lines.append(f"{inner}title: {scalar(check.title)}")
    if check.rule:
        lines.append(f"{inner}rule: {check.rule}")
        for key, value in check.params.items():
            lines.append(f"{inner}{key}: {scalar(value)}")
    else:
        lines.append(f"{inner}manual: {scalar(check.manual)}")
    lines.append(f"{inner}source: {scalar(check.source)}")
    if check.units:
        lines.append(f"{inner}units: {scalar(check.units)}")
    if check.applies_to:
        why = "原文为全区/全市的重点领域信息" if "government" in check.applies_to else "本项责任单位均为点名的部门"
        lines += _comment(f"适用范围：{describe(check.applies_to)}（{why}），请核对", inner)
        lines.append(f"{inner}applies_to: {scalar(check.applies_to)}")
    if check.pending:
        lines.append(f"{inner}# 规则可用后改为：")
        lines.append(f"{inner}#   title: {scalar(check.title)}")
        for key, value in check.pending.items():
            lines.append(f"{inner}#   {key}: {scalar(value)}")
    return lines


# --- validation ------------------------------------------------------------------------------


def validate_text(text: str) -> None:
    """Load the draft through the checklist loader; raises ChecklistError when it is not valid."""
    from govopen_cli.checklist.load import load_checklist

    folder = tempfile.mkdtemp(prefix="govopen-draft-")
    path = os.path.join(folder, "draft.yaml")
    try:
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(text)
        load_checklist(path)
    finally:
        if os.path.exists(path):
            os.remove(path)
        os.rmdir(folder)


def extract_yaml(path: str, checklist_id: str | None = None, year: int | None = None) -> tuple[str, Draft]:
    draft = extract(path, checklist_id=checklist_id, year=year)
    return render(draft), draft


__all__ = ["Draft", "DraftCheck", "DraftTask", "extract", "extract_yaml", "render", "scalar", "validate_text"]
