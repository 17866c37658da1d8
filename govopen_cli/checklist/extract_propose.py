"""Turn one requirement text into proposed checks, using the tables in `extract_patterns`."""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from govopen_cli.checklist.extract_patterns import (
    CONFIDENCE_ORDER, DISCLOSE, EVERY, EVERY_LABELS, HIGH, ITEMS, LOW, OBJECT_CUT, OBJECT_SPLIT, OBJECT_STOP, OBJECT_TRIM, OBJECTS,
    PATTERNS, Item, Pattern, item_condition,
)
from govopen_cli.checklist.extract_text import match_form

_CLAUSE = re.compile(r"[,，;；。:：!！?？]")
_NOUNS = re.compile(r"政务公开|依申请公开|公开工作|公开事项|公开属性|公开方式")
_NUMBERS = ("hours", "press", "days", "ext")
_CN_DIGITS = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


@dataclass
class Proposal:
    rule: str
    params: dict[str, Any]
    title: str
    confidence: str
    evidence: str  # the words of the plan the proposal rests on
    key: str  # pattern key, or coverage:<item>
    merge: str | None = None
    notes: list[str] = field(default_factory=list)

    def signature(self) -> tuple:
        return self.rule, repr(sorted(self.params.items(), key=lambda kv: kv[0]))


def number(text: str) -> int | None:
    """20 -> 20, 二十 -> 20, 十五 -> 15, 两 -> 2."""
    if text.isdigit():
        return int(text)
    if not text or any(char not in _CN_DIGITS and char != "十" for char in text):
        return None
    if "十" in text:
        tens, _, ones = text.partition("十")
        return (_CN_DIGITS.get(tens, 1) if tens else 1) * 10 + (_CN_DIGITS.get(ones, 0) if ones else 0)
    value = 0
    for char in text:
        value = value * 10 + _CN_DIGITS[char]
    return value


def _items_in(text: str) -> list[Item]:
    found = []
    for item in ITEMS:
        if re.search(item.text, text) and not (item.exclude and re.search(item.exclude, text)):
            found.append(item)
    return found


def _clause_around(text: str, start: int, end: int) -> str:
    left = max((m.end() for m in _CLAUSE.finditer(text, 0, start)), default=0)
    right = next((m.start() for m in _CLAUSE.finditer(text, end)), len(text))
    return text[left:right]


def _objects_in(text: str) -> list[str]:
    """What a requirement without a named item is about (low confidence), one entry per 和/及 part."""
    for pattern in OBJECTS:
        for found in re.finditer(pattern, text):
            values = []
            phrase = re.split(OBJECT_CUT, re.sub(OBJECT_TRIM[0], "", found.group("object")), maxsplit=1)[0]
            for part in re.split(OBJECT_SPLIT, phrase)[:3]:
                for trim in OBJECT_TRIM:
                    part = re.sub(trim, "", part)
                part = re.sub(r"\d{4}年度?", "", part).strip()
                if len(part) >= 2 and not re.search(OBJECT_STOP, part) and part not in values:
                    values.append(part)
            if values:
                return values
    return []


@dataclass
class _Subject:
    item: dict
    label: str
    key: str
    confidence: str
    note: str | None = None


def _subjects(clause: str, sentence: str, sentence_ok: bool) -> list[_Subject]:
    """Named items in the clause (else in the sentence, when it has one time phrase), else objects."""
    items = _items_in(clause) or (_items_in(sentence) if sentence_ok else [])
    if items:
        return [_Subject(item.item, item.label, item.key, item.confidence) for item in items]
    clause_acts, sentence_acts = _NOUNS.sub("", clause), _NOUNS.sub("", sentence)
    things = _objects_in(clause_acts) or _objects_in(sentence_acts)
    return [_Subject({"label": thing, "terms": [thing]}, thing, "object", LOW,
                     f"检查对象（名称中含“{thing}”的信息）按原文推测，请把 terms 改为目录中的实际标题用语") for thing in things]


def _date_values(groups: dict[str, str | None], year: int | None) -> dict[str, Any] | None:
    y = int(groups["y"]) if groups.get("y") else year
    if y is None:
        return None
    try:
        if groups.get("year_end"):
            day = dt.date(y, 12, 31)
        elif groups.get("half"):
            day = dt.date(y, 6, 30)
        elif groups.get("month_end"):
            month = int(groups["m"])
            day = dt.date(y, month, calendar.monthrange(y, month)[1])
        else:
            day = dt.date(y, int(groups["m"]), int(groups["d"]))
    except (ValueError, TypeError):
        return None
    return {"by": day.isoformat(), "by_label": f"{day.year}年{day.month}月{day.day}日"}


def _fill(template: Any, values: dict[str, Any]) -> Any:
    if isinstance(template, dict):
        return {key: _fill(value, values) for key, value in template.items()}
    if isinstance(template, list):
        return [_fill(value, values) for value in template]
    if isinstance(template, str):
        whole = re.fullmatch(r"\{(\w+)\}", template)
        if whole:
            return values[whole.group(1)]
        return template.format_map(values)
    return template


def _values(pattern: Pattern, match: re.Match, year: int | None) -> dict[str, Any] | None:
    groups = {name: value for name, value in match.groupdict().items()}
    values: dict[str, Any] = {}
    for name in _NUMBERS:
        if groups.get(name):
            values[name] = number(groups[name])
            if values[name] is None:
                return None
    if groups.get("every"):
        values["every"] = EVERY[groups["every"]]
        values["every_label"] = EVERY_LABELS[values["every"]]
    if pattern.rule == "deadline":
        dates = _date_values(groups, year)
        if dates is None:
            return None
        values.update(dates)
    return values


def _better(a: str, b: str) -> str:
    return a if CONFIDENCE_ORDER[a] <= CONFIDENCE_ORDER[b] else b


def _worse(a: str, b: str) -> str:
    return a if CONFIDENCE_ORDER[a] >= CONFIDENCE_ORDER[b] else b


def _evidence(text: str, start: int, end: int) -> str:
    clause = _clause_around(text, start, end)
    return clause if len(clause) <= 60 else text[max(0, start - 10):end + 10]


def propose(text: str, context: str = "", year: int | None = None) -> tuple[list[Proposal], bool]:
    """Proposed checks for one requirement text (a sentence or a table row).

    `context` is the whole task's text (it may raise a confidence, e.g. 突发 in the task); `year`
    is the plan year for dates without one. Returns the proposals and whether the text carries a
    time limit none of the patterns turned into a rule.
    """
    m = match_form(text)
    task = match_form(context) if context else m
    acts = _NOUNS.sub("", m)  # 政务公开 / 信息公开 name the field of work, not an act of publishing
    proposals: list[Proposal] = []
    used_groups: set[str] = set()
    timed_items: set[str] = set()
    unresolved_time = False
    for pattern in PATTERNS:
        if pattern.group and pattern.group in used_groups:
            continue
        if pattern.require and not re.search(pattern.require, acts):
            continue
        if pattern.exclude and re.search(pattern.exclude, m):
            continue
        matches = list(re.finditer(pattern.regex, m))
        if not matches:
            continue
        made = False
        for match in matches if pattern.needs_item else matches[:1]:
            values = _values(pattern, match, year)
            if values is None:
                unresolved_time = True
                continue
            confidence = pattern.confidence
            if pattern.boost and re.search(pattern.boost, task):
                confidence = HIGH
            notes = [pattern.note] if pattern.note else []
            boosted = re.search(pattern.boost, m) if pattern.boost else None
            evidence = _evidence(m, *(boosted.span() if boosted and not pattern.needs_item else match.span()))
            params = _fill(pattern.params, dict(values, item_block=None, item=""))
            for name, regex, value in pattern.extras:
                extra = re.search(regex, m)
                if extra:
                    groups = {k: (number(v) if k in _NUMBERS and v else v) for k, v in extra.groupdict().items()}
                    params[name] = _fill(value, groups)
            if not (pattern.needs_item or pattern.scope_item):
                proposals.append(Proposal(pattern.rule, params, _fill(pattern.title, dict(values, item="")),
                                          confidence, evidence, pattern.key, pattern.merge, notes))
                made = True
                continue
            clause = _clause_around(m, match.start(), match.end())
            subjects = _subjects(clause, m, len(matches) == 1)
            if pattern.scope_item and not pattern.needs_item:
                if not subjects:
                    proposals.append(Proposal(pattern.rule, params, _fill(pattern.title, dict(values, item="信息")),
                                              confidence, evidence, pattern.key, pattern.merge, notes))
                    made = True
                    continue
            for subject in subjects:
                filled = dict(values, item_block=subject.item, item=subject.label)
                if pattern.needs_item:
                    timed_items.add(subject.key)
                    params = _fill(pattern.params, filled)
                else:
                    params = dict(params, **{pattern.scope_item: item_condition(subject.item)})
                proposals.append(Proposal(pattern.rule, params, _fill(pattern.title, filled),
                                          _worse(confidence, subject.confidence), evidence,
                                          f"{pattern.key}:{subject.key}", pattern.merge,
                                          notes + ([subject.note] if subject.note else [])))
                made = True
            if not subjects:
                unresolved_time = True
        if made and pattern.group:
            used_groups.add(pattern.group)
    if re.search(DISCLOSE, acts):
        for item in _items_in(m):
            if item.key in timed_items:
                continue
            where = re.search(item.text, m)
            confidence = item.confidence
            if _clause_around(m, where.start(), where.end()).count("、") >= 4:
                confidence = LOW  # one of a long list of fields (…、预决算、重大建设项目、…)
            proposals.append(Proposal("coverage", {"item": item.item}, f"公开{item.label}", confidence,
                                      _evidence(m, where.start(), where.end()), f"coverage:{item.key}"))
    unique: dict[tuple, Proposal] = {}
    for proposal in proposals:
        unique.setdefault(proposal.signature(), proposal)
    return list(unique.values()), unresolved_time


def best(proposals: list[Proposal]) -> Proposal | None:
    """The proposal to use when a requirement may become one check only (a table row)."""
    if not proposals:
        return None
    rank = {"emergency-release": 0, "application-deadline": 0, "deadline": 1, "cadence": 1, "timeliness": 2,
            "pairing": 2, "coverage": 3}
    return min(proposals, key=lambda p: (CONFIDENCE_ORDER[p.confidence], rank.get(p.rule, 4)))


def merge(proposals: list[Proposal]) -> Proposal:
    """Proposals with the same merge key (6小时内首次发布 + 24小时内新闻发布会) as one check."""
    first = proposals[0]
    params: dict[str, Any] = {}
    titles: list[str] = []
    confidence = first.confidence
    evidence: list[str] = []
    notes: list[str] = []
    for proposal in proposals:
        for key, value in proposal.params.items():
            params.setdefault(key, value)
        confidence = _better(confidence, proposal.confidence)
        if proposal.evidence not in evidence:
            evidence.append(proposal.evidence)
        notes += [note for note in proposal.notes if note not in notes]
        title = proposal.title
        if titles:
            prefix = 0
            while prefix < min(len(title), len(titles[0])) and title[prefix] == titles[0][prefix]:
                prefix += 1
            title = title[prefix:] if prefix >= 2 else title
        if title and title not in titles:
            titles.append(title)
    return Proposal(first.rule, params, "、".join(titles), confidence, "；".join(evidence), first.key, first.merge, notes)


__all__ = ["Proposal", "best", "merge", "number", "propose"]
