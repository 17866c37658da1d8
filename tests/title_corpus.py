"""The labelled title corpus (tests/data/title_corpus) scored with the shipped checklists' item blocks.

Shared by tests/test_title_corpus.py and benchmarks/title_corpus.py, so the test and the printed
table are one computation. A check is scored per part:

- tuned: the titles the item blocks may be tuned on;
- held-out: titles with sha1(title) % 3 == 0 (fixed in the commit that added the labels);
- fresh: titles in fresh98.csv, collected after the ninety-fourth round's last recogniser change and
  scored unchanged (a missing file adds nothing).

fresh.csv (collected after the first session's last change), fresh2.csv (collected blind during the
second session), fresh3.csv (during the third session's tuning round), fresh4.csv (during the fourth),
fresh5.csv (during the fifth), fresh6.csv (during the sixth) and fresh7.csv (after the sixth's last change)
were each scored once unchanged as a fresh part, then split by the same hash into the tuned and
held-out parts (fresh2.csv in the third session, fresh3.csv in the fourth, fresh.csv and fresh4.csv in
the fifth, fresh5.csv in the sixth, fresh6.csv and fresh7.csv in the seventh). fresh8.csv and
fresh8b.csv, collected blind during the seventh session's tuning round and each scored once by the lead
against main, are split by the hash the same way (a missing file adds nothing), and fresh9.csv (collected
after the seventh session's last change and scored once as its fresh part) since the eighth session,
fresh10.csv (collected after the eighth session's last change and scored once as its fresh part) and
fresh11.csv (collected blind during the ninth session's tuning round and scored once by the lead against
main; a missing file adds nothing) since the ninth, and fresh12.csv (collected after the ninth session's
last change and scored once as its fresh part) since the tenth, fresh13.csv (collected after the tenth
session's last change and scored once as its fresh part) and fresh14.csv (collected blind during the
eleventh session's tuning round and scored once by the lead against main; a missing file adds nothing)
since the eleventh, and fresh15.csv (collected blind during the twelfth session's tuning round and scored
once by the lead against main; a missing file adds nothing) since the twelfth.
From fresh16.csv on, each file was collected after a session's (from fresh27.csv, a round's) last change,
scored once as its fresh part and split by the same hash from the next session or round on: the latest
so split is fresh97.csv, since the ninety-fourth round. The README keeps their
first, unchanged figures. Each row keeps its `origin` (the file it comes from), so a part's figures
can be given per file (`score(origin=...)`).

Recognition runs through `govopen_cli.rules.items.match_titles` (the checks' own code) with each
title's date and subject; pairing blocks judge each document on its own (year `any` unless the
block says otherwise), as the pairing rule does.
"""
from __future__ import annotations

import csv
import hashlib
import os
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Sequence

from govopen_cli.checklist.load import load_checklist
from govopen_cli.rules.items import match_titles

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "title_corpus")
# The label files, in the order they were added; ORIGINS maps each path to its name.
FILES = ("labels.csv", "fresh.csv", "fresh2.csv", "fresh3.csv", "fresh4.csv", "fresh5.csv", "fresh6.csv",
         "fresh7.csv", "fresh8.csv", "fresh8b.csv", "fresh9.csv", "fresh10.csv", "fresh11.csv", "fresh12.csv",
         "fresh13.csv", "fresh14.csv", "fresh15.csv", "fresh16.csv", "fresh17.csv", "fresh18.csv", "fresh19.csv",
         "fresh20.csv", "fresh21.csv", "fresh22.csv", "fresh23.csv", "fresh24.csv",
         "fresh25.csv", "fresh26.csv", "fresh27.csv", "fresh28.csv", "fresh29.csv",
         "fresh30.csv", "fresh31.csv", "fresh32.csv", "fresh33.csv", "fresh34.csv", "fresh35.csv", "fresh36.csv",
         "fresh37.csv", "fresh38.csv", "fresh39.csv", "fresh40.csv", "fresh41.csv", "fresh42.csv", "fresh43.csv",
         "fresh44.csv", "fresh45.csv", "fresh46.csv", "fresh47.csv", "fresh48.csv", "fresh49.csv", "fresh50.csv",
         "fresh51.csv", "fresh52.csv", "fresh53.csv", "fresh54.csv", "fresh55.csv", "fresh56.csv", "fresh57.csv", "fresh58.csv", "fresh59.csv", "fresh60.csv", "fresh61.csv", "fresh62.csv", "fresh63.csv", "fresh64.csv", "fresh65.csv", "fresh66.csv", "fresh67.csv", "fresh68.csv", "fresh69.csv", "fresh70.csv", "fresh71.csv", "fresh72.csv", "fresh73.csv", "fresh74.csv", "fresh75.csv", "fresh76.csv", "fresh77.csv", "fresh78.csv", "fresh79.csv", "fresh80.csv", "fresh81.csv", "fresh82.csv", "fresh83.csv", "fresh84.csv", "fresh85.csv", "fresh86.csv", "fresh87.csv", "fresh88.csv", "fresh89.csv", "fresh90.csv", "fresh91.csv", "fresh92.csv", "fresh93.csv", "fresh94.csv", "fresh95.csv", "fresh96.csv", "fresh97.csv", "fresh98.csv")
ORIGINS = {os.path.join(DATA, name): name for name in FILES}
LABELS = os.path.join(DATA, "labels.csv")
FRESH_FILE = os.path.join(DATA, "fresh98.csv")  # the fresh part of the round (a new round names the next file)
PARTS = ("tuned", "held-out", "fresh")
FRESH_PARTS = {FRESH_FILE: "fresh"}  # scored unchanged, never split by the hash (a missing file is an empty part)
ITEM_RULES = ("coverage", "cadence", "pairing", "deadline")


def held_out(title: str) -> bool:
    return int(hashlib.sha1(title.encode("utf-8")).hexdigest(), 16) % 3 == 0


def read_rows(path: str) -> list[dict]:
    if not os.path.exists(path):
        return []
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def labelled_rows() -> list[dict]:
    """Every label row with its part (tuned / held-out / fresh) and origin (its file's name)."""
    rows = []
    for path, origin in ORIGINS.items():
        for row in read_rows(path):
            part = FRESH_PARTS.get(path) or ("held-out" if held_out(row["title"]) else "tuned")
            rows.append({**row, "part": part, "origin": origin})
    return rows


@lru_cache(maxsize=None)
def checklist(checklist_id: str):
    return load_checklist(checklist_id)


def item_block(checklist_id: str, check_id: str) -> dict | None:
    """The item block a corpus check id names (`T4.1` primary, `T4.1/partner` partner), or None."""
    base, _, partner = check_id.partition("/")
    check = checklist(checklist_id).check(base)
    params = dict(check.params)
    block = params.get("partner_item" if partner else "item")
    if not block:
        return None
    block = dict(block)
    if check.rule == "pairing":
        block.setdefault("year", "any")
    return block


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    misses: list[str] = field(default_factory=list)  # positives not recognised
    false: list[str] = field(default_factory=list)  # negatives recognised

    def add(self, other: "Score") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.tn += other.tn

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None


@lru_cache(maxsize=None)
def _results() -> tuple[tuple[tuple[dict, bool], ...], tuple[tuple[str, str], ...]]:
    """Each label row with whether its check recognises (and counts) it; checks with no item block."""
    groups: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for row in labelled_rows():
        groups[(row["checklist"], row["check"])].append(row)
    results, unscored = [], []
    for (checklist_id, check_id), rows in sorted(groups.items()):
        block = item_block(checklist_id, check_id)
        if block is None:
            unscored.append((checklist_id, check_id))
            continue
        found = match_titles(block, [row["title"] for row in rows], plan_year=int(rows[0]["plan_year"]),
                             dates=[row["date"] or None for row in rows], subjects=[row["subject"] or None for row in rows])
        results.extend(zip(rows, found))
    return tuple(results), tuple(unscored)


def score(origin: str | tuple[str, ...] | None = None) -> tuple[dict[tuple[str, str, str], Score], list[tuple[str, str]]]:
    """Scores per (checklist, check, part) — of the rows from one file when `origin` names it, or
    from several when it is a tuple of names — and the corpus checks that have no item block."""
    results, unscored = _results()
    origins = (origin,) if isinstance(origin, str) else origin
    scores: dict[tuple[str, str, str], Score] = {}
    for row, hit in results:
        if origins is not None and row["origin"] not in origins:
            continue
        entry = scores.setdefault((row["checklist"], row["check"], row["part"]), Score())
        positive = row["label"] == "positive"
        if positive and hit:
            entry.tp += 1
        elif positive:
            entry.fn += 1
            entry.misses.append(row["title"])
        elif hit:
            entry.fp += 1
            entry.false.append(row["title"])
        else:
            entry.tn += 1
    return scores, list(unscored)


def totals(scores: dict[tuple[str, str, str], Score], part: str) -> Score:
    total = Score()
    for (_, _, each), value in scores.items():
        if each == part:
            total.add(value)
    return total


def _cell(value: float | None) -> str:
    return "  -  " if value is None else f"{value:.3f}"


def table(scores: dict[tuple[str, str, str], Score], unscored: list[tuple[str, str]],
          parts: Sequence[str] = PARTS) -> str:
    """Precision and recall per check and part, then the totals, as aligned text (`parts` names the columns: a tuner
    asks for the tuned part alone, so no held-out or fresh figure reaches the screen)."""
    lines = [f"{'checklist':<24}{'check':<14}" + "".join(f"{part + ' P':>11}{part + ' R':>11}{'n':>5}" for part in parts)]
    for checklist_id, check_id in sorted({(c, k) for c, k, _ in scores}):
        cells = ""
        for part in parts:
            value = scores.get((checklist_id, check_id, part))
            n = value.tp + value.fp + value.fn + value.tn if value else 0
            cells += f"{_cell(value.precision) if value else '  -  ':>11}{_cell(value.recall) if value else '  -  ':>11}{n:>5}"
        lines.append(f"{checklist_id:<24}{check_id:<14}{cells}")
    cells = ""
    for part in parts:
        total = totals(scores, part)
        cells += f"{_cell(total.precision):>11}{_cell(total.recall):>11}{total.tp + total.fp + total.fn + total.tn:>5}"
    lines.append(f"{'overall':<38}{cells}")
    for origin in ORIGINS.values():  # the overall line of the rows from each file
        by_origin, _ = score(origin)
        cells = ""
        for part in parts:
            total = totals(by_origin, part)
            n = total.tp + total.fp + total.fn + total.tn
            cells += f"{_cell(total.precision) if n else '  -  ':>11}{_cell(total.recall) if n else '  -  ':>11}{n:>5}"
        lines.append(f"{'  of which ' + origin:<38}{cells}")
    if unscored:
        lines.append("no item block (not scored): " + ", ".join(f"{c}:{k}" for c, k in unscored))
    return "\n".join(lines)
