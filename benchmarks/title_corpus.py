"""Precision and recall of item recognition on the labelled corpus of real titles.

    python benchmarks/title_corpus.py            # the table: per check, tuned / held-out / fresh, then per file
    python benchmarks/title_corpus.py --misses   # also list the tuned part's titles each check gets wrong
    python benchmarks/title_corpus.py --tuned-only --misses   # the same with the tuned columns alone (for tuning)

The same computation as tests/test_title_corpus.py (tests/title_corpus.py): the shipped
checklists' item blocks run through govopen_cli.rules.items.match_titles over
tests/data/title_corpus/labels.csv and fresh.csv to fresh97.csv (tuned and held-out parts, by the title
hash) and fresh98.csv (the fresh part, scored unchanged; empty until it is added).
--misses lists the tuned part only: the held-out and fresh parts stay blind; --tuned-only leaves their figures out of
the table too, so a tuner's look at it shows nothing of them.
No timing: this is about correctness, so the figures do not depend on the machine.
"""
from __future__ import annotations

import argparse
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from tests.title_corpus import score, table  # noqa: E402

TUNED = ("tuned",)


def main() -> None:
    parser = argparse.ArgumentParser(description="语料上的识别准确率和召回率（按检查项、调优/留出/新收集三部分）")
    parser.add_argument("--misses", action="store_true", help="列出调优部分每个检查项漏识别和误识别的标题（留出和新收集部分不列出）")
    parser.add_argument("--tuned-only", action="store_true", help="表格只列调优部分（调整识别用语时使用，留出和新收集部分的数字不显示）")
    args = parser.parse_args()
    scores, unscored = score()
    print(table(scores, unscored, TUNED) if args.tuned_only else table(scores, unscored))
    if args.misses:
        for (checklist_id, check_id, part), value in sorted(scores.items()):
            if part != "tuned":
                continue
            for title in value.misses:
                print(f"漏识别 {checklist_id}:{check_id} [{part}] {title}")
            for title in value.false:
                print(f"误识别 {checklist_id}:{check_id} [{part}] {title}")


if __name__ == "__main__":
    main()
