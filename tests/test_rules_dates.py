"""Date rules called directly (rules/dates.py): parameters, defaults, the working-day count and
the years the calendar was asked about. Exact per-case findings are in tests/rule_cases/."""
from __future__ import annotations

import datetime as dt

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from govopen_cli.calendar import WorkCalendar
from govopen_cli.rules.base import RuleContext
from govopen_cli.rules.dates import RULES
from tests.helpers import make_dataset

CALENDAR = WorkCalendar()


def context() -> RuleContext:
    return RuleContext(as_of=dt.date(2024, 1, 31), period_start=None, period_end=None, calendar=CALENDAR)


def hits(name, dataset, ctx=None, **params):
    rule = RULES[name]
    return list(rule.func(ctx or context(), dataset, rule.with_defaults(params)))


def test_parameters_and_defaults():
    assert RULES["timeliness"].with_defaults({}) == {
        "field": "发布日期", "start": "生成日期", "days": 20, "working": True, "archival": True,
        "archival_before": "2008-05-01", "archival_gap_days": 365, "reposts": True, "own_docno_prefixes": []}
    assert RULES["date-order"].with_defaults({}) == {"earlier": "生成日期", "later": "发布日期"}
    assert RULES["timeliness"].fields_needed({}) == ["发布日期", "生成日期"]
    assert RULES["date-order"].fields_needed({"later": "发布日期"}) == ["生成日期", "发布日期"]
    assert RULES["date-parse"].param("not_after_as_of").default is False


def test_timeliness_records_the_years_counted():
    ctx = context()
    data = make_dataset([{"生成日期": "2023-12-20", "发布日期": "2024-01-05"},
                         {"生成日期": "2023-02-30", "发布日期": "2035-01-01"}])
    assert hits("timeliness", data, ctx) == []
    assert ctx.years_counted == {2023, 2024}  # unreadable rows do not count


def test_timeliness_in_natural_days_does_not_touch_the_calendar():
    ctx = context()
    data = make_dataset([{"生成日期": "2035-01-01", "发布日期": "2035-03-01"}])
    [hit] = hits("timeliness", data, ctx, working=False, days=30)
    assert "相隔 59 天" in hit.message
    assert ctx.years_counted == set()


def test_timeliness_hit_is_on_the_publication_cell():
    data = make_dataset([{"发布日期": "2023-11-01", "生成日期": "2023-09-27"}])
    [hit] = hits("timeliness", data)
    assert (hit.index, hit.field, hit.value) == (0, "发布日期", "2023-11-01")


def test_date_parse_future_uses_as_of():
    data = make_dataset([{"发布日期": "2024-02-01"}, {"发布日期": "2024-01-31 18:00"}])
    assert hits("date-parse", data, field="发布日期") == []
    [hit] = hits("date-parse", data, field="发布日期", not_after_as_of=True)
    assert hit.index == 0


DAYS = st.dates(min_value=dt.date(2022, 1, 1), max_value=dt.date(2025, 12, 31))


@settings(max_examples=25, deadline=None)
@given(st.lists(st.tuples(DAYS, DAYS), min_size=1, max_size=10), st.integers(0, 40))
def test_timeliness_flags_exactly_the_rows_over_the_limit(pairs, limit):
    data = make_dataset([{"生成日期": a.isoformat(), "发布日期": b.isoformat()} for a, b in pairs])
    found = {h.index for h in hits("timeliness", data, days=limit, archival=False, reposts=False)}
    expected = set()
    for index, (start, end) in enumerate(pairs):
        # The deadline: walk day by day with the calendar's own day test to the limit-th working
        # day after start; anything published after it is late, weekend or holiday included.
        count, deadline = 0, start
        while count < limit:
            deadline += dt.timedelta(days=1)
            count += CALENDAR.is_workday(deadline)
        if end > deadline:
            expected.add(index)
    assert found == expected


@settings(max_examples=25, deadline=None)
@given(st.lists(st.tuples(DAYS, DAYS), min_size=1, max_size=10))
def test_date_order_flags_exactly_the_reversed_rows(pairs):
    data = make_dataset([{"生成日期": f"{a.year}年{a.month}月{a.day}日", "发布日期": b.strftime("%Y/%m/%d")}
                         for a, b in pairs])
    found = {h.index for h in hits("date-order", data)}
    assert found == {i for i, (a, b) in enumerate(pairs) if a > b}


def test_working_days_match_add_working_days():
    starts = pd.Series(pd.to_datetime(["2023-09-27", "2024-02-02", "2023-12-29"]))
    due = CALENDAR.add_working_days(starts, 20)
    assert CALENDAR.working_days_between(starts, due).tolist() == [20, 20, 20]
    data = make_dataset([{"生成日期": s.date().isoformat(), "发布日期": d.date().isoformat()} for s, d in zip(starts, due)])
    assert hits("timeliness", data) == []
    later = make_dataset([{"生成日期": s.date().isoformat(), "发布日期": (d + pd.Timedelta(days=1)).date().isoformat()}
                          for s, d in zip(starts, due)])
    # One calendar day after the due date is late unless that day is not a working day.
    late = [i for i, d in enumerate(due) if CALENDAR.is_workday((d + pd.Timedelta(days=1)).date())]
    assert [h.index for h in hits("timeliness", later)] == late
