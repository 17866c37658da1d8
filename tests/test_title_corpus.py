"""The labelled corpus of real titles (tests/data/title_corpus): well formed, and what it covers."""
from __future__ import annotations

import re
from collections import Counter, defaultdict

from tests.title_corpus import DATA, FRESH, FRESH_2, FRESH_3, FRESH_4, ITEM_RULES, LABELS, checklist, held_out, labelled_rows, read_rows, score, table, totals

SEED_PLANS = {"qufu-transport-2023": 2023, "shanghai-transport-2024": 2024, "chengguan-keypoints": 2014,
              "qingyunpu-division": 2023}


def test_corpus_holds_at_least_600_real_titles_labelled_for_item_checks_of_the_seed_plans():
    rows = read_rows(LABELS)
    assert len({row["title"] for row in rows}) >= 600
    fresh = read_rows(FRESH)
    assert not {row["title"] for row in fresh} & {row["title"] for row in rows}  # fresh titles are new
    fresh_2 = read_rows(FRESH_2)  # now split into the tuned and held-out parts: its titles are new too
    assert not {row["title"] for row in fresh_2} & {row["title"] for row in rows + fresh}
    assert all(row["label"] in ("positive", "negative") and row["source"].strip() for row in fresh_2)
    fresh_3 = read_rows(FRESH_3)  # the third fresh part: new titles, scored unchanged
    fresh_4 = read_rows(FRESH_4)  # the fourth: new titles, scored unchanged
    assert not {row["title"] for row in fresh_4} & {row["title"] for row in rows + fresh + fresh_2 + fresh_3}
    assert all(row["label"] in ("positive", "negative") and row["source"].strip() for row in fresh_4)
    assert not {row["title"] for row in fresh_3} & {row["title"] for row in rows + fresh + fresh_2}
    assert all(row["label"] in ("positive", "negative") and row["source"].strip() for row in fresh_3)
    labels = defaultdict(set)
    for row in rows + fresh:
        assert row["title"].strip() and row["source"].strip(), row
        assert row["label"] in ("positive", "negative"), row
        assert int(row["plan_year"]) == SEED_PLANS[row["checklist"]], row
        check_id, _, partner = row["check"].partition("/")
        check = checklist(row["checklist"]).check(check_id)
        assert check.rule in ITEM_RULES, row
        assert not partner or (partner == "partner" and check.rule == "pairing"), row
        # a source is a URL or a public repository path
        assert re.search(r"https?://|github:[\w.-]+/[\w.-]+/", row["source"]), row
        labels[(row["title"], row["checklist"], row["check"])].add(row["label"])
    assert all(len(value) == 1 for value in labels.values())


def test_held_out_part_is_fixed_by_the_title_hash_and_the_readme_table_matches_the_labels():
    rows = labelled_rows()
    assert {row["part"] for row in rows if not row["part"].startswith("fresh")} == {"tuned", "held-out"}
    assert all((row["part"] == "held-out") == held_out(row["title"]) for row in rows if not row["part"].startswith("fresh"))
    counts = defaultdict(Counter)
    for row in read_rows(LABELS):
        counts[(row["checklist"], row["check"])][row["label"]] += 1
        if held_out(row["title"]):
            counts[(row["checklist"], row["check"])]["held-" + row["label"]] += 1
    readme = open(f"{DATA}/README.md", encoding="utf-8").read()
    documented = {}
    for line in readme.splitlines():
        cells = [cell.strip() for cell in line.strip("|").split("|")]
        if len(cells) == 7 and cells[0] in SEED_PLANS:
            documented[(cells[0], cells[1])] = tuple(int(cell) for cell in cells[2:6])
    assert documented == {key: (value["positive"], value["negative"], value["held-positive"], value["held-negative"])
                          for key, value in counts.items()}


MIN_PER_CHECK = 10  # a per-check figure is asserted when the part holds at least this many labelled titles
TARGET = 0.97  # the overall precision and recall target on the held-out and fresh parts
CHECK_TARGET = 0.90  # the per-check floor


def _below(scores, part: str) -> dict[tuple[str, str], int]:
    """Checks of a part whose precision or recall is under CHECK_TARGET: (checklist, check) -> labels."""
    below = {}
    for (checklist_id, check_id, each), value in scores.items():
        if each == part and any(x is not None and x < CHECK_TARGET for x in (value.precision, value.recall)):
            below[(checklist_id, check_id)] = value.tp + value.fp + value.fn + value.tn
    return below


def test_precision_and_recall_on_the_held_out_and_fresh_parts(capsys):
    scores, unscored = score()
    with capsys.disabled():
        print("\n" + table(scores, unscored))
    assert not unscored  # every corpus check has an item block
    # Held-out part: the held-out thirds of labels.csv, fresh2.csv (since the third session) and
    # fresh3.csv (since the fourth), by the same title hash. Scored after the fourth session's last
    # change of the item blocks (8dd1298); the held-out titles of fresh2 and fresh3 were never read.
    # Measured figures, asserted as they are (the README gives them with their history): all three
    # files P 0.965 / R 0.937 (416 of 444 positives, 15 false; 779 labels).
    held = totals(scores, "held-out")
    assert (round(held.precision, 3), round(held.recall, 3)) >= (0.965, 0.937), (held.precision, held.recall)
    # Per file. labels.csv's third: P 0.975 / R 0.957 (309 of 323, unchanged this session; 313 before
    # 3d477d6: one held-out policy document is excluded as a campaign plan, and no tuned title shows
    # that pattern, so it was left). fresh2's third, blind: P 0.944 / R 0.882 (67 of 76, 4 false).
    # fresh3's third, blind: P 0.930 / R 0.889 (40 of 45, 3 false; 0.921 / 0.778 when first split).
    per_file = {"labels.csv": (0.975, 0.957), "fresh2.csv": (0.944, 0.882), "fresh3.csv": (0.930, 0.889)}
    file_scores = {}
    for origin, floor in per_file.items():
        file_scores[origin], _ = score(origin)
        part = totals(file_scores[origin], "held-out")
        assert (round(part.precision, 3), round(part.recall, 3)) >= floor, (origin, part.precision, part.recall)
    # These checks are under the per-check floor on the held-out part. Most hold 1 to 9 held-out labels
    # (one or two titles decide them); five hold 10 or more: Qingyunpu T1.7 (预决算, 19), T1.15
    # (环境保护, 14) and T1.17 (卫生健康, 14) on precision (T1.15 on recall too), Shanghai T1.13 (13) and
    # Qufu T3.1 (重大项目进展, 11: every held-out positive missed) on recall. Listed so that a change in
    # either direction is seen.
    assert set(_below(scores, "held-out")) == {
        ("qingyunpu-division", "T1.11"), ("qingyunpu-division", "T1.15"), ("qingyunpu-division", "T1.17"),
        ("qingyunpu-division", "T1.18"), ("qingyunpu-division", "T1.6"),
        ("qingyunpu-division", "T1.7"), ("qingyunpu-division", "T1.8"), ("qingyunpu-division", "T1.9"),
        ("qingyunpu-division", "T2.6"), ("qingyunpu-division", "T9.1"), ("qufu-transport-2023", "T3.1"),
        ("shanghai-transport-2024", "T1.13"), ("shanghai-transport-2024", "T1.17"), ("shanghai-transport-2024", "T1.3"),
        ("shanghai-transport-2024", "T1.4"), ("shanghai-transport-2024", "T1.5"), ("shanghai-transport-2024", "T1.6"),
        ("shanghai-transport-2024", "T4.3"), ("shanghai-transport-2024", "T5.1")}
    # The fresh part (fresh.csv, 149 titles collected after the first session's last change) was
    # scored unchanged again after 8dd1298: P 0.974 / R 0.980 (0.973 / 0.970 after 3d477d6, 0.961 /
    # 0.970 first); two Qingyunpu domains stay under the per-check floor (university research notices
    # counted as 教育信息, public hospitals). Asserted as measured, a floor.
    fresh = totals(scores, "fresh")
    assert len({row["title"] for row in read_rows(FRESH)}) >= 100
    assert (round(fresh.precision, 3), round(fresh.recall, 3)) >= (0.974, 0.980), (fresh.precision, fresh.recall)
    assert set(_below(scores, "fresh")) == {("qingyunpu-division", "T1.16"), ("qingyunpu-division", "T1.17")}
    # The second fresh part (fresh2.csv: 275 titles collected blind while the second session tuned)
    # was scored once, unchanged, after that session's last change d51e016: P 0.938 / R 0.810 (README).
    # It is now split into the tuned and held-out parts above; the file as a whole must not fall
    # under that first score.
    whole = totals(file_scores["fresh2.csv"], "tuned")
    whole.add(totals(file_scores["fresh2.csv"], "held-out"))
    assert len({row["title"] for row in read_rows(FRESH_2)}) >= 100
    assert whole.precision >= 0.938 and whole.recall >= 0.810, (whole.precision, whole.recall)
    # The third fresh part (fresh3.csv: 153 titles collected blind during the third session's tuning
    # round, from sites the earlier parts had not used), committed after its last change 3d477d6 and
    # scored once, unchanged: P 0.935 / R 0.792 (145 found, 10 false, 38 missed; README). Since the
    # fourth session it is split by the same hash into the tuned and held-out parts above; the file as
    # a whole must not fall under that first score.
    whole_3 = totals(file_scores["fresh3.csv"], "tuned")
    whole_3.add(totals(file_scores["fresh3.csv"], "held-out"))
    assert len({row["title"] for row in read_rows(FRESH_3)}) >= 100
    assert whole_3.precision >= 0.935 and whole_3.recall >= 0.792, (whole_3.precision, whole_3.recall)
    # The fourth fresh part (fresh4.csv: 105 titles collected blind during the fourth session's tuning
    # round, most of them policy documents and interpretations for the pairing checks), committed after
    # its last change 8dd1298 and scored once, unchanged: P 0.938 / R 0.708 (150 found, 10 false, 62
    # missed). The pairing checks find about half of the policy documents (drafts for comment, tax and
    # talent measures, forwarded and multi-agency documents written in other bodies' wording). Far under
    # the 0.97 target; asserted as measured, a floor.
    fresh_4 = totals(scores, "fresh-4")
    assert len({row["title"] for row in read_rows(FRESH_4)}) >= 100
    assert fresh_4.precision >= 0.937 and fresh_4.recall >= 0.707, (fresh_4.precision, fresh_4.recall)

