"""False positives and misses of the 索引号, 文号 and privacy rules on the real-value corpus, and the
size goals of issue 15 for the 索引号 corpus.

    python benchmarks/corpus.py           # counts per corpus file, the goals, then every wrong verdict

The corpus (tests/corpus/, see its README) holds real published values with their sources and
expected verdicts; tests/test_corpus.py asserts the same figures. Exit status 0 when every verdict
is right and every goal is met (≥ 200 distinct real 索引号 from ≥ 20 sites in ≥ 5 schemes, ≥ 5 sites
with ≥ 20 consecutive real rows, privacy precision and recall ≥ 0.98), else 1.
"""
from __future__ import annotations

import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from tests import corpus_check  # noqa: E402 - after the path is set

GOAL_LABELS = {"values": "真实索引号（不同值）", "sites": "网站", "schemes": "编号体例",
               "runs": "有20条以上连续真实行的网站"}


def main() -> int:
    privacy, precision, recall = corpus_check.privacy()
    outcomes = [("索引号", corpus_check.index_numbers()),
                ("索引号（第一次改规则后新收）", corpus_check.index_numbers(corpus_check.FRESH_INDEX_NUMBERS)),
                ("索引号（连续目录行）", corpus_check.index_numbers(corpus_check.RUNS))]
    for label, name in (("索引号（第二次改规则后新收）", corpus_check.AFTER_CHANGE2),
                        ("索引号（第三次改规则后新收）", corpus_check.AFTER_CHANGE3)):
        if (corpus_check.CORPUS / name).exists():
            outcomes.append((label, corpus_check.index_numbers(name)))
    outcomes += [("文号", corpus_check.docnos()), ("文号（连续目录行）", corpus_check.docnos(corpus_check.RUNS)),
                 ("个人信息", privacy)]
    print("语料                       行数  应报问题  误报  漏报  改正写法不对")
    for label, outcome in outcomes:
        print(f"{label:<20}{outcome.rows:>8}{outcome.expected:>10}{len(outcome.false_positives):>6}"
              f"{len(outcome.misses):>6}{len(outcome.wrong_messages):>14}")
    print(f"个人信息：精确率 {precision:.3f}，召回率 {recall:.3f}（目标各 ≥ 0.98）")
    goals = corpus_check.index_goals()
    for key, target in corpus_check.INDEX_GOALS.items():
        verdict = "达到" if goals[key] >= target else "未达到"
        print(f"{GOAL_LABELS[key]}：{goals[key]}（目标 ≥ {target}，{verdict}）")
    print(f"（有20条以上连续真实行的目录：{goals['run_catalogs']} 个，同一网站的几个部门目录只算一个网站）")
    for label, outcome in outcomes:
        for kind, items in (("误报", outcome.false_positives), ("漏报", outcome.misses),
                            ("改正写法不对", outcome.wrong_messages)):
            for item in items:
                print(f"{label}{kind}：{item}")
    met = all(goals[key] >= target for key, target in corpus_check.INDEX_GOALS.items())
    met &= precision >= 0.98 and recall >= 0.98
    return 0 if met and all(outcome.clean for _, outcome in outcomes) else 1


if __name__ == "__main__":
    sys.exit(main())
