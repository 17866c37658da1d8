"""Runs the 索引号, 文号 and privacy rules over the real-value corpus in tests/corpus/ and compares
each verdict with the expected one. Used by tests/test_corpus.py (every verdict must match) and by
benchmarks/corpus.py (prints the false-positive and miss counts)."""
from __future__ import annotations

import csv
import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from govopen_cli.calendar import WorkCalendar
from govopen_cli.rules import REGISTRY
from govopen_cli.rules.base import RuleContext
from tests.helpers import make_dataset

CORPUS = Path(__file__).parent / "corpus"
INDEX_CHECKS = ("format", "check-digit", "year")
# Real 索引号 collected after the rules were changed: a held-out set the rules were never fitted to.
FRESH_INDEX_NUMBERS = "index_numbers_fresh.csv"


def read(name: str) -> list[dict]:
    with open(CORPUS / name, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _run(rule_name: str, dataset, **params):
    rule = REGISTRY[rule_name]
    context = RuleContext(as_of=dt.date(2026, 12, 1), period_start=None, period_end=None, calendar=WorkCalendar())
    return list(rule.func(context, dataset, rule.with_defaults(params)))


@dataclass
class Outcome:
    """What a rule said about the corpus rows of one kind, against what it should have said."""

    rows: int = 0
    expected: int = 0  # rows that must be reported
    false_positives: list[str] = field(default_factory=list)  # reported, but acceptable
    misses: list[str] = field(default_factory=list)  # must be reported, was not
    wrong_messages: list[str] = field(default_factory=list)  # reported without the exact correction

    @property
    def clean(self) -> bool:
        return not (self.false_positives or self.misses or self.wrong_messages)


def index_numbers(name: str = "index_numbers.csv") -> Outcome:
    """Each corpus catalog of file `name` checked as one file; a finding is (row, check)."""
    outcome = Outcome()
    rows = read(name)
    for catalog in dict.fromkeys(row["catalog"] for row in rows):
        members = [row for row in rows if row["catalog"] == catalog]
        dataset = make_dataset([{key: row[key] for key in ("索引号", "发布机构", "生成日期", "发布日期")}
                                for row in members])
        found = {(hit.index, check) for check in INDEX_CHECKS
                 for hit in _run("index-number", dataset, checks=[check])}
        wanted = {(index, row["expected"]) for index, row in enumerate(members) if row["expected"]}
        outcome.rows += len(members)
        outcome.expected += len(wanted)
        outcome.false_positives += [f"{catalog} {members[i]['索引号']} {check}" for i, check in sorted(found - wanted)]
        outcome.misses += [f"{catalog} {members[i]['索引号']} {check}" for i, check in sorted(wanted - found)]
    return outcome


def _judge_cells(rows: list[dict], hits: dict, wanted: str, key: str) -> Outcome:
    """One verdict per corpus row (a cell): reported or not, against `expected == wanted`."""
    outcome = Outcome(rows=len(rows))
    for index, row in enumerate(rows):
        must = row["expected"] == wanted
        outcome.expected += must
        if index in hits and not must:
            outcome.false_positives.append(f"{row[key]}：{hits[index].message}")
        elif must and index not in hits:
            outcome.misses.append(row[key])
    return outcome


def docnos() -> Outcome:
    """Every 文号 in one column; defects must be reported with the exact corrected string."""
    rows = read("docnos.csv")
    dataset = make_dataset([{"文号": row["文号"]} for row in rows])
    hits = {hit.index: hit for hit in _run("docno", dataset)}
    outcome = _judge_cells(rows, hits, "defect", "文号")
    outcome.wrong_messages = [f"{row['文号']}：{hits[index].message}" for index, row in enumerate(rows)
                              if index in hits and row["corrected"]
                              and f"应改为“{row['corrected']}”" not in hits[index].message]
    return outcome


def privacy() -> tuple[Outcome, float, float]:
    """Each text as one cell; (outcome, precision, recall) of the personal-data verdicts."""
    rows = read("privacy.csv")
    dataset = make_dataset([{"信息名称": row["text"]} for row in rows])
    hits = {hit.index: hit for hit in _run("privacy", dataset, field="信息名称")}
    outcome = _judge_cells(rows, hits, "personal", "text")
    true = len(hits) - len(outcome.false_positives)
    precision = true / len(hits) if hits else 1.0
    recall = true / outcome.expected if outcome.expected else 1.0
    return outcome, precision, recall
