"""What a rule is: a function over a whole dataset, its declared parameters, and the hits it reports.

A rule never builds a Finding itself: it reports `Hit`s (frame row index, field, message, value)
and the engine stamps check id, rule name, severity and the Excel location onto them. Rules work
on whole columns; they only iterate over the rows that offend.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Iterator, Mapping

import numpy as np
import pandas as pd

from govopen_cli.calendar import WorkCalendar
from govopen_cli.io.dataset import Dataset


@dataclass(frozen=True)
class Param:
    """One parameter a rule accepts in a checklist check.

    `type` is one of: field, fields, int, number, str, regex, bool, date, condition, list, mapping,
    or `choice` with `choices`.
    """

    name: str
    type: str
    required: bool = False
    default: Any = None
    choices: tuple[str, ...] = ()
    help: str = ""


# The usual way a rule names the column(s) it checks: `field: 文号` or `fields: [索引号, 信息名称]`.
FIELD_PARAMS = (Param("field", "field"), Param("fields", "fields"))

# What officers type into a cell that has nothing to say: a required element filled this way is
# still missing, and a 文号 of “无” means the item has no document number.
PLACEHOLDERS = ("无", "暂无", "无文号", "/", "／", "\\", "-", "－", "—", "——", "–", "N/A", "NULL", "None")
PLACEHOLDERS_PARAM = Param("placeholders", "list", default=list(PLACEHOLDERS),
                           help="视同未填写的占位值（[] 为不识别占位值）")


@dataclass
class Hit:
    """One problem found by a rule: a cell (index + field) or, for dataset rules, neither."""

    message: str
    index: int | None = None
    field: str | None = None
    value: str | None = None


@dataclass
class Note:
    """Something a rule set aside or could not judge (an archival post, an ambiguous date column):
    it goes to the check's `notes` (DESIGN §7) and never makes the check fail."""

    text: str
    index: int | None = None  # the frame row it is about; None for the whole dataset


@dataclass
class RuleContext:
    """What a rule may know besides its dataset and parameters."""

    as_of: dt.date
    period_start: dt.date | None
    period_end: dt.date | None
    calendar: WorkCalendar
    years_counted: set[int] = field(default_factory=set)  # years whose working days were used
    # Set by item rules for the engine while one check runs on one dataset (reset by the engine):
    items: list[Any] = field(default_factory=list)  # rules.items.ItemRows: the evidence of the verdict
    not_applicable: str | None = None  # why the check cannot be judged yet (期限未到 …): status n/a


RuleFunc = Callable[[RuleContext, Dataset, Mapping[str, Any]], Iterable["Hit | Note"]]


@dataclass(frozen=True)
class Rule:
    name: str
    func: RuleFunc
    params: tuple[Param, ...]
    kind: str = "catalog"  # the dataset kind it runs on
    scope: str = "cell"  # cell: one finding per cell; dataset: findings about the dataset as a whole
    needs: Callable[[Mapping[str, Any]], list[str]] | None = None  # fields the check needs
    problems: Callable[[Mapping[str, Any]], list[str]] | None = None  # cross-parameter validation
    # Does not judge a dataset whose field came from an ambiguous column (发文日期 taken as 发布日期):
    # the check's notes say so instead (timeliness).
    unsure_skips: bool = False
    finds_items: bool = False  # looks for published items: reports evidence, never passes on no rows

    @property
    def doc(self) -> str:
        return (self.func.__doc__ or "").strip()

    def param(self, name: str) -> Param | None:
        for param in self.params:
            if param.name == name:
                return param
        return None

    def with_defaults(self, params: Mapping[str, Any]) -> dict[str, Any]:
        values = {param.name: param.default for param in self.params}
        values.update(params)
        return values

    def fields_present(self, params: Mapping[str, Any], dataset: Dataset) -> dict[str, Any] | None:
        """For a rule that checks each named field on its own (it takes `fields`), the parameters
        narrowed to the fields `dataset` has: a missing column stops only its own part of the
        check. None for rules whose fields work together (timeliness needs both dates)."""
        if self.param("fields") is None:
            return None
        present = [name for name in self.fields_needed(params) if dataset.has(name)]
        return {**params, "field": None, "fields": present} if present else None

    def fields_needed(self, params: Mapping[str, Any]) -> list[str]:
        if self.needs:
            return self.needs(self.with_defaults(params))
        names: list[str] = []
        for param in self.params:
            value = params.get(param.name, param.default)
            if param.type == "field" and value:
                names.append(value)
            elif param.type == "fields" and value:
                names.extend(value)
        return names


def hits_where(
    dataset: Dataset,
    mask: pd.Series | np.ndarray,
    field_name: str,
    message: Callable[[int], str] | str,
    value: Callable[[int], str] | None = None,
) -> Iterator[Hit]:
    """One Hit per True position of `mask` (the only loop is over offending rows)."""
    positions = np.flatnonzero(np.asarray(mask, dtype=bool))
    text = dataset.values(field_name) if dataset.has(field_name) else None
    for index in positions.tolist():
        cell_value = value(index) if value else (text[index] if text is not None else None)
        yield Hit(
            message=message(index) if callable(message) else message,
            index=index,
            field=field_name,
            value=cell_value,
        )


def elapsed_days(ctx: RuleContext, start: pd.Series, end: pd.Series, working: bool) -> tuple[pd.Series, str]:
    """Days from `start` to `end` (start day not counted) and their unit for messages: working
    days by the official calendar (the years used are recorded for the fallback warning) or
    calendar days."""
    if not working:
        return (end - start).dt.days, "天"
    both = start.notna() & end.notna()
    ctx.years_counted.update(years_of(start, both) | years_of(end, both))
    return ctx.calendar.working_days_between(start, end), "个工作日"


def years_of(dates: pd.Series, rows: pd.Series) -> set[int]:
    """The calendar years of `dates` where `rows` is True (in array steps: no per-row Timestamp)."""
    chosen = pd.unique(dates.to_numpy(dtype="datetime64[ns]")[rows.to_numpy(dtype=bool)])  # a few distinct days
    return {int(year) + 1970 for year in np.asarray(chosen, dtype="datetime64[ns]").astype("datetime64[Y]").astype(np.int64)}


def as_fields(params: Mapping[str, Any]) -> list[str]:
    """The `field` / `fields` parameters as one list."""
    names = list(params.get("fields") or [])
    if params.get("field"):
        names.insert(0, params["field"])
    return names


def fmt_date(value: Any) -> str:
    if value is None or pd.isna(value):
        return ""
    return pd.Timestamp(value).strftime("%Y-%m-%d")
