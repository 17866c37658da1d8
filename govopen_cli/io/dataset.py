"""A dataset: the rows of one sheet, with canonical field names and Excel row numbers kept."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Callable

import numpy as np
import pandas as pd

from govopen_cli.io.dates import parse_dates
from govopen_cli.io.normalize import normalize_series, simplify_series


def column_letter(position: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA."""
    letters = ""
    position += 1
    while position:
        position, remainder = divmod(position - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


# Dataset.distinct: factorise a field when at most this share of a sample of its first rows is distinct.
DISTINCT_SAMPLE, DISTINCT_SHARE = 10_000, 0.5
LONG_TEXT = 16  # characters per cell on average from which distinct() numbers string objects, not texts


# Digits a run is made of (0-9 and the full-width ０-９) and the separators allowed between two of them.
_DIGITS = ((0x30, 0x39), (0xFF10, 0xFF19))
_RUN_SEPARATORS = np.array([ord(" "), ord("-"), ord("－")], dtype=np.uint32)
_RUN_CHUNK = 100_000  # rows turned into one array of code points at a time


def _rows_with_digit_run(values: np.ndarray, length: int) -> np.ndarray:
    r"""Positions in `values` of the strings holding `length` digits in a row, a space or dash
    allowed between two of them (138 1234 5678): the strings where the regex
    [0-9０-９](?:[ \-－]?[0-9０-９]){length - 1} finds a match. Worked out on the code points as
    arrays: on a million distinct titles 0.25 s against 1.0 s for that regex stepping through every character."""
    found = []
    for first in range(0, len(values), _RUN_CHUNK):
        chunk = values[first:first + _RUN_CHUNK]
        codes = np.frombuffer("\n".join(chunk).encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        digit = np.zeros(len(codes), dtype=bool)
        for low, high in _DIGITS:
            digit |= (codes >= low) & (codes <= high)
        where = np.flatnonzero(digit)
        if len(where) < length:
            continue
        # Two digits in a row are linked when adjacent or one separator apart; "\n" (between the
        # strings) is no separator, so a run never spans two strings.
        gap = np.diff(where)
        linked = (gap == 1) | ((gap == 2) & np.isin(codes[where[:-1] + 1], _RUN_SEPARATORS))
        edges = np.diff(np.concatenate(([0], linked.view(np.int8), [0])))
        starts, ends = np.flatnonzero(edges == 1), np.flatnonzero(edges == -1)
        long = starts[ends - starts >= length - 1]  # a run of k links holds k + 1 digits
        if len(long):
            row_ends = np.cumsum(_lengths(chunk) + 1)  # string i spans [row_ends[i] - len - 1, row_ends[i] - 1)
            found.append(first + np.unique(np.searchsorted(row_ends, where[long], side="right")))
    return np.concatenate(found) if found else np.zeros(0, dtype=np.int64)


def _lengths(values: np.ndarray) -> np.ndarray:
    return np.fromiter(map(len, values), dtype=np.int64, count=len(values))


def first_times(codes: np.ndarray) -> np.ndarray:
    """For codes numbered in order of first appearance (pd.factorize), True at each code's first row."""
    first = np.ones(len(codes), dtype=bool)
    first[1:] = codes[1:] > np.maximum.accumulate(codes)[:-1]
    return first


def _take(series: pd.Series, rows: np.ndarray) -> pd.Series:
    """The values of `series` at positions `rows`, indexed 0..n-1."""
    return pd.Series(series.to_numpy()[rows], dtype=series.dtype, name=series.name)


@dataclass
class Dataset:
    """One sheet (or CSV file) mapped to the canonical fields of a dataset kind.

    `frame` holds one text column per mapped field ('' for empty cells); `row_numbers[i]` is the
    row Excel shows for frame row i (CSV: the line number, header = 1).
    """

    path: str
    sheet: str | None
    kind: str
    header_row: int
    frame: pd.DataFrame
    row_numbers: np.ndarray
    headers: dict[str, str] = field(default_factory=dict)  # field -> header as written
    positions: dict[str, int] = field(default_factory=dict)  # field -> column position (0-based)
    unmapped: list[str] = field(default_factory=list)
    merged_filled: int = 0  # empty cells of merged ranges given the merged value (read.Grid.fill_merged)
    notes: list[str] = field(default_factory=list)  # how the file was read, for the result's warnings
    ambiguous: dict[str, str] = field(default_factory=dict)  # field -> header that may be another field (发文日期)
    _dates: dict[str, tuple[pd.Series, pd.Series]] = field(default_factory=dict, repr=False)
    _normalized: dict[str, pd.Series] = field(default_factory=dict, repr=False)
    _memo: dict[tuple, Any] = field(default_factory=dict, repr=False)
    # A row subset (subset()) reads its fields from the dataset it was taken from: these rows of it.
    _parent: "Dataset | None" = field(default=None, repr=False)
    _rows: np.ndarray | None = field(default=None, repr=False)

    def __len__(self) -> int:
        return len(self._rows) if "frame" not in self.__dict__ else len(self.frame)

    def __getattr__(self, name: str) -> Any:
        # Only a row subset lacks `frame` until something reads it as a whole: its fields are taken
        # from the parent one at a time (text, values), which costs far less than copying every column.
        parent = self.__dict__.get("_parent")
        if name != "frame" or parent is None:
            raise AttributeError(name)
        frame = self.__dict__["frame"] = parent.frame.iloc[self._rows].reset_index(drop=True)
        return frame

    @property
    def index(self) -> pd.Index:
        """The frame's row index (a subset's without building its frame)."""
        return self.frame.index if "frame" in self.__dict__ else pd.RangeIndex(len(self))

    def has(self, name: str) -> bool:
        return name in self.positions

    def text(self, name: str) -> pd.Series:
        """The field as stripped text ('' where empty)."""
        if self._parent is not None and "frame" not in self.__dict__:
            return self.memo(("text", name), lambda: pd.Series(self.values(name), dtype=object, name=name))
        return self.memo(("text", name), lambda: self.frame[name])

    def values(self, name: str) -> np.ndarray:
        """The field as a numpy array of str: cheap to index once per offending row."""
        if self._parent is not None and "frame" not in self.__dict__:
            return self.memo(("values", name), lambda: self._parent.values(name)[self._rows])
        return self.memo(("values", name), lambda: self.frame[name].to_numpy(dtype=object))

    def normalized(self, name: str) -> pd.Series:
        """The field in comparison form (see io.normalize); computed once per run."""
        if name not in self._normalized:
            parent = self._parent
            if parent is not None and name in parent._normalized:
                self._normalized[name] = _take(parent._normalized[name], self._rows)
            else:  # each distinct value once
                codes, normalized = self.normalized_distinct(name)
                self._normalized[name] = pd.Series(normalized[codes], index=self.index, dtype=object, name=name)
        return self._normalized[name]

    def present(self, name: str) -> pd.Series:
        """True where the field is not empty (cached; truthiness of the str cells, done in C)."""
        def compute() -> pd.Series:
            if ("factorized", name) in self._memo:  # one verdict per distinct value
                codes, uniques = self._memo[("factorized", name)]
                return pd.Series(uniques.astype(bool)[codes], index=self.index)
            return pd.Series(self.values(name).astype(bool), index=self.index)
        return self.memo(("present", name), compute)

    def lengths(self, name: str) -> np.ndarray:
        """The number of characters of each cell of the field (cached)."""
        return self.memo(("lengths", name), lambda: _lengths(self.values(name)))

    def factorized(self, name: str) -> tuple[np.ndarray, np.ndarray]:
        """(codes, uniques): the field's distinct values and, per row, the position of its value
        among them. Worked out once and shared, so that rules judge each distinct value once and
        map the verdicts back with `verdicts[codes]`. The codes number the values in order of
        first appearance, except in a row subset, which takes its parent's (and `uniques` may
        then hold values none of its rows has)."""
        def compute() -> tuple[np.ndarray, np.ndarray]:
            if self._parent is not None:
                codes, uniques = self._parent.factorized(name)
                return codes[self._rows], uniques
            values = self.values(name)
            codes, uniques = pd.factorize(values)  # cells are str: no missing-value pass needed
            if len(codes) and codes.min() < 0:  # a None or NaN after all: it gets a code of its own
                codes, uniques = pd.factorize(values, use_na_sentinel=False)
            return np.asarray(codes), np.asarray(uniques, dtype=object)
        return self.memo(("factorized", name), compute)

    def normalized_distinct(self, name: str) -> tuple[np.ndarray, np.ndarray]:
        """(codes, normalised uniques): `normalized` per distinct value (see factorized)."""
        def compute() -> tuple[np.ndarray, np.ndarray]:
            codes, uniques = self.factorized(name)
            if self._parent is not None and ("factorized", name) in self._parent._memo:
                return codes, self._parent.normalized_distinct(name)[1]
            return codes, normalize_series(pd.Series(uniques, dtype=object)).to_numpy(dtype=object)
        return self.memo(("normalized-distinct", name), compute)

    def distinct(self, name: str) -> tuple[np.ndarray, np.ndarray] | None:
        """(codes, uniques) for judging each distinct cell once when the field's values repeat a
        lot; None when most cells are distinct (a sample of the first rows decides: there
        numbering the cells costs more than judging each). Short text: `factorized(name)`,
        shared with the other uses. Long text (titles, summaries), where hashing costs most: the
        distinct string objects, numbered by identity (the readers hand out one object per
        repeated text; a text held by two objects is judged twice, which changes nothing)."""
        if ("factorized", name) in self._memo:
            return self._memo[("factorized", name)]

        def compute() -> tuple[np.ndarray, np.ndarray] | None:
            values = self.values(name)
            sample = values[:DISTINCT_SAMPLE]
            texts = len(pd.unique(sample))
            if texts > len(sample) * DISTINCT_SHARE:
                return None
            if (sum(map(len, sample)) < LONG_TEXT * len(sample)
                    or len(set(map(id, sample))) > 2 * texts):  # repeated texts are not shared objects here
                return self.factorized(name)
            objects = np.fromiter(map(id, values), dtype=np.intp, count=len(values))
            codes = np.asarray(pd.factorize(objects)[0])
            return codes, values[first_times(codes)]
        return self.memo(("distinct", name), compute)

    def placeholder(self, name: str, placeholders: tuple[str, ...]) -> np.ndarray:
        """True where the field holds one of `placeholders` (“无”, “/” …) and nothing else; all
        False when there are none (a checklist's `placeholders: []`)."""
        if not placeholders:
            return np.zeros(len(self), dtype=bool)

        def compute() -> np.ndarray:
            # “— —” with a no-break space, “None”, “NULL”: spacing and letter case do not matter
            exact = set(placeholders)
            folded = {re.sub(r"\s+", "", value).casefold() for value in placeholders}
            longest = max(map(len, folded))

            def verdict(value: str) -> bool:
                return value in exact or 0 < len(value) <= longest + 4 and re.sub(r"\s+", "", value).casefold() in folded

            limit = max(longest + 4, *map(len, exact))  # only cells this short can be one
            distinct = self.distinct(name)
            if distinct is not None:
                codes, uniques = distinct
                verdicts = np.zeros(len(uniques), dtype=bool)
                for position in np.flatnonzero(_lengths(uniques) <= limit).tolist():
                    verdicts[position] = verdict(uniques[position])
                return verdicts[codes]
            found = np.zeros(len(self), dtype=bool)
            short = np.flatnonzero(self.lengths(name) <= limit)
            if len(short):
                codes, uniques = pd.factorize(self.values(name)[short])  # each distinct short value once
                found[short] = np.array([verdict(value) for value in uniques], dtype=bool)[codes]
            return found

        return self.memo(("placeholder", name, placeholders), compute)

    def rows_with_digit_run(self, name: str, length: int) -> np.ndarray:
        """Positions of the rows whose field holds `length` digits in a row (a space or dash allowed
        between two: see _rows_with_digit_run), judged once per distinct value where values repeat."""
        def compute() -> np.ndarray:
            distinct = self.distinct(name)
            if distinct is None:
                return _rows_with_digit_run(self.values(name), length)
            codes, uniques = distinct
            matched = np.zeros(len(uniques) + 1, dtype=bool)  # the last slot: code -1 (none here)
            matched[_rows_with_digit_run(uniques, length)] = True
            return np.flatnonzero(matched[codes])
        return self.memo(("digit-run", name, length), compute)

    def line_matches(self, name: str, pattern: re.Pattern, group: int = 0) -> np.ndarray:
        """Per row, `group` of the match when the whole field matches `pattern`, else None.
        (A plain fullmatch loop measured faster than pandas' str.extract and than one MULTILINE
        scan of the joined column.)"""
        def compute() -> np.ndarray:
            fullmatch = pattern.fullmatch
            distinct = self.distinct(name)
            values = self.values(name) if distinct is None else distinct[1]
            found = np.array([match.group(group) if (match := fullmatch(value)) else None for value in values],
                             dtype=object)
            return found if distinct is None else found[distinct[0]]
        return self.memo(("line_matches", name, pattern.pattern, group), compute)

    def simplified(self, name: str) -> pd.Series:
        """The field in Simplified, half-width form with punctuation kept (for regex matching)."""
        return self.memo(("simplified", name), lambda: simplify_series(self.text(name)))

    def memo(self, key: tuple, compute: Callable[[], Any]) -> Any:
        """A value derived from this dataset, computed once per run (rules share parsed columns)."""
        if key not in self._memo:
            self._memo[key] = compute()
        return self._memo[key]

    def dates(self, name: str) -> pd.Series:
        """The field parsed as dates (NaT where empty or unreadable); parsed once per run."""
        return self._parsed(name)[0]

    def days(self, name: str) -> pd.Series:
        """`dates(name)` at midnight (the time of day dropped), worked out once per run; a row
        subset takes its parent's when the parent has them."""
        def compute() -> pd.Series:
            parent = self._parent
            if parent is not None and ("days", name) in parent._memo:
                return _take(parent._memo[("days", name)], self._rows)
            return self.dates(name).dt.normalize()
        return self.memo(("days", name), compute)

    def unreadable_dates(self, name: str) -> pd.Series:
        """True where the field holds text that is not a date."""
        return self._parsed(name)[1]

    def _parsed(self, name: str) -> tuple[pd.Series, pd.Series]:
        if name not in self._dates:
            parent = self._parent
            if parent is not None and name in parent._dates:  # parsed once for all the rows
                self._dates[name] = tuple(_take(column, self._rows) for column in parent._dates[name])
            else:  # each distinct text once
                codes, uniques = self.factorized(name)
                dates, unreadable = parse_dates(pd.Series(uniques, dtype=object))
                self._dates[name] = (pd.Series(dates.to_numpy()[codes], index=self.index, dtype=dates.dtype),
                                     pd.Series(unreadable.to_numpy()[codes], index=self.index, dtype=bool))
        return self._dates[name]

    def cell(self, name: str, index: int) -> str:
        """A1 reference of field `name` in frame row `index`."""
        return f"{column_letter(self.positions[name])}{self.row_numbers[index]}"

    def subset(self, mask: np.ndarray) -> "Dataset":
        """The rows where `mask` is True, keeping their Excel row numbers. Its fields are taken
        from this dataset when first read (dates and normalised text already worked out here are
        sliced, not redone); its `frame` is built only if something reads it whole."""
        rows = np.flatnonzero(np.asarray(mask, dtype=bool))
        part = Dataset(self.path, self.sheet, self.kind, self.header_row, None, self.row_numbers[rows],
                       self.headers, self.positions, self.unmapped, ambiguous=self.ambiguous,
                       _parent=self, _rows=rows)
        del part.frame
        return part

    def label(self) -> str:
        """How messages name this dataset: 文件 or 文件 › 工作表."""
        return f"{self.path} › {self.sheet}" if self.sheet else self.path

    def describe(self) -> dict:
        """The `inputs` entry of the JSON result."""
        return {
            "path": self.path,
            "kind": self.kind,
            "sheet": self.sheet,
            "header_row": self.header_row,
            "rows": len(self.frame),
            "columns": dict(self.headers),
            "unmapped": list(self.unmapped),
            **({"merged_cells_filled": self.merged_filled} if self.merged_filled else {}),
            **({"ambiguous": dict(self.ambiguous)} if self.ambiguous else {}),
        }
