"""Timeliness as a deadline date (the 20th working day after 生成日期, 调休 included), around every
holiday and make-up working day of 2023–2025; archival posts and reposts set aside into notes."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from govopen_cli.calendar import WorkCalendar
from govopen_cli.checklist.load import load_checklist
from govopen_cli.engine import RunOptions, run_checklist
from tests.helpers import make_dataset

CASES = yaml.safe_load((Path(__file__).parent / "data" / "deadlines" / "2023-2025.yaml").read_text(encoding="utf-8"))["cases"]
CALENDAR = WorkCalendar()


def _run(tmp_path, rows, **params):
    check = {"id": "X", "title": "及时公开", "rule": "timeliness", **params}
    path = tmp_path / "c.yaml"
    path.write_text(yaml.safe_dump({"id": "c", "title": "清单", "checks": [check]}, allow_unicode=True), encoding="utf-8")
    result = run_checklist(load_checklist(str(path)), [make_dataset(rows)],
                           RunOptions(as_of=dt.date(2026, 1, 1), calendar=CALENDAR))
    return result.findings, result.checks[0]


def test_the_cases_cover_every_holiday_and_make_up_day_of_2023_to_2025():
    import chinese_calendar

    titles = " ".join(case["title"] for case in CASES)
    for day in chinese_calendar.workdays:
        if 2023 <= day.year <= 2025:
            assert f"调休上班日 {day}" in titles
    for name in ("元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节"):
        assert titles.count(name) >= 6, name  # each of three years, two cases each
    assert len(CASES) == 58


@pytest.mark.parametrize("case", CASES, ids=[case["title"] for case in CASES])
def test_deadline_around_holidays(tmp_path, case):
    start = case["生成日期"]
    releases = [(day, False) for day in case["on_time"]] + [(day, True) for day in case["late"]]
    rows = [{"生成日期": start.isoformat(), "发布日期": day.isoformat()} for day, _ in releases]
    findings, check = _run(tmp_path, rows)
    assert [f.row for f in findings] == [index + 2 for index, (_, late) in enumerate(releases) if late]
    for finding in findings:
        assert finding.message.endswith(f"晚于公开期限 {case['deadline']:%Y-%m-%d}（20 个工作日）")
    assert check.status == ("fail" if case["late"] else "pass")


def test_a_release_on_a_holiday_after_the_deadline_is_late_though_no_working_day_passed(tmp_path):
    # Deadline Friday 2023-09-28 (the last working day before 中秋、国庆); released on the holiday 09-30.
    findings, _ = _run(tmp_path, [{"生成日期": "2023-08-31", "发布日期": "2023-09-30"}])
    [finding] = findings
    assert finding.message == ("生成日期 2023-08-31，发布日期 2023-09-30，相隔 20 个工作日，"
                               "晚于公开期限 2023-09-28（20 个工作日）")


def test_archival_posts_go_to_notes_and_never_fail(tmp_path):
    rows = [
        {"生成日期": "2005-03-01", "发布日期": "2015-06-01", "信息名称": "2005年的规范性文件（建站时补录）"},
        {"生成日期": "2013-01-10", "发布日期": "2015-06-01", "信息名称": "早于首次发布一年以上"},
        {"生成日期": "2015-04-01", "发布日期": "2015-06-01", "信息名称": "普通的迟发"},
        {"生成日期": "2015-05-20", "发布日期": "2015-06-01", "信息名称": "及时"},
    ]
    findings, check = _run(tmp_path, rows)
    assert [f.row for f in findings] == [4]
    assert check.status == "fail"
    assert [(note["row"], note["text"]) for note in check.notes] == [
        (2, "发布日期 2015-06-01 晚于公开期限 2005-03-29，但生成日期 2005-03-01 早于 2008-05-01，属历史文件补录，不计为超期"),
        (3, "发布日期 2015-06-01 晚于公开期限 2013-02-07，但生成日期 2013-01-10 早于本目录最早的发布日期 2015-06-01 "
            "365 天以上，属历史文件补录，不计为超期"),
    ]
    assert check.note is None  # a failure: its findings speak
    findings, check = _run(tmp_path, rows[:2] + rows[3:])
    assert not findings and check.status == "pass"
    assert check.note == "2 处不计为问题" and [note["row"] for note in check.notes] == [2, 3]
    findings, check = _run(tmp_path, rows, archival=False)
    assert [f.row for f in findings] == [2, 3, 4] and check.notes is None
    findings, check = _run(tmp_path, rows, archival_before="2004-01-01", archival_gap_days=1000)
    assert [f.row for f in findings] == [3, 4] and [n["row"] for n in check.notes] == [2]


def _catalog_rows(extra):
    own = [{"生成日期": f"2023-03-0{n}", "发布日期": f"2023-03-0{n + 1}", "发布机构": "曲阜市交通运输局",
            "文号": f"曲交发〔2023〕{n}号", "来源": ""} for n in range(1, 5)]
    return own + extra


def test_reposts_go_to_notes_by_source_or_by_the_issuing_body_of_the_docno(tmp_path):
    rows = _catalog_rows([
        {"生成日期": "2023-01-03", "发布日期": "2023-06-01", "发布机构": "曲阜市交通运输局",
         "文号": "鲁交发〔2023〕1号", "来源": ""},
        {"生成日期": "2023-01-03", "发布日期": "2023-06-01", "发布机构": "曲阜市交通运输局",
         "文号": "", "来源": "济宁市交通运输局"},
        {"生成日期": "2023-01-03", "发布日期": "2023-06-01", "发布机构": "曲阜市交通运输局",
         "文号": "曲交字〔2023〕9号", "来源": "本站"},
    ])
    findings, check = _run(tmp_path, rows)
    assert [f.row for f in findings] == [8]  # its own document, late
    assert [(note["row"], note["text"]) for note in check.notes] == [
        (6, "发布日期 2023-06-01 晚于公开期限 2023-02-03，但文号“鲁交发〔2023〕1号”的发文机关代字“鲁交发”"
            "不是发布机构本身的，属转载其他机关的文件，不计为超期"),
        (7, "发布日期 2023-06-01 晚于公开期限 2023-02-03，但来源为“济宁市交通运输局”，与发布机构“曲阜市交通运输局”不同，"
            "属转载，不计为超期"),
    ]
    findings, check = _run(tmp_path, rows, reposts=False)
    assert [f.row for f in findings] == [6, 7, 8] and check.notes is None
    # The agency names its own codes: 鲁交 is then its own, 曲交 a repost.
    findings, check = _run(tmp_path, rows, own_docno_prefixes=["鲁交"])
    assert [f.row for f in findings] == [6] and [n["row"] for n in check.notes] == [7, 8]
