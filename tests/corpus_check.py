"""Runs the 索引号, 文号 and privacy rules over the real-value corpus in tests/corpus/ and compares
each verdict with the expected one. Used by tests/test_corpus.py (every verdict must match) and by
benchmarks/corpus.py (prints the false-positive and miss counts)."""
from __future__ import annotations

import csv
import re
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
RUNS = "catalog_runs"  # consecutive rows of one real catalog per file
# Single real 索引号 collected after the second rule change (held out until a rule is changed for them).
AFTER_CHANGE2 = "index_numbers_after_change2.csv"
# Real 索引号 collected after the third rule change: held out.
AFTER_CHANGE3 = "index_numbers_after_change3.csv"


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


def catalog_runs() -> list[dict]:
    """The consecutive real catalog rows of tests/corpus/catalog_runs/, one file per run: each
    run is one catalog (named by its file), so the scheme learning sees a real catalog."""
    rows = []
    for path in sorted((CORPUS / RUNS).glob("*.csv")):
        run = read(f"{RUNS}/{path.name}")
        # the run's site: the first page address among its rows (some rows cite an archive only)
        site = next((host for row in run if (host := _host(row["source"]) or _archive_site(row["source"]))),
                    path.stem)
        rows += [{**row, "catalog": path.stem, "site": _site(site)} for row in run]
    return rows


def index_numbers(name: str = "index_numbers.csv") -> Outcome:
    """Each corpus catalog of file `name` (or of the catalog runs) checked as one file; a finding
    is (row, check)."""
    return _score_catalogs(catalog_runs() if name == RUNS else read(name))


def _score_catalogs(rows: list[dict]) -> Outcome:
    outcome = Outcome()
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


# The 文号 of the catalog runs an officer would not accept as published (the rest are clean, "无"
# is the "no number" placeholder): value -> the exact correction, "" where none can be given.
RUN_DOCNO_DEFECTS = {
    "岚海坛管便函〔2022〕162 号": "岚海坛管便函〔2022〕162号",  # a space before 号
    "岚综管办〔2020〕77 号": "岚综管办〔2020〕77号",
    "2022年第29号": "", "2022年第5号": "",  # a 公告 number of 财政部 etc. without the agency
    "煜榕招2023-019号": "",  # a tender agency's project number in the 发文字号 column
}


def docnos(name: str = "docnos.csv") -> Outcome:
    """Every 文号 in one column; defects must be reported with the exact corrected string. With
    `RUNS`, the distinct 文号 of the catalog runs, judged by RUN_DOCNO_DEFECTS."""
    if name == RUNS:
        rows = [{"文号": value, "expected": "defect" if value in RUN_DOCNO_DEFECTS else "",
                 "corrected": RUN_DOCNO_DEFECTS.get(value, "")}
                for value in sorted({row["文号"] for row in catalog_runs() if row["文号"] != "无"})]
    else:
        rows = read(name)
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


# --- the size goals of issue 15 point 4 for the 索引号 corpus ----------------------------------------

# Files of real 索引号 (the seeded copy of gov.cn is left out); "gov.cn" in index_numbers.csv is 60
# consecutive rows of the State Council policy library, like each file of catalog_runs/.
REAL_INDEX_FILES = ("index_numbers.csv", FRESH_INDEX_NUMBERS, AFTER_CHANGE2, AFTER_CHANGE3)
CONSECUTIVE_CATALOGS = {"gov.cn"}
INDEX_GOALS = {"values": 200, "sites": 20, "schemes": 5, "runs": 5}


def real_index_rows() -> list[dict]:
    """Every real 索引号 row of the corpus (seeded or constructed rows left out), with its `site`."""
    rows = []
    for name in REAL_INDEX_FILES:
        if (CORPUS / name).exists():
            rows += [{**row, "site": _site(row["catalog"]), "run": row["catalog"] in CONSECUTIVE_CATALOGS}
                     for row in read(name)]
    rows += [{**row, "run": True} for row in catalog_runs()]
    return [row for row in rows if not row["catalog"].endswith("-seeded")
            and not any(mark in row["source"] + row["note"] for mark in ("植入", "构造"))]


# Crawled archives cited without a page address, and the site they copy.
ARCHIVE_SITES = {"changwu/pingtan-gov-zwgk-archive": "pingtan.gov.cn"}


def _archive_site(source: str) -> str | None:
    return next((site for repo, site in ARCHIVE_SITES.items() if f"github:{repo}:" in source), None)


def _host(source: str) -> str | None:
    match = re.search(r"https?://([^/\s]+)", source)
    return match.group(1) if match else None


def _site(name: str) -> str:
    """A catalog's site: its host without "www." and without the page remark in brackets."""
    return re.sub(r"^www\.", "", re.sub(r"\(.*\)$", "", name))


def index_goals() -> dict[str, int]:
    """Measured figures for INDEX_GOALS: distinct real values, sites, schemes and sites with a
    catalog of ≥ 20 consecutive real rows."""
    from govopen_cli.rules.codes import index_scheme

    rows = real_index_rows()
    run_sizes: dict[tuple[str, str], int] = {}
    for row in rows:
        if row["run"]:
            run_sizes[(row["site"], row["catalog"])] = run_sizes.get((row["site"], row["catalog"]), 0) + 1
    return {
        "values": len({row["索引号"] for row in rows}),
        "run_catalogs": sum(size >= 20 for size in run_sizes.values()),
        "sites": len({row["site"] for row in rows}),
        # a malformed value (a real defect) is no scheme
        "schemes": len({index_scheme(row["索引号"]) for row in rows if row["expected"] != "format"}),
        "runs": len({site for (site, _), size in run_sizes.items() if size >= 20}),
    }
