"""emergency-release on the 突发事件发布记录: first release within N hours, press conference within 24 h."""
from __future__ import annotations

import datetime as dt
import sys
import textwrap
from pathlib import Path

import pytest

from govopen_cli.calendar import WorkCalendar
from govopen_cli.checklist.load import load_checklist
from govopen_cli.engine import RunOptions, run_checklist
from govopen_cli.errors import ChecklistError
from govopen_cli.io.read import ReadOptions, read_datasets
from govopen_cli.rules import REGISTRY
from govopen_cli.rules.base import RuleContext
from govopen_cli.rules.events import event_level
from tests.helpers import make_dataset

ROOT = Path(__file__).resolve().parent.parent
AS_OF = dt.date(2024, 1, 31)


def events(rows, columns=None):
    dataset = make_dataset(rows, header_row=3, columns=columns)
    dataset.kind = "events"
    return dataset


def hits(rows, as_of=AS_OF, columns=None, **params):
    rule = REGISTRY["emergency-release"]
    context = RuleContext(as_of=as_of, period_start=None, period_end=None, calendar=WorkCalendar())
    return [(hit.index, hit.field, hit.message) for hit in rule.func(context, events(rows, columns), rule.with_defaults(params))]


def event(occurred, released, press="", level="一般", name="事件"):
    return {"事件名称": name, "事件级别": level, "发生时间": occurred, "首次发布时间": released, "新闻发布会时间": press}


def test_first_release_within_five_hours_to_the_minute():
    assert hits([event("2023-08-03 09:15", "2023-08-03 14:15")]) == []
    assert hits([event("2023-08-03 09:15", "2023-08-03 14:16")]) == [
        (0, "首次发布时间", "发生于 2023-08-03 09:15，5 小时 1 分钟后（2023-08-03 14:16）才首次发布信息，超过 5 小时")]


def test_the_hours_parameter_six_for_qufu():
    row = event("2023-08-03 09:15", "2023-08-03 14:45", level="重大", press="2023-08-04 08:00")
    assert len(hits([row])) == 1
    assert hits([row], hours=6) == []


def test_times_across_midnight_and_in_chinese_form():
    assert hits([event("2023年9月10日22时40分", "2023年9月11日01时10分")]) == []
    (_, _, message), = hits([event("2023-09-10 22:40", "2023-09-11 04:00")])
    assert "5 小时 20 分钟后" in message


def test_press_conference_for_major_events_only():
    rows = [
        event("2023-09-10 22:40", "2023-09-11 01:10", level="重大", name="无发布会"),
        event("2023-10-20 16:00", "2023-10-20 19:00", "2023-10-21 18:30", level="重大（Ⅱ级）", name="超时"),
        event("2023-06-18 03:05", "2023-06-18 07:55", "2023-06-19 02:00", level="Ⅰ级", name="按时"),
        event("2023-05-06 07:30", "2023-05-06 09:00", level="较大", name="较大无需"),
    ]
    assert hits(rows) == [
        (0, "新闻发布会时间", "重大事件发生于 2023-09-10 22:40，未记录新闻发布会时间，应在 24 小时内（2023-09-11 22:40 前）召开新闻发布会"),
        (1, "新闻发布会时间", "重大事件发生于 2023-10-20 16:00，26 小时 30 分钟后（2023-10-21 18:30）才召开新闻发布会，超过 24 小时"),
    ]


def test_press_levels_and_hours_are_parameters():
    row = event("2023-05-06 07:30", "2023-05-06 09:00", level="较大")
    assert len(hits([row], press_levels=["特别重大", "重大", "较大"])) == 1
    assert hits([event("2023-09-10 22:40", "2023-09-11 01:10", level="重大")], press_levels=[]) == []
    late = event("2023-10-20 16:00", "2023-10-20 19:00", "2023-10-21 18:30", level="重大")
    assert hits([late], press_conference_hours=48) == []


def test_levels_limit_the_first_release_rule():
    late_minor = event("2023-05-06 07:30", "2023-05-06 15:00", level="较大")
    assert len(hits([late_minor])) == 1
    assert hits([late_minor], hours=6, levels=["特别重大", "重大"]) == []


def test_missing_release_is_reported_only_once_due():
    row = event("2024-01-31 09:00", "")
    assert hits([row], as_of=dt.date(2024, 1, 31)) == []  # due 14:00 on the check date: not reported yet
    assert hits([event("2024-01-31 20:00", "")], as_of=dt.date(2024, 1, 31)) == []
    assert hits([row], as_of=dt.date(2024, 2, 1))[0][2].startswith("发生于 2024-01-31 09:00，未记录首次发布时间")


def test_date_without_time_and_release_before_event():
    found = hits([event("2023-11-02", "2023-11-02 15:00"), event("2023-12-05 08:00", "2023-12-05 07:40"),
                  event("2023-12-05 08:00", "2023-12-05")])
    assert found == [
        (0, "发生时间", "发生时间只有日期，没有时间（应精确到分钟，如 2023-07-01 14:30），无法计算发布时限"),
        (2, "首次发布时间", "首次发布时间只有日期，没有时间（应精确到分钟），无法计算首次发布时限"),
        (1, "首次发布时间", "首次发布时间 2023-12-05 07:40 早于发生时间 2023-12-05 08:00"),
    ]


def test_unknown_level_is_reported():
    found = hits([event("2023-05-06 07:30", "2023-05-06 08:00", level="紧急")])
    assert found == [(0, "事件级别", "事件级别“紧急”无法识别（应为 特别重大、重大、较大、一般）")]


@pytest.mark.parametrize("text, level", [("特别重大", "特别重大"), ("Ⅰ级", "特别重大"), ("I级", "特别重大"),
                                         ("重大（Ⅱ级）", "重大"), ("II级", "重大"), ("较大", "较大"), ("Ⅲ级", "较大"),
                                         ("一般", "一般"), ("Ⅳ级", "一般"), ("特別重大", "特别重大"), ("", "")])
def test_levels(text, level):
    assert event_level(text) == level


def test_without_press_column_major_events_lack_a_press_conference():
    rows = [{"事件名称": "x", "事件级别": "重大", "发生时间": "2023-09-10 22:40", "首次发布时间": "2023-09-11 01:10"}]
    (index, field, message), = hits(rows)
    assert field is None and "表格中没有“新闻发布会时间”列" in message


def run(tmp_path, datasets, checks_yaml):
    path = tmp_path / "c.yaml"
    path.write_text("id: t\ntitle: 测试\ntasks:\n  - id: T5\n    title: 突发事件\n    checks:\n"
                    + textwrap.indent(textwrap.dedent(checks_yaml), "      "), encoding="utf-8")
    return run_checklist(load_checklist(str(path)), datasets, RunOptions(as_of=AS_OF))


QUFU = """\
- id: T5.1
  title: 特别重大、重大突发事件6小时内首次发布、24小时内举行新闻发布会
  rule: emergency-release
  hours: 6
  levels: [特别重大, 重大]
"""


def test_not_applicable_without_an_events_record(tmp_path):
    result = run(tmp_path, [make_dataset([{"信息名称": "x"}])], QUFU)
    assert (result.checks[0].status, result.checks[0].note) == ("n/a", "未提供突发事件发布记录数据")


def test_bad_parameters_are_checklist_errors(tmp_path):
    with pytest.raises(ChecklistError, match="hours 应为正数"):
        run(tmp_path, [], "- id: X\n  title: x\n  rule: emergency-release\n  hours: 0\n")
    with pytest.raises(ChecklistError, match="不是事件级别"):
        run(tmp_path, [], "- id: X\n  title: x\n  rule: emergency-release\n  press_levels: [紧急]\n")


def test_the_sample_record(tmp_path):
    sys.path.insert(0, str(ROOT / "samples"))
    import make_ledger_samples as samples

    path = ROOT / "samples" / samples.EVENTS_XLSX
    datasets = read_datasets(str(path), ReadOptions())
    assert [d.kind for d in datasets] == ["events"]
    checks = QUFU + "- id: T5.2\n  title: 国家5小时\n  rule: emergency-release\n"
    result = run(tmp_path, datasets, checks)
    names = {}
    for finding in result.findings:
        names.setdefault(finding.check, {}).setdefault(finding.item, set()).add(finding.field)
    kinds = {"release-late": "首次发布时间", "release-early": "首次发布时间", "press-missing": "新闻发布会时间",
             "press-late": "新闻发布会时间", "date-only": "发生时间"}
    for check, expected in (("T5.1", samples.expected_event_rows(6, ("特别重大", "重大"))),
                            ("T5.2", samples.expected_event_rows(5))):
        assert names[check] == {name: {kinds[p] for p in problems} for name, problems in expected.items()}


def test_checks_selects_release_or_press():
    rows = [event("2023-09-10 22:40", "2023-09-11 05:00", level="重大")]  # late release, no press conference
    assert [field for _, field, _ in hits(rows)] == ["首次发布时间", "新闻发布会时间"]
    assert [field for _, field, _ in hits(rows, checks=["release"])] == ["首次发布时间"]
    assert [field for _, field, _ in hits(rows, checks=["press"])] == ["新闻发布会时间"]
    press_only = [{"事件名称": "x", "事件级别": "重大", "发生时间": "2023-09-10 22:40", "新闻发布会时间": "2023-09-11 10:00"}]
    assert hits(press_only, checks=["press"]) == []


def test_unknown_checks_value_is_a_checklist_error(tmp_path):
    with pytest.raises(ChecklistError, match="checks 中的“发布会”无效"):
        run(tmp_path, [], "- id: X\n  title: x\n  rule: emergency-release\n  checks: [发布会]\n")
