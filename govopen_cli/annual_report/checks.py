"""Consistency checks on the annual-report tables (domain.md §2), run before anything is written.

Table 3: 总计 column = the six applicant columns, per row; （七）总计 = （一）+（二）+ every sub-row of
（三）–（六）, per column; 一 + 二 = （七） + 四, per column; this year's 二 = last year's 四.
Table 4: 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结, per group. Table 2: 现行有效件数 =
上年现行有效件数 + 本年制发件数 − 本年废止件数 when last year's figure is given.

`complete_*` fills the totals that were not given (the 总计 column of the 三 sub-rows is usually
blank in published reports) and returns a message for every total that was given and is wrong;
`check_*` returns a message for every identity that does not hold. Each message names the table,
the row and the column.
"""
from __future__ import annotations

from govopen_cli.annual_report.model import (
    T2_IN_FORCE, T2_ISSUED, T2_REPEALED, T3_APPLICANT_KEYS, T3_COLUMN_KEYS, T3_COLUMN_LABELS, T3_OUTCOME_KEYS,
    T3_ROWS, T4_GROUPS, T4_RESULTS, TABLE3_ROWS, Table2, Table3, Table4,
)
from govopen_cli.errors import InputError


def _row(key: str) -> str:
    return f"“{T3_ROWS[key].label}”行"


def _column(column: str) -> str:
    return f"“{T3_COLUMN_LABELS[column]}”列"


def complete_table3(table: Table3) -> list[str]:
    """Fill the 总计 column and the （七） row where not given; report given totals that are wrong."""
    problems: list[str] = []
    for row in TABLE3_ROWS:
        if row.key == "3.7":
            continue
        cells = table.cells.setdefault(row.key, {})
        total = sum(int(cells.get(column, 0) or 0) for column in T3_APPLICANT_KEYS)
        if cells.get("total") is None:
            cells["total"] = total
        elif cells["total"] != total:
            problems.append(f"表三{_row(row.key)}{_column('total')}：应等于各类申请人之和 {total}，实际为 {cells['total']}")
    seven = table.cells.setdefault("3.7", {})
    for column in T3_COLUMN_KEYS:
        total = sum(table.get(key, column) for key in T3_OUTCOME_KEYS)
        if seven.get(column) is None:
            seven[column] = total
        elif seven[column] != total:
            problems.append(f"表三{_row('3.7')}{_column(column)}：应等于（一）至（六）各项之和 {total}，实际为 {seven[column]}")
    return problems


def check_table3(table: Table3, last_year_carry_over: dict[str, int] | None = None) -> list[str]:
    """The identities of a complete table 3 (see complete_table3)."""
    problems: list[str] = []
    for column in T3_COLUMN_KEYS:
        new, carried = table.get("1", column), table.get("2", column)
        done, left = table.get("3.7", column), table.get("4", column)
        if new + carried != done + left:
            problems.append(
                f"表三{_column(column)}：一、本年新收（{new}）加二、上年结转（{carried}）为 {new + carried}，"
                f"不等于三、（七）总计（{done}）加四、结转下年度继续办理（{left}）的 {done + left}"
            )
    if last_year_carry_over is not None:
        given = dict(last_year_carry_over)
        if "total" not in given or len(given) > 1:
            given.setdefault("total", sum(given.get(column, 0) for column in T3_APPLICANT_KEYS))
        for column, expected in given.items():
            if table.get("2", column) != expected:
                problems.append(
                    f"表三{_row('2')}{_column(column)}：本年上年结转 {table.get('2', column)} 件，"
                    f"不等于上年报告的四、结转下年度继续办理 {expected} 件"
                )
    return problems


def complete_table4(table: Table4) -> list[str]:
    problems: list[str] = []
    for group in T4_GROUPS:
        parts = sum(table.get(group, result) for result in T4_RESULTS[:4])
        if (group, "总计") not in table.values:
            table.values[(group, "总计")] = parts
        elif table.values[(group, "总计")] != parts:
            where = group if group == "行政复议" else f"行政诉讼·{group}"
            problems.append(f"表四“{where}”组“总计”列：应等于结果维持、结果纠正、其他结果、尚未审结之和 {parts}，"
                            f"实际为 {table.values[(group, '总计')]}")
    return problems


def check_table2(table: Table2, in_force_last_year: dict[str, int]) -> list[str]:
    problems: list[str] = []
    for row, last in in_force_last_year.items():
        issued, repealed, now = (table.get(row, column) for column in (T2_ISSUED, T2_REPEALED, T2_IN_FORCE))
        if None in (issued, repealed, now):
            continue
        expected = last + issued - repealed
        if now != expected:
            problems.append(f"表二“{row}”行“{T2_IN_FORCE}”列：应等于上年现行有效 {last} 加本年制发 {issued} "
                            f"减本年废止 {repealed}，即 {expected}，实际为 {now}")
    return problems


def raise_if_any(problems: list[str], hints: list[str] | None = None) -> None:
    if problems:
        text = "年度报告的表格数字不一致，未生成报告：\n" + "\n".join(f"- {problem}" for problem in problems)
        if hints:
            text += "\n" + "\n".join(hints)
        raise InputError(text)
