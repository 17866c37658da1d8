"""The prose of the self-inspection report (自查报告), shared by the Word and Excel writers.

Everything here is derived from the Result alone (DESIGN §3: writers import only `result`): agency
details come from `result.agency` (govopen.yaml merged with command-line options), the 下一步工作安排
lines from the checklist's `next_steps` passed in by the caller. The text is written as an officer
writes a report: counts, the responsible unit, two or three concrete examples per problem and the
deadline — never one line per finding (the workbook has them all).
"""
from __future__ import annotations

import datetime as dt
import os
import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any, Iterable, Sequence

from govopen_cli.result import KIND_LABELS, STATUS_LABELS, CheckResult, Finding, Result, task_status
from govopen_cli.writers import check_notes
from govopen_cli.writers import report_findings as rf

DEFAULT_DEADLINE_DAYS = 30  # 整改期限 when neither govopen.yaml (agency.deadline) nor --deadline gives one
MAX_TASK_NAMES = 3  # failed tasks named under 三、下一步工作安排
EVIDENCED_MAX = 3  # passed item checks per task told with what they found (《…》等3条); the rest by name
PUBLISHING_RULES = {"coverage", "cadence", "deadline", "pairing", "freshness"}  # a pass means "published"
NO_UNIT = "未明确责任单位"
OTHER_TASK = "其他检查事项"
ANSWER_WORDS = {"pass": "符合", "fail": "不符合", "n/a": "不适用"}

# Control characters Word and Excel reject (XML 1.0 allows only tab, line feed and carriage return),
# plus lone surrogates and the non-characters U+FFFE/U+FFFF.
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
_DOCUMENT_ENDINGS = ("方案", "要点", "计划", "通知", "意见", "办法", "规定", "细则", "安排", "规划", "条例", "指引", "标准")
_LEADING_NUMBER = re.compile(r"^\s*(?:[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、|\d+\s*[、.．]|[①-⑳])\s*")
_CN_DIGITS = "零一二三四五六七八九"


def clean(text: Any, keep_newlines: bool = False) -> str:
    """Text safe for Word and Excel: illegal control characters removed; in prose, line breaks and
    tabs become spaces."""
    if text is None:
        return ""
    text = _ILLEGAL.sub("", str(text))
    if not keep_newlines:
        text = re.sub(r"[\t\r\n]+", " ", text)
    return text


def cn_number(number: int) -> str:
    """1 -> 一, 10 -> 十, 12 -> 十二, 23 -> 二十三 (heading ordinals)."""
    if number < 10:
        return _CN_DIGITS[number]
    tens, ones = divmod(number, 10)
    if number < 100:
        return ("" if tens == 1 else _CN_DIGITS[tens]) + "十" + (_CN_DIGITS[ones] if ones else "")
    return str(number)


def cn_date(day: dt.date) -> str:
    """2024年1月31日 (GB/T 9704 §7.3.5.4: year in full, no leading zeros)."""
    return f"{day.year}年{day.month}月{day.day}日"


def as_date(value: Any) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        return None


def strip_end(text: str) -> str:
    return clean(text).strip().rstrip("。；;，,.： :")


def quote(text: str) -> str:
    """“text”, quotes inside it becoming single quotes: “公开‘三公’经费预算” (GB/T 15834 nesting)."""
    return "“" + text.replace("“", "‘").replace("”", "’") + "”"


NOTES_SHOWN = 3  # set-aside rows a check's sentence in the report spells out (all are in the workbook)


def quoted(title: str) -> str:
    """A check title quoted in prose, without a trailing parenthetical list: “目录法定要素完整”."""
    title = strip_end(title)
    short = re.sub(r"[（(][^（）()]*[)）]$", "", title).strip()
    return quote(short or title)


def text_width(text: str) -> float:
    """Width in Chinese characters: ASCII letters and digits count half."""
    return sum(0.5 if ord(char) < 0x2E80 else 1 for char in text)


def first_sentence(text: str) -> str:
    """The first sentence of a remedy (YAML folded text may carry notes after it)."""
    text = strip_end(text)
    end = text.find("。")
    return text[:end] if end > 0 else text


def join_cn(items: list[str]) -> str:
    return "、".join(items)


def titles_phrase(checks: list[CheckResult], limit: int = 3, budget: int = 32) -> str:
    """“甲”“乙”“丙”等5项 / “甲”“乙”2项 / “甲” — how officers list items: at most `limit` names and
    about `budget` characters of them."""
    names: list[str] = []
    for check in checks[:limit]:
        name = quoted(check.title)
        if names and sum(map(len, names)) + len(name) > budget:
            break
        names.append(name)
    if len(checks) == 1:
        return names[0]
    return f"{''.join(names)}{'等' if len(checks) > len(names) else ''}{len(checks)}项"


def self_name(agency: str | None) -> str:
    """我局 / 我委 / 我办 … as the report refers to its own agency after the first mention."""
    if agency:
        for ending in ("中心", "局", "委", "办", "厅", "院", "署", "部", "站", "所", "馆", "处", "政府"):
            if agency.endswith(ending):
                return "我" + ("单位" if ending == "政府" else ending)
    return "我单位"


# --- report information -------------------------------------------------------------------------


@dataclass
class ReportInfo:
    agency: str | None
    year: str  # "2023", or "2023—2024" for a period over two years
    date: dt.date  # the date on the report (落款日期)
    deadline: dt.date  # 整改完成时限
    deadline_default: bool  # True when the deadline is the default (report date + 30 days)
    leader: str | None = None
    contact: str | None = None
    phone: str | None = None
    office: str | None = None
    next_steps: list[str] = field(default_factory=list)
    rectified: dict[str, dict[str, int]] = field(default_factory=dict)  # check id -> counts vs --baseline

    @property
    def title(self) -> str:
        return f"{self.agency or ''}{self.year}年度政务公开自查报告"

    @property
    def me(self) -> str:
        return self_name(self.agency)

    @property
    def signature(self) -> str:
        return self.agency or "（单位名称）"


def report_info(result: Result, next_steps: Iterable[str] | None = None) -> ReportInfo:
    agency = result.agency or {}
    as_of = as_date(result.as_of) or dt.date.today()
    date = as_date(agency.get("date")) or as_of
    deadline = as_date(agency.get("deadline"))
    if result.period:
        start, end = result.period.get("start", ""), result.period.get("end", "")
        year = start[:4] if start[:4] == end[:4] else f"{start[:4]}—{end[:4]}"
    else:
        year = str(as_of.year - 1)
    steps = list(next_steps) if next_steps is not None else list(result.checklist.get("next_steps") or [])
    name = clean(agency.get("name") or agency.get("unit") or "").strip() or None

    def text(key: str) -> str | None:
        value = agency.get(key)
        return clean(value).strip() or None if value not in (None, "") else None

    return ReportInfo(
        agency=name, year=year, date=date,
        deadline=deadline or date + dt.timedelta(days=DEFAULT_DEADLINE_DAYS),
        deadline_default=deadline is None,
        leader=text("leader"), contact=text("contact"), phone=text("phone"), office=text("office"),
        next_steps=[_LEADING_NUMBER.sub("", strip_end(step)) for step in steps if strip_end(step)],
        rectified=rectification_counts(result),
    )


# --- grouping -----------------------------------------------------------------------------------


@dataclass
class TaskView:
    id: str | None
    title: str
    units: list[str]
    source: str | None
    status: str | None
    checks: list[CheckResult]


def check_units(check: CheckResult, task_units: dict[str | None, list[str]]) -> list[str]:
    return list(check.units) or list(task_units.get(check.task, []))


def task_views(result: Result) -> list[TaskView]:
    by_task: dict[str | None, list[CheckResult]] = defaultdict(list)
    for check in result.checks:
        by_task[check.task].append(check)
    views = [TaskView(task.id, task.title, list(task.units), task.source, task.status, by_task.get(task.id, []))
             for task in result.tasks]
    known = {task.id for task in result.tasks}
    orphans = [check for check in result.checks if check.task not in known]
    if orphans:
        views.append(TaskView(None, OTHER_TASK, [], None, None, orphans))
    return [view for view in views if view.checks]


def task_unit_map(result: Result) -> dict[str | None, list[str]]:
    return {task.id: list(task.units) for task in result.tasks}


def findings_by_check(result: Result) -> dict[str, Sequence[Finding]]:
    """The findings of each check, without making a Finding per row until they are read."""
    return result.findings.by_check()


def inspected_files(result: Result) -> list[str]:
    return list(dict.fromkeys(item.get("path", "") for item in result.inputs))


# --- problems -----------------------------------------------------------------------------------


@dataclass
class Problem:
    """One check to rectify, told in one or two complete sentences from what it found."""

    check: CheckResult
    task_title: str
    units: list[str]
    count: int
    rows: int
    findings: list[Finding] = field(default_factory=list)
    kinds: dict[str, str] = field(default_factory=dict)  # file -> dataset label, when several kinds
    example_count: int = 2

    @property
    def category(self) -> rf.Category:
        return rf.category_of(self.check, self.findings)

    def text(self) -> str:
        check = self.check
        title = quoted(check.title)
        if check.status == "error":
            return f"{title}因{rf.plain_note(check.note, table=_table_of(check))}未能完成检查，需补齐数据后重新检查。"
        if check.answer and check.answer.get("result") == "fail":
            details = _answer_details(check.answer)
            return f"经人工核查，{title}不符合要求{f'（{details}）' if details else ''}。"
        located = [finding for finding in self.findings if finding.row is not None]
        unlocated = [finding for finding in self.findings if finding.row is None]
        sentences = []
        if located:
            sentences.append(self._located(title, located))
        if unlocated or not located:
            clauses = rf.merge_periods(list(dict.fromkeys(rf.clause(finding.message) for finding in unlocated)))
            shown = "；".join(clauses[:3]) + (f"等{len(clauses)}处" if len(clauses) > 3 else "")
            lead = title if not located else "此外"
            sentences.append(f"{lead}：{shown}" if shown else f"{title}发现问题{self.count}处")
        # The rule's “另有N条…未计入” gives way to the rows themselves; any other message that
        # already tells what it set aside is left to say so alone.
        sentences[-1] = rf.RULE_SET_ASIDE_NOTE.sub("", sentences[-1])
        told = "未计入" in sentences[-1]
        evidence = rf.evidence_phrase(check, set_aside=not told, kinds=self.kinds) if check.rule != "pairing" else ""  # pairing: the unpaired are the news
        if evidence:
            sentences[-1] += f"，{evidence}"
        return "。".join(sentences) + "。"

    def _located(self, title: str, located: list[Finding]) -> str:
        """“…”发现问题7处（第25、49、82行等7条），如第25、178行索引号为空；第49行内容概述为空 —
        findings that read alike are told once with their rows."""
        alike: dict[tuple[str, str], list[int]] = {}
        for finding in sorted(located, key=lambda f: (f.file or "", f.sheet or "", f.row or 0)):
            kind = self.kinds.get(finding.file, "")
            alike.setdefault((kind, rf.clause(finding.message)), []).append(finding.row)
        chosen = _spread(list(alike), self.example_count)
        examples = [f"{kind}{rf.rows_phrase(alike[(kind, text)])}{text}" for kind, text in chosen]
        if len(chosen) == len(alike):
            return f"{title}发现问题{self.count}处：{'；'.join(examples)}"
        by_kind: dict[str, list[int]] = defaultdict(list)
        for finding in located:
            by_kind[self.kinds.get(finding.file, "")].append(finding.row)
        where = "，".join(f"{kind}{rf.rows_phrase(rows)}" for kind, rows in by_kind.items())
        text = f"{title}发现问题{self.count}处（{where}）"
        return text + (f"，如{'；'.join(examples)}" if examples else "")


def _spread(keys: list[tuple[str, str]], count: int) -> list[tuple[str, str]]:
    """`count` of the (dataset, clause) keys, one per dataset first, in their order."""
    chosen = []
    for key in keys:
        if len(chosen) < count and all(key[0] != other[0] for other in chosen):
            chosen.append(key)
    for key in keys:
        if len(chosen) < count and key not in chosen:
            chosen.append(key)
    return [key for key in keys if key in chosen]


def _answer_details(answer: dict[str, Any]) -> str:
    """说明：…；佐证材料：…（links kept whole）；核查人：…，date."""
    details = []
    if answer.get("note"):
        details.append(f"说明：{strip_end(answer['note'])}")
    if answer.get("evidence"):
        label = "核查意见" if answer.get("result") == "fail" else "佐证材料"
        details.append(f"{label}：{strip_end(answer['evidence'])}")
    who = "，".join(clean(part) for part in (answer.get("by"), _date_text(answer.get("date"))) if part)
    if who:
        details.append(f"核查人：{who}")
    return "；".join(details)


def problem_checks(result: Result) -> list[CheckResult]:
    """Checks that need rectification: failed (incl. manual answered 不符合) or could not run,
    ordered by severity, then by task (in the checklist's order), then as the checklist lists them."""
    tasks = {task.id: index for index, task in enumerate(result.tasks)}
    failing = [check for check in result.checks if check.status in ("fail", "error")]
    position = {check.id: index for index, check in enumerate(failing)}
    return sorted(failing, key=lambda check: (rf.SEVERITY_RANK.get(check.severity, 3),
                                              tasks.get(check.task, len(tasks)), position[check.id]))


def problems(result: Result, office: str | None = None, example_count: int | None = None) -> list[Problem]:
    """One Problem per check to rectify, in problem_checks order. Examples are rationed so the report
    stays a few pages (every finding is in the workbook; the rows are always summed up): with up to
    8 problems two each; with more, one for the first problem of each category and for the rest one
    while there are at most 12 problems, none beyond."""
    grouped = findings_by_check(result)
    units = task_unit_map(result)
    titles = {task.id: task.title for task in result.tasks}
    kinds = rf.kind_of_file(result.inputs)
    failing = problem_checks(result)
    rationed = example_count is None
    if rationed:
        example_count = 2 if len(failing) <= 8 else 1
    found = []
    for check in failing:
        findings = grouped.get(check.id, [])
        rows = len({(f.file, f.sheet, f.row) for f in findings if f.row is not None})
        found.append(Problem(
            check=check, task_title=titles.get(check.task, OTHER_TASK),
            units=check_units(check, units) or ([office] if office else []),
            count=len(findings) or check.findings, rows=rows, findings=findings, kinds=kinds,
            example_count=example_count,
        ))
    if rationed and len(failing) > 12:
        told: set[str] = set()
        for problem in found:
            first = problem.category.name not in told
            told.add(problem.category.name)
            problem.example_count = 1 if first else 0
    return found


def by_category(found: list[Problem]) -> list[tuple[rf.Category, list[Problem]]]:
    """Problems grouped as an inspector heads them (隐私保护, 公开时限, 文号规范 …); a category's place
    is that of its weightiest problem (severity, then task), then the category's own weight."""
    groups: dict[str, list[Problem]] = {}
    for problem in found:  # already in severity-then-task order
        groups.setdefault(problem.category.name, []).append(problem)
    tasks: dict[str | None, int] = {}
    for problem in found:  # tasks in checklist order (found is ordered by severity, then task)
        tasks.setdefault(problem.check.task, len(tasks))

    def key(name: str) -> tuple:
        first = groups[name][0]
        return rf.SEVERITY_RANK.get(first.check.severity, 3), tasks[first.check.task], rf.CATEGORIES[name].rank

    return [(rf.CATEGORIES[name], groups[name]) for name in sorted(groups, key=key)]


def measure(problem: Problem) -> str:
    """The rectification measure: the check's remedy, or a generic one."""
    check = problem.check
    if check.remedy:
        return strip_end(check.remedy)
    if check.status == "error":
        return f"补齐{quoted(check.title)}检查所需的数据，重新开展检查"
    return f"对照{quoted(check.title)}要求逐条核实、逐项整改"


def rectification_counts(result: Result) -> dict[str, dict[str, int]]:
    """Per check, against --baseline: findings fixed since last time, still open, and new."""
    counts: dict[str, dict[str, int]] = defaultdict(lambda: {"fixed": 0, "persisting": 0, "new": 0})
    if result.fixed is None:
        return {}
    for finding in result.findings:
        if finding.baseline in ("new", "persisting"):
            counts[finding.check][finding.baseline] += 1
    for finding in result.fixed:
        counts[finding.check]["fixed"] += 1
    return dict(counts)


def rectification_text(counts: dict[str, int] | None) -> str:
    """整改情况 of one check: 较上次自查，已整改3处，仍未整改2处，新增1处."""
    if not counts:
        return ""
    parts = [f"{label}{counts[key]}处" for key, label in (("fixed", "已整改"), ("persisting", "仍未整改"), ("new", "新增"))
             if counts[key]]
    return "较上次自查，" + "，".join(parts) if parts else ""


def measure_text(problem: Problem, info: ReportInfo, counts: dict[str, int] | None = None) -> str:
    """A 整改措施 item: measure (its first sentence), responsible unit and deadline, and, against
    a baseline, how the earlier findings of this check were rectified."""
    measure_ = first_sentence(measure(problem))
    unit = join_cn(problem.units)
    owner = f"{unit}负责，" if unit else ""
    progress = rectification_text(counts)
    return f"{measure_}（{owner}{cn_date(info.deadline)}前完成）。" + (f"整改情况：{progress}。" if progress else "")


# --- sections -----------------------------------------------------------------------------------


def _inputs_phrase(result: Result) -> str:
    """政府信息公开目录（某文件.xlsx，300条）/ 40个文件（共12,345条记录）."""
    inputs = result.inputs
    if not inputs:
        return "相关数据"
    by_path: dict[str, list[dict]] = defaultdict(list)
    for item in inputs:
        by_path[item.get("path", "")].append(item)
    total = sum(int(item.get("rows") or 0) for item in inputs)
    if len(by_path) > 4:
        kinds = list(dict.fromkeys(KIND_LABELS.get(item.get("kind"), item.get("kind") or "") for item in inputs))
        return f"{join_cn(kinds)}等{len(by_path)}个文件（共{total}条记录）"
    parts = []
    for path, items in by_path.items():
        kinds = list(dict.fromkeys(KIND_LABELS.get(item.get("kind"), item.get("kind") or "数据") for item in items))
        rows = sum(int(item.get("rows") or 0) for item in items)
        kind = join_cn(kinds)
        if kind == "公开目录":
            kind = "政府信息公开目录"
        parts.append(f"{kind}（{clean(os.path.basename(path))}，{rows}条）")
    return join_cn(parts)


_DOCUMENT_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,12}〔\d{4}〕\d+号|国务院令第\d+号")


def citation(source: str) -> str:
    """What of a checklist's `source` an officer's report may cite: document names and numbers.

    `source` is written for checklist authors and may carry remarks in brackets (where the text was
    found, a seed file, a publication date); only names and 文号 are kept:
    《条例》（国务院令第711号）；GB/T 9704-2012《…》 -> 《条例》（国务院令第711号）和GB/T 9704-2012《…》."""
    def numbers_only(match: re.Match) -> str:
        numbers = _DOCUMENT_NUMBER.findall(match.group())
        return f"（{'、'.join(numbers)}）" if numbers else ""

    text = re.sub(r"[（(][^（）()]*[)）]", numbers_only, clean(source))
    parts = [part.strip().rstrip("。，,") for part in re.split(r"[；;]", text)]
    parts = [part for part in parts if part and not re.fullmatch(r"[A-Za-z0-9_./\\:~-]+", part)
             and not part.startswith("http")]  # a path or an address is no citation
    return "和".join(parts)


def _basis_phrase(result: Result) -> str:
    checklist = result.checklist or {}
    title = strip_end(checklist.get("title") or "")
    source = citation(checklist.get("source") or "")
    if title.startswith("《"):
        title = title.strip("《》")
    if title.endswith(_DOCUMENT_ENDINGS):
        numbers = [number for number in _DOCUMENT_NUMBER.findall(source) if number not in title]
        return f"按照《{title}》（{'、'.join(numbers)}）要求" if numbers else f"按照《{title}》要求"
    named = f"{title}清单" if title.endswith("检查") else f"{quote(title)}检查清单" if title else "检查清单"
    if source and "《" in source:
        return f"依据{source}，对照{named}"
    return f"对照{named}"


def _period_phrase(result: Result) -> str:
    if not result.period:
        return ""
    start, end = as_date(result.period.get("start")), as_date(result.period.get("end"))
    if not start or not end:
        return ""
    return f"{cn_date(start)}至{cn_date(end)}"


def opening(result: Result, info: ReportInfo) -> str:
    summary = result.summary()
    manual = sum(1 for check in result.checks if check.rule is None or check.manual)
    automatic = summary["checks"] - manual
    agency = info.agency or "我单位"
    period = _period_phrase(result)
    tasks = len(result.tasks)
    scope = f"{tasks}项重点任务、{summary['checks']}项检查要求" if tasks else f"{summary['checks']}项检查要求"
    how = []
    if automatic:
        how.append(f"自动比对{automatic}项")
    if manual:
        how.append(f"人工核查{manual}项")
    as_of = as_date(result.as_of)
    text = f"{_basis_phrase(result)}，{agency}对{info.year}年度政务公开工作开展了自查。"
    text += f"本次自查以{_inputs_phrase(result)}为检查对象"
    if period:
        text += f"，检查期间为{period}"
    if as_of:
        text += f"，时限类要求计算至{cn_date(as_of)}"
    text += f"，对照{scope}逐项检查"
    text += f"（其中{'、'.join(how)}）" if how else ""
    text += "。现将自查情况报告如下："
    return text


def overview(result: Result, info: ReportInfo) -> list[str]:
    """The paragraphs under 一、总体情况 before the per-task subsections."""
    paragraphs = []
    if info.leader:
        office = f"，{info.office}负责日常工作" if info.office else ""
        paragraphs.append(
            f"{info.me}高度重视政务公开工作，成立了由{info.leader}任组长的政务公开工作领导小组{office}。"
            "本次自查由领导小组统一部署，各责任单位按照任务分工逐项对照检查。")
    elif info.office:
        paragraphs.append(f"本次自查由{info.office}牵头，各责任单位按照任务分工逐项对照检查。")
    summary = result.summary()
    parts = [f"符合要求{summary['pass']}项"]
    if summary["fail"]:
        parts.append(f"存在问题{summary['fail']}项")
    if summary["error"]:
        parts.append(f"因数据不全未能完成检查{summary['error']}项")
    if summary["manual"]:
        parts.append(f"待人工核查{summary['manual']}项")
    if summary["waived"]:
        parts.append(f"经批准豁免{summary['waived']}项")
    if summary["n/a"]:
        parts.append(f"本次不适用{summary['n/a']}项")
    if summary["pass"] == summary["checks"]:
        text = f"从检查结果看，{summary['checks']}项检查均符合要求。"
    else:
        text = f"从检查结果看，{summary['checks']}项检查中，{'，'.join(parts)}。"
    if summary["findings"]:
        severity = summary["by_severity"]
        rows = len({(f.file, f.sheet, f.row) for f in result.findings if f.row is not None})
        kinds = []
        if severity.get("error"):
            kinds.append(f"须整改的{severity['error']}处")
        if severity.get("warning"):
            kinds.append(f"需规范的{severity['warning']}处")
        if severity.get("info"):
            kinds.append(f"提示性的{severity['info']}处")
        text += f"共发现问题{summary['findings']}处"
        text += f"（其中{'，'.join(kinds)}）" if len(kinds) > 1 else ""
        text += f"，涉及信息{rows}条。" if rows else "。"
        baseline = summary.get("baseline")
        if baseline:
            text += (f"与上次自查相比，新发现问题{baseline['new']}处，仍未整改{baseline['persisting']}处，"
                     f"已整改{baseline['fixed']}处。")
    else:
        text += "未发现需要整改的问题。"
    manual = [check for check in result.checks if check.manual]
    if manual:
        answered = sum(1 for check in manual if check.answer)
        text += (f"需人工核查的{len(manual)}项中，已形成结论{answered}项，"
                 if answered else f"需人工核查的{len(manual)}项，")
        text += "核查要点、结论和佐证材料均记录在自查报告工作簿“人工核查”工作表。"
    paragraphs.append(text)
    return paragraphs


def _answer_sentence(check: CheckResult) -> str:
    """经人工核查，“…”符合要求（说明：…；佐证材料：…；核查人：…）。 — the answer in full, links included."""
    answer = check.answer or {}
    word = ANSWER_WORDS.get(answer.get("result"), "")
    verdict = "符合要求" if word == "符合" else "不符合要求" if word == "不符合" else "本年度不适用"
    details = _answer_details(answer)
    return f"经人工核查，{quoted(check.title)}{verdict}{f'（{details}）' if details else ''}。"


def _date_text(value: Any) -> str | None:
    day = as_date(value)
    return cn_date(day) if day else (clean(value) if value else None)


def task_paragraphs(view: TaskView, result: Result, info: ReportInfo,
                    grouped: dict[str, list[Finding]]) -> list[str]:
    """One paragraph per task: responsible unit, what was published, how the checks came out, the
    manual checks' conclusions and evidence — in counts and a few names, never a list of all."""
    checks = view.checks
    units = view.units or list(dict.fromkeys(unit for check in checks for unit in check.units))
    units = units or ([info.office] if info.office else [])
    source = ""
    if view.source:
        source = clean(view.source).strip()
        if re.fullmatch(r"[一二三四五六七八九十]+、?", source):  # a whole part of the plan: 一、
            source = f"第{source.rstrip('、')}部分"
        source = f"依据{source}" if source.startswith(("条例", "《", "GB")) else f"对应工作方案{source}"
    lead = [f"本项工作由{join_cn(units)}负责"] if units else []
    lead += [source] if source else []
    lead.append(f"共设检查项{len(checks)}项")
    first = "，".join(lead)
    automatic = [check for check in checks if not check.manual]
    sentences = [first + "。"]

    published = [c for c in automatic if c.status == "pass" and c.rule in PUBLISHING_RULES]
    passed = [c for c in automatic if c.status == "pass" and c.rule not in PUBLISHING_RULES]
    failed = [c for c in automatic if c.status == "fail"]
    results = []
    shown = [(c, rf.evidence_phrase(c)) for c in published]
    shown = [(c, phrase) for c, phrase in shown if phrase][:EVIDENCED_MAX]
    results += [f"{quoted(c.title)}{phrase}" for c, phrase in shown]
    rest = [c for c in published if all(c is not told for told, _ in shown)]
    if rest:
        results.append(f"{titles_phrase(rest)}{'也' if shown else ''}已按要求公开")
    if passed:
        results.append(f"{titles_phrase(passed)}符合要求")
    if failed:
        total = sum(len(grouped.get(c.id, [])) or c.findings for c in failed)
        results.append(f"{titles_phrase(failed)}存在问题{total}处")
    if results:
        sentences.append(f"经{_rows_checked(automatic, result) or '检查'}，" + "；".join(results) + "。")
    sentences += [_set_aside_sentence(check, result) for check in automatic if check.notes and check.status != "n/a"]

    sentences += [_answer_sentence(check) for check in checks if check.answer]
    waiting = [c for c in checks if c.status == "manual" and not c.answer]
    if waiting:
        sentences.append(f"{titles_phrase(waiting)}待人工核查。")
    for check in checks:
        if check.status == "waived" and check.waiver:
            waiver = check.waiver
            sentences.append(f"{quoted(check.title)}经{clean(waiver.get('approved_by') or '领导小组')}批准暂缓执行"
                             f"（{strip_end(waiver.get('reason') or '')}，有效期至{_date_text(waiver.get('expires')) or '另行通知'}）。")
        elif check.status == "error":
            sentences.append(f"{quoted(check.title)}因{rf.plain_note(check.note, table=_table_of(check))}，未能完成检查。")
    not_applicable = [c for c in checks if c.status == "n/a" and not c.answer]
    if not_applicable:
        notes = [c.note for c in not_applicable if c.note]
        tables = {_table_of(c) for c in not_applicable}
        because = f"因{rf.plain_notes(notes, table=tables.pop() if len(tables) == 1 else '')}，" if notes else ""
        sentences.append(f"{because}{titles_phrase(not_applicable)}本次未作检查。")
    return ["".join(sentences)]


def _table_of(check: CheckResult) -> str:
    """公开目录, 依申请公开台账 …: the kind of table a check reads, to name it in a reason."""
    return KIND_LABELS.get(RULE_KINDS.get(check.rule or "", "catalog"), "")


def _set_aside_sentence(check: CheckResult, result: Result, shown: int = NOTES_SHOWN) -> str:
    """“及时公开”有2处不计为问题：第2行，…，不计为超期；第3行，… — the rows a check set aside and
    why, and the tables of a batch it did not judge (a check that judged none is told with the
    checks not done)."""
    names = check_notes.file_names(result)
    rows = [note for note in check.notes or [] if note.get("row") is not None]
    tables = [note for note in check.notes or [] if note.get("row") is None]
    sentences = []
    if rows:
        clauses = "；".join(rf.tidy(clean(check_notes.note_clause(note, names))) for note in rows[:shown])
        more = f"等{len(rows)}处" if len(rows) > shown else ""
        sentences.append(f"{quoted(check.title)}有{len(rows)}处不计为问题：{clauses}{more}。")
    if tables:
        clauses = "；".join(rf.tidy(clean(check_notes.note_clause(note, names or {}))) for note in tables)
        sentences.append(f"{quoted(check.title)}有{len(tables)}个表格未作判断：{clauses}。")
    return "".join(sentences)


ITEM_RULES = PUBLISHING_RULES | {"deadline"}  # rules about whether an item exists, not about each row
RULE_KINDS = {"application-deadline": "applications", "application-category": "applications",
              "emergency-release": "events", "freshness": "columns"}  # other row rules read the catalog


def _rows_checked(checks: list[CheckResult], result: Result) -> str:
    """对公开目录300条逐条检查 — what the row-by-row checks of a task went through."""
    kinds = list(dict.fromkeys(RULE_KINDS.get(check.rule, "catalog") for check in checks
                               if check.rule and check.rule not in ITEM_RULES and check.status in ("pass", "fail")))
    rows = {kind: sum(int(item.get("rows") or 0) for item in result.inputs if item.get("kind") == kind) for kind in kinds}
    parts = [f"{KIND_LABELS.get(kind, kind)}{rows[kind]}条" for kind in kinds if rows[kind]]
    return f"对{'、'.join(parts)}逐条检查" if parts else ""


def problems_intro(result: Result, info: ReportInfo, found: list[Problem]) -> str:
    if not found:
        return (f"本次自查未发现需要整改的问题。{info.me}将继续对照工作方案要求，"
                "做好政府信息公开目录的日常维护和信息发布审核。")
    return (f"对照上级要求和群众期盼，{info.me}政务公开工作还存在一些薄弱环节。"
            f"针对自查发现的问题，{info.me}逐项制定了整改措施，明确责任单位和完成时限。")


def problem_items(found: list[Problem]) -> list[tuple[str, str]]:
    """One item per category: (lead, text) — 隐私保护方面。 / 公开信息中含有个人信息。“…”发现问题3处…"""
    items = []
    for category, members in by_category(found):
        items.append((f"{category.name}方面。", f"{category.lead}。" + "".join(problem.text() for problem in members)))
    return items


def measure_items(found: list[Problem], info: ReportInfo) -> list[str]:
    """One 整改措施 item per category: the checks' measures, the responsible units and the deadline;
    against a baseline, how the earlier findings were rectified."""
    items = []
    for category, members in by_category(found):
        measures = list(dict.fromkeys(first_sentence(measure(problem)) for problem in members))
        units = list(dict.fromkeys(unit for problem in members for unit in problem.units))
        owner = f"{join_cn(units)}负责，" if units else ""
        text = f"{category.name}方面。{'；'.join(measures)}（{owner}{cn_date(info.deadline)}前完成）。"
        progress = [(problem, rectification_text(info.rectified.get(problem.check.id))) for problem in members]
        progress = [(problem, told) for problem, told in progress if told]
        if len(members) == 1 and progress:
            text += f"整改情况：{progress[0][1]}。"
        elif progress:
            text += f"整改情况：{'；'.join(quoted(problem.check.title) + told for problem, told in progress)}。"
        items.append(text)
    return items


def ledger_note(info: ReportInfo) -> str:
    return ("以上问题已逐条列入整改台账（见自查报告工作簿“整改台账”工作表），"
            "整改完成一项、销号一项，确保按期整改到位。")


DEFAULT_NEXT_STEPS = [
    "持续做好政府信息公开目录日常维护，确保信息发布及时、要素完整、格式规范",
    "健全信息发布审核和时限提醒机制，严格落实保密审查和个人信息保护要求",
]


def next_step_items(result: Result, info: ReportInfo, found: list[Problem]) -> list[str]:
    items = [step + ("" if step.endswith(("。", "！", "？")) else "。") for step in info.next_steps]
    failed_tasks: dict[str, list[Problem]] = defaultdict(list)
    for problem in found:
        failed_tasks[problem.task_title].append(problem)
    deadline = cn_date(info.deadline)
    if len(failed_tasks) == 1:
        (title, task_problems), = failed_tasks.items()
        units = list(dict.fromkeys(unit for problem in task_problems for unit in problem.units))
        owner = join_cn(units) if units and all(p.units for p in task_problems) else "各责任单位"
        checks = titles_phrase([problem.check for problem in task_problems], limit=2)
        items.append(f"抓好{quote(strip_end(title))}问题整改。{owner}对照整改台账，于{deadline}前完成{checks}问题的整改，"
                     "并举一反三，建立长效机制。")
    elif failed_tasks:
        names = [quote(strip_end(title)) for title in failed_tasks]
        shown = "".join(names[:MAX_TASK_NAMES]) + ("等" if len(names) > MAX_TASK_NAMES else "")
        every = [p for problems_ in failed_tasks.values() for p in problems_]
        units = list(dict.fromkeys(unit for p in every for unit in p.units))
        owner = join_cn(units) if units and len(units) <= 3 and all(p.units for p in every) else "各责任单位"
        items.append(f"抓好自查问题整改。对{shown}{len(names)}项任务中发现的问题，{owner}对照整改台账，"
                     f"于{deadline}前全部整改到位，并举一反三，建立长效机制。")
    if not items:
        items = [step + "。" for step in DEFAULT_NEXT_STEPS]
    return items


def contact_line(info: ReportInfo) -> str | None:
    parts = []
    if info.contact:
        parts.append(f"联系人：{info.contact}")
    if info.phone:
        parts.append(f"联系电话：{info.phone}")
    return f"（{'，'.join(parts)}）" if parts else None


# --- summary table ------------------------------------------------------------------------------

SUMMARY_HEADERS = ["序号", "任务", "检查项", "责任单位", "结果", "问题数"]


TABLE_STATUS = {"pass": "通过", "fail": "不通过", "manual": "待核查", "waived": "已豁免", "n/a": "不适用", "error": "未检查"}


def status_text(check: CheckResult, short: bool = False) -> str:
    """结果 of a check; a manual check's answer reads 符合 / 不符合 / 不适用."""
    if check.answer and check.status in ANSWER_WORDS:
        return ANSWER_WORDS[check.status] if short else f"{ANSWER_WORDS[check.status]}（人工核查）"
    return TABLE_STATUS.get(check.status, check.status) if short else STATUS_LABELS.get(check.status, check.status)


SUMMARY_BY_CHECK_MAX = 30  # more checks than this: one row per task in the Word summary table


def summary_rows(result: Result, office: str | None = None) -> list[tuple[str, list[list[str]]]]:
    """[(task title, [[序号, 检查项, 责任单位, 结果, 问题数], ...]), ...] in task order: one row per
    check; with more than SUMMARY_BY_CHECK_MAX checks one row per task, 检查项 giving the counts
    (every check is in the workbook's 检查明细), so the report stays a few pages."""
    if len(result.checks) > SUMMARY_BY_CHECK_MAX:
        return _summary_rows_by_task(result, office)
    units = task_unit_map(result)
    grouped = findings_by_check(result)
    rows = []
    number = 0
    for view in task_views(result):
        lines = []
        for check in view.checks:
            number += 1
            count = len(grouped.get(check.id, [])) or check.findings
            shown = str(count) if check.status in ("pass", "fail", "waived", "error") or count else "—"
            lines.append([str(number), strip_end(check.title), join_cn(check_units(check, units)) or office or "—",
                          status_text(check, short=True), shown])
        rows.append((strip_end(view.title), lines))
    return rows


def _summary_rows_by_task(result: Result, office: str | None) -> list[tuple[str, list[list[str]]]]:
    units = task_unit_map(result)
    grouped = findings_by_check(result)
    rows = []
    for number, view in enumerate(task_views(result), 1):
        statuses = [check.status for check in view.checks]
        parts = [f"{TABLE_STATUS[status]}{statuses.count(status)}" for status in TABLE_STATUS if statuses.count(status)]
        counted = f"{len(view.checks)}项：{'，'.join(parts)}"
        owners = view.units or list(dict.fromkeys(u for check in view.checks for u in check_units(check, units)))
        count = sum(len(grouped.get(check.id, [])) or check.findings for check in view.checks)
        status = view.status or task_status_of(view.checks)
        rows.append((strip_end(view.title), [[str(number), counted, join_cn(owners) or office or "—",
                                                TABLE_STATUS.get(status, status), str(count)]]))
    return rows


def task_status_of(checks: list[CheckResult]) -> str:
    return task_status([check.status for check in checks])


# --- length -------------------------------------------------------------------------------------

PAGE_LINES = 22  # GB/T 9704: 22 lines of 28 characters
LINE_CHARS = 26  # 28 on the GB/T grid; 27 fit without a character grid, less line-breaking slack


def lines_of(text: str, indent: int = 2) -> int:
    """Lines a body paragraph takes on the GB/T 9704 grid."""
    return max(1, -(-int(indent + text_width(text) + 0.999) // LINE_CHARS))
