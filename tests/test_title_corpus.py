"""The labelled corpus of real titles (tests/data/title_corpus): well formed, and what it covers."""
from __future__ import annotations

import os
import re
import unicodedata
from collections import Counter, defaultdict

from tests.title_corpus import DATA, FILES, FRESH_FILE, ITEM_RULES, ORIGINS, LABELS, checklist, held_out, labelled_rows, read_rows, score, table, totals

SEED_PLANS = {"qufu-transport-2023": 2023, "shanghai-transport-2024": 2024, "chengguan-keypoints": 2014,
              "qingyunpu-division": 2023}


def test_corpus_holds_at_least_600_real_titles_labelled_for_item_checks_of_the_seed_plans():
    rows = read_rows(LABELS)
    assert len({row["title"] for row in rows}) >= 600
    # Each later file holds new titles only: none of an earlier file's (fresh14.csv, collected during the
    # eleventh session, fresh15.csv, collected during the twelfth, and fresh98.csv, collected after the
    # ninety-fourth round's last change, may not exist yet).
    # Titles are compared as spelt apart from width, whitespace and the form of quotation marks (`_spelling`), so a
    # second spelling of one page (an inner or trailing space, half-width quotes) counts as the same title, across
    # files and within one; a Traditional-character page and a Simplified one stay two titles.
    assert len({_spelling(title) for title in {row["title"] for row in rows}}) == len({row["title"] for row in rows})
    earlier = {_spelling(row["title"]) for row in rows}
    for path in list(ORIGINS)[1:]:  # every file after labels.csv, in the order they were added
        later = read_rows(path)
        titles = {row["title"] for row in later}
        spellings = {_spelling(title) for title in titles}
        assert len(spellings) == len(titles) and not spellings & earlier, path
        assert all(row["label"] in ("positive", "negative") and row["source"].strip() for row in later), path
        earlier |= spellings
    labels = defaultdict(set)
    for row in rows + read_rows(_path("fresh.csv")):  # the first session's files: a URL or repository path each
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


def _spelling(title: str) -> str:
    """A title apart from width (NFKC), whitespace and the form of its quotation marks."""
    return re.sub(r"[\"'“”‘’「」『』]", '"', re.sub(r"\s+", "", unicodedata.normalize("NFKC", title)))


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
TARGET = 0.97  # the issue's overall precision and recall target on the held-out and fresh parts
CHECK_TARGET = 0.90  # the issue's per-check floor


def _below(scores, part: str) -> dict[tuple[str, str], int]:
    """Checks of a part whose precision or recall is under CHECK_TARGET: (checklist, check) -> labels."""
    below = {}
    for (checklist_id, check_id, each), value in scores.items():
        if each == part and any(x is not None and x < CHECK_TARGET for x in (value.precision, value.recall)):
            below[(checklist_id, check_id)] = value.tp + value.fp + value.fn + value.tn
    return below


def _path(name: str) -> str:
    """The path of a corpus file by its name."""
    return os.path.join(DATA, name)


def _at_least(value, precision: float, recall: float) -> bool:
    """Both figures, rounded to three places as the README gives them, at or above the floors."""
    return round(value.precision, 3) >= precision and round(value.recall, 3) >= recall


def test_precision_and_recall_on_the_held_out_and_fresh_parts(capsys):
    scores, unscored = score()
    with capsys.disabled():
        print("\n" + table(scores, unscored))
    assert not unscored  # every corpus check has an item block
    # Held-out part: the held-out thirds of labels.csv, fresh2.csv (since the third session),
    # fresh3.csv (since the fourth), fresh.csv and fresh4.csv (since the fifth), by the same title hash.
    # The held-out titles of fresh2, fresh3 and fresh4 were never read. Right after fresh.csv and fresh4.csv
    # were split, before any change of the fifth session: P 0.963 / R 0.907 (974 labels). Scored after
    # the fifth session's last change of the item blocks (cdd0452; the same after e5b60b6, the change
    # before): P 0.975 / R 0.943 (548 of 581 positives, 14 false). Asserted as measured (the README
    # gives the history).
    # Sixth session: fresh5.csv split by the same hash; right after the split, before any change of the
    # sixth session: P 0.953 / R 0.925 (905 of 978 positives, 45 false); fresh5's third stays blind.
    # After the sixth session's last item-block change (c40fd04): P 0.958 / R 0.937 (916 of 978, 40 false).
    # Seventh session: fresh6.csv and fresh7.csv split by the same hash; right after the split, before any
    # change of the seventh session: P 0.956 / R 0.920 (1,954 labels). fresh8.csv (collected blind during
    # the seventh session, split by the hash when it is added) is kept out of these floors: it has its own.
    # After the seventh session's last item-block change (bc91526), over the same eight files:
    # P 0.963 / R 0.940 (1,102 of 1,172 positives, 42 false). Eighth session (fresh9.csv split by the hash,
    # kept out of these floors like fresh8 and fresh8b): after its last item-block change (3775a96),
    # P 0.963 / R 0.945 (1,107 of 1,172 positives, 42 false). Ninth session (fresh10.csv and fresh11.csv
    # split by the hash, kept out of these floors too; the lead's label corrections leave 1,166 positives):
    # 0.963 / 0.949 at the split, after its last item-block change (ef6e7a6) P 0.965 / R 0.955 (1,114 of
    # 1,166 positives, 41 false). Tenth session (fresh12.csv split by the hash, kept out of these floors too):
    # after its last item-block change (10666e3), P 0.965 / R 0.956 (1,115 of 1,166 positives, 41 false).
    # Eleventh session (fresh13.csv and fresh14.csv split by the hash, kept out of these floors too): after its
    # last item-block change (03527b7), P 0.966 / R 0.961 (1,120 of 1,166 positives, 39 false). The lead's
    # label corrections after the blind audit (no recogniser changed): P 0.963 / R 0.960 (1,116 of 1,162
    # positives, 43 false) — an interpretation of a 工作要点 is no longer a partner, and the recognisers still
    # take it for one. Twelfth session (fresh15.csv split by the hash, kept out of these floors too): after its last
    # item-block change (d93cd98), P 0.967 / R 0.960 (1,116 of 1,162 positives, 38 false): an interpretation of a
    # work plan, summary or report (工作要点, 工作计划 …) is no longer taken for a partner (4da8e7b, decided on
    # fresh14's tuned 一图读懂 of a 工作计划; it also settles the held-out title the README names).
    # Thirteenth session (fresh16.csv split by the hash, kept out of these floors too): after its last item-block change
    # (a0fc872), P 0.968 / R 0.960 (1,116 of 1,162 positives, 37 false). Fourteenth session (fresh17.csv split by the
    # hash, kept out of these floors too): after its last item-block change (58eeec9), P 0.968 / R 0.962 (1,118 of 1,162
    # positives, 37 false). Fifteenth session (fresh18.csv split by the hash, kept out of these floors too): unchanged
    # after its last item-block change (96bee3e). Sixteenth session (fresh19.csv split by the hash, kept out of these
    # floors too): after its last item-block change (c1d3cde), P 0.975 / R 0.962 (1,118 of 1,162 positives, 29 false):
    # the policy documents' exclusions drawn from the guide (news of a rule, service notices, internal and party
    # business, one-off tasks, a year's plan, personnel) took out four titles the policy documents counted.
    # Seventeenth session (fresh20.csv split by the hash, kept out of these floors too): after its last item-block
    # change (0ac0fcf), P 0.976 / R 0.963 (1,119 of 1,162 positives, 28 false). Eighteenth session (fresh21.csv split
    # by the hash, kept out of these floors too): unchanged after its last item-block change (a534e1d); a candidate term
    # (行政审批目录 for Chengguan T1.1) took this precision under its floor once and was withdrawn before it landed.
    # Nineteenth session (fresh22.csv split by the hash, kept out of these floors too): unchanged after its last
    # item-block change (845746a); two candidates (贫困县/村/户 … for Qingyunpu T1.11, 审批目录/许可目录 for Chengguan T1.1)
    # each took this precision under its floor (0.975, 0.974 together) and were withdrawn before they landed.
    # Twentieth session (fresh23.csv split by the hash, kept out of these floors too): after its last item-block change
    # (9bf6c9d), P 0.976 / R 0.963 (1,119 of 1,162 positives, 27 false; 28 at the split); a candidate (Qingyunpu T1.12's
    # exclusion 大赛 narrowed to 大赛…办法, 大赛…方案 and 技能大赛) took this precision under its floor (0.975) and was
    # withdrawn before it landed.
    # Twenty-first session (fresh24.csv split by the hash, kept out of these floors too): unchanged after its last
    # item-block change (94a4e71), P 0.976 / R 0.963 (1,119 of 1,162 positives, 27 false).
    # Twenty-second session (fresh25.csv split by the hash, kept out of these floors too): unchanged after its last
    # item-block change (d41c555), P 0.976 / R 0.963 (1,119 of 1,162 positives, 27 false).
    # Twenty-third session (fresh26.csv split by the hash, kept out of these floors too): unchanged after its last
    # item-block change (170a187), P 0.976 / R 0.963 (1,119 of 1,162 positives, 27 false).
    # Twenty-fourth round (fresh27.csv split by the hash, kept out of these floors too): after its last item-block change
    # (f4e48df), P 0.980 / R 0.963 (1,119 of 1,162 positives, 23 false; 27 at the split): the pairing primaries'
    # new exclusions took one false match off each of the four plans (fresh5's third). The floor is not raised.
    # Twenty-fifth round (fresh28.csv split by the hash, kept out of these floors too): unchanged after its last
    # item-block change (2e9fc4e), P 0.980 / R 0.963 (1,119 of 1,162 positives, 23 false). A candidate term for
    # Qingyunpu T1.8 (改造项目, 整治项目, 工程…通车, 通车仪式) took labels.csv's held-out precision under its floor once and was
    # withdrawn before it landed. The floor is not raised.
    # Twenty-sixth round (fresh29.csv split by the hash, kept out of these floors too): unchanged after its last
    # item-block change (3113410), P 0.980 / R 0.963 (1,119 of 1,162 positives, 23 false). The floor is not raised.
    # Twenty-seventh round (fresh30.csv split by the hash, kept out of these floors too): unchanged after its last
    # item-block change (c51104c), P 0.980 / R 0.963 (1,119 of 1,162 positives, 23 false). The floor is not raised.
    # Twenty-eighth round (fresh31.csv split by the hash, kept out of these floors too): unchanged after its last
    # item-block change (bcf2558), P 0.980 / R 0.963 (1,119 of 1,162 positives, 23 false). The floor is not raised.
    # Twenty-ninth round (fresh32.csv split by the hash, kept out of these floors too): unchanged after its last
    # item-block change (6c32698), P 0.980 / R 0.963 (1,119 of 1,162 positives, 23 false). The floor is not raised.
    # Thirtieth round (fresh33.csv split by the hash, kept out of these floors too): unchanged after its last
    # item-block change (01788d9), P 0.980 / R 0.963 (1,119 of 1,162 positives, 23 false). The floor is not raised.
    # Thirty-first round (fresh34.csv split by the hash, kept out of these floors too): unchanged after its last
    # item-block change (8a1f20a), P 0.980 / R 0.963 (1,119 of 1,162 positives, 23 false). The floor is not raised.
    # Thirty-second round (fresh35.csv split by the hash, kept out of these floors too): unchanged after its last
    # item-block change (d00f2fa), P 0.980 / R 0.963 (1,119 of 1,162 positives, 23 false). The floor is not raised.
    # Thirty-third round (fresh36.csv split by the hash, kept out of these floors too): unchanged after its last
    # item-block change (7546fe6), P 0.980 / R 0.963 (1,119 of 1,162 positives, 23 false). The floor is not raised.
    # Thirty-fourth round (fresh37.csv split by the hash, kept out of these floors too): unchanged after its last
    # item-block change (2cdd416), P 0.980 / R 0.963 (1,119 of 1,162 positives, 23 false). The floor is not raised.
    # Thirty-fifth round (fresh38.csv split by the hash, kept out of these floors too): unchanged after its last
    # item-block change (0f649a2), P 0.980 / R 0.963 (1,119 of 1,162 positives, 23 false). The floor is not raised.
    # Thirty-sixth round (fresh39.csv split by the hash, kept out of these floors too): unchanged after its last
    # item-block change (b5a9d3a; c4bf5fd the last that moves a label), P 0.980 / R 0.963 (1,119 of 1,162 positives,
    # 23 false). The floor is not raised.
    # Thirty-seventh round (fresh40.csv split by the hash, kept out of these floors too): unchanged after its last
    # item-block change (9e34afe), P 0.980 / R 0.963 (1,119 of 1,162 positives, 23 false). The floor is not raised.
    # Thirty-eighth round (fresh41.csv split by the hash, kept out of these floors too): unchanged after its last
    # item-block change (8c71e8d), P 0.980 / R 0.963 (1,119 of 1,162 positives, 23 false). The floor is not raised.
    # Thirty-ninth round (fresh42.csv split by the hash, kept out of these floors too): unchanged after its last
    # item-block change (4720c1c), P 0.980 / R 0.963 (1,119 of 1,162 positives, 23 false). The floor is not raised.
    # Fortieth round (fresh43.csv split by the hash, kept out of these floors too): unchanged after its last
    # item-block change (a24acbf), P 0.980 / R 0.963 (1,119 of 1,162 positives, 23 false). The floor is not raised.
    # Forty-first round (fresh44.csv split by the hash, kept out of these floors too): unchanged after its last
    # item-block change (71928b0), P 0.980 / R 0.963 (1,119 of 1,162 positives, 23 false). The floor is not raised.
    # Forty-second round (fresh45.csv split by the hash, kept out of these floors too): unchanged after its last
    # item-block change (bb58bad), P 0.980 / R 0.963 (1,119 of 1,162 positives, 23 false). The floor is not raised.
    # Forty-third round (fresh46.csv split by the hash, kept out of these floors too): unchanged after its last
    # item-block change (b1ec195), P 0.980 / R 0.963 (1,119 of 1,162 positives, 23 false). A candidate for Qufu T3.1
    # (竣工验收, 完工验收, 通过…验收, 开工, 动工, 封顶, 通水, 全容量并网 without 重大/重点) took fresh46's held-out precision
    # under its floor once and was withdrawn before it landed. The floor is not raised.
    # Forty-fourth round (fresh47.csv split by the hash, kept out of these floors too): unchanged after its last
    # item-block change (7d61424), P 0.980 / R 0.963 (1,119 of 1,162 positives, 23 false). The floor is not raised.
    # Forty-fifth round (fresh48.csv split by the hash, kept out of these floors too): unchanged after its last
    # item-block change (3531598), P 0.980 / R 0.963 (1,119 of 1,162 positives, 23 false). The floor is not raised.
    # Forty-sixth round (fresh49.csv split by the hash, kept out of these floors too): after its last item-block change
    # (0a04c57), P 0.983 / R 0.963 (1,119 of 1,162 positives, 19 false; 23 at the split): the pairing primaries' new
    # 年度报告的通知 exclusion took one false match off each of the four plans (fresh5's third). The floor is not raised.
    # Forty-seventh round (fresh50.csv split by the hash, kept out of these floors too): unchanged after its last
    # item-block change (94cb80e), P 0.983 / R 0.963 (1,119 of 1,162 positives, 19 false). The floor is not raised.
    # Forty-eighth round (fresh51.csv split by the hash, kept out of these floors too): unchanged after its last
    # item-block change (ad2f161), P 0.983 / R 0.963 (1,119 of 1,162 positives, 19 false). The floor is not raised.
    # Forty-ninth round (fresh52.csv split by the hash, kept out of these floors too): unchanged after its last
    # item-block change (d63e98a), P 0.983 / R 0.963 (1,119 of 1,162 positives, 19 false). The floor is not raised.
    # Fiftieth round (fresh53.csv split by the hash, kept out of these floors too): unchanged after its last
    # item-block change (5ecb19a), P 0.983 / R 0.963 (1,119 of 1,162 positives, 19 false). The floor is not raised.
    # Fifty-first round (fresh54.csv split by the hash, kept out of these floors too): unchanged after its last
    # item-block change (3b9bbb2, the revert of 4b5f6be; its item blocks are 6e38ee8's), P 0.983 / R 0.963 (1,119 of
    # 1,162 positives, 19 false). The floor is not raised.
    # Fifty-second round (fresh55.csv split by the hash, kept out of these floors too): after its last item-block
    # change (7a596f6), P 0.984 / R 0.963 (1,119 of 1,162 positives, 18 false; one false match fewer, on Qingyunpu
    # T1.17, from c41dfe4). The floor is not raised.
    # Fifty-third round (fresh56.csv split by the hash, kept out of these floors too): after its last item-block
    # change (284dd0f), P 0.984 / R 0.963 (1,119 of 1,162 positives, 18 false; unchanged). The floor is not raised.
    # Fifty-fourth round (fresh57.csv split by the hash, kept out of these floors too): after its last item-block
    # change (ca917dc), P 0.984 / R 0.964 (1,120 of 1,162 positives, 18 false; one Qingyunpu T1.16 label gained in
    # fresh5's third, from 2605d7f). The floor is not raised.
    # Fifty-fifth round (fresh58.csv split by the hash, kept out of these floors too): unchanged after its last
    # item-block change (9532e0c), P 0.984 / R 0.964 (1,120 of 1,162 positives, 18 false). The floor is not raised.
    # Fifty-sixth round (fresh59.csv split by the hash, kept out of these floors too): unchanged after its last
    # item-block change (07867d3), P 0.984 / R 0.964 (1,120 of 1,162 positives, 18 false). The floor is not raised.
    # Fifty-seventh round (fresh60.csv split by the hash, kept out of these floors too): unchanged after its last
    # item-block change (216c25e), P 0.984 / R 0.964 (1,120 of 1,162 positives, 18 false). A partner exclusion of a title
    # ending in its form word ({办法|规定|细则|条例|意见|措施}$) took this recall under its floor (0.954) once and was
    # withdrawn before it landed. The floor is not raised.
    # Fifty-eighth round (fresh61.csv split by the hash, kept out of these floors too): unchanged after its last
    # item-block change (499c24a), P 0.984 / R 0.964 (1,120 of 1,162 positives, 18 false). The floor is not raised.
    # Fifty-ninth round (fresh62.csv split by the hash, kept out of these floors too): unchanged after its last
    # item-block change (316da43), P 0.984 / R 0.964 (1,120 of 1,162 positives, 18 false). The floor is not raised.
    # Sixtieth round (fresh63.csv split by the hash, kept out of these floors too): unchanged after its last
    # item-block change (fee8d70), P 0.984 / R 0.964 (1,120 of 1,162 positives, 18 false). The floor is not raised.
    # Sixty-first round (fresh64.csv split by the hash, kept out of these floors too): unchanged after its last
    # item-block change (79ad187), P 0.984 / R 0.964 (1,120 of 1,162 positives, 18 false). The floor is not raised.
    # Sixty-second round (fresh65.csv split by the hash, kept out of these floors too): unchanged after its last
    # item-block change (353a534), P 0.984 / R 0.964 (1,120 of 1,162 positives, 18 false). The floor is not raised.
    # Sixty-third round (fresh66.csv split by the hash, kept out of these floors too): unchanged after its last
    # item-block change (161731a), P 0.984 / R 0.964 (1,120 of 1,162 positives, 18 false). The floor is not raised.
    # Sixty-fourth round (fresh67.csv split by the hash, kept out of these floors too): unchanged after its last
    # item-block change (46fa130), P 0.984 / R 0.964 (1,120 of 1,162 positives, 18 false). The floor is not raised.
    # Sixty-fifth round (fresh68.csv split by the hash, kept out of these floors too): unchanged after its last
    # item-block change (12e7b73), P 0.984 / R 0.964 (1,120 of 1,162 positives, 18 false). The floor is not raised.
    # Sixty-sixth round (fresh69.csv split by the hash, kept out of these floors too): unchanged after its last
    # item-block change (9a9b7bf), P 0.984 / R 0.964 (1,120 of 1,162 positives, 18 false). The floor is not raised.
    # Sixty-seventh round (fresh70.csv split by the hash, kept out of these floors too): unchanged after its last
    # item-block change (27b3c5e), P 0.984 / R 0.964 (1,120 of 1,162 positives, 18 false). The floor is not raised.
    # Sixty-eighth round (fresh71.csv split by the hash, kept out of these floors too): unchanged after its last
    # item-block change (b5188ed), P 0.984 / R 0.964 (1,120 of 1,162 positives, 18 false). The floor is not raised.
    # Sixty-ninth round (fresh72.csv split by the hash, kept out of these floors too): unchanged after its last
    # item-block change (0634013), P 0.984 / R 0.964 (1,120 of 1,162 positives, 18 false). The floor is not raised.
    # Seventieth round (fresh73.csv split by the hash, kept out of these floors too): unchanged after its last
    # item-block change (6fa8029), P 0.984 / R 0.964 (1,120 of 1,162 positives, 18 false). The floor is not raised.
    # Seventy-first round (fresh74.csv split by the hash, kept out of these floors too): unchanged after its last
    # item-block change (9620152), P 0.984 / R 0.964 (1,120 of 1,162 positives, 18 false). The floor is not raised.
    # Seventy-second round (fresh75.csv split by the hash, kept out of these floors too): unchanged after its last
    # item-block change (4b01e55), P 0.984 / R 0.964 (1,120 of 1,162 positives, 18 false). The floor is not raised.
    # Seventy-third round (fresh76.csv split by the hash, kept out of these floors too): unchanged after its last
    # item-block change (0147d0f), P 0.984 / R 0.964 (1,120 of 1,162 positives, 18 false). The floor is not raised.
    # Seventy-fourth round (fresh77.csv split by the hash, kept out of these floors too): unchanged after its last
    # item-block change (b8a6176), P 0.984 / R 0.964 (1,120 of 1,162 positives, 18 false). The floor is not raised.
    # Seventy-fifth round (fresh78.csv split by the hash, kept out of these floors too): unchanged after its last
    # item-block change (836ae28), P 0.984 / R 0.964 (1,120 of 1,162 positives, 18 false). The floor is not raised.
    # Seventy-sixth round (fresh79.csv split by the hash, kept out of these floors too): unchanged after its last
    # item-block change (c1f9701), P 0.984 / R 0.964 (1,120 of 1,162 positives, 18 false). The floor is not raised.
    # Seventy-seventh round (fresh80.csv split by the hash, kept out of these floors too): unchanged after its last
    # item-block change (d4c57a9), P 0.984 / R 0.964 (1,120 of 1,162 positives, 18 false). The floor is not raised.
    # Seventy-eighth round (fresh81.csv split by the hash, kept out of these floors too): after its last item-block
    # change (4edc9f6), P 0.984 / R 0.967 (1,124 of 1,162 positives, 18 false; 0.984 / 0.964 at the split: the multi-year
    # action plans the pairing primaries now count, d080a04). The floor is not raised.
    # Seventy-ninth round (fresh82.csv split by the hash, kept out of these floors too): unchanged after its last
    # item-block change (72f2ab3), P 0.984 / R 0.967 (1,124 of 1,162 positives, 18 false). The floor is not raised.
    # Eightieth round (fresh83.csv split by the hash, kept out of these floors too): unchanged after its last item-block
    # change (5dbf371), P 0.984 / R 0.967 (1,124 of 1,162 positives, 18 false). The floor is not raised.
    # Eighty-first round (fresh84.csv split by the hash, kept out of these floors too): unchanged after its last
    # item-block change (3252df4), P 0.984 / R 0.967 (1,124 of 1,162 positives, 18 false). The floor is not raised.
    # Eighty-second round (fresh85.csv split by the hash, kept out of these floors too): unchanged after its last
    # item-block change (b4231f9), P 0.984 / R 0.967 (1,124 of 1,162 positives, 18 false). The floor is not raised.
    # Eighty-third round (fresh86.csv split by the hash, kept out of these floors too): unchanged after its last
    # item-block change (a6e8431), P 0.984 / R 0.967 (1,124 of 1,162 positives, 18 false). The floor is not raised.
    # Eighty-fourth round (fresh87.csv split by the hash, kept out of these floors too): unchanged after its last
    # item-block change (90aa6ad), P 0.984 / R 0.967 (1,124 of 1,162 positives, 18 false). The floor is not raised.
    # Eighty-fifth round (fresh88.csv split by the hash, kept out of these floors too): unchanged after its last
    # item-block change (64929e0), P 0.984 / R 0.967 (1,124 of 1,162 positives, 18 false). The floor is not raised.
    # Eighty-sixth round (fresh89.csv split by the hash, kept out of these floors too): unchanged after its last
    # item-block change (076f745), P 0.984 / R 0.967 (1,124 of 1,162 positives, 18 false). The floor is not raised.
    # Eighty-seventh round (fresh90.csv split by the hash, kept out of these floors too): unchanged after its last
    # item-block change (8a358f9), P 0.984 / R 0.967 (1,124 of 1,162 positives, 18 false). The floor is not raised.
    # Eighty-eighth round (fresh91.csv split by the hash, kept out of these floors too): unchanged after its last
    # item-block change (355a141), P 0.984 / R 0.967 (1,124 of 1,162 positives, 18 false). The floor is not raised.
    # Eighty-ninth round (fresh92.csv split by the hash, kept out of these floors too): unchanged after its last
    # item-block change (7a4d27a), P 0.984 / R 0.967 (1,124 of 1,162 positives, 18 false). The floor is not raised.
    # Ninetieth round (fresh93.csv split by the hash, kept out of these floors too): after its last item-block change
    # (1ec3319), P 0.984 / R 0.968 (1,125 of 1,162 positives, 18 false). The floor is not raised.
    # Ninety-first round (fresh94.csv split by the hash, kept out of these floors too): after its last item-block change
    # (e3776a4), P 0.985 / R 0.968 (1,125 of 1,162 positives, 17 false). The floor is not raised.
    # Ninety-second round (fresh95.csv split by the hash, kept out of these floors too).
    # Ninety-third round (fresh96.csv split by the hash, kept out of these floors too).
    # Ninety-fourth round (fresh97.csv split by the hash, kept out of these floors too).
    before_8 = FILES[:FILES.index("fresh8.csv")]  # labels.csv, fresh.csv and fresh2.csv to fresh7.csv
    held_scores, _ = score(before_8)
    held = totals(held_scores, "held-out")
    assert _at_least(held, 0.976, 0.963), (held.precision, held.recall)
    # Per file, after cdd0452 (at the split in brackets). labels.csv's third: P 0.987 / R 0.969 (313 of
    # 323; 0.975 / 0.957). fresh.csv's third: P 0.975 / R 0.963 (0.975 / 0.939). fresh2's third, blind:
    # P 0.958 / R 0.895 (68 of 76, 3 false; 0.944 / 0.882). fresh3's third, blind: P 0.923 / R 0.800 (36 of
    # 45, 3 false; 0.930 / 0.889): the guide's exclusions of work notices in the shared pairing block cost
    # it four positive labels, not looked into so that the third stays blind. fresh4's third, blind:
    # P 0.963 / R 0.945 (52 of 55, 2 false; 0.919 / 0.618). fresh5's third, blind, at its split in the
    # sixth session: P 0.920 / R 0.899 (357 of 397, 31 false). After c40fd04 (sixth session's last change):
    # labels.csv's third 0.987 / 0.975 (315 of 323), fresh2's 0.958 / 0.908 (69 of 76), fresh5's third
    # 0.934 / 0.919 (365 of 397, 26 false); the others unchanged.
    # At the seventh session's split: fresh6's third 0.925 / 0.876, fresh7's third 0.969 / 0.778. After
    # bc91526 (the seventh session's last item-block change): labels.csv's third 0.988 / 0.978 (316 of
    # 323), fresh.csv's 0.976 / 0.988, fresh2's 0.958 / 0.908, fresh3's 0.925 / 0.822, fresh4's 0.964 /
    # 0.964, fresh5's 0.953 / 0.929 (369 of 397, 18 false), fresh6's 0.926 / 0.885 (100 of 113, 8 false),
    # fresh7's 0.975 / 0.951 (77 of 81); fresh8's third (blind) 0.887 / 0.910 (71 of 78, 9 false; 0.886 /
    # 0.897 at the split) and fresh8b's third (blind) 1.000 / 0.939 (46 of 49; 0.970 / 0.653 at the split).
    # Eighth session: fresh9.csv split by the same hash; its third (blind) at the split, before any change
    # of the round: 0.967 / 0.781 (223 labels). After the eighth session's last change (3775a96): fresh9's
    # third 0.969 / 0.833 (95 of 114, 3 false), fresh5's 0.954 / 0.940 (373 of 397, 18 false), fresh7's
    # 0.975 / 0.963 (78 of 81); the others unchanged.
    # Ninth session: fresh10.csv split by the same hash; its third (blind) at the split, before any change
    # of the round: 0.945 / 0.825 (132 labels; 52 of 63 positives, 3 false). fresh11.csv (collected blind
    # during the ninth session) split by the same hash when the lead added it; its third (blind) at the
    # split, with the round's first item-block change 8880f6c: 0.921 / 0.886 (161 labels; 93 of 105, 8 false;
    # the same at 3e15206). After the ninth session's last item-block change (ef6e7a6): labels.csv's third
    # 0.991 / 0.981, fresh2's 0.958 / 0.920, fresh3's 0.927 / 0.927, fresh4's 0.964 / 0.982, fresh5's 0.954 /
    # 0.945, fresh6's 0.927 / 0.903, fresh7's 0.975 / 0.975, fresh8's 0.889 / 0.923, fresh9's 0.970 / 0.842,
    # fresh10's 0.948 / 0.873 (55 of 63, 3 false), fresh11's 0.925 / 0.933 (98 of 105, 8 false); fresh.csv's and
    # fresh8b's unchanged.
    # Tenth session: fresh12.csv split by the same hash; its third (blind) at the split, before any change
    # of the round: 0.948 / 0.910 (181 labels; 91 of 100 positives, 5 false). After the tenth session's last
    # item-block change (10666e3): fresh2's third 0.959 / 0.933, fresh11's 0.933 / 0.933, fresh12's 0.948 / 0.920
    # (92 of 100, 5 false); the others unchanged.
    # Eleventh session: fresh13.csv split by the same hash; its third (blind) at the split, before any change
    # of the round: 0.976 / 0.759 (70 labels; 41 of 54 positives, 1 false). fresh14.csv (collected blind during
    # the eleventh session) split by the same hash when the lead added it; its third (blind) at the split, with
    # three of the round's item-block changes (eef084a, e04de54, e900c6a): 0.908 / 0.919 (141 labels; 79 of 86
    # positives, 8 false; first given as 0.910 / 0.942, measured with later item blocks, see the README). After the eleventh session's last item-block change (03527b7): fresh5's third 0.959 /
    # 0.947, fresh6's 0.930 / 0.938, fresh8's 0.894 / 0.974, fresh10's 0.949 / 0.889, fresh12's 0.951 / 0.970,
    # fresh13's 0.978 / 0.815 (44 of 54, 1 false), fresh14's 0.910 / 0.942 (81 of 86, 8 false); the others
    # unchanged. After the lead's label corrections of the eleventh session (blind audit, no recogniser changed):
    # labels.csv's third 0.994 / 0.981, fresh.csv's 0.916 / 0.987 (76 of 77, 7 false: the five rows of
    # 《河北省语言文字工作委员会2022年工作要点》解读 are now negative partners, and still recognised).
    # Twelfth session: fresh15.csv (collected blind during the round) split by the same hash when the lead added
    # it; its third (blind) at the split, with the round's first item-block change 4da8e7b: 0.937 / 0.902 (225
    # labels; 74 of 82 positives, 5 false; the same with the blocks before the round). After the twelfth session's
    # last item-block change (d93cd98): fresh.csv's third 0.974 / 0.987 (76 of 77, 2 false: the interpretation of a
    # 工作要点 is no longer recognised), fresh11's 0.934 / 0.943 (99 of 105, 7 false), fresh15's 0.939 / 0.939 (77
    # of 82, 5 false); the others unchanged.
    # Thirteenth session: fresh16.csv (scored once as the twelfth round's fresh part) split by the same hash; its
    # third (blind) at the split, before any change of the round: 1.000 / 0.882 (102 labels; 45 of 51 positives,
    # no false). After the thirteenth session's last item-block change (a0fc872): fresh7's third 0.988 / 0.975 (79 of 81,
    # 1 false), fresh9's 0.970 / 0.851 (97 of 114, 3 false), fresh10's 0.966 / 0.889 (56 of 63, 2 false), fresh16's
    # 1.000 / 0.961 (49 of 51, no false); the others unchanged.
    # Fourteenth session: fresh17.csv (scored once as the thirteenth round's fresh part) split by the same hash; its
    # third (blind) at the split, before any change of the round: 0.938 / 0.950 (147 labels; 76 of 80 positives,
    # 5 false). After the fourteenth session's last item-block change (58eeec9): fresh5's third 0.959 / 0.950 (377 of
    # 397, 16 false), fresh6's 0.930 / 0.947 (107 of 113, 8 false), fresh10's 0.967 / 0.921 (58 of 63, 2 false),
    # fresh14's 0.911 / 0.953 (82 of 86, 8 false); fresh17's 0.938 / 0.950 and the others unchanged.
    # Fifteenth session: fresh18.csv (scored once as the fourteenth round's fresh part) split by the same hash; its
    # third (blind) at the split, before any change of the round: 0.939 / 0.939 (209 labels; 77 of 82 positives,
    # 5 false). After the fifteenth session's last item-block change (96bee3e): fresh18's third 0.940 / 0.951 (78 of
    # 82, 5 false); the others unchanged.
    # Sixteenth session: fresh19.csv (scored once as the fifteenth round's fresh part) split by the same hash; its
    # third (blind) at the split, at main's item blocks before any change of the round: 1.000 / 0.943 (196 labels;
    # 82 of 87 positives, no false). After the sixteenth session's last item-block change (c1d3cde): fresh5's third
    # 0.969 / 0.950 (377 of 397, 12 false), fresh6's 0.964 / 0.947 (107 of 113, 4 false), fresh9's 0.980 / 0.851 (97 of
    # 114, 2 false), fresh11's 0.935 / 0.952 (100 of 105, 7 false), fresh17's 0.987 / 0.950 (76 of 80, 1 false); fresh19's
    # 1.000 / 0.943 and the others unchanged.
    # Seventeenth session: fresh20.csv (scored once as the sixteenth round's fresh part) split by the same hash; its
    # third (blind) at the split, at main's item blocks (c1d3cde) before any change of the round: 0.950 / 0.987 (125
    # labels; 76 of 77 positives, 4 false). After the seventeenth session's last item-block change (0ac0fcf): fresh.csv's
    # third 0.975 / 1.000 (77 of 77, 2 false), fresh6's 0.973 / 0.947 (107 of 113, 3 false), fresh8's 0.939 / 0.987 (77
    # of 78, 5 false), fresh9's 0.980 / 0.860 (98 of 114, 2 false), fresh12's 0.952 / 0.990 (99 of 100, 5 false),
    # fresh13's 0.978 / 0.833 (45 of 54, 1 false), fresh16's 1.000 / 0.980 (50 of 51), fresh17's 0.987 / 0.975 (78 of
    # 80, 1 false), fresh18's 0.941 / 0.976 (80 of 82, 5 false), fresh20's 0.962 / 0.987 (76 of 77, 3 false); the others
    # unchanged.
    # Eighteenth session: fresh21.csv (scored once as the seventeenth round's fresh part) split by the same hash; its
    # third (blind) at the split, at main's item blocks (0ac0fcf, b46bf54 matching the same) before any change of the
    # round: 0.981 / 0.962 (167 labels; 102 of 106 positives, 2 false). After the eighteenth session's last item-block
    # change (a534e1d): every third unchanged.
    # Nineteenth session: fresh22.csv (scored once as the eighteenth round's fresh part) split by the same hash; its
    # third (blind) at the split, at main's item blocks (a534e1d) before any change of the round: 0.988 / 0.988 (108
    # labels; 80 of 81 positives, 1 false). After the nineteenth session's last item-block change (845746a): fresh18's
    # third 0.942 / 0.988 (81 of 82, 5 false); fresh22's 0.988 / 0.988 and the others unchanged.
    # Twentieth session: fresh23.csv (scored once as the nineteenth round's fresh part) split by the same hash; its
    # third (blind) at the split, at main's item blocks (845746a) before any change of the round: 0.808 / 0.913 (250
    # labels; 84 of 92 positives, 20 false). After the twentieth session's last item-block change (9bf6c9d): fresh4's
    # third 0.982 / 0.982 (54 of 55, 1 false), fresh17's 1.000 / 0.975 (78 of 80, no false), fresh23's 0.827 / 0.935
    # (86 of 92, 18 false); the others unchanged.
    # Twenty-first session: fresh24.csv (scored once as the twentieth round's fresh part) split by the same hash; its
    # third (blind) at the split, at main's item blocks (9bf6c9d) before any change of the round: 0.807 / 0.971 (169
    # labels; 67 of 69 positives, 16 false). After the twenty-first session's last item-block change (94a4e71): every
    # third unchanged.
    # Twenty-second session: fresh25.csv (scored once as the twenty-first round's fresh part) split by the same hash; its
    # third (blind) at the split, at main's item blocks (94a4e71) before any change of the round: 0.848 / 0.940 (191
    # labels; 78 of 83 positives, 14 false). After the twenty-second session's last item-block change (d41c555): every
    # third unchanged.
    # Twenty-third session: fresh26.csv (scored once as the twenty-second round's fresh part) split by the same hash; its
    # third (blind) at the split, at main's item blocks (d41c555, fd05a7d matching the same) before any change of the
    # round: 0.847 / 0.935 (177 labels; 72 of 77 positives, 13 false). After the twenty-third session's last item-block
    # change (170a187): fresh23's third 0.860 / 0.935 (86 of 92, 14 false), fresh25's 0.849 / 0.952 (79 of 83, 14
    # false), fresh26's 0.889 / 0.935 (72 of 77, 9 false); the others unchanged.
    # Twenty-fourth round (twenty-third session): fresh27.csv (scored once as the twenty-third round's fresh part) split
    # by the same hash; its third (blind) at the split, at main's item blocks (170a187) before any change of the round:
    # 1.000 / 0.922 (159 labels; 59 of 64 positives, none false). After the twenty-fourth round's last item-block change
    # (f4e48df): fresh5's third 0.979 / 0.950 (377 of 397, 8 false; 12 before), fresh21's 0.981 / 0.972 (103 of 106, 2
    # false), fresh25's 0.851 / 0.964 (80 of 83, 14 false), fresh27's 1.000 / 0.922 (unchanged); the others unchanged.
    # Twenty-fifth round (twenty-third session): fresh28.csv (scored once as the twenty-fourth round's fresh part) split
    # by the same hash; its third (blind) at the split, at main's item blocks (f4e48df) before any change of the round:
    # 0.969 / 0.861 (162 labels; 62 of 72 positives, 2 false). After the twenty-fifth round's last item-block change
    # (2e9fc4e): every file's third unchanged (fresh28's 0.969 / 0.861; its tuned two thirds 1.000 / 0.952 against
    # 0.921 / 0.936 at the split).
    # Twenty-sixth round (twenty-third session): fresh29.csv (scored once as the twenty-fifth round's fresh part) split
    # by the same hash; its third (blind) at the split, at main's item blocks (2e9fc4e) before any change of the round:
    # 1.000 / 1.000 (122 labels; 50 of 50 positives, none false). After the twenty-sixth round's last item-block change
    # (3113410): fresh23's third 0.861 / 0.946 (87 of 92, 14 false; 0.860 / 0.935 before), fresh29's 1.000 / 1.000
    # (unchanged; its tuned two thirds 1.000 / 0.992 against 0.894 / 0.967 at the split); the others unchanged.
    # Twenty-seventh round (twenty-third session): fresh30.csv (scored once as the twenty-sixth round's fresh part) split
    # by the same hash; its third (blind) at the split, at main's item blocks (3113410) before any change of the round:
    # 0.952 / 0.868 (150 labels; 59 of 68 positives, 3 false). After the twenty-seventh round's last item-block change
    # (c51104c): fresh30's third 0.983 / 0.868 (59 of 68, 1 false; its tuned two thirds 0.964 / 1.000 against
    # 0.904 / 0.963 at the split); the others unchanged.
    # Twenty-eighth round (twenty-fourth session): fresh31.csv (scored once as the twenty-seventh round's fresh part)
    # split by the same hash; its third (blind) at the split, at main's item blocks (f77adec, no item-block change
    # since c51104c) before any change of the round: 0.893 / 0.957 (154 labels; 67 of 70 positives, 8 false). After the
    # twenty-eighth round's last item-block change (bcf2558): every file's third unchanged (fresh31's 0.893 / 0.957;
    # its tuned two thirds 1.000 / 0.975 against 0.905 / 0.934 at the split).
    # Twenty-ninth round (twenty-fourth session): fresh32.csv (scored once as the twenty-eighth round's fresh part)
    # split by the same hash; its third (blind) at the split, at main's item blocks (bcf2558) before any change of
    # the round: 0.953 / 0.872 (127 labels; 41 of 47 positives, 2 false). After the twenty-ninth round's last
    # item-block change (6c32698): every file's third unchanged (fresh32's 0.953 / 0.872; its tuned two thirds
    # 1.000 / 1.000 against 0.945 / 0.939 at the split).
    # Thirtieth round (twenty-fourth session): fresh33.csv (scored once as the twenty-ninth round's fresh part)
    # split by the same hash; its third (blind) at the split, at main's item blocks (6c32698) before any change of
    # the round: 0.795 / 0.912 (127 labels; 31 of 34 positives, 8 false). After the thirtieth round's last item-block
    # change (01788d9): fresh23's third 0.867 / 0.989 (91 of 92, 14 false; 0.861 / 0.946 before), fresh33's 0.838 /
    # 0.912 (31 of 34, 6 false; its tuned two thirds 0.968 / 0.978 against 0.910 / 0.880 at the split); the others
    # unchanged.
    # Thirty-first round (twenty-fourth session): fresh34.csv (scored once as the thirtieth round's fresh part)
    # split by the same hash; its third (blind) at the split, at main's item blocks (01788d9) before any change of
    # the round: 0.920 / 0.945 (153 labels; 69 of 73 positives, 6 false). After the thirty-first round's last
    # item-block change (8a1f20a): fresh11's third 0.943 / 0.952 (100 of 105, 6 false; 0.935 / 0.952 before),
    # fresh14's 0.953 / 0.953 (82 of 86, 4 false; 0.911 / 0.953 before), fresh34's 0.920 / 0.945 (unchanged; its
    # tuned two thirds 0.991 / 0.991 against 0.861 / 0.908 at the split); the others unchanged.
    # Thirty-second round (twenty-fourth session): fresh35.csv (scored once as the thirty-first round's fresh part)
    # split by the same hash; its third (blind) at the split, at main's item blocks (8a1f20a) before any change of
    # the round: 0.974 / 0.902 (221 labels; 74 of 82 positives, 2 false). After the thirty-second round's last
    # item-block change (d00f2fa): fresh34's third 0.921 / 0.959 (70 of 73, 6 false; 0.920 / 0.945 before), fresh35's
    # 0.974 / 0.902 (unchanged; its tuned two thirds 0.977 / 0.977 against 0.931 / 0.942 at the split); the others
    # unchanged.
    # Thirty-third round (twenty-fourth session): fresh36.csv (scored once as the thirty-second round's fresh part)
    # split by the same hash; its third (blind) at the split, at main's item blocks (d00f2fa) before any change of
    # the round: 0.987 / 0.974 (185 labels; 75 of 77 positives, 1 false). After the thirty-third round's last
    # item-block change (7546fe6): fresh32's third 0.976 / 0.872 (41 of 47, 1 false; 0.953 / 0.872 before), fresh36's
    # 0.987 / 0.974 (unchanged; its tuned two thirds 1.000 / 0.991 against 0.934 / 0.974 at the split); the others
    # unchanged.
    # Thirty-fourth round (twenty-fourth session): fresh37.csv (scored once as the thirty-third round's fresh part)
    # split by the same hash; its third (blind) at the split, at main's item blocks (7546fe6) before any change of
    # the round: 1.000 / 1.000 (117 labels; 34 of 34 positives, 0 false). After the thirty-fourth round's last
    # item-block change (2cdd416): every file's third unchanged (fresh37's 1.000 / 1.000; its tuned two thirds
    # 1.000 / 0.975 against 0.962 / 0.949 at the split).
    # Thirty-fifth round (twenty-fourth session): fresh38.csv (scored once as the thirty-fourth round's fresh part)
    # split by the same hash; its third (blind) at the split, at main's item blocks (2cdd416) before any change of
    # the round: 0.958 / 0.920 (176 labels; 69 of 75 positives, 3 false). After the thirty-fifth round's last
    # item-block change (0f649a2): every file's third unchanged (fresh38's 0.958 / 0.920; its tuned two thirds
    # 0.975 / 0.975 against 0.946 / 0.898 at the split).
    # Thirty-sixth round (twenty-fifth session): fresh39.csv (scored once as the thirty-fifth round's fresh part)
    # split by the same hash; its third (blind) at the split, at main's item blocks (2705575) before any change of
    # the round: 0.879 / 0.853 (121 labels; 29 of 34 positives, 4 false). After the thirty-sixth round's last
    # item-block change (b5a9d3a): fresh38's third 0.959 / 0.933 (70 of 75, 3 false; 0.958 / 0.920 before), fresh39's
    # 0.879 / 0.853 (unchanged; its tuned two thirds 1.000 / 0.974 against 0.883 / 0.906 at the split); the others
    # unchanged.
    # Thirty-seventh round (twenty-fifth session): fresh40.csv (scored once as the thirty-sixth round's fresh part)
    # split by the same hash; its third (blind) at the split, at main's item blocks (e95d25b) before any change of
    # the round: 0.935 / 0.744 (144 labels; 29 of 39 positives, 2 false). After the thirty-seventh round's last
    # item-block change (9e34afe): fresh28's third 0.969 / 0.875 (63 of 72, 2 false; 0.969 / 0.861 before), fresh40's
    # 0.935 / 0.744 (unchanged; its tuned two thirds 0.989 / 0.979 against 0.851 / 0.896 at the split); the others
    # unchanged.
    # Thirty-eighth round (twenty-fifth session): fresh41.csv (scored once as the thirty-seventh round's fresh part)
    # split by the same hash; its third (blind) at the split, at main's item blocks (6e194cf) before any change of
    # the round: 0.909 / 0.769 (169 labels; 30 of 39 positives, 3 false). After the thirty-eighth round's last
    # item-block change (8c71e8d): fresh9's third 0.980 / 0.877 (100 of 114, 2 false; 0.980 / 0.860 before), fresh41's
    # 0.909 / 0.769 (unchanged; its tuned two thirds 0.991 / 0.967 against 0.887 / 0.850 at the split); the others
    # unchanged.
    # Thirty-ninth round (twenty-fifth session): fresh42.csv (scored once as the thirty-eighth round's fresh part)
    # split by the same hash; its third (blind) at the split, at main's item blocks (5d5a9c3) before any change of
    # the round: 0.900 / 0.714 (172 labels; 45 of 63 positives, 5 false). After the thirty-ninth round's last
    # item-block change (4720c1c): fresh39's third 0.882 / 0.882 (30 of 34, 4 false; 0.879 / 0.853 before), fresh42's
    # 0.918 / 0.889 (56 of 63, 5 false; its tuned two thirds 0.971 / 0.958 against 0.947 / 0.761 at the split); the
    # others unchanged. No floor is raised.
    # Fortieth round (twenty-fifth session): fresh43.csv (scored once as the thirty-ninth round's fresh part)
    # split by the same hash; its third (blind) at the split, at main's item blocks (249dddd) before any change of
    # the round: 0.714 / 0.893 (153 labels; 25 of 28 positives, 10 false). After the fortieth round's last
    # item-block change (a24acbf): fresh15's third 0.940 / 0.951 (78 of 82, 5 false; 0.939 / 0.939 before), fresh43's
    # 0.735 / 0.893 (25 of 28, 9 false; its tuned two thirds 1.000 / 0.967 against 0.945 / 0.867 at the split); the
    # others unchanged. No floor is raised.
    # Forty-first round (twenty-fifth session): fresh44.csv (scored once as the fortieth round's fresh part)
    # split by the same hash; its third (blind) at the split, at main's item blocks (2113f1a) before any change of
    # the round: 0.976 / 0.870 (125 labels; 40 of 46 positives, 1 false). After the forty-first round's last
    # item-block change (71928b0): every third unchanged (fresh44's tuned two thirds 0.935 / 0.835 against
    # 0.860 / 0.835 at the split). No floor is raised.
    # Forty-second round (twenty-sixth session): fresh45.csv (scored once as the forty-first round's fresh part)
    # split by the same hash; its third (blind) at the split, at main's item blocks (260699a) before any change of
    # the round: 0.971 / 0.791 (120 labels; 34 of 43 positives, 1 false). After the forty-second round's last
    # item-block change (bb58bad): fresh44's third 0.976 / 0.891 (41 of 46, 1 false; 0.976 / 0.870 before), fresh45's
    # unchanged (its tuned two thirds 0.989 / 1.000 against 0.957 / 0.957 at the split); the others unchanged. No
    # floor is raised.
    # Twenty-sixth session: five second spellings of titles already in the corpus removed (31 label rows; see the
    # new-titles test); one was in fresh30's third, a matched positive, so its third reads 0.982 / 0.857 (54 of 63
    # positives, 1 false) and its recall floor follows the removed row from 0.868 to 0.857.
    # Forty-third round (twenty-sixth session): fresh46.csv (scored once as the forty-second round's fresh part)
    # split by the same hash; its third (blind) at the split, at main's item blocks (e79f527) before any change of
    # the round: 0.919 / 0.810 (187 labels; 34 of 42 positives, 3 false). After the forty-third round's last
    # recogniser change (b1ec195): fresh28's third 0.970 / 0.889 (64 of 72, 2 false; 0.969 / 0.875 before), fresh44's
    # 0.977 / 0.913 (42 of 46, 1 false; 0.976 / 0.891), fresh46's 0.925 / 0.881 (37 of 42, 3 false; its tuned two
    # thirds 1.000 / 0.900 against 0.976 / 0.800 at the split); the others unchanged. No floor is raised.
    # Forty-fourth round (twenty-sixth session): fresh47.csv (scored once as the forty-third round's fresh part)
    # split by the same hash; its third (blind) at the split, at main's item blocks (2d89abc) before any change of
    # the round: 1.000 / 0.871 (153 labels; 27 of 31 positives, 0 false). After the forty-fourth round's last
    # recogniser change (7d61424): fresh46's third 0.927 / 0.905 (38 of 42, 3 false; 0.925 / 0.881 before), fresh47's
    # unchanged 1.000 / 0.871 (its tuned two thirds 1.000 / 0.982 against 1.000 / 0.929 at the split); the others
    # unchanged. No floor is raised.
    # Forty-fifth round (twenty-sixth session): fresh48.csv (scored once as the forty-fourth round's fresh part)
    # split by the same hash; its third (blind) at the split, at main's item blocks (38403e3) before any change of
    # the round: 0.760 / 0.792 (145 labels; 19 of 24 positives, 6 false). After the forty-fifth round's last
    # recogniser change (3531598): fresh48's third unchanged 0.760 / 0.792 (its tuned two thirds 1.000 / 0.923 against
    # 0.914 / 0.821 at the split); the others unchanged. No floor is raised.
    # Forty-sixth round (twenty-sixth session): fresh49.csv (scored once as the forty-fifth round's fresh part)
    # split by the same hash; its third (blind) at the split, at main's item blocks (ce09de0) before any change of
    # the round: 0.821 / 0.767 (140 labels; 23 of 30 positives, 5 false). After the forty-sixth round's last
    # recogniser change (0a04c57): fresh5's third 0.990 / 0.950 (377 of 397, 4 false; 0.979 / 0.950 before), fresh49's
    # unchanged 0.821 / 0.767 (its tuned two thirds 1.000 / 0.982 against 0.900 / 0.818 at the split); the others
    # unchanged. No floor is raised.
    # Forty-seventh round (twenty-sixth session): fresh50.csv (scored once as the forty-sixth round's fresh part)
    # split by the same hash; its third (blind) at the split, at main's item blocks (b25e2fc) before any change of
    # the round: 0.840 / 0.955 (144 labels; 21 of 22 positives, 4 false). After the forty-seventh round's last
    # recogniser change (94cb80e): fresh48's third 0.778 / 0.875 (21 of 24, 6 false; 0.760 / 0.792 before), fresh50's
    # unchanged 0.840 / 0.955 (its tuned two thirds 0.895 / 0.895 against 0.860 / 0.754 at the split); the others
    # unchanged. No floor is raised.
    # Forty-eighth round (twenty-seventh session): fresh51.csv (scored once as the forty-seventh round's fresh part)
    # split by the same hash; its third (blind) at the split, at main's item blocks (0aa5bef) before any change of
    # the round: 0.844 / 0.900 (103 labels; 27 of 30 positives, 5 false). After the forty-eighth round's last
    # recogniser change (ad2f161): fresh51's third unchanged 0.844 / 0.900 (its tuned two thirds 0.967 / 0.922 against
    # 0.851 / 0.891 at the split); the others unchanged. No floor is raised.
    # Forty-ninth round (twenty-seventh session): fresh52.csv (scored once as the forty-eighth round's fresh part)
    # split by the same hash; its third (blind) at the split, at main's item blocks (deed04a) before any change of
    # the round: 0.966 / 0.824 (104 labels; 28 of 34 positives, 1 false). After the forty-ninth round's last
    # recogniser change (d63e98a): fresh52's third unchanged 0.966 / 0.824 (its tuned two thirds 1.000 / 0.980 against
    # 0.925 / 0.961 at the split); the others unchanged. No floor is raised.
    # Fiftieth round (twenty-seventh session): fresh53.csv (scored once as the forty-ninth round's fresh part)
    # split by the same hash; its third (blind) at the split, at main's item blocks (9757ded) before any change of
    # the round: 1.000 / 0.556 (102 labels; 10 of 18 positives, 0 false). After the fiftieth round's last
    # recogniser change (5ecb19a): fresh53's third unchanged 1.000 / 0.556 (its tuned two thirds 0.917 / 1.000 against
    # 0.909 / 0.909 at the split); the others unchanged. No floor is raised.
    # Fifty-first round (twenty-seventh session): fresh54.csv (scored once as the fiftieth round's fresh part)
    # split by the same hash; its third (blind) at the split, at main's item blocks (449af70) before any change of
    # the round: 0.960 / 0.889 (128 labels; 24 of 27 positives, 1 false). After the fifty-first round's last
    # recogniser change (3b9bbb2): fresh54's third unchanged 0.960 / 0.889 (its tuned two thirds 1.000 / 1.000 against
    # 0.842 / 0.906 at the split); the others unchanged. No floor is raised.
    # Fifty-second round (twenty-seventh session): fresh55.csv (scored once as the fifty-first round's fresh part)
    # split by the same hash; its third (blind) at the split, at main's item blocks (15d4496) before any change of
    # the round: 1.000 / 0.898 (133 labels; 44 of 49 positives, 0 false). After the fifty-second round's last
    # recogniser change (7a596f6): fresh55's third unchanged 1.000 / 0.898 (its tuned two thirds 1.000 / 1.000 against
    # 0.974 / 0.864 at the split); fresh6's third 0.982 / 0.947 (107 of 113, 2 false; 0.973 / 0.947 before) and
    # fresh46's 0.950 / 0.905 (38 of 42, 2 false; 0.927 / 0.905 before), one Qingyunpu T1.17 false match fewer each
    # (c41dfe4); the others unchanged. No floor is raised.
    # Fifty-third round (twenty-seventh session): fresh56.csv (scored once as the fifty-second round's fresh part)
    # split by the same hash; its third (blind) at the split, at main's item blocks (b94fa81) before any change of
    # the round: 0.800 / 0.952 (98 labels; 20 of 21 positives, 5 false). After the fifty-third round's last
    # recogniser change (284dd0f): fresh56's third unchanged 0.800 / 0.952 (its tuned two thirds 1.000 / 1.000 against
    # 1.000 / 0.962 at the split); fresh55's third 1.000 / 0.918 (45 of 49, 0 false; 1.000 / 0.898 before), one
    # Shanghai T2.7 label gained (284dd0f); the others unchanged. No floor is raised.
    # Fifty-fourth round (twenty-eighth session): fresh57.csv (scored once as the fifty-third round's fresh part)
    # split by the same hash; its third (blind) at the split, at main's item blocks (ecc60af) before any change of
    # the round: 0.852 / 0.793 (135 labels; 23 of 29 positives, 4 false). After the fifty-fourth round's last
    # recogniser change (ca917dc): fresh57's third unchanged 0.852 / 0.793 (its tuned two thirds 0.945 / 0.981, 52 of
    # 53, 3 false, against 0.870 / 0.887 at the split); fresh5's third 0.990 / 0.952 (378 of 397, 4 false; 0.990 /
    # 0.950 before; 2605d7f), fresh51's 0.871 / 0.900 (27 of 30, 4 false; 0.844 / 0.900 before) and fresh54's 1.000 /
    # 0.889 (24 of 27, 0 false; 0.960 / 0.889 before), one Qingyunpu T1.4 false match fewer each (c4e699f); the
    # others unchanged. No floor is raised.
    # Fifty-fifth round (twenty-eighth session): fresh58.csv (scored once as the fifty-fourth round's fresh part)
    # split by the same hash; its third (blind) at the split, at main's item blocks (fd1807b) before any change of
    # the round: 0.974 / 0.949 (121 labels; 37 of 39 positives, 1 false). After the fifty-fifth round's last
    # recogniser change (9532e0c): fresh58's third unchanged 0.974 / 0.949 (its tuned two thirds 1.000 / 1.000, 77 of
    # 77, 0 false, against 0.975 / 1.000 at the split); fresh34's third 0.933 / 0.959 (70 of 73, 5 false; 0.921 /
    # 0.959 before), one Qingyunpu T1.16 false match fewer (3836ba4); the others unchanged. No floor is raised.
    # Fifty-sixth round (twenty-eighth session): fresh59.csv (scored once as the fifty-fifth round's fresh part)
    # split by the same hash; its third (blind) at the split, at main's item blocks (cb36087) before any change of
    # the round: 0.750 / 0.909 (145 labels; 30 of 33 positives, 10 false). After the fifty-sixth round's last
    # recogniser change (07867d3): fresh59's third unchanged 0.750 / 0.909 (its tuned two thirds 0.989 / 0.979, 94 of
    # 96, 1 false, against 0.989 / 0.948 at the split); fresh42's third 0.919 / 0.905 (57 of 63, 5 false; 0.918 /
    # 0.889 before) and fresh51's 0.879 / 0.967 (29 of 30, 4 false; 0.871 / 0.900 before), Qingyunpu T1.4 labels
    # gained (e53137a, 销售许可); the others unchanged. No floor is raised.
    # Fifty-seventh round (twenty-eighth session): fresh60.csv (scored once as the fifty-sixth round's fresh part)
    # split by the same hash; its third (blind) at the split, at main's item blocks (5eda915) before any change of
    # the round: 0.756 / 0.816 (145 labels; 31 of 38 positives, 10 false). After the fifty-seventh round's last
    # recogniser change (216c25e): fresh60's third unchanged 0.756 / 0.816 (its tuned two thirds 0.902 / 1.000, 83 of
    # 83, 9 false, against 0.848 / 0.940 at the split); the others unchanged. No floor is raised.
    # Fifty-eighth round (twenty-eighth session): fresh61.csv (scored once as the fifty-seventh round's fresh part)
    # split by the same hash; its third (blind) at the split, at main's item blocks (9b26cff) before any change of
    # the round: 0.985 / 0.882 (169 labels; 67 of 76 positives, 1 false). After the fifty-eighth round's last
    # recogniser change (499c24a): fresh61's third unchanged 0.985 / 0.882 (its tuned two thirds 1.000 / 0.970, 65 of
    # 67, 0 false, against 0.967 / 0.866 at the split); fresh32's third 0.977 / 0.894 (42 of 47, 1 false; 0.976 /
    # 0.872 before) and fresh36's 1.000 / 0.974 (75 of 77, 0 false; 0.987 / 0.974 before), Qingyunpu T1.17 and T1.16
    # held-out cells moved (饮用水…水质 or 卫…罚, and 样板党支部/党员标兵); the others unchanged. No floor is raised.
    # Fifty-ninth round (twenty-eighth session): fresh62.csv (scored once as the fifty-eighth round's fresh part)
    # split by the same hash; its third (blind) at the split, at main's item blocks (b1fa84b) before any change of
    # the round: 0.970 / 0.914 (112 labels; 32 of 35 positives, 1 false). After the fifty-ninth round's last
    # recogniser change (316da43): fresh62's third unchanged 0.970 / 0.914 (its tuned two thirds 0.991 / 0.981, 105 of
    # 107, 1 false, against 0.876 / 0.860 at the split); the others unchanged. No floor is raised.
    # Sixtieth round (twenty-ninth session): fresh63.csv (scored once as the fifty-ninth round's fresh part)
    # split by the same hash; its third (blind) at the split, at main's item blocks (0c56629) before any change of
    # the round: 0.911 / 1.000 (140 labels; 51 of 51 positives, 5 false). After the sixtieth round's last
    # recogniser change (fee8d70): fresh63's third unchanged 0.911 / 1.000 (its tuned two thirds 1.000 / 1.000, 72 of
    # 72, 0 false, against 0.893 / 0.931 at the split); the others unchanged. No floor is raised.
    # Sixty-first round (twenty-ninth session): fresh64.csv (scored once as the sixtieth round's fresh part)
    # split by the same hash; its third (blind) at the split, at main's item blocks (04c0134) before any change of
    # the round: 0.868 / 0.920 (182 labels; 46 of 50 positives, 7 false). After the sixty-first round's last
    # recogniser change (79ad187): fresh64's third unchanged 0.868 / 0.920 (its tuned two thirds 0.991 / 0.991, 111 of
    # 112, 1 false, against 0.970 / 0.875 at the split); the others unchanged. No floor is raised.
    # Sixty-second round (twenty-ninth session): fresh65.csv (scored once as the sixty-first round's fresh part)
    # split by the same hash; its third (blind) at the split, at main's item blocks (47b0177) before any change of
    # the round: 0.967 / 0.967 (127 labels; 29 of 30 positives, 1 false). After the sixty-second round's last
    # recogniser change (353a534): fresh65's third unchanged 0.967 / 0.967 (its tuned two thirds 0.972 / 0.990, 104 of
    # 105, 3 false, against 0.867 / 0.933 at the split); fresh12's third 0.990 / 0.990 (99 of 100, 1 false), fresh60's
    # 0.838 / 0.816 (31 of 38, 6 false), fresh62's 0.971 / 0.943 (33 of 35, 1 false), fresh63's 0.981 / 1.000 (51 of
    # 51, 1 false), fresh64's 0.870 / 0.940 (47 of 50, 7 false); the others unchanged. No floor is raised.
    # Sixty-third round (twenty-ninth session): fresh66.csv (scored once as the sixty-second round's fresh part)
    # split by the same hash; its third (blind) at the split, at main's item blocks (0799ef6) before any change of
    # the round: 1.000 / 0.942 (158 labels; 49 of 52 positives, 0 false). After the sixty-third round's last
    # recogniser change (161731a): fresh66's third unchanged 1.000 / 0.942 (its tuned two thirds 1.000 / 0.968, 91 of
    # 94, 0 false, against 0.861 / 0.926 at the split); the others unchanged. No floor is raised.
    # Sixty-fourth round (twenty-ninth session): fresh67.csv (scored once as the sixty-third round's fresh part)
    # split by the same hash; its third (blind) at the split, at main's item blocks (315e660) before any change of
    # the round: 0.894 / 0.913 (169 labels; 42 of 46 positives, 5 false). After the sixty-fourth round's last
    # recogniser change (46fa130): fresh67's third 0.896 / 0.935 (43 of 46, 5 false; its tuned two thirds 0.990 /
    # 1.000, 99 of 99, 1 false, against 0.907 / 0.889 at the split); fresh50's 1.000 / 0.955 (21 of 22, 0 false),
    # fresh65's 0.968 / 1.000 (30 of 30, 1 false); the others unchanged. No floor is raised.
    # Sixty-fifth round (twenty-ninth session): fresh68.csv (scored once as the sixty-fourth round's fresh part)
    # split by the same hash; its third (blind) at the split, at main's item blocks (5aeb189) before any change of
    # the round: 1.000 / 0.963 (144 labels; 52 of 54 positives, 0 false). After the sixty-fifth round's last
    # recogniser change (12e7b73): fresh68's third unchanged 1.000 / 0.963 (its tuned two thirds 1.000 / 1.000, 101 of
    # 101, 0 false, against 0.956 / 0.851 at the split); fresh50's 1.000 / 1.000 (22 of 22, 0 false), fresh57's 0.857 /
    # 0.828 (24 of 29, 4 false), fresh60's 0.854 / 0.921 (35 of 38, 6 false), fresh64's 0.875 / 0.980 (49 of 50,
    # 7 false), fresh67's 0.898 / 0.957 (44 of 46, 5 false); the others unchanged. No floor is raised.
    # Sixty-sixth round (twenty-ninth session): fresh69.csv (scored once as the sixty-fifth round's fresh part)
    # split by the same hash; its third (blind) at the split, at main's item blocks (88fd879) before any change of
    # the round: 0.896 / 0.878 (155 labels; 43 of 49 positives, 5 false). After the sixty-sixth round's last
    # recogniser change (9a9b7bf): fresh69's third unchanged 0.896 / 0.878 (its tuned two thirds 1.000 / 1.000, 105 of
    # 105, 0 false, against 0.990 / 0.971 at the split); fresh43's 0.743 / 0.929 (26 of 28, 9 false), fresh57's
    # 0.889 / 0.828 (24 of 29, 3 false), fresh67's 0.900 / 0.978 (45 of 46, 5 false); the others unchanged. No floor
    # is raised.
    # Sixty-seventh round (thirtieth session): fresh70.csv (scored once as the sixty-sixth round's fresh part)
    # split by the same hash; its third (blind) at the split, at main's item blocks (f0afafe) before any change of
    # the round: 0.857 / 0.871 (191 labels; 54 of 62 positives, 9 false). After the sixty-seventh round's last
    # recogniser change (27b3c5e): fresh70's third unchanged 0.857 / 0.871 (its tuned two thirds 1.000 / 0.952, 79 of
    # 83, 0 false, against 0.903 / 0.783 at the split); fresh51's 0.906 / 0.967 (29 of 30, 3 false); the others
    # unchanged. No floor is raised.
    # Sixty-eighth round (thirtieth session): fresh71.csv (scored once as the sixty-seventh round's fresh part)
    # split by the same hash; its third (blind) at the split, at main's item blocks (4dcb32d) before any change of
    # the round: 0.903 / 0.933 (157 labels; 56 of 60 positives, 6 false). After the sixty-eighth round's last
    # recogniser change (b5188ed): fresh71's third unchanged 0.903 / 0.933 (its tuned two thirds 0.990 / 1.000, 95 of
    # 95, 1 false, against 0.988 / 0.863 at the split); fresh38's 0.959 / 0.947 (71 of 75, 3 false); the others
    # unchanged. No floor is raised.
    # Sixty-ninth round (thirtieth session): fresh72.csv (scored once as the sixty-eighth round's fresh part)
    # split by the same hash; its third (blind) at the split, at main's item blocks (7225906) before any change of
    # the round: 0.914 / 0.841 (147 labels; 53 of 63 positives, 5 false). After the sixty-ninth round's last
    # recogniser change (0634013): fresh72's third unchanged 0.914 / 0.841 (its tuned two thirds 0.991 / 1.000, 106
    # of 106, 1 false, against 0.913 / 0.896 at the split); fresh26's 0.935 / 0.935 (72 of 77, 5 false), fresh62's
    # 1.000 / 0.943 (33 of 35, 0 false), fresh63's 1.000 / 1.000 (51 of 51, 0 false); the others unchanged. No
    # floor is raised.
    # Seventieth round (thirtieth session): fresh73.csv (scored once as the sixty-ninth round's fresh part)
    # split by the same hash; its third (blind) at the split, at main's item blocks (2e6b0a5) before any change of
    # the round: 1.000 / 0.911 (167 labels; 51 of 56 positives, 0 false). After the seventieth round's last
    # recogniser change (6fa8029): fresh73's third unchanged 1.000 / 0.911 (its tuned two thirds 1.000 / 1.000, 98 of
    # 98, 0 false, against 0.882 / 0.918 at the split); the others unchanged. No floor is raised.
    # Seventy-first round (thirtieth session): fresh74.csv (scored once as the seventieth round's fresh part)
    # split by the same hash; its third (blind) at the split, at main's item blocks (bf19b86) before any change of
    # the round: 0.880 / 0.898 (168 labels; 44 of 49 positives, 6 false). After the seventy-first round's last
    # recogniser change (9620152): fresh74's third unchanged 0.880 / 0.898 (its tuned two thirds 1.000 / 0.960, 97 of
    # 101, 0 false, after the lead's label corrections a1159b1, against 0.957 / 0.840 at the split); the others
    # unchanged. No floor is raised.
    # Seventy-second round (thirtieth session): fresh75.csv (scored once as the seventy-first round's fresh part)
    # split by the same hash; its third (blind) at the split, at main's item blocks (da77e89) before any change of
    # the round: 0.771 / 0.804 (132 labels; 37 of 46 positives, 11 false). After the seventy-second round's last
    # recogniser change (4b01e55): fresh75's third unchanged 0.771 / 0.804 (its tuned two thirds 1.000 / 1.000, 112 of
    # 112, 0 false, against 0.991 / 0.946 at the split); fresh58's third 0.974 / 0.974 (38 of 39, 1 false; 0.974 /
    # 0.949 before, ad8e4c7's 隐患整改 for Shanghai T1.8) and fresh74's 0.882 / 0.918 (45 of 49, 6 false; 0.880 / 0.898
    # before, 4b01e55's 关于许可 for Qingyunpu T1.4); the others unchanged. No floor is raised.
    # Seventy-third round (thirtieth session): fresh76.csv (scored once as the seventy-second round's fresh part)
    # split by the same hash; its third (blind) at the split, at main's item blocks (9ec50c2) before any change of
    # the round: 0.979 / 0.870 (112 labels; 47 of 54 positives, 1 false). After the seventy-third round's last
    # recogniser change (0147d0f): fresh76's third unchanged 0.979 / 0.870 (its tuned two thirds 1.000 / 0.993, 135 of
    # 136, 0 false, against 1.000 / 0.926 at the split); the others unchanged. No floor is raised.
    # Seventy-fourth round (thirty-first session): fresh77.csv (scored once as the seventy-third round's fresh part)
    # split by the same hash; its third (blind) at the split, at main's item blocks (0d424e2) before any change of
    # the round: 1.000 / 0.935 (121 labels; 43 of 46 positives, 0 false). After the seventy-fourth round's last
    # recogniser change (b8a6176): fresh77's third unchanged 1.000 / 0.935 (its tuned two thirds 1.000 / 0.985, 129 of
    # 131, 0 false, against 0.967 / 0.908 at the split); the others unchanged. No floor is raised.
    # Seventy-fifth round (thirty-first session): fresh78.csv (scored once as the seventy-fourth round's fresh part)
    # split by the same hash; its third (blind) at the split, at main's item blocks (9f3f4d6) before any change of
    # the round: 0.867 / 1.000 (105 labels; 52 of 52 positives, 8 false). After the seventy-fifth round's last
    # recogniser change (836ae28): fresh78's third unchanged 0.867 / 1.000 (its tuned two thirds 0.967 / 0.975, 117 of
    # 120, 4 false, against 0.950 / 0.950 at the split); fresh76's third 0.980 / 0.907 (49 of 54, 1 false; 0.979 /
    # 0.870 before); the others unchanged. No floor is raised.
    # Seventy-sixth round (thirty-first session): fresh79.csv (scored once as the seventy-fifth round's fresh part)
    # split by the same hash; its third (blind) at the split, at main's item blocks (0ef9dd9) before any change of
    # the round: 0.989 / 0.968 (175 labels; 90 of 93 positives, 1 false). After the seventy-sixth round's last
    # recogniser change (c1f9701): fresh79's third unchanged 0.989 / 0.968 (its tuned two thirds 0.965 / 0.965, 109 of
    # 113, 4 false, against 0.896 / 0.912 at the split); the others unchanged. No floor is raised.
    # Seventy-seventh round (thirty-first session): fresh80.csv (scored once as the seventy-sixth round's fresh part)
    # split by the same hash; its third (blind) at the split, at main's item blocks (af69e8d) before any change of
    # the round: 0.982 / 0.982 (128 labels; 54 of 55 positives, 1 false). After the seventy-seventh round's last
    # recogniser change (d4c57a9): fresh80's third unchanged 0.982 / 0.982 (its tuned two thirds 0.991 / 1.000, 113 of
    # 113, 1 false, against 0.926 / 0.991 at the split); the others unchanged. No floor is raised.
    # Seventy-eighth round (thirty-first session): fresh81.csv (scored once as the seventy-seventh round's fresh part)
    # split by the same hash; its third (blind) at the split, at main's item blocks (01f36ef) before any change of
    # the round: 0.980 / 0.907 (118 labels; 49 of 54 positives, 1 false). After the seventy-eighth round's last
    # recogniser change (4edc9f6): fresh81's third unchanged 0.980 / 0.907 (its tuned two thirds 1.000 / 0.971, 101 of
    # 104, 0 false, against 0.967 / 0.846 at the split); labels.csv's third 0.994 / 0.994 (321 of 323, 2 false; was
    # 0.994 / 0.981), fresh27's 1.000 / 0.984 (63 of 64; was 1.000 / 0.922), fresh42's 0.924 / 0.968 (61 of 63, 5 false;
    # was 0.919 / 0.905), fresh72's 0.919 / 0.905 (57 of 63, 5 false; was 0.914 / 0.841), fresh80's 1.000 / 0.982 (54 of
    # 55, 0 false; was 0.982 / 0.982); the others unchanged. No floor is raised.
    # Seventy-ninth round (thirty-first session): fresh82.csv (scored once as the seventy-eighth round's fresh part)
    # split by the same hash; its third (blind) at the split, at main's item blocks (d143570) before any change of
    # the round: 0.926 / 0.984 (151 labels; 63 of 64 positives, 5 false). After the seventy-ninth round's last
    # recogniser change (72f2ab3): fresh82's third unchanged 0.926 / 0.984 (its tuned two thirds 1.000 / 1.000, 75 of
    # 75, 0 false, against 0.873 / 0.920 at the split); fresh43's 0.839 / 0.929 (26 of 28, 5 false; was 0.743 / 0.929);
    # the others unchanged. No floor is raised.
    # Eightieth round (thirty-first session): fresh83.csv (scored once as the seventy-ninth round's fresh part)
    # split by the same hash; its third (blind) at the split, at main's item blocks (94f864c) before any change of
    # the round: 0.938 / 0.978 (131 labels; 45 of 46 positives, 3 false). After the eightieth round's last recogniser
    # change (5dbf371): fresh83's third unchanged 0.938 / 0.978 (its tuned two thirds 0.988 / 1.000, 81 of 81, 1 false,
    # against 0.918 / 0.963 at the split); the others unchanged. No floor is raised.
    # Eighty-first round (thirty-second session): fresh84.csv (scored once as the eightieth round's fresh part)
    # split by the same hash; its third (blind) at the split, at main's item blocks (5dbf371) before any change of
    # the round: 0.913 / 0.933 (137 labels; 42 of 45 positives, 4 false). After the eighty-first round's last
    # recogniser change (3252df4): fresh84's third unchanged 0.913 / 0.933 (its tuned two thirds 1.000 / 1.000, 87 of
    # 87, 0 false, against 0.946 / 1.000 at the split); the others unchanged. No floor is raised.
    # Eighty-second round (thirty-second session): fresh85.csv (scored once as the eighty-first round's fresh part)
    # split by the same hash; its third (blind) at the split, at main's item blocks (3252df4) before any change of
    # the round: 1.000 / 1.000 (82 labels; 36 of 36 positives, 0 false). After the eighty-second round's last
    # recogniser change (b4231f9): fresh85's third unchanged 1.000 / 1.000 (its tuned two thirds 1.000 / 1.000, 95 of
    # 95, 0 false, against 1.000 / 0.968 at the split); fresh21's third 0.981 / 0.981 (104 of 106, 2 false; 0.981 /
    # 0.972 at the split: Qingyunpu T1.6's property registration, 677f87d); the others unchanged. No floor is raised.
    # Eighty-third round (thirty-second session): fresh86.csv (scored once as the eighty-second round's fresh part)
    # split by the same hash; its third (blind) at the split, at main's item blocks (b4231f9) before any change of
    # the round: 0.920 / 0.821 (75 labels; 23 of 28 positives, 2 false). After the eighty-third round's last
    # recogniser change (a6e8431): fresh86's third unchanged 0.920 / 0.821 (its tuned two thirds 1.000 / 1.000, 113 of
    # 113, 0 false, against 0.964 / 0.947 at the split); fresh42's third 0.925 / 0.984 (62 of 63, 5 false; 0.924 /
    # 0.968 at the split: Shanghai T1.10's clean-up of unlawful acts, 2cbd2bd); the others unchanged. No floor is raised.
    # Eighty-fourth round (thirty-second session): fresh87.csv (scored once as the eighty-third round's fresh part)
    # split by the same hash; its third (blind) at the split, at main's item blocks (a6e8431) before any change of
    # the round: 1.000 / 0.937 (137 labels; 59 of 63 positives, 0 false). After the eighty-fourth round's last
    # recogniser change (90aa6ad): fresh87's third unchanged 1.000 / 0.937 (its tuned two thirds 1.000 / 1.000, 91 of
    # 91, 0 false, against 1.000 / 0.989 at the split); fresh35's third 0.974 / 0.915 (75 of 82, 2 false; 0.974 / 0.902
    # at the split), fresh79's third 0.989 / 0.978 (91 of 93, 1 false; 0.989 / 0.968), fresh81's third 0.980 / 0.926
    # (50 of 54, 1 false; 0.980 / 0.907): Qingyunpu T1.10's project result notice, 90aa6ad; the others unchanged. No
    # floor is raised.
    # Eighty-fifth round (thirty-second session): fresh88.csv (scored once as the eighty-fourth round's fresh part)
    # split by the same hash; its third (blind) at the split, at main's item blocks (90aa6ad) before any change of
    # the round: 0.972 / 0.921 (104 labels; 35 of 38 positives, 1 false). After the eighty-fifth round's last
    # recogniser change (64929e0): fresh88's third unchanged 0.972 / 0.921 (its tuned two thirds 0.988 / 0.988, 79 of
    # 80, 1 false, against 0.940 / 0.988 at the split); fresh60's third unchanged too (its tuned two thirds 0.943 /
    # 1.000 against 0.902 / 1.000); the others unchanged. No floor is raised.
    # Eighty-sixth round (thirty-third session): fresh89.csv (scored once as the eighty-fifth round's fresh part)
    # split by the same hash; its third (blind) at the split, at main's item blocks (64929e0) before any change of
    # the round: 0.985 / 0.941 (131 labels; 64 of 68 positives, 1 false). After the eighty-sixth round's last
    # recogniser change (076f745): fresh89's third unchanged 0.985 / 0.941 (its tuned two thirds 1.000 / 1.000, 98 of
    # 98, 0 false, against 1.000 / 0.908 at the split); fresh45's third 0.972 / 0.814 (35 of 43, 1 false; 0.971 / 0.791
    # at the split: Qingyunpu T1.10's tender numbered by round, 076f745), fresh86's third 0.931 / 0.964 (27 of 28, 2
    # false; 0.920 / 0.821: the lead's pairing-primary commits of the round); the others unchanged. No floor is raised.
    # Eighty-seventh round (thirty-third session): fresh90.csv (scored once as the eighty-sixth round's fresh part)
    # split by the same hash; its third (blind) at the split, at main's item blocks (c678273) before any change of
    # the round: 0.959 / 0.922 (144 labels; 47 of 51 positives, 2 false). After the eighty-seventh round's last
    # recogniser change (8a358f9): fresh90's third unchanged 0.959 / 0.922 (its tuned two thirds 1.000 / 1.000, 86 of
    # 86, 0 false, against 0.929 / 0.907 at the split); fresh83's third 0.957 / 0.978 (45 of 46, 2 false; 0.938 / 0.978
    # at the split: Qingyunpu T1.10's treasury money-market tenders excluded, 0162a29), fresh88's third 0.973 / 0.947
    # (36 of 38, 1 false; 0.972 / 0.921: Chengguan T1.7's numbered batch of qualifications granted, 2df5c54); the
    # others unchanged. No floor is raised.
    # Eighty-eighth round (thirty-third session): fresh91.csv (scored once as the eighty-seventh round's fresh part)
    # split by the same hash; its third (blind) at the split, at main's item blocks (8a358f9) before any change of
    # the round: 0.930 / 0.909 (128 labels; 40 of 44 positives, 3 false). After the eighty-eighth round's last
    # recogniser change (355a141): fresh91's third unchanged 0.930 / 0.909 (its tuned two thirds 0.990 / 0.980, 97 of
    # 99, 1 false, against 0.911 / 0.929 at the split); the others unchanged. No floor is raised.
    # Eighty-ninth round (thirty-third session): fresh92.csv (scored once as the eighty-eighth round's fresh part)
    # split by the same hash; its third (blind) at the split, at main's item blocks (355a141) before any change of
    # the round: 0.850 / 0.895 (112 labels; 34 of 38 positives, 6 false). After the eighty-ninth round's last
    # recogniser change (7a4d27a): fresh92's third unchanged 0.850 / 0.895 (its tuned two thirds 0.990 / 0.970, 98 of
    # 101, 1 false, against 0.915 / 0.960 at the split); fresh86's third 1.000 / 0.964 (27 of 28, 0 false; 0.931 / 0.964
    # at the split: Qufu T1.1 and T1.2's rule on managing a list excluded, 5e321c6); the others unchanged. No floor is
    # raised.
    # Ninetieth round (thirty-fourth session): fresh93.csv (scored once as the eighty-ninth round's fresh part)
    # split by the same hash; its third (blind) at the split, at main's item blocks (7a4d27a) before any change of
    # the round: 0.929 / 0.867 (112 labels; 26 of 30 positives, 2 false).
    # After 1ec3319 (the round's last change, four generalisers' 78 commits): fresh93's third 0.963 / 0.867 (26 of 30,
    # 1 false); fresh18's 0.988 / 0.988, fresh47's 1.000 / 0.935, fresh84's 1.000 / 0.933, fresh88's 0.974 / 0.974 and a
    # label each in fresh5, fresh14, fresh36 and fresh59. No floor is raised.
    # Ninety-first round (thirty-fourth session): fresh94.csv (scored once as the ninetieth round's fresh part)
    # split by the same hash; its third (blind) at the split, at main's item blocks (1ec3319) before any change of
    # the round: 1.000 / 0.982 (159 labels; 55 of 56 positives, 0 false).
    # After e3776a4 (the round's last change): fresh94's third 1.000 / 1.000 (56 of 56, 0 false); fresh6's 0.991 / 0.947.
    # No floor is raised.
    # Ninety-second round (thirty-fifth session): fresh95.csv (scored once as the ninety-first round's fresh part)
    # split by the same hash; its third (blind) at the split, at main's item blocks (e3776a4) before any change of
    # the round: 1.000 / 1.000 (139 labels; 40 of 40 positives, 0 false).
    # Ninety-third round (thirty-fifth session): fresh96.csv (scored once as the ninety-second round's fresh part)
    # split by the same hash; its third (blind) at the split, at main's item blocks (4f7d95e) before any change of
    # the round: 1.000 / 0.872 (129 labels; 34 of 39 positives, 0 false).
    # Ninety-fourth round (thirty-fifth session): fresh97.csv (scored once as the ninety-third round's fresh part)
    # split by the same hash; its third (blind) at the split, at main's item blocks (37aa99c) before any change of
    # the round: 0.973 / 0.910 (146 labels; 71 of 78 positives, 2 false).
    per_file = {"labels.csv": (0.994, 0.981), "fresh.csv": (0.975, 1.000), "fresh2.csv": (0.959, 0.933),
                "fresh3.csv": (0.927, 0.927), "fresh4.csv": (0.964, 0.982), "fresh5.csv": (0.969, 0.950),
                "fresh6.csv": (0.973, 0.947), "fresh7.csv": (0.988, 0.975), "fresh8.csv": (0.939, 0.987),
                "fresh8b.csv": (1.000, 0.939), "fresh9.csv": (0.980, 0.860),
                "fresh10.csv": (0.967, 0.921), "fresh11.csv": (0.935, 0.952), "fresh12.csv": (0.952, 0.990),
                "fresh13.csv": (0.978, 0.833), "fresh14.csv": (0.911, 0.953), "fresh15.csv": (0.939, 0.939),
                "fresh16.csv": (1.000, 0.980), "fresh17.csv": (0.987, 0.975),
                "fresh18.csv": (0.941, 0.976), "fresh19.csv": (1.000, 0.943), "fresh20.csv": (0.962, 0.987),
                "fresh21.csv": (0.981, 0.962), "fresh22.csv": (0.988, 0.988),
                "fresh23.csv": (0.808, 0.913), "fresh24.csv": (0.807, 0.971),
                "fresh25.csv": (0.848, 0.940), "fresh26.csv": (0.847, 0.935),
                "fresh27.csv": (1.000, 0.922), "fresh28.csv": (0.969, 0.861),
                "fresh29.csv": (1.000, 1.000),
                "fresh30.csv": (0.952, 0.857), "fresh31.csv": (0.893, 0.957),
                "fresh32.csv": (0.953, 0.872),
                "fresh33.csv": (0.795, 0.912),
                "fresh34.csv": (0.920, 0.945),
                "fresh35.csv": (0.974, 0.902),
                "fresh36.csv": (0.987, 0.974),
                "fresh37.csv": (1.000, 1.000),
                "fresh38.csv": (0.958, 0.920),
                "fresh39.csv": (0.879, 0.853),
                "fresh40.csv": (0.935, 0.744),
                "fresh41.csv": (0.909, 0.769),
                "fresh42.csv": (0.900, 0.714),
                "fresh43.csv": (0.714, 0.893),
                "fresh44.csv": (0.976, 0.870),
                "fresh45.csv": (0.971, 0.791),
                "fresh46.csv": (0.919, 0.810),
                "fresh47.csv": (1.000, 0.871),
                "fresh48.csv": (0.760, 0.792),
                "fresh49.csv": (0.821, 0.767),
                "fresh50.csv": (0.840, 0.955),
                "fresh51.csv": (0.844, 0.900),
                "fresh52.csv": (0.966, 0.824),
                "fresh53.csv": (1.000, 0.556),
                "fresh54.csv": (0.960, 0.889),
                "fresh55.csv": (1.000, 0.898),
                "fresh56.csv": (0.800, 0.952),
                "fresh57.csv": (0.852, 0.793),
                "fresh58.csv": (0.974, 0.949),
                "fresh59.csv": (0.750, 0.909),
                "fresh60.csv": (0.756, 0.816),
                "fresh61.csv": (0.985, 0.882),
                "fresh62.csv": (0.970, 0.914),
                "fresh63.csv": (0.911, 1.000),
                "fresh64.csv": (0.868, 0.920),
                "fresh65.csv": (0.967, 0.967),
                "fresh66.csv": (1.000, 0.942),
                "fresh67.csv": (0.894, 0.913),
                "fresh68.csv": (1.000, 0.963),
                "fresh69.csv": (0.896, 0.878),
                "fresh70.csv": (0.857, 0.871),
                "fresh71.csv": (0.903, 0.933),
                "fresh72.csv": (0.914, 0.841),
                "fresh73.csv": (1.000, 0.911),
                "fresh74.csv": (0.880, 0.898),
                "fresh75.csv": (0.771, 0.804),
                "fresh76.csv": (0.979, 0.870),
                "fresh77.csv": (1.000, 0.935),
                "fresh78.csv": (0.867, 1.000),
                "fresh79.csv": (0.989, 0.968),
                "fresh80.csv": (0.982, 0.982),
                "fresh81.csv": (0.980, 0.907),
                "fresh82.csv": (0.926, 0.984),
                "fresh83.csv": (0.938, 0.978),
                "fresh84.csv": (0.913, 0.933),
                "fresh85.csv": (1.000, 1.000),
                "fresh86.csv": (0.920, 0.821),
                "fresh87.csv": (1.000, 0.937),
                "fresh88.csv": (0.972, 0.921),
                "fresh89.csv": (0.985, 0.941),
                "fresh90.csv": (0.959, 0.922),
                "fresh91.csv": (0.930, 0.909),
                "fresh92.csv": (0.850, 0.895),
                "fresh93.csv": (0.929, 0.867),
                "fresh94.csv": (1.000, 0.982),
                "fresh95.csv": (1.000, 1.000),
                "fresh96.csv": (1.000, 0.872),
                "fresh97.csv": (0.973, 0.910)}
    file_scores = {}
    for origin, floor in per_file.items():
        file_scores[origin], _ = score(origin)
        part = totals(file_scores[origin], "held-out")
        assert _at_least(part, *floor), (origin, part.precision, part.recall)

    # These checks are under the per-check floor on the held-out part after cdd0452 (read after e5b60b6,
    # to write this list; cdd0452, the one change after that reading, changed no figure). Most hold 1 to 9 held-out labels (one
    # or two titles decide them); seven hold 10 or more: Qingyunpu T1.7 (预决算, 22) and T1.11 (扶贫, 12)
    # on precision, T1.15 (环境保护, 19) on recall, T1.16 (教育, 27) on both; Qufu T3.1 (重大项目进展,
    # 12), T7.1 (年度报告, 19) and Shanghai T1.13 (部门预算, 13) on recall. The four pairing checks are
    # all above it (P 1.000, R 0.94; interpretations 1.000 / 1.000). Listed so that a change in either
    # direction is seen.
    # At fresh5's split (sixth session) the list grew to 28 (fresh5's third adds many Qingyunpu domain
    # labels): Chengguan T1.1 and T1.7, Qingyunpu T1.4, T1.5, T1.12, T1.13 and T1.17, Qufu T1.2 and
    # Shanghai T1.11 came in; Qufu T7.1 went out. After c40fd04: 25; Qingyunpu T1.12 and T1.13 and
    # Shanghai T5.1 went out (seen as this assertion failed after the changes that did it).
    # At the seventh session's split of fresh6.csv and fresh7.csv: 33; Chengguan T1.5, Qingyunpu T1.10
    # and T1.13, Qufu T1.1, T2.2 and T7.1, Shanghai T1.7, T1.10 and T2.7 came in, Qingyunpu T1.7 went out.
    # After the seventh session's first domain-vocabulary changes: 27; Qingyunpu T1.4, T1.16, T1.18 and T2.6,
    # Shanghai T1.10 and T1.11 went out (seen as this assertion failed). After the changes looking at
    # fresh8's tuned two thirds too: 26; Qufu T7.1 went out.
    # Unchanged after bc91526, the last change (fresh8's and fresh8b's thirds are kept out of this list).
    # Eighth session (fresh9's third kept out of this list too): Shanghai T2.7 went out after the FAQ
    # items in question form (…是什么?, 哪…?, 如何…?); Qingyunpu T1.5 after 市场监管's 标准化, 广告, 市场主体 ….
    # Ninth session: Qufu T3.1 went out when the lead corrected its positives dated outside 2023 (README,
    # "Label corrections"); no recogniser had changed. Qingyunpu T1.10 went out after 公共资源, 摇号, 竞买,
    # 配租/配售, 土地供应 …, Qingyunpu T1.13 after 高龄津贴, 经济困难, 低收入 …, Shanghai T1.13 after 部门…预算,
    # 综合预算, 收支预算 … (seen as this assertion failed). Unchanged after ef6e7a6, the round's last change: 20.
    # Tenth session: Qingyunpu T9.1 went out after the checks of government new media (政务微博, 官方微博, 微信公众号,
    # 零发稿, 久未更新 …), seen as this assertion failed.
    # Eleventh session: Qingyunpu T1.17 went out after the health words 医联体, 全科, 儿科, 诊断, 肿瘤 …, seen as
    # this assertion failed. Qufu T1.2 went out after other bodies' responsibility lists (普法责任清单, 廉政责任清单,
    # 监管责任清单 …) were set apart from the 责任清单 of the power and responsibility list, seen as this assertion failed.
    # Qingyunpu T1.6 went out when the lead corrected a 人社 public-service rule from negative to positive after the
    # blind audit (README, "Label corrections (eleventh session)"); no recogniser had changed.
    # Twelfth session: unchanged after d93cd98, the round's last change.
    # Thirteenth session: Qufu T1.1 went out after news of a list's mechanism (机制, 推行, 推进, 制度) was set apart
    # from the list, seen as this assertion failed.
    # Fourteenth session (fresh17's third kept out of this list too): unchanged after 58eeec9, the round's last change.
    # Fifteenth session (fresh18's third kept out of this list too): unchanged after 96bee3e, the round's last change.
    # Sixteenth session (fresh19's third kept out of this list too): unchanged after c1d3cde, the round's last change.
    # Seventeenth session (fresh20's third kept out of this list too): unchanged after 0ac0fcf, the round's last change.
    # Eighteenth session (fresh21's third kept out of this list too): unchanged after a534e1d, the round's last change.
    # Nineteenth session (fresh22's third kept out of this list too): unchanged after 845746a, the round's last change.
    # Twentieth session (fresh23's third kept out of this list too): unchanged after 9bf6c9d, the round's last change.
    # Twenty-first session (fresh24's third kept out of this list too): unchanged after 94a4e71, the round's last change.
    # Twenty-second session (fresh25's third kept out of this list too): unchanged after d41c555, the round's last change.
    # Twenty-third session (fresh26's third kept out of this list too): unchanged after 170a187, the round's last change.
    # Twenty-fourth round (fresh27's third kept out of this list too): unchanged after f4e48df, the round's last change.
    # Twenty-fifth round (fresh28's third kept out of this list too): unchanged after 2e9fc4e, the round's last change.
    # Twenty-sixth round (fresh29's third kept out of this list too): unchanged after 3113410, the round's last change.
    # Twenty-seventh round (fresh30's third kept out of this list too): unchanged after c51104c, the round's last change.
    # Twenty-eighth round (fresh31's third kept out of this list too): unchanged after bcf2558, the round's last change.
    # Twenty-ninth round (fresh32's third kept out of this list too): unchanged after 6c32698, the round's last change.
    # Thirtieth round (fresh33's third kept out of this list too): unchanged after 01788d9, the round's last change.
    # Thirty-first round (fresh34's third kept out of this list too): unchanged after 8a1f20a, the round's last change.
    # Thirty-second round (fresh35's third kept out of this list too): unchanged after d00f2fa, the round's last change.
    # Thirty-third round (fresh36's third kept out of this list too): unchanged after 7546fe6, the round's last change.
    # Thirty-fourth round (fresh37's third kept out of this list too): unchanged after 2cdd416, the round's last change.
    # Thirty-fifth round (fresh38's third kept out of this list too): unchanged after 0f649a2, the round's last change.
    # Thirty-sixth round (fresh39's third kept out of this list too): unchanged after b5a9d3a, the round's last change.
    # Thirty-seventh round (fresh40's third kept out of this list too): unchanged after 9e34afe, the round's last change.
    # Thirty-eighth round (fresh41's third kept out of this list too): unchanged after 8c71e8d, the round's last change.
    # Thirty-ninth round (fresh42's third kept out of this list too): unchanged after 4720c1c, the round's last change.
    # Fortieth round (fresh43's third kept out of this list too): unchanged after a24acbf, the round's last change.
    # Forty-first round (fresh44's third kept out of this list too): unchanged after 71928b0, the round's last change.
    # Forty-second round (fresh45's third kept out of this list too): unchanged after bb58bad, the round's last change.
    # Forty-third round (fresh46's third kept out of this list too): unchanged after b1ec195, the round's last change.
    # Forty-fourth round (fresh47's third kept out of this list too): unchanged after 7d61424, the round's last change.
    # Forty-fifth round (fresh48's third kept out of this list too): unchanged after 3531598, the round's last change.
    # Forty-sixth round (fresh49's third kept out of this list too): unchanged after 0a04c57, the round's last change.
    # Forty-seventh round (fresh50's third kept out of this list too): unchanged after 94cb80e, the round's last change.
    # Forty-eighth round (fresh51's third kept out of this list too): unchanged after ad2f161, the round's last change.
    # Forty-ninth round (fresh52's third kept out of this list too): unchanged after d63e98a, the round's last change.
    # Fiftieth round (fresh53's third kept out of this list too): unchanged after 5ecb19a, the round's last change.
    # Fifty-first round (fresh54's third kept out of this list too): unchanged after 3b9bbb2, the round's last change.
    # Fifty-second round (fresh55's third kept out of this list too): unchanged after 7a596f6, the round's last change.
    # Fifty-third round (fresh56's third kept out of this list too): unchanged after 284dd0f, the round's last change.
    # Fifty-fourth round (fresh57's third kept out of this list too): unchanged after ca917dc, the round's last change.
    # Fifty-fifth round (fresh58's third kept out of this list too): unchanged after 9532e0c, the round's last change.
    # Fifty-sixth round (fresh59's third kept out of this list too): unchanged after 07867d3, the round's last change.
    # Fifty-seventh round (fresh60's third kept out of this list too): unchanged after 216c25e, the round's last change.
    # Fifty-eighth round (fresh61's third kept out of this list too): unchanged after 499c24a, the round's last change.
    # Fifty-ninth round (fresh62's third kept out of this list too): unchanged after 316da43, the round's last change.
    # Sixtieth round (fresh63's third kept out of this list too): unchanged after fee8d70, the round's last change.
    # Sixty-first round (fresh64's third kept out of this list too): unchanged after 79ad187, the round's last change.
    # Sixty-second round (fresh65's third kept out of this list too): unchanged after 353a534, the round's last change.
    # Sixty-third round (fresh66's third kept out of this list too): unchanged after 161731a, the round's last change.
    # Sixty-fourth round (fresh67's third kept out of this list too): unchanged after 46fa130, the round's last change.
    # Sixty-fifth round (fresh68's third kept out of this list too): unchanged after 12e7b73, the round's last change.
    # Sixty-sixth round (fresh69's third kept out of this list too): unchanged after 9a9b7bf, the round's last change.
    # Sixty-seventh round (fresh70's third kept out of this list too): unchanged after 27b3c5e, the round's last change.
    # Sixty-eighth round (fresh71's third kept out of this list too): unchanged after b5188ed, the round's last change.
    # Sixty-ninth round (fresh72's third kept out of this list too): unchanged after 0634013, the round's last change.
    # Seventieth round (fresh73's third kept out of this list too): unchanged after 6fa8029, the round's last change.
    # Seventy-first round (fresh74's third kept out of this list too): unchanged after 9620152, the round's last change.
    # Seventy-second round (fresh75's third kept out of this list too): unchanged after 4b01e55, the round's last change.
    # Seventy-third round (fresh76's third kept out of this list too): unchanged after 0147d0f, the round's last change.
    # Seventy-fourth round (fresh77's third kept out of this list too): unchanged after b8a6176, the round's last change.
    # Seventy-fifth round (fresh78's third kept out of this list too): unchanged after 836ae28, the round's last change.
    # Seventy-sixth round (fresh79's third kept out of this list too): unchanged after c1f9701, the round's last change.
    # Seventy-seventh round (fresh80's third kept out of this list too): unchanged after d4c57a9, the round's last change.
    # Seventy-eighth round (fresh81's third kept out of this list too): unchanged after 4edc9f6, the round's last change.
    # Seventy-ninth round (fresh82's third kept out of this list too): unchanged after 72f2ab3, the round's last change.
    # Eightieth round (fresh83's third kept out of this list too): unchanged after 5dbf371, the round's last change.
    # Eighty-first round (fresh84's third kept out of this list too): unchanged after 3252df4, the round's last change.
    # Eighty-second round (fresh85's third kept out of this list too): unchanged after b4231f9, the round's last change.
    # Eighty-third round (fresh86's third kept out of this list too): unchanged after a6e8431, the round's last change.
    # Eighty-fourth round (fresh87's third kept out of this list too): unchanged after 90aa6ad, the round's last change.
    # Eighty-fifth round (fresh88's third kept out of this list too): unchanged after 64929e0, the round's last change.
    # Eighty-sixth round (fresh89's third kept out of this list too): unchanged after 076f745, the round's last change.
    # Eighty-seventh round (fresh90's third kept out of this list too): unchanged after 8a358f9, the round's last change.
    # Eighty-eighth round (fresh91's third kept out of this list too): unchanged after 355a141, the round's last change.
    # Eighty-ninth round (fresh92's third kept out of this list too): unchanged after 7a4d27a, the round's last change.
    # Ninetieth round (fresh93's third kept out of this list too): unchanged after 1ec3319, the round's last change.
    # Ninety-first round (fresh94's third kept out of this list too): Qufu T2.2 went out after two classes of its guide
    # entry's negatives (三公 final accounts; news of many departments' 三公), decided on the guide and tuned rows only (seen
    # as this assertion failed; the generaliser dropped them, the lead took them back: a blind-decided change is kept
    # whichever way the blind figure moves).
    # From the thirty-fourth session the set is a floor, not an equality: no check may fall under 0.90 that was not
    # under it, while a check that rises out of it passes and is printed (the docs then take it out). As an equality
    # the assertion failed when a blind-decided change lifted a check, and a tuner who may read only the failing
    # message dropped the change: a decision taken on which way a held-out figure moved.
    recorded_below = {
        ("chengguan-keypoints", "T1.1"), ("chengguan-keypoints", "T1.5"), ("chengguan-keypoints", "T1.7"),
        ("qingyunpu-division", "T1.11"),
        ("qingyunpu-division", "T1.15"),
        ("qingyunpu-division", "T1.8"), ("qingyunpu-division", "T1.9"),
        ("shanghai-transport-2024", "T1.17"), ("shanghai-transport-2024", "T1.3"),
        ("shanghai-transport-2024", "T1.4"), ("shanghai-transport-2024", "T1.5"), ("shanghai-transport-2024", "T1.6"),
        ("shanghai-transport-2024", "T1.7"), ("shanghai-transport-2024", "T4.3")}
    below_now = set(_below(held_scores, "held-out"))
    assert below_now <= recorded_below, sorted(below_now - recorded_below)
    with capsys.disabled():
        for checklist_id, check_id in sorted(recorded_below - below_now):
            print(f"at or above 0.90 now on the eight earliest files' held-out part: {checklist_id} {check_id}")

    def whole(origin: str):
        total = totals(file_scores[origin], "tuned")
        for part in ("held-out", "fresh"):
            total.add(totals(file_scores[origin], part))
        return total

    # Each earlier fresh file, once scored unchanged as a fresh part and split since, must not fall as a
    # whole under that first score (README): fresh.csv (149 titles, after the first session's last
    # change) P 0.961 / R 0.970 (0.974 / 0.980 when last scored as the fresh part, after 8dd1298);
    # fresh2.csv (275 titles, after d51e016) P 0.938 / R 0.810; fresh3.csv (153 titles, after 3d477d6)
    # P 0.935 / R 0.792; fresh4.csv (105 titles, most of them policy documents and interpretations for
    # the pairing checks, after 8dd1298) P 0.938 / R 0.708. After cdd0452 the whole files: fresh.csv
    # 0.993 / 0.990, fresh2.csv 0.988 / 0.958, fresh3.csv 0.977 / 0.923, fresh4.csv 0.975 / 0.906. After
    # c40fd04: fresh.csv 0.993 / 0.990, fresh2.csv 0.988 / 0.962, fresh3.csv 0.977 / 0.923, fresh4.csv
    # 0.980 / 0.925, fresh5.csv 0.977 / 0.957. After bc91526 (seventh session): fresh.csv 0.993 / 0.997,
    # fresh2.csv 0.988 / 0.962, fresh3.csv 0.977 / 0.934, fresh4.csv 0.980 / 0.929, fresh5.csv 0.985 / 0.976,
    # fresh6.csv 0.969 / 0.952, fresh7.csv 0.991 / 0.977 (the two together 0.978 / 0.963), fresh8.csv
    # 0.947 / 0.969, fresh8b.csv 0.989 / 0.967. After 3775a96 (eighth session): the same, except
    # fresh5.csv 0.985 / 0.979, fresh7.csv 0.991 / 0.982 and fresh9.csv 0.979 / 0.933 (first 0.948 / 0.805).
    # After ef6e7a6 (ninth session): fresh3.csv 0.977 / 0.983, fresh4.csv 0.980 / 0.971, fresh5.csv 0.986 /
    # 0.980, fresh6.csv 0.972 / 0.959, fresh7.csv 0.991 / 0.986, fresh8.csv 0.952 / 0.973, fresh9.csv 0.982 /
    # 0.939, fresh10.csv 0.987 / 0.952 (first 0.966 / 0.870), fresh11.csv 0.975 / 0.972 (first 0.944 / 0.897);
    # the others unchanged. After 10666e3 (tenth session): fresh2.csv 0.988 / 0.977, fresh11.csv 0.978 / 0.972,
    # fresh12.csv 0.982 / 0.965 (first 0.968 / 0.852); the others unchanged. After 03527b7 (eleventh session):
    # fresh5.csv 0.987 / 0.981, fresh6.csv 0.973 / 0.973, fresh8.csv 0.953 / 0.991, fresh9.csv 0.982 / 0.942,
    # fresh10.csv 0.987 / 0.957, fresh12.csv 0.982 / 0.982, fresh13.csv 0.990 / 0.933 (first 0.948 / 0.876),
    # fresh14.csv 0.964 / 0.955 (first 0.952 / 0.901); the others unchanged.
    # After d93cd98 (twelfth session; the lead's label corrections of the eleventh counted): fresh.csv 0.993 / 0.997,
    # fresh11.csv 0.978 / 0.975, fresh14.csv 0.963 / 0.954 (0.945 / 0.954 before the round), fresh15.csv 0.978 /
    # 0.969 (first 0.957 / 0.885); the others unchanged.
    # After a0fc872 (thirteenth session): fresh4.csv 0.985 / 0.971, fresh5.csv 0.988 / 0.982, fresh7.csv 0.995 / 0.986,
    # fresh8b.csv 1.000 / 0.972, fresh9.csv 0.982 / 0.945, fresh10.csv 0.991 / 0.961, fresh13.csv 0.990 / 0.943,
    # fresh15.csv 0.978 / 0.973, fresh16.csv 1.000 / 0.950 (first 0.985 / 0.849); the others unchanged.
    # After 58eeec9 (fourteenth session): fresh3.csv 0.983 / 0.983, fresh5.csv 0.988 / 0.983, fresh6.csv 0.973 / 0.976,
    # fresh8b.csv 1.000 / 0.978, fresh10.csv 0.991 / 0.970, fresh12.csv 0.982 / 0.986, fresh13.csv 0.990 / 0.952,
    # fresh14.csv 0.963 / 0.959, fresh17.csv 0.976 / 0.964 (first 0.967 / 0.925); the others unchanged.
    # After 96bee3e (fifteenth session): fresh9.csv 0.982 / 0.948, fresh18.csv 0.982 / 0.968 (first 0.935 / 0.928); the
    # others unchanged.
    # After c1d3cde (sixteenth session): fresh2.csv 0.984 / 0.981, fresh5.csv 0.991 / 0.983, fresh6.csv 0.986 / 0.976,
    # fresh9.csv 0.985 / 0.948, fresh11.csv 0.978 / 0.978, fresh12.csv 0.983 / 0.989, fresh14.csv 0.963 / 0.963,
    # fresh17.csv 0.992 / 0.964, fresh19.csv 1.000 / 0.966 (first 0.984 / 0.932); the others unchanged.
    # After 0ac0fcf (seventeenth session): fresh.csv 0.993 / 1.000, fresh6.csv 0.990 / 0.976, fresh8.csv 0.969 / 0.996,
    # fresh9.csv 0.985 / 0.950, fresh10.csv 0.991 / 0.974, fresh12.csv 0.983 / 0.996, fresh13.csv 0.990 / 0.957,
    # fresh14.csv 0.963 / 0.968, fresh16.csv 1.000 / 0.956, fresh17.csv 0.992 / 0.972, fresh18.csv 0.982 / 0.982,
    # fresh19.csv 1.000 / 0.978, fresh20.csv 0.984 / 0.994 (first 0.937 / 0.946); the others unchanged.
    # After a534e1d (eighteenth session): fresh4.csv 0.985 / 0.995, fresh18.csv 0.982 / 0.986, fresh21.csv 0.987 / 0.975
    # (first 0.961 / 0.925); the others unchanged.
    # After 845746a (nineteenth session): fresh18.csv 0.982 / 0.993, fresh22.csv 0.992 / 0.992 (first 0.943 / 0.987); the
    # others unchanged.
    # After 9bf6c9d (twentieth session): fresh2.csv 0.988 / 0.981, fresh4.csv 0.995 / 0.995, fresh17.csv 0.996 / 0.972,
    # fresh23.csv 0.942 / 0.964 (first 0.875 / 0.901); the others unchanged.
    # After 94a4e71 (twenty-first session): fresh24.csv 0.918 / 0.985 (first 0.848 / 0.956); the others unchanged.
    # After d41c555 (twenty-second session): fresh17.csv 1.000 / 0.972, fresh22.csv 0.996 / 0.992, fresh25.csv 0.939 /
    # 0.979 (first 0.895 / 0.975); the others unchanged.
    # After 170a187 (twenty-third session): fresh13.csv 0.995 / 0.957, fresh20.csv 0.987 / 0.994, fresh23.csv 0.954 /
    # 0.967, fresh25.csv 0.939 / 0.983, fresh26.csv 0.953 / 0.976 (first 0.885 / 0.923); the others unchanged.
    # After f4e48df (twenty-fourth round): fresh5.csv 0.994 / 0.983, fresh7.csv 0.995 / 0.991, fresh21.csv 0.987 / 0.979,
    # fresh25.csv 0.940 / 0.987, fresh27.csv 1.000 / 0.977 (first 0.962 / 0.940); the others unchanged.
    # After 2e9fc4e (twenty-fifth round): fresh28.csv 0.989 / 0.919 (first 0.937 / 0.909); the others unchanged.
    # After 3113410 (twenty-sixth round): fresh23.csv 0.955 / 0.970, fresh29.csv 1.000 / 0.994 (first 0.923 / 0.977); the
    # others unchanged.
    # After c51104c (twenty-seventh round): fresh24.csv 0.922 / 0.985, fresh30.csv 0.971 / 0.949 (first 0.920 / 0.926); the
    # others unchanged.
    # After bcf2558 (twenty-eighth round): fresh24.csv 0.926 / 0.985, fresh31.csv 0.959 / 0.969 (first 0.900 / 0.943); the
    # others unchanged.
    # After 6c32698 (twenty-ninth round): fresh32.csv 0.989 / 0.969 (first 0.947 / 0.923); the others unchanged.
    # After 01788d9 (thirtieth round): fresh23.csv 0.955 / 0.983, fresh33.csv 0.931 / 0.960 (first 0.875 / 0.889); the
    # others unchanged.
    # After 8a1f20a (thirty-first round): fresh11.csv 0.981 / 0.978, fresh14.csv 0.981 / 0.968, fresh34.csv 0.962 /
    # 0.973 (first 0.884 / 0.923); the others unchanged.
    # After d00f2fa (thirty-second round): fresh34.csv 0.962 / 0.978, fresh35.csv 0.975 / 0.940 (first 0.951 / 0.923);
    # the others unchanged.
    # After 7546fe6 (thirty-third round): fresh32.csv 0.995 / 0.969, fresh33.csv 0.938 / 0.960, fresh34.csv 0.967 /
    # 0.978, fresh36.csv 0.995 / 0.984 (first 0.954 / 0.974); the others unchanged.
    # After 2cdd416 (thirty-fourth round): fresh35.csv 0.981 / 0.940, fresh37.csv 1.000 / 0.982 (first 0.973 / 0.965);
    # the others unchanged.
    # After 0f649a2 (thirty-fifth round): fresh38.csv 0.968 / 0.953 (first 0.951 / 0.907); the others unchanged.
    # After b5a9d3a (thirty-sixth round): fresh8.csv 0.974 / 0.996, fresh38.csv 0.969 / 0.959, fresh39.csv 0.973 /
    # 0.947 (first 0.882 / 0.894); the others unchanged.
    # After 9e34afe (thirty-seventh round): fresh28.csv 0.989 / 0.924, fresh38.csv 0.969 / 0.964, fresh40.csv 0.976 /
    # 0.911 (first 0.871 / 0.852); the others unchanged.
    # After 8c71e8d (thirty-eighth round): fresh9.csv 0.985 / 0.956, fresh41.csv 0.973 / 0.918 (first 0.892 / 0.830); the
    # others unchanged.
    # After 4720c1c (thirty-ninth round): fresh39.csv 0.973 / 0.954, fresh41.csv 0.980 / 0.918, fresh42.csv 0.947 /
    # 0.925 (first 0.925 / 0.739); the others unchanged.
    # After a24acbf (fortieth round): fresh15.csv 0.978 / 0.978, fresh41.csv 0.980 / 0.925, fresh43.csv 0.902 / 0.943
    # (first 0.856 / 0.875); the others unchanged.
    # After 71928b0 (forty-first round): fresh44.csv 0.947 / 0.846 (first 0.894 / 0.846); the others unchanged.
    # After bb58bad (forty-second round): fresh44.csv 0.963 / 0.866, fresh45.csv 0.985 / 0.934 (first 0.961 / 0.905);
    # the others unchanged.
    # After b1ec195 (forty-third round): fresh20.csv 0.990 / 0.994, fresh28.csv 0.989 / 0.929, fresh42.csv 0.954 / 0.933,
    # fresh43.csv 0.903 / 0.955, fresh44.csv 0.964 / 0.893, fresh46.csv 0.965 / 0.891 (first 0.949 / 0.804); the others
    # unchanged.
    # After 7d61424 (forty-fourth round): fresh44.csv 0.964 / 0.899, fresh46.csv 0.966 / 0.913, fresh47.csv 1.000 / 0.943
    # (first 1.000 / 0.908); the others unchanged.
    # After 3531598 (forty-fifth round): fresh5.csv 0.994 / 0.984, fresh48.csv 0.902 / 0.873 (first 0.850 / 0.810); the
    # others unchanged.
    # After 0a04c57 (forty-sixth round): fresh5.csv 0.997 / 0.984, fresh49.csv 0.939 / 0.906 (first 0.872 / 0.800); the
    # others unchanged.
    # After 94cb80e (forty-seventh round): fresh48.csv 0.905 / 0.905, fresh50.csv 0.878 / 0.911 (first 0.853 / 0.810);
    # the others unchanged.
    # After ad2f161 (forty-eighth round): fresh50.csv 0.880 / 0.924, fresh51.csv 0.925 / 0.915 (first 0.848 / 0.894);
    # the others unchanged.
    # After d63e98a (forty-ninth round): fresh25.csv 0.943 / 0.987, fresh33.csv 0.938 / 0.968, fresh40.csv 0.984 / 0.911,
    # fresh50.csv 0.882 / 0.949, fresh52.csv 0.987 / 0.918 (first 0.939 / 0.906); the others unchanged.
    # After 5ecb19a (fiftieth round): fresh53.csv 0.931 / 0.871 (first 0.926 / 0.806); the others unchanged.
    # After 3b9bbb2 (fifty-first round): fresh54.csv 0.987 / 0.963 (77 of 80, 1 false; first 0.878 / 0.900); the
    # others unchanged.
    # After 7a596f6 (fifty-second round): fresh6.csv 0.993 / 0.976, fresh17.csv 1.000 / 0.976, fresh44.csv 0.965 /
    # 0.926, fresh46.csv 0.977 / 0.913, fresh55.csv 1.000 / 0.946 (88 of 93, none false; first 0.988 / 0.882); the
    # others unchanged.
    # After 284dd0f (fifty-third round): fresh55.csv 1.000 / 0.957 (89 of 93, none false), fresh56.csv 0.951 / 0.990
    # (98 of 99, 5 false; first 0.950 / 0.960); the others unchanged.
    # After ca917dc (fifty-fourth round): fresh5.csv 0.997 / 0.985, fresh51.csv 0.935 / 0.915, fresh54.csv 1.000 /
    # 0.963 (77 of 80, none false), fresh57.csv 0.915 / 0.915 (75 of 82, 7 false; first 0.864 / 0.854); the others
    # unchanged.
    # After 9532e0c (fifty-fifth round): fresh34.csv 0.973 / 0.978, fresh50.csv 0.893 / 0.949, fresh51.csv 0.956 /
    # 0.915, fresh58.csv 0.991 / 0.983 (114 of 116, 1 false; first 0.974 / 0.983); the others unchanged.
    # After 07867d3 (fifty-sixth round): fresh42.csv 0.955 / 0.940, fresh50.csv 0.894 / 0.962, fresh51.csv 0.957 /
    # 0.936, fresh59.csv 0.919 / 0.961 (124 of 129, 11 false; first 0.917 / 0.938); the others unchanged.
    # After 216c25e (fifty-seventh round): fresh60.csv 0.857 / 0.942 (114 of 121, 19 false; first 0.820 / 0.901); the
    # others unchanged.
    # After 499c24a (fifty-eighth round): fresh32.csv 0.995 / 0.974 (189 of 194, 1 false), fresh36.csv 1.000 / 0.984
    # (190 of 193, 0 false), fresh61.csv 0.992 / 0.923 (132 of 143, 1 false; first 0.977 / 0.874); the others
    # unchanged.
    # After 316da43 (fifty-ninth round): fresh62.csv 0.986 / 0.965 (137 of 142, 2 false; first 0.899 / 0.873); the
    # others unchanged.
    # After fee8d70 (sixtieth round): fresh62.csv 0.986 / 0.972 (138 of 142, 2 false), fresh63.csv 0.961 / 1.000 (123
    # of 123, 5 false; first 0.901 / 0.959); the others unchanged.
    # After 79ad187 (sixty-first round): fresh64.csv 0.952 / 0.969 (157 of 162, 8 false; first 0.935 / 0.889); the
    # others unchanged.
    # After 353a534 (sixty-second round): fresh12.csv 0.996 / 0.996 (283 of 284, 1 false), fresh60.csv 0.884 / 0.942
    # (114 of 121, 15 false), fresh62.csv 0.986 / 0.979 (139 of 142, 2 false), fresh63.csv 0.992 / 1.000 (123 of 123,
    # 1 false), fresh64.csv 0.952 / 0.975 (158 of 162, 8 false), fresh65.csv 0.971 / 0.985 (133 of 135, 4 false; first
    # 0.888 / 0.941); the others unchanged.
    # After 161731a (sixty-third round): fresh66.csv 1.000 / 0.959 (140 of 146, 0 false; first 0.907 / 0.932); the
    # others unchanged.
    # After 46fa130 (sixty-fourth round): fresh50.csv 0.938 / 0.962 (76 of 79, 5 false), fresh64.csv 0.958 / 0.975
    # (158 of 162, 7 false), fresh65.csv 0.978 / 1.000 (135 of 135, 3 false), fresh66.csv 1.000 / 0.979 (143 of 146,
    # 0 false), fresh67.csv 0.959 / 0.979 (142 of 145, 6 false; first 0.903 / 0.897); the others unchanged.
    # After 12e7b73 (sixty-fifth round): fresh50.csv 0.939 / 0.975 (77 of 79, 5 false), fresh57.csv 0.916 / 0.927
    # (76 of 82, 7 false), fresh60.csv 0.887 / 0.975 (118 of 121, 15 false), fresh64.csv 0.958 / 0.988 (160 of 162,
    # 7 false), fresh67.csv 0.960 / 0.986 (143 of 145, 6 false), fresh68.csv 1.000 / 0.987 (153 of 155, 0 false;
    # first 0.972 / 0.890); the others unchanged.
    # After 9a9b7bf (sixty-sixth round): fresh43.csv 0.904 / 0.966 (85 of 88, 9 false), fresh57.csv 0.927 / 0.927
    # (76 of 82, 6 false), fresh67.csv 0.960 / 0.993 (144 of 145, 6 false), fresh69.csv 0.967 / 0.961 (148 of 154,
    # 5 false; first 0.960 / 0.942); the others unchanged.
    # After 27b3c5e (sixty-seventh round): fresh51.csv 0.967 / 0.936 (88 of 94, 3 false), fresh70.csv 0.937 / 0.917
    # (133 of 145, 9 false; first 0.881 / 0.821); the others unchanged.
    # After b5188ed (sixty-eighth round): fresh38.csv 0.969 / 0.969 (187 of 193, 6 false), fresh71.csv 0.956 / 0.974
    # (151 of 155, 7 false; first 0.952 / 0.890); the others unchanged.
    # After 0634013 (sixty-ninth round): fresh26.csv 0.971 / 0.976 (204 of 209, 6 false), fresh62.csv 0.993 / 0.979
    # (139 of 142, 1 false), fresh63.csv 1.000 / 1.000 (123 of 123, 0 false), fresh72.csv 0.964 / 0.941 (159 of 169,
    # 6 false; first 0.914 / 0.876); the others unchanged.
    # After 6fa8029 (seventieth round): fresh73.csv 1.000 / 0.968 (149 of 154, 0 false; first 0.922 / 0.916); the
    # others unchanged.
    # After 9620152 (seventy-first round, with the lead's corrections a1159b1): fresh74.csv 0.959 / 0.940 (141 of 150,
    # 6 false; first 0.930 / 0.858); the others unchanged.
    # After 4b01e55 (seventy-second round): fresh58.csv 0.991 / 0.991 (115 of 116, 1 false), fresh74.csv 0.959 /
    # 0.947 (142 of 150, 6 false), fresh75.csv 0.931 / 0.943 (149 of 158, 11 false; first 0.923 / 0.905); the others
    # unchanged.
    # After 0147d0f (seventy-third round): fresh76.csv 0.995 / 0.958 (182 of 190, 1 false; first 0.994 / 0.911); the
    # others unchanged.
    # After b8a6176 (seventy-fourth round): fresh77.csv 1.000 / 0.972 (172 of 177, 0 false; first 0.976 / 0.915); the
    # others unchanged.
    # After 836ae28 (seventy-fifth round): fresh76.csv 0.995 / 0.974 (185 of 190, 1 false), fresh77.csv 1.000 / 0.977
    # (173 of 177, 0 false), fresh78.csv 0.934 / 0.983 (169 of 172, 12 false; first 0.922 / 0.965); the others
    # unchanged.
    # After c1f9701 (seventy-sixth round): fresh79.csv 0.975 / 0.966 (199 of 206, 5 false; first 0.937 / 0.937); the
    # others unchanged.
    # After d4c57a9 (seventy-seventh round): fresh80.csv 0.988 / 0.994 (167 of 168, 2 false; first 0.943 / 0.988); the
    # others unchanged.
    # After 4edc9f6 (seventy-eighth round): labels.csv 0.998 / 0.997 (914 of 917, 2 false), fresh27.csv 1.000 / 0.995 (215
    # of 216, 0 false), fresh42.csv 0.956 / 0.970 (130 of 134, 6 false), fresh72.csv 0.964 / 0.964 (163 of 169, 6 false),
    # fresh80.csv 0.994 / 0.994 (167 of 168, 1 false), fresh81.csv 0.993 / 0.949 (150 of 158, 1 false; first 0.972 /
    # 0.867); the others unchanged.
    # After 72f2ab3 (seventy-ninth round): fresh43.csv 0.944 / 0.966 (85 of 88, 5 false), fresh62.csv 1.000 / 0.979 (139
    # of 142, 0 false), fresh82.csv 0.965 / 0.993 (138 of 139, 5 false; first 0.898 / 0.950); the others unchanged.
    # After 5dbf371 (eightieth round): fresh83.csv 0.969 / 0.992 (126 of 127, 4 false; first 0.925 / 0.969); the others
    # unchanged.
    # After 3252df4 (eighty-first round): fresh84.csv 0.970 / 0.977 (129 of 132, 4 false; first 0.935 / 0.977); the others
    # unchanged.
    # After b4231f9 (eighty-second round): fresh21.csv 0.987 / 0.983 (235 of 239, 3 false), fresh85.csv 1.000 / 1.000
    # (131 of 131, 0 false; first 1.000 / 0.977); the others unchanged.
    # After a6e8431 (eighty-third round): fresh38.csv 0.974 / 0.969 (187 of 193, 5 false), fresh42.csv 0.956 / 0.978
    # (131 of 134, 6 false), fresh57.csv 0.938 / 0.927 (76 of 82, 5 false), fresh86.csv 0.986 / 0.965 (136 of 141, 2
    # false; first 0.956 / 0.922); the others unchanged.
    # After 90aa6ad (eighty-fourth round): fresh35.csv 0.981 / 0.946 (158 of 167, 3 false), fresh79.csv 0.976 / 0.971
    # (200 of 206, 5 false), fresh81.csv 0.993 / 0.956 (151 of 158, 1 false), fresh87.csv 1.000 / 0.974 (150 of 154, 0
    # false; first 1.000 / 0.968); the others unchanged.
    # After 64929e0 (eighty-fifth round): fresh60.csv 0.915 / 0.975 (118 of 121, 11 false; 0.887 / 0.975 before),
    # fresh88.csv 0.983 / 0.966 (114 of 118, 2 false; first 0.950 / 0.966); the others unchanged.
    # After 076f745 (eighty-sixth round, with the lead's pairing-primary commits of the round): fresh45.csv 0.985 / 0.942
    # (129 of 137, 2 false; 0.985 / 0.934 before), fresh50.csv 0.987 / 0.987 (78 of 79, 1 false; 0.939 / 0.975),
    # fresh70.csv 0.938 / 0.945 (137 of 145, 9 false; 0.937 / 0.917), fresh86.csv 0.986 / 0.993 (140 of 141, 2 false;
    # 0.986 / 0.965), fresh89.csv 0.994 / 0.976 (162 of 166, 1 false; first 0.994 / 0.922); the others unchanged.
    # After 8a358f9 (eighty-seventh round, with the lead's pairing-primary commits of the round): fresh81.csv 0.993 /
    # 0.962 (152 of 158, 1 false; 0.993 / 0.956 before), fresh83.csv 0.977 / 0.992 (126 of 127, 3 false; 0.969 / 0.992),
    # fresh88.csv 0.983 / 0.975 (115 of 118, 2 false; 0.983 / 0.966), fresh90.csv 0.985 / 0.971 (133 of 137, 2 false;
    # first 0.940 / 0.912; 0.970 / 0.942 with the lead's two commits alone); the others unchanged.
    # After 355a141 (eighty-eighth round, with the lead's pairing-primary commits of the round): fresh91.csv 0.972 /
    # 0.958 (137 of 143, 4 false; first 0.917 / 0.923; 0.971 / 0.951 with the lead's three commits alone); the others
    # unchanged.
    # After 7a4d27a (eighty-ninth round; the lead landed no pairing-primary commit before it): fresh86.csv 1.000 /
    # 0.993 (140 of 141, 0 false; 0.986 / 0.993 before), fresh92.csv 0.950 / 0.950 (132 of 139, 7 false; first
    # 0.897 / 0.942); the others unchanged.
    # After 1ec3319 (ninetieth round, four generalisers): fresh92.csv 0.957 / 0.971 (135 of 139, 6 false; 0.950 / 0.950
    # before), fresh93.csv 0.925 / 0.961 (124 of 129, 10 false; first 0.838 / 0.884), fresh78.csv 0.955 / 0.983 (169 of
    # 172, 8 false), fresh84.csv 1.000 / 0.977, fresh47.csv 1.000 / 0.966, ten others a label or more up; none down.
    # After e3776a4 (ninety-first round): fresh94.csv 1.000 / 1.000 (161 of 161, 0 false; first 1.000 / 0.957), fresh6.csv,
    # fresh28.csv, fresh77.csv and fresh78.csv a label each up; none down.
    # fresh5.csv (591 titles, after cdd0452) P 0.934 / R 0.885.
    first_scores = {"fresh.csv": (0.961, 0.970), "fresh2.csv": (0.938, 0.810),
                    "fresh3.csv": (0.935, 0.792), "fresh4.csv": (0.938, 0.708),
                    "fresh5.csv": (0.934, 0.885)}
    for origin, (precision, recall) in first_scores.items():
        total = whole(origin)
        assert len({row["title"] for row in read_rows(_path(origin))}) >= 100
        assert _at_least(total, precision, recall), (origin, total.precision, total.recall)
    # fresh6.csv and fresh7.csv, scored once unchanged as the fresh part after the sixth session's last
    # recogniser change c40fd04, split by the hash in the seventh session: fresh6.csv (155 titles,
    # collected blind 14:12-14:24 UTC during the sixth session's tuning round, committed after its last
    # change) P 0.927 / R 0.914; fresh7.csv (150 titles, collected 14:40-14:48 UTC, after c40fd04 landed)
    # P 0.978 / R 0.820; the two together P 0.947 / R 0.874. Floors on the whole files and on the two
    # together.
    sixth = {"fresh6.csv": (0.927, 0.914), "fresh7.csv": (0.978, 0.820)}
    for origin, (precision, recall) in sixth.items():
        assert len({row["title"] for row in read_rows(_path(origin))}) >= 100
        total = whole(origin)
        assert _at_least(total, precision, recall), (origin, total.precision, total.recall)
    both, _ = score(tuple(sixth))
    total = totals(both, "tuned")
    total.add(totals(both, "held-out"))
    assert _at_least(total, 0.947, 0.874), (total.precision, total.recall)
    # fresh8.csv (151 titles, 362 labels, collected blind 15:34-15:47 UTC during the seventh session's
    # tuning round and scored once by the lead at 756e654, before any recogniser change of the round
    # had landed): P 0.888 / R 0.928. A floor on the whole file.
    assert len({row["title"] for row in read_rows(_path("fresh8.csv"))}) >= 100
    file_scores["fresh8.csv"], _ = score("fresh8.csv")
    eighth = whole("fresh8.csv")
    assert _at_least(eighth, 0.888, 0.928), (eighth.precision, eighth.recall)
    # fresh8b.csv (193 titles, 300 labels, collected blind 15:49-15:58 UTC during the same round, most of
    # them from one crawl of 北京市生态环境局's policy list; scored once by the lead at f71475f, after two
    # of the round's recogniser changes, which its collector never saw): P 0.922 / R 0.661.
    assert len({row["title"] for row in read_rows(_path("fresh8b.csv"))}) >= 100
    file_scores["fresh8b.csv"], _ = score("fresh8b.csv")
    eighth_b = whole("fresh8b.csv")
    assert _at_least(eighth_b, 0.922, 0.661), (eighth_b.precision, eighth_b.recall)
    # Each later fresh file's first, unchanged score, a floor on the whole file since it was split by the hash:
    # - fresh9.csv (239 titles, 633 labels, collected 16:25-16:37 UTC by two collectors after the seventh
    #   session's last recogniser change bc91526), scored as the fresh part at 81620ad: P 0.948 / R 0.805;
    # - fresh10.csv (165 titles, 420 labels, collected 17:07-17:17 UTC after the eighth round's last
    #   recogniser change 3775a96), scored as the fresh part at 9eced40: P 0.966 / R 0.870;
    # - fresh11.csv (200 titles, 488 labels, collected blind 17:48-18:02 UTC during the ninth session's
    #   tuning round), scored by the lead at 3e15206 (item blocks as after 3775a96): P 0.944 / R 0.897;
    # - fresh12.csv (178 titles, 461 labels, collected blind 18:47-18:56 UTC after the ninth session's last
    #   recogniser change ef6e7a6 and its last code change 807e350), scored as the fresh part at 01b7853:
    #   P 0.968 / R 0.852 (242 of 284 positives, 8 false);
    # - fresh13.csv (122 titles, 345 labels, collected blind 19:38-19:48 UTC after the tenth session's last
    #   recogniser change 10666e3), scored as the fresh part at a071d33: P 0.948 / R 0.876 (184 of 210
    #   positives, 10 false);
    # - fresh14.csv (134 titles, 369 labels, collected blind 20:31-20:42 UTC during the eleventh session's
    #   tuning round), scored once by the lead at its labels commit, after three of the round's item-block
    #   changes, which its collectors never saw: P 0.952 / R 0.901 (200 of 222 positives, 10 false); with the
    #   lead's label corrections of the same session (the four partner rows of a 一图读懂 of a 工作计划 made
    #   negative), that first score recomputed with the same item blocks is P 0.933 / R 0.899 (196 of 218, 14 false).
    # - fresh15.csv (164 titles, 524 labels, collected blind 21:33-21:46 UTC by three collectors after the eleventh
    #   session's last recogniser change 03527b7), scored once by the lead at its labels commit: P 0.957 / R 0.885
    #   (200 of 226 positives, 9 false), the same with the item blocks of 03527b7 alone and with the twelfth
    #   round's first change 4da8e7b, which its collectors never saw.
    # - fresh16.csv (108 titles, 300 labels, collected blind 22:09-22:27 UTC by five collectors after the twelfth
    #   round's last recogniser change d93cd98), scored once unchanged as the fresh part at its labels commit:
    #   P 0.985 / R 0.849 (135 of 159 positives, 2 false).
    # - fresh17.csv (183 titles, 529 labels, collected blind 23:35-23:44 UTC by five collectors after the thirteenth
    #   round's last recogniser change a0fc872), scored once unchanged as the fresh part at its labels commit:
    #   P 0.967 / R 0.925 (234 of 253 positives, 8 false).
    # - fresh18.csv (170 titles, 665 labels, collected blind 00:18-00:28 UTC by five collectors after the fourteenth
    #   round's last recogniser change 58eeec9), scored once unchanged as the fresh part at its labels commit:
    #   P 0.935 / R 0.928 (258 of 278 positives, 18 false).
    # - fresh19.csv (186 titles, 616 labels, collected blind 03:45-03:55 UTC by five collectors after the fifteenth
    #   round's last recogniser change 96bee3e), scored once unchanged as the fresh part at its labels commit:
    #   P 0.984 / R 0.932 (301 of 323 positives, 5 false).
    # - fresh20.csv (173 titles, 522 labels, collected blind 04:34-04:44 UTC by five collectors after the sixteenth
    #   round's last recogniser change c1d3cde), scored once unchanged as the fresh part at its labels commit:
    #   P 0.937 / R 0.946 (295 of 312 positives, 20 false).
    # - fresh21.csv (147 titles, 400 labels, collected blind 05:03-05:10 UTC by five collectors after the seventeenth
    #   round's last recogniser change 0ac0fcf), scored once unchanged as the fresh part at its labels commit:
    #   P 0.961 / R 0.925 (221 of 239 positives, 9 false).
    # - fresh22.csv (133 titles, 329 labels, collected blind 05:31-05:37 UTC by five collectors after the eighteenth
    #   round's last recogniser change a534e1d), scored once unchanged as the fresh part at its labels commit:
    #   P 0.943 / R 0.987 (233 of 236 positives, 14 false).
    # - fresh23.csv (168 titles, 755 labels, collected blind 17:15-17:18 UTC by five collectors after the nineteenth
    #   round's last recogniser change 845746a, with a labelling guide rebuilt from this README and the tuned labels),
    #   scored once unchanged as the fresh part at its labels commit: P 0.875 / R 0.901 (273 of 303 positives, 39 false).
    # - fresh24.csv (140 titles, 499 labels, collected blind 17:56-17:58 UTC by five collectors after the twentieth
    #   round's last recogniser change 9bf6c9d, with the same guide and at most 12 pairing titles each), scored once
    #   unchanged as the fresh part at its labels commit: P 0.848 / R 0.956 (195 of 204 positives, 35 false).
    # - fresh25.csv (154 titles, 520 labels, collected blind 18:27-18:31 UTC by five collectors after the twenty-first
    #   round's last recogniser change 94a4e71, with the same guide and pairing cap), scored once unchanged as the fresh
    #   part at its labels commit: P 0.895 / R 0.975 (230 of 236 positives, 27 false).
    # - fresh26.csv (148 titles, 525 labels, collected blind 18:47-18:51 UTC by five collectors after the twenty-second
    #   round's last recogniser change d41c555), scored once unchanged as the fresh part at its labels commit (fd05a7d,
    #   which writes some words in braces, gives the same): P 0.885 / R 0.923 (193 of 209 positives, 25 false).
    # - fresh27.csv (135 titles, 477 labels, collected blind 19:38-19:41 UTC by five collectors after the twenty-third
    #   round's last recogniser change 170a187), scored once unchanged as the fresh part at its labels commit: P 0.962 /
    #   R 0.940 (204 of 217 positives, 8 false). After the twenty-fourth round's last recogniser change f4e48df: P 1.000 /
    #   R 0.977 (212 of 217 positives, none false).
    # - fresh28.csv (147 titles, 472 labels, collected blind 20:06-20:09 UTC by five collectors after the twenty-fourth
    #   round's last recogniser change f4e48df), scored once unchanged as the fresh part at its labels commit: P 0.937 /
    #   R 0.909 (179 of 197 positives, 12 false). After the twenty-fifth round's last recogniser change 2e9fc4e: P 0.989 /
    #   R 0.919 (181 of 197 positives, 2 false).
    # - fresh29.csv (147 titles, 449 labels, collected blind 20:26-20:30 UTC by five collectors after the twenty-fifth
    #   round's last recogniser change 2e9fc4e), scored once unchanged as the fresh part at its labels commit: P 0.923 /
    #   R 0.977 (168 of 172 positives, 14 false). After the twenty-sixth round's last recogniser change 3113410: P 1.000 /
    #   R 0.994 (171 of 172 positives, none false).
    # - fresh30.csv (138 titles, 461 labels, collected blind 20:41-20:45 UTC by five collectors after the twenty-sixth
    #   round's last recogniser change 3113410), scored once unchanged as the fresh part at its labels commit: P 0.920 /
    #   R 0.926 (162 of 175 positives, 14 false). After the twenty-seventh round's last recogniser change c51104c: P 0.971 /
    #   R 0.949 (166 of 175 positives, 5 false).
    # - fresh31.csv (145 titles, 444 labels, collected blind 21:04-21:08 UTC by five collectors, from the recounted map,
    #   after the twenty-seventh round's last recogniser change c51104c), scored once unchanged as the fresh part at its
    #   labels commit: P 0.900 / R 0.943 (181 of 192 positives, 20 false). After the twenty-eighth round's last recogniser
    #   change bcf2558: P 0.959 / R 0.969 (186 of 192 positives, 8 false).
    # - fresh32.csv (138 titles, 442 labels, collected blind 21:31-21:35 UTC by five collectors, from the recounted map,
    #   after the twenty-eighth round's last recogniser change bcf2558), scored once unchanged as the fresh part at its
    #   labels commit: P 0.947 / R 0.923 (179 of 194 positives, 10 false). After the twenty-ninth round's last recogniser
    #   change 6c32698: P 0.989 / R 0.969 (188 of 194 positives, 2 false).
    # - fresh33.csv (140 titles, 425 labels, collected blind 21:49-21:53 UTC by five collectors, from the s25 map's
    #   first split, after the twenty-ninth round's last recogniser change 6c32698), scored once unchanged as the fresh
    #   part at its labels commit: P 0.875 / R 0.889 (112 of 126 positives, 16 false). After the thirtieth round's last
    #   recogniser change 01788d9: P 0.931 / R 0.960 (121 of 126 positives, 9 false).
    # - fresh34.csv (140 titles, 443 labels, collected blind 22:05-22:10 UTC by five collectors, from the s25 map's
    #   second split, after the thirtieth round's last recogniser change 01788d9), scored once unchanged as the fresh
    #   part at its labels commit: P 0.884 / R 0.923 (168 of 182 positives, 22 false). After the thirty-first round's
    #   last recogniser change 8a1f20a: P 0.962 / R 0.973 (177 of 182 positives, 7 false).
    # - fresh35.csv (139 titles, 486 labels, collected blind 22:26-22:29 UTC by five collectors, from the s26 map's
    #   first split, after the thirty-first round's last recogniser change 8a1f20a), scored once unchanged as the fresh
    #   part at its labels commit: P 0.951 / R 0.923 (155 of 168 positives, 8 false). After the thirty-second round's
    #   last recogniser change d00f2fa: P 0.975 / R 0.940 (158 of 168 positives, 4 false).
    # - fresh36.csv (133 titles, 496 labels, collected blind 22:42-22:47 UTC by five collectors, from the s26 map's
    #   second split, after the thirty-second round's last recogniser change d00f2fa), scored once unchanged as the
    #   fresh part at its labels commit: P 0.954 / R 0.974 (188 of 193 positives, 9 false). After the thirty-third
    #   round's last recogniser change 7546fe6: P 0.995 / R 0.984 (190 of 193 positives, 1 false).
    # - fresh37.csv (133 titles, 442 labels, collected blind 23:01-23:05 UTC by five collectors, from the s27 map's
    #   split, after the thirty-third round's last recogniser change 7546fe6), scored once unchanged as the fresh part
    #   at its labels commit: P 0.973 / R 0.965 (109 of 113 positives, 3 false). After the thirty-fourth round's last
    #   recogniser change 2cdd416: P 1.000 / R 0.982 (111 of 113 positives, 0 false).
    # - fresh38.csv (148 titles, 520 labels, collected blind 23:18-23:21 UTC by five collectors, from the s28 map's
    #   split, after the thirty-fourth round's last recogniser change 2cdd416), scored once unchanged as the fresh part
    #   at its labels commit: P 0.951 / R 0.907 (175 of 193 positives, 9 false). After the thirty-fifth round's last
    #   recogniser change 0f649a2: P 0.968 / R 0.953 (184 of 193 positives, 6 false).
    # - fresh39.csv (134 titles, 475 labels, collected blind 23:35-23:40 UTC by five collectors, from the s29 map's
    #   split, after the thirty-fifth round's last recogniser change 0f649a2), scored once unchanged as the fresh part
    #   at its labels commit: P 0.882 / R 0.894 (135 of 151 positives, 18 false). After the thirty-sixth round's last
    #   recogniser change b5a9d3a: P 0.973 / R 0.947 (143 of 151 positives, 4 false).
    # - fresh40.csv (137 titles, 421 labels, collected blind 00:06-00:10 UTC by five collectors, from the s30 map's
    #   split, after the thirty-sixth round's last recogniser change b5a9d3a), scored once unchanged as the fresh part
    #   at its labels commit: P 0.871 / R 0.852 (115 of 135 positives, 17 false). After the thirty-seventh round's last
    #   recogniser change 9e34afe: P 0.976 / R 0.911 (123 of 135 positives, 3 false).
    # - fresh41.csv (142 titles, 491 labels, collected blind 00:27-00:31 UTC by five collectors, from the s31 map's
    #   split, after the thirty-seventh round's last recogniser change 9e34afe), scored once unchanged as the fresh
    #   part at its labels commit: P 0.892 / R 0.830 (132 of 159 positives, 16 false). After the thirty-eighth round's
    #   last recogniser change 8c71e8d: P 0.973 / R 0.918 (146 of 159 positives, 4 false).
    # - fresh42.csv (129 titles, 414 labels, collected blind 00:47-00:53 UTC by five collectors, from the s32 map's
    #   split, after the thirty-eighth round's last recogniser change 8c71e8d), scored once unchanged as the fresh
    #   part at its labels commit: P 0.925 / R 0.739 (99 of 134 positives, 8 false). After the thirty-ninth round's
    #   last recogniser change 4720c1c: P 0.947 / R 0.925 (124 of 134 positives, 7 false).
    # - fresh43.csv (131 titles, 485 labels, collected blind 01:09-01:14 UTC by five collectors, from the s33 map's
    #   split, after the thirty-ninth round's last recogniser change 4720c1c), scored once unchanged as the fresh
    #   part at its labels commit: P 0.856 / R 0.875 (77 of 88 positives, 13 false). After the fortieth round's
    #   last recogniser change a24acbf: P 0.902 / R 0.943 (83 of 88 positives, 9 false).
    # - fresh44.csv (124 titles, 432 labels, collected blind 01:30-01:34 UTC by five collectors, from the s34 map's
    #   split, after the fortieth round's last recogniser change a24acbf), scored once unchanged as the fresh part at
    #   its labels commit: P 0.894 / R 0.846 (126 of 149 positives, 15 false). After the forty-first round's last
    #   recogniser change 71928b0: P 0.947 / R 0.846 (126 of 149 positives, 7 false).
    # - fresh45.csv (140 titles, 414 labels, collected blind 02:00-02:02 UTC by five collectors from copies already on
    #   the machine, the s35 map's split, after the forty-first round's last recogniser change 71928b0), scored once
    #   unchanged as the fresh part at its labels commit: P 0.961 / R 0.905 (124 of 137 positives, 5 false). After the
    #   forty-second round's last recogniser change bb58bad: P 0.985 / R 0.934 (128 of 137 positives, 2 false).
    # - fresh46.csv (145 titles, 449 labels, collected blind 02:36-02:40 UTC by five collectors, the s36 map's split,
    #   after the forty-second round's last recogniser change bb58bad), scored once unchanged as the fresh part at its
    #   labels commit: P 0.949 / R 0.804 (74 of 92 positives, 4 false). After the forty-third round's last recogniser
    #   change b1ec195: P 0.965 / R 0.891 (82 of 92 positives, 3 false).
    # - fresh47.csv (146 titles, 467 labels, collected blind 02:58-03:01 UTC by five collectors, the s37 map's split,
    #   after the forty-third round's last recogniser change b1ec195), scored once unchanged as the fresh part at its
    #   labels commit: P 1.000 / R 0.908 (79 of 87 positives, none false). After the forty-fourth round's last
    #   recogniser change 7d61424: P 1.000 / R 0.943 (82 of 87 positives, none false).
    # - fresh48.csv (135 titles, 382 labels, collected blind 03:14-03:17 UTC by five collectors, the s38 map's split,
    #   after the forty-fourth round's last recogniser change 7d61424), scored once unchanged as the fresh part at its
    #   labels commit: P 0.850 / R 0.810 (51 of 63 positives, 9 false).
    # - fresh49.csv (143 titles, 417 labels, collected blind 03:30-03:34 UTC by five collectors, the s39 map's split,
    #   after the forty-fifth round's last recogniser change 3531598), scored once unchanged as the fresh part at its
    #   labels commit: P 0.872 / R 0.800 (68 of 85 positives, 10 false). After the forty-sixth round's last recogniser
    #   change 0a04c57: P 0.939 / R 0.906 (77 of 85 positives, 5 false).
    # - fresh50.csv (134 titles, 439 labels, collected blind 03:46-03:52 UTC by five collectors, the s40 map's split,
    #   after the forty-sixth round's last recogniser change 0a04c57), scored once unchanged as the fresh part at its
    #   labels commit: P 0.853 / R 0.810 (64 of 79 positives, 11 false).
    # - fresh51.csv (106 titles, 357 labels, collected blind 04:16-04:19 UTC by five collectors from copies already on
    #   the machine, after the forty-seventh round's last recogniser change 94cb80e), scored once unchanged as the fresh
    #   part at its labels commit: P 0.848 / R 0.894 (84 of 94 positives, 15 false).
    # - fresh52.csv (105 titles, 327 labels, collected blind 04:52-04:56 UTC by five collectors after the forty-eighth
    #   round's last recogniser change ad2f161), scored once unchanged as the fresh part at its labels commit:
    #   P 0.939 / R 0.906 (77 of 85 positives, 5 false).
    # - fresh53.csv (132 titles, 375 labels, collected blind 05:19-05:23 UTC by five collectors after the forty-ninth
    #   round's last recogniser change d63e98a), scored once unchanged as the fresh part at its labels commit:
    #   P 0.926 / R 0.806 (50 of 62 positives, 4 false).
    # - fresh54.csv (128 titles, 351 labels, collected blind 05:43-05:48 UTC by five collectors after the fiftieth
    #   round's last recogniser change 5ecb19a), scored once unchanged as the fresh part at its labels commit:
    #   P 0.878 / R 0.900 (72 of 80 positives, 10 false).
    # - fresh55.csv (100 titles, 327 labels, collected blind 06:05-06:12 UTC by five collectors after the fifty-first
    #   round's last recogniser change 3b9bbb2), scored once unchanged as the fresh part at its labels commit:
    #   P 0.988 / R 0.882 (82 of 93 positives, 1 false).
    # - fresh56.csv (111 titles, 393 labels, collected blind 06:27-06:31 UTC by five collectors after the fifty-second
    #   round's last recogniser change 7a596f6), scored once unchanged as the fresh part at its labels commit:
    #   P 0.950 / R 0.960 (95 of 99 positives, 5 false).
    # - fresh57.csv (122 titles, 387 labels, collected blind 06:46-06:51 UTC by five collectors after the fifty-third
    #   round's last recogniser change 284dd0f), scored once unchanged as the fresh part at its labels commit:
    #   P 0.864 / R 0.854 (70 of 82 positives, 11 false).
    # - fresh58.csv (122 titles, 403 labels, collected blind 07:15-07:19 UTC by five collectors after the fifty-fourth
    #   round's last recogniser change ca917dc), scored once unchanged as the fresh part at its labels commit:
    #   P 0.974 / R 0.983 (114 of 116 positives, 3 false).
    # - fresh59.csv (131 titles, 441 labels, collected blind 07:36-07:39 UTC by five collectors after the fifty-fifth
    #   round's last recogniser change 9532e0c), scored once unchanged as the fresh part at its labels commit:
    #   P 0.917 / R 0.938 (121 of 129 positives, 11 false).
    # - fresh60.csv (128 titles, 461 labels, collected blind 07:54-07:57 UTC by five collectors after the fifty-sixth
    #   round's last recogniser change 07867d3), scored once unchanged as the fresh part at its labels commit:
    #   P 0.820 / R 0.901 (109 of 121 positives, 24 false).
    # - fresh61.csv (123 titles, 386 labels, collected blind 08:14-08:17 UTC by five collectors after the fifty-seventh
    #   round's last recogniser change 216c25e), scored once unchanged as the fresh part at its labels commit:
    #   P 0.977 / R 0.874 (125 of 143 positives, 3 false).
    # - fresh62.csv (129 titles, 442 labels, collected blind 08:32-08:36 UTC by five collectors after the fifty-eighth
    #   round's last recogniser change 499c24a), scored once unchanged as the fresh part at its labels commit:
    #   P 0.899 / R 0.873 (124 of 142 positives, 14 false).
    # - fresh63.csv (101 titles, 340 labels, collected blind 08:49-08:52 UTC by five collectors after the fifty-ninth
    #   round's last recogniser change 316da43), scored once unchanged as the fresh part at its labels commit:
    #   P 0.901 / R 0.959 (118 of 123 positives, 13 false).
    # - fresh64.csv (141 titles, 561 labels, collected blind 09:24-09:27 UTC by five collectors after the sixtieth
    #   round's last recogniser change fee8d70), scored once unchanged as the fresh part at its labels commit:
    #   P 0.935 / R 0.889 (144 of 162 positives, 10 false).
    # - fresh65.csv (127 titles, 463 labels, collected blind 09:43-09:47 UTC by five collectors after the sixty-first
    #   round's last recogniser change 79ad187), scored once unchanged as the fresh part at its labels commit:
    #   P 0.888 / R 0.941 (127 of 135 positives, 16 false).
    # - fresh66.csv (129 titles, 460 labels, collected blind 10:02-10:06 UTC by five collectors after the sixty-second
    #   round's last recogniser change 353a534), scored once unchanged as the fresh part at its labels commit:
    #   P 0.907 / R 0.932 (136 of 146 positives, 14 false).
    # - fresh67.csv (136 titles, 466 labels, collected blind 10:17-10:21 UTC by five collectors after the sixty-third
    #   round's last recogniser change 161731a), scored once unchanged as the fresh part at its labels commit:
    #   P 0.903 / R 0.897 (130 of 145 positives, 14 false).
    # - fresh68.csv (135 titles, 435 labels, collected blind 10:36-10:40 UTC by five collectors after the sixty-fourth
    #   round's last recogniser change 46fa130), scored once unchanged as the fresh part at its labels commit:
    #   P 0.972 / R 0.890 (138 of 155 positives, 4 false).
    # - fresh69.csv (133 titles, 458 labels, collected blind 10:53-10:57 UTC by five collectors after the sixty-fifth
    #   round's last recogniser change 12e7b73), scored once unchanged as the fresh part at its labels commit:
    #   P 0.960 / R 0.942 (145 of 154 positives, 6 false).
    # - fresh70.csv (139 titles, 465 labels, collected blind 11:10-11:13 UTC by five collectors after the sixty-sixth
    #   round's last recogniser change 9a9b7bf), scored once unchanged as the fresh part at its labels commit:
    #   P 0.881 / R 0.821 (119 of 145 positives, 16 false).
    # - fresh71.csv (131 titles, 438 labels, collected blind 11:45-11:48 UTC by five collectors after the sixty-seventh
    #   round's last recogniser change 27b3c5e), scored once unchanged as the fresh part at its labels commit:
    #   P 0.952 / R 0.890 (138 of 155 positives, 7 false).
    # - fresh72.csv (134 titles, 469 labels, collected blind 12:03-12:06 UTC by five collectors after the sixty-eighth
    #   round's last recogniser change b5188ed), scored once unchanged as the fresh part at its labels commit:
    #   P 0.914 / R 0.876 (148 of 169 positives, 14 false).
    # - fresh73.csv (129 titles, 461 labels, collected blind 12:22-12:25 UTC by five collectors after the sixty-ninth
    #   round's last recogniser change 0634013), scored once unchanged as the fresh part at its labels commit:
    #   P 0.922 / R 0.916 (141 of 154 positives, 12 false).
    # - fresh74.csv (123 titles, 459 labels, collected blind 12:40-12:43 UTC by five collectors after the seventieth
    #   round's last recogniser change 6fa8029), scored once unchanged as the fresh part at its labels commit:
    #   P 0.930 / R 0.858 (133 of 155 positives, 10 false).
    # - fresh75.csv (121 titles, 432 labels, collected blind 12:57-13:00 UTC by five collectors after daf22d3, the
    #   lead's revert of 21856fa; the tuner's 9620152 landed at 13:00:03 as the collection closed and moves none of its
    #   labels), scored once unchanged as the fresh part at its labels commit: P 0.923 / R 0.905 (143 of 158 positives,
    #   12 false), the same at daf22d3 and at 9620152.
    # - fresh76.csv (134 titles, 440 labels, collected blind 13:18-13:21 UTC by five collectors after the seventy-second
    #   round's last recogniser change 4b01e55), scored once unchanged as the fresh part at its labels commit:
    #   P 0.994 / R 0.911 (173 of 190 positives, 1 false).
    # - fresh77.csv (130 titles, 397 labels, collected blind 13:34-13:38 UTC by five collectors after the seventy-third
    #   round's last recogniser change 0147d0f), scored once unchanged as the fresh part at its labels commit:
    #   P 0.976 / R 0.915 (162 of 177 positives, 4 false).
    # - fresh78.csv (125 titles, 343 labels, collected blind 14:11-14:15 UTC by five collectors after the seventy-fourth
    #   round's last recogniser change b8a6176), scored once unchanged as the fresh part at its labels commit:
    #   P 0.922 / R 0.965 (166 of 172 positives, 14 false).
    # - fresh79.csv (132 titles, 378 labels, collected blind 14:30-14:35 UTC by five collectors after the seventy-fifth
    #   round's last recogniser change 836ae28), scored once unchanged as the fresh part at its labels commit:
    #   P 0.937 / R 0.937 (193 of 206 positives, 13 false).
    # - fresh80.csv (116 titles, 399 labels, collected blind 14:49-14:54 UTC by five collectors after the seventy-sixth
    #   round's last recogniser change c1f9701), scored once unchanged as the fresh part at its labels commit:
    #   P 0.943 / R 0.988 (166 of 168 positives, 10 false).
    # - fresh81.csv (120 titles, 358 labels, collected blind 15:06-15:09 UTC by five collectors after the seventy-seventh
    #   round's last recogniser change d4c57a9), scored once unchanged as the fresh part at its labels commit:
    #   P 0.972 / R 0.867 (137 of 158 positives, 4 false).
    # - fresh82.csv (116 titles, 346 labels, collected blind 15:24-15:27 UTC by five collectors after the seventy-eighth
    #   round's last recogniser change 4edc9f6), scored once unchanged as the fresh part at its labels commit:
    #   P 0.898 / R 0.950 (132 of 139 positives, 15 false).
    # - fresh83.csv (105 titles, 356 labels, collected blind 15:43-15:47 UTC by five collectors after the seventy-ninth
    #   round's last recogniser change 72f2ab3), scored once unchanged as the fresh part at its labels commit:
    #   P 0.925 / R 0.969 (123 of 127 positives, 10 false).
    # - fresh84.csv (100 titles, 365 labels, collected blind 16:00-16:04 UTC by five collectors after the eightieth
    #   round's last recogniser change 5dbf371), scored once unchanged as the fresh part at its labels commit:
    #   P 0.935 / R 0.977 (129 of 132 positives, 9 false).
    # - fresh85.csv (108 titles, 387 labels, collected blind 22:11-22:13 UTC by five collectors after the eighty-first
    #   round's last recogniser change 3252df4), scored once unchanged as the fresh part at its labels commit:
    #   P 1.000 / R 0.977 (128 of 131 positives, 0 false).
    # - fresh86.csv (106 titles, 367 labels, collected blind 22:37-22:44 UTC by seven collectors after the eighty-second
    #   round's last recogniser change b4231f9), scored once unchanged as the fresh part at its labels commit:
    #   P 0.956 / R 0.922 (130 of 141 positives, 6 false).
    # - fresh87.csv (108 titles, 370 labels, collected blind 23:08-23:12 UTC by seven collectors after the eighty-third
    #   round's last recogniser change a6e8431), scored once unchanged as the fresh part at its labels commit:
    #   P 1.000 / R 0.968 (149 of 154 positives, 0 false).
    # - fresh88.csv (101 titles, 318 labels, collected blind 23:28-23:33 UTC by seven collectors after the eighty-fourth
    #   round's last recogniser change 90aa6ad), scored once unchanged as the fresh part at its labels commit:
    #   P 0.950 / R 0.966 (114 of 118 positives, 6 false).
    # - fresh89.csv (104 titles, 393 labels, collected blind 23:51-23:56 UTC by eight collectors after the eighty-fifth
    #   round's last recogniser change 64929e0), scored once unchanged as the fresh part at its labels commit:
    #   P 0.994 / R 0.922 (153 of 166 positives, 1 false).
    # - fresh90.csv (130 titles, 456 labels, collected blind 00:36-00:40 UTC by eight collectors after the eighty-sixth
    #   round's last recogniser change c678273), scored once unchanged as the fresh part at its labels commit:
    #   P 0.940 / R 0.912 (125 of 137 positives, 8 false).
    # - fresh91.csv (121 titles, 416 labels, collected blind 01:08-01:10 UTC by eight collectors after the eighty-seventh
    #   round's last recogniser change 8a358f9), scored once unchanged as the fresh part at its labels commit:
    #   P 0.917 / R 0.923 (132 of 143 positives, 12 false).
    # - fresh92.csv (114 titles, 391 labels, collected blind 01:31-01:36 UTC by eight collectors after the eighty-eighth
    #   round's last recogniser change 355a141), scored once unchanged as the fresh part at its labels commit:
    #   P 0.897 / R 0.942 (131 of 139 positives, 15 false).
    # - fresh93.csv (109 titles, 423 labels, collected blind 02:00-02:03 UTC by eight collectors after the eighty-ninth
    #   round's last recogniser change 7a4d27a), scored once unchanged as the fresh part at its labels commit:
    #   P 0.838 / R 0.884 (114 of 129 positives, 22 false).
    # - fresh94.csv (118 titles, 421 labels, collected blind 03:42-03:47 UTC by eight collectors and two top-up collectors
    #   after the ninetieth round's last recogniser change 1ec3319), scored once unchanged as the fresh part at its labels
    #   commit: P 1.000 / R 0.957 (154 of 161 positives, 0 false).
    # - fresh95.csv (111 titles, 351 labels, collected blind 04:22-04:27 UTC by nine collectors and two top-up collectors
    #   after the ninety-first round's last recogniser change e3776a4), scored once unchanged as the fresh part at its
    #   labels commit: P 1.000 / R 1.000 (134 of 134 positives, 0 false).
    # - fresh96.csv (116 titles, 361 labels, collected blind 05:34-05:39 UTC by nine collectors after the ninety-second
    #   round's last recogniser change 4f7d95e), scored once unchanged as the fresh part at its labels commit:
    #   P 0.972 / R 0.945 (104 of 110 positives, 3 false).
    # - fresh97.csv (113 titles, 376 labels, collected blind 06:25-06:28 UTC by eight collectors after the ninety-third
    #   round's last recogniser change 37aa99c), scored once unchanged as the fresh part at its labels commit:
    #   P 0.984 / R 0.948 (184 of 194 positives, 3 false).
    # - fresh98.csv (119 titles, 388 labels, collected blind 07:05-07:08 UTC by eight collectors after the ninety-fourth
    #   round's last recogniser change e7fc661), scored once unchanged as the fresh part at its labels commit:
    #   P 1.000 / R 0.982 (164 of 167 positives, 0 false).
    later = {"fresh9.csv": (0.948, 0.805), "fresh10.csv": (0.966, 0.870),
             "fresh11.csv": (0.944, 0.897), "fresh12.csv": (0.968, 0.852),
             "fresh13.csv": (0.948, 0.876), "fresh14.csv": (0.933, 0.899),
             "fresh15.csv": (0.957, 0.885),
             "fresh16.csv": (0.985, 0.849), "fresh17.csv": (0.967, 0.925),
             "fresh18.csv": (0.935, 0.928), "fresh19.csv": (0.984, 0.932),
             "fresh20.csv": (0.937, 0.946), "fresh21.csv": (0.961, 0.925),
             "fresh22.csv": (0.943, 0.987), "fresh23.csv": (0.875, 0.901),
             "fresh24.csv": (0.848, 0.956), "fresh25.csv": (0.895, 0.975),
             "fresh26.csv": (0.885, 0.923), "fresh27.csv": (0.962, 0.940),
             "fresh28.csv": (0.937, 0.909), "fresh29.csv": (0.923, 0.977),
             "fresh30.csv": (0.920, 0.926), "fresh31.csv": (0.900, 0.943),
             "fresh32.csv": (0.947, 0.923), "fresh33.csv": (0.875, 0.889),
             "fresh34.csv": (0.884, 0.923), "fresh35.csv": (0.951, 0.923),
             "fresh36.csv": (0.954, 0.974), "fresh37.csv": (0.973, 0.965),
             "fresh38.csv": (0.951, 0.907), "fresh39.csv": (0.882, 0.894),
             "fresh40.csv": (0.871, 0.852),
             "fresh41.csv": (0.892, 0.830),
             "fresh42.csv": (0.925, 0.739),
             "fresh43.csv": (0.856, 0.875),
             "fresh44.csv": (0.894, 0.846),
             "fresh45.csv": (0.961, 0.905),
             "fresh46.csv": (0.949, 0.804),
             "fresh47.csv": (1.000, 0.908),
             "fresh48.csv": (0.850, 0.810),
             "fresh49.csv": (0.872, 0.800),
             "fresh50.csv": (0.853, 0.810),
             "fresh51.csv": (0.848, 0.894),
             "fresh52.csv": (0.939, 0.906),
             "fresh53.csv": (0.926, 0.806),
             "fresh54.csv": (0.878, 0.900),
             "fresh55.csv": (0.988, 0.882),
             "fresh56.csv": (0.950, 0.960),
             "fresh57.csv": (0.864, 0.854),
             "fresh58.csv": (0.974, 0.983),
             "fresh59.csv": (0.917, 0.938),
             "fresh60.csv": (0.820, 0.901),
             "fresh61.csv": (0.977, 0.874),
             "fresh62.csv": (0.899, 0.873),
             "fresh63.csv": (0.901, 0.959),
             "fresh64.csv": (0.935, 0.889),
             "fresh65.csv": (0.888, 0.941),
             "fresh66.csv": (0.907, 0.932),
             "fresh67.csv": (0.903, 0.897),
             "fresh68.csv": (0.972, 0.890),
             "fresh69.csv": (0.960, 0.942),
             "fresh70.csv": (0.881, 0.821),
             "fresh71.csv": (0.952, 0.890),
             "fresh72.csv": (0.914, 0.876),
             "fresh73.csv": (0.922, 0.916),
             "fresh74.csv": (0.930, 0.858),
             "fresh75.csv": (0.923, 0.905),
             "fresh76.csv": (0.994, 0.911),
             "fresh77.csv": (0.976, 0.915),
             "fresh78.csv": (0.922, 0.965),
             "fresh79.csv": (0.937, 0.937),
             "fresh80.csv": (0.943, 0.988),
             "fresh81.csv": (0.972, 0.867),
             "fresh82.csv": (0.898, 0.950),
             "fresh83.csv": (0.925, 0.969),
             "fresh84.csv": (0.935, 0.977),
             "fresh85.csv": (1.000, 0.977),
             "fresh86.csv": (0.956, 0.922),
             "fresh87.csv": (1.000, 0.968),
             "fresh88.csv": (0.950, 0.966),
             "fresh89.csv": (0.994, 0.922),
             "fresh90.csv": (0.940, 0.912),
             "fresh91.csv": (0.917, 0.923),
             "fresh92.csv": (0.897, 0.942),
             "fresh93.csv": (0.838, 0.884),
             "fresh94.csv": (1.000, 0.957),
             "fresh95.csv": (1.000, 1.000),
             "fresh96.csv": (0.972, 0.945),
             "fresh97.csv": (0.984, 0.948),
             "fresh98.csv": (1.000, 0.982)}
    for origin, (precision, recall) in later.items():
        path = _path(origin)
        assert len({row["title"] for row in read_rows(path)}) >= 100
        if origin not in file_scores:
            file_scores[origin], _ = score(origin)
        total = whole(origin)
        assert total.tp + total.fp + total.fn + total.tn == len(read_rows(path))
        assert _at_least(total, precision, recall), (origin, total.precision, total.recall)
    # fresh15.csv (collected blind during the twelfth session's tuning round) is split by the hash like
    # fresh14.csv when the lead adds it; a missing file adds nothing.
    assert all(row["part"] in ("tuned", "held-out") for row in labelled_rows() if row["origin"] == "fresh15.csv")
    # The fresh part: fresh98.csv, collected after the ninety-fourth round's last recogniser change and scored
    # once unchanged (empty until the lead adds it).
    fresh = totals(scores, "fresh")
    assert fresh.tp + fresh.fp + fresh.fn + fresh.tn == len(read_rows(FRESH_FILE))


def test_the_table_for_tuning_shows_the_tuned_part_alone():
    # benchmarks/title_corpus.py --tuned-only: a tuner reads this table, so no held-out or fresh figure is in it.
    scores, unscored = score()
    full, tuned_only = table(scores, unscored).splitlines(), table(scores, unscored, ("tuned",)).splitlines()
    assert tuned_only[0].split() == ["checklist", "check", "tuned", "P", "tuned", "R", "n"]
    assert not any("held-out" in line or "fresh P" in line for line in tuned_only)
    assert len(full) == len(tuned_only)
    for whole, alone in zip(full[1:], tuned_only[1:]):
        # the same row cut after the tuned cells (labels 38 wide, then cells of 11, 11 and 5), or the same note
        assert alone == (whole if whole.startswith("no item block") else whole[:38 + 27])



def test_the_four_plans_pairing_checks_share_one_policy_and_one_interpretation_block():
    # The corpus labels a policy document (and its interpretation) alike for the four plans' pairing checks, and
    # every tuning round changes the four copies together; a copy left behind would score the same title two ways.
    from govopen_cli.checklist.load import load_checklist
    pairing = {"qufu-transport-2023": "T4.1", "shanghai-transport-2024": "T2.2",
               "chengguan-keypoints": "T4.1", "qingyunpu-division": "T3.1"}
    params = {name: next(check.params for check in load_checklist(name).checks if check.id == check_id)
              for name, check_id in pairing.items()}
    for key in ("item", "partner_item"):
        differing = [name for name in pairing if params[name][key] != params["qufu-transport-2023"][key]]
        assert differing == [], (key, differing)
