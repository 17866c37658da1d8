"""The annual report (政府信息公开工作年度报告) in the 2021 national format, as plain data.

国办公开办函〔2021〕30号 (domain.md §2): six sections; table 2 (主动公开), table 3 (收到和处理
申请), table 4 (复议、诉讼). Row and column labels here are verbatim and are what the writers
print; the writers import only this module.

Keys are short and stable: table-3 rows are "1", "2", "3.1" … "3.7", "4" (一、二、三（一）…（七）、四;
a sub-row of （三） is "3.3.1"); table-3 columns are natural, business, research, public,
legal, other, total.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

# --- six sections -----------------------------------------------------------------------------

SECTION_TITLES = (
    "一、总体情况",
    "二、主动公开政府信息情况",
    "三、收到和处理政府信息公开申请情况",
    "四、政府信息公开行政复议、行政诉讼情况",
    "五、存在的主要问题及改进情况",
    "六、其他需要报告的事项",
)

# Text marked for the officer to complete is written between these brackets; writers highlight it.
PLACEHOLDER_OPEN, PLACEHOLDER_CLOSE = "【", "】"


def placeholder(what: str) -> str:
    return f"{PLACEHOLDER_OPEN}{what}{PLACEHOLDER_CLOSE}"


# --- table 2: 主动公开政府信息情况 ---------------------------------------------------------------

T2_ISSUED, T2_REPEALED, T2_IN_FORCE = "本年制发件数", "本年废止件数", "现行有效件数"
T2_DECISIONS = "本年处理决定数量"
T2_FEES = "本年收费金额（单位：万元）"


@dataclass(frozen=True)
class Table2Block:
    heading: str  # 第二十条第（一）项
    columns: tuple[str, ...]
    rows: tuple[str, ...]


TABLE2_BLOCKS = (
    Table2Block("第二十条第（一）项", (T2_ISSUED, T2_REPEALED, T2_IN_FORCE), ("规章", "行政规范性文件")),
    Table2Block("第二十条第（五）项", (T2_DECISIONS,), ("行政许可",)),
    Table2Block("第二十条第（六）项", (T2_DECISIONS,), ("行政处罚", "行政强制")),
    Table2Block("第二十条第（八）项", (T2_FEES,), ("行政事业性收费",)),
)
TABLE2_CONTENT_LABEL = "信息内容"


def table2_cells() -> list[tuple[str, str]]:
    """Every (row, column) of table 2, in reading order."""
    return [(row, column) for block in TABLE2_BLOCKS for row in block.rows for column in block.columns]


# --- table 3: 收到和处理政府信息公开申请情况 ---------------------------------------------------------

T3_CORNER = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
T3_APPLICANTS = "申请人情况"
T3_ORGS = "法人或其他组织"

TABLE3_COLUMNS: tuple[tuple[str, str], ...] = (
    ("natural", "自然人"),
    ("business", "商业企业"),
    ("research", "科研机构"),
    ("public", "社会公益组织"),
    ("legal", "法律服务机构"),
    ("other", "其他"),
    ("total", "总计"),
)
T3_COLUMN_KEYS = tuple(key for key, _ in TABLE3_COLUMNS)
T3_APPLICANT_KEYS = T3_COLUMN_KEYS[:-1]  # the six columns that add up to 总计
T3_ORG_KEYS = T3_COLUMN_KEYS[1:6]
T3_COLUMN_LABELS = dict(TABLE3_COLUMNS)


@dataclass(frozen=True)
class Table3Row:
    key: str
    level1: str
    level2: str = ""
    level3: str = ""

    @property
    def label(self) -> str:
        """The row as a person names it: the deepest label with its parent (（三）不予公开 › 1.属于国家秘密)."""
        if self.level3:
            return f"{self.level2} › {self.level3}"
        return self.level2 or self.level1


_R3 = "三、本年度办理结果"
_DENIED, _UNABLE, _NOT_HANDLED, _OTHER = "（三）不予公开", "（四）无法提供", "（五）不予处理", "（六）其他处理"

TABLE3_ROWS: tuple[Table3Row, ...] = (
    Table3Row("1", "一、本年新收政府信息公开申请数量"),
    Table3Row("2", "二、上年结转政府信息公开申请数量"),
    Table3Row("3.1", _R3, "（一）予以公开"),
    Table3Row("3.2", _R3, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"),
    Table3Row("3.3.1", _R3, _DENIED, "1.属于国家秘密"),
    Table3Row("3.3.2", _R3, _DENIED, "2.其他法律行政法规禁止公开"),
    Table3Row("3.3.3", _R3, _DENIED, "3.危及“三安全一稳定”"),
    Table3Row("3.3.4", _R3, _DENIED, "4.保护第三方合法权益"),
    Table3Row("3.3.5", _R3, _DENIED, "5.属于三类内部事务信息"),
    Table3Row("3.3.6", _R3, _DENIED, "6.属于四类过程性信息"),
    Table3Row("3.3.7", _R3, _DENIED, "7.属于行政执法案卷"),
    Table3Row("3.3.8", _R3, _DENIED, "8.属于行政查询事项"),
    Table3Row("3.4.1", _R3, _UNABLE, "1.本机关不掌握相关政府信息"),
    Table3Row("3.4.2", _R3, _UNABLE, "2.没有现成信息需要另行制作"),
    Table3Row("3.4.3", _R3, _UNABLE, "3.补正后申请内容仍不明确"),
    Table3Row("3.5.1", _R3, _NOT_HANDLED, "1.信访举报投诉类申请"),
    Table3Row("3.5.2", _R3, _NOT_HANDLED, "2.重复申请"),
    Table3Row("3.5.3", _R3, _NOT_HANDLED, "3.要求提供公开出版物"),
    Table3Row("3.5.4", _R3, _NOT_HANDLED, "4.无正当理由大量反复申请"),
    Table3Row("3.5.5", _R3, _NOT_HANDLED, "5.要求行政机关确认或重新出具已获取信息"),
    Table3Row("3.6.1", _R3, _OTHER, "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
    Table3Row("3.6.2", _R3, _OTHER, "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
    Table3Row("3.6.3", _R3, _OTHER, "3.其他"),
    Table3Row("3.7", _R3, "（七）总计"),
    Table3Row("4", "四、结转下年度继续办理"),
)
T3_ROWS = {row.key: row for row in TABLE3_ROWS}
T3_OUTCOME_KEYS = tuple(row.key for row in TABLE3_ROWS if row.key.startswith("3.") and row.key != "3.7")
# The six groups of 三 as the report's prose names them (（一）…（六）).
T3_GROUPS: tuple[tuple[str, str], ...] = (
    ("3.1", "予以公开"), ("3.2", "部分公开"), ("3.3", "不予公开"),
    ("3.4", "无法提供"), ("3.5", "不予处理"), ("3.6", "其他处理"),
)


def t3_group(key: str) -> str:
    """"3.3.1" -> "3.3"; "3.1" -> "3.1"."""
    return ".".join(key.split(".")[:2])


# --- table 4: 政府信息公开行政复议、行政诉讼情况 -------------------------------------------------------

T4_REVIEW, T4_LITIGATION = "行政复议", "行政诉讼"
T4_DIRECT, T4_AFTER_REVIEW = "未经复议直接起诉", "复议后起诉"
T4_RESULTS = ("结果维持", "结果纠正", "其他结果", "尚未审结", "总计")
T4_GROUPS = (T4_REVIEW, T4_DIRECT, T4_AFTER_REVIEW)


# --- the report -------------------------------------------------------------------------------


@dataclass
class Table3:
    """cells[row key][column key] = count (总计 column and （七） row included once complete)."""

    cells: dict[str, dict[str, int]] = field(default_factory=dict)

    def get(self, row: str, column: str) -> int:
        return int(self.cells.get(row, {}).get(column, 0) or 0)

    def row(self, key: str) -> dict[str, int]:
        return {column: self.get(key, column) for column in T3_COLUMN_KEYS}

    def group_total(self, group: str, column: str = "total") -> int:
        return sum(self.get(key, column) for key in T3_OUTCOME_KEYS if t3_group(key) == group)


@dataclass
class Table2:
    """values[(row, column)] = number, or None where nothing was given (the writers mark the cell)."""

    values: dict[tuple[str, str], float | int | None] = field(default_factory=dict)
    hinted: set[tuple[str, str]] = field(default_factory=set)  # filled from the catalog: to be checked

    def get(self, row: str, column: str):
        return self.values.get((row, column))


@dataclass
class Table4:
    """values[(group, result)] for group in T4_GROUPS and result in T4_RESULTS."""

    values: dict[tuple[str, str], int] = field(default_factory=dict)
    given: bool = False  # False: no figures and no ledger column; the writers mark the table

    def get(self, group: str, result: str) -> int:
        return int(self.values.get((group, result), 0) or 0)


@dataclass
class LedgerEntry:
    """How one ledger row was counted (the workbook's 台账归类 sheet; a hand count starts here)."""

    file: str
    sheet: str | None
    row: int  # the row Excel shows
    number: str  # 申请编号
    applicant: str  # 申请人类型 as written
    column: str  # table-3 column key
    received: dt.date | None
    replied: dt.date | None
    outcome: str  # 答复结果 as written
    intake: str  # "1" 本年新收 or "2" 上年结转
    row_key: str  # table-3 row key ("3.x.y" or "4")
    deadline: dt.date | None = None
    overdue: bool = False  # replied after the deadline, or pending past it at year end
    basis: str = ""  # the clause it is counted under (categories.outcome_basis)


@dataclass
class Paragraph:
    """One paragraph of a drafted section: `style` is body, h2 (（一）…) or h3 (1. …)."""

    text: str
    style: str = "body"


@dataclass
class AnnualReport:
    year: int
    agency: str
    date: dt.date  # the date printed under the agency name
    intro: str
    sections: dict[str, list[Paragraph]]  # section title -> paragraphs (tables go after them)
    table2: Table2
    table3: Table3
    table4: Table4
    entries: list[LedgerEntry] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # what the officer should check (CLI prints them)
    sources: dict[str, str] = field(default_factory=dict)  # input -> path

    @property
    def title(self) -> str:
        return f"{self.agency}{self.year}年政府信息公开工作年度报告"
