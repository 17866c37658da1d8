"""False positives and misses of the 索引号, 文号 and privacy rules on the real-value corpus.

    python benchmarks/corpus.py           # counts per corpus file, then every wrong verdict

The corpus (tests/corpus/, see its README) holds real published values with their sources and
expected verdicts; tests/test_corpus.py asserts the same figures: zero, except the held-out 索引号
collected after the rule change (index_numbers_fresh.csv), whose known false positive is asserted
exactly and printed here.
"""
from __future__ import annotations

import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from tests import corpus_check  # noqa: E402 - after the path is set


def main() -> int:
    privacy, precision, recall = corpus_check.privacy()
    outcomes = [("索引号", corpus_check.index_numbers()),
                ("索引号（第一次改规则后新收）", corpus_check.index_numbers(corpus_check.FRESH_INDEX_NUMBERS)),
                ("文号", corpus_check.docnos()), ("个人信息", privacy)]
    print("语料                       行数  应报问题  误报  漏报  改正写法不对")
    for label, outcome in outcomes:
        print(f"{label:<20}{outcome.rows:>8}{outcome.expected:>10}{len(outcome.false_positives):>6}"
              f"{len(outcome.misses):>6}{len(outcome.wrong_messages):>14}")
    print(f"个人信息：精确率 {precision:.3f}，召回率 {recall:.3f}")
    for label, outcome in outcomes:
        for kind, items in (("误报", outcome.false_positives), ("漏报", outcome.misses),
                            ("改正写法不对", outcome.wrong_messages)):
            for item in items:
                print(f"{label}{kind}：{item}")
    return 0 if all(outcome.clean for _, outcome in outcomes) else 1


if __name__ == "__main__":
    sys.exit(main())
