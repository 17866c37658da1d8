"""Canonical fields of each dataset kind, their header aliases, and header -> field mapping.

Headers are compared in normalised form (full-width, spaces, Traditional characters, quotes and
required-field marks such as * or （必填） ignored), so 索引號, 索 引 号 and ＊索引号 all map to 索引号.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import Callable

from govopen_cli.io.normalize import normalize_text
from govopen_cli.labels import KIND_LABELS  # noqa: F401 - part of this module's interface

# kind -> {canonical field: aliases}. The canonical name is always an alias of itself.
FIELDS: dict[str, dict[str, list[str]]] = {
    "catalog": {
        "索引号": ["索取号", "信息索引号", "索引编号", "索引码", "索引"],
        "信息名称": ["名称", "标题", "资讯名称", "资讯标题", "文件名称", "信息标题", "文件标题", "文章标题", "题名", "文件名", "公开信息名称"],
        "内容概述": ["摘要", "资讯摘要", "内容摘要", "内容简介", "信息摘要", "概述", "内容描述", "简介"],
        "发布机构": ["发文机关", "发布单位", "发文单位", "发文机构", "发布部门", "公开主体", "发布主体", "发布机关", "公开责任部门"],
        # A repost's origin (转载自…): not who published it here.
        "来源": ["信息来源", "资讯来源", "稿件来源", "文章来源"],
        "生成日期": ["成文日期", "产生日期", "形成日期", "印发日期", "生成时间", "成文时间", "制发日期", "签发日期",
                     "公文生成日期", "信息生成日期", "文件生成日期", "成文日", "签署日期"],
        # 信息提供日期 is the web release date on 深圳 sites (the date under the title).
        "发布日期": ["公开日期", "发布时间", "公开时间", "上网日期", "发布日期时间", "上网时间", "信息发布日期", "信息提供日期", "上载日期",
                     "添加日期", "公开日"],
        "文号": ["发文字号", "文件编号", "发文号", "文件字号", "文件号", "字号", "备注/文号", "文号/备注", "发布文号"],
        "主题分类": ["主题", "主题词分类", "分类"],
        "体裁分类": ["体裁", "文件类型", "信息类型"],
        "公开方式": ["公开属性", "公开类别", "公开形式", "公开类型"],
        "不公开理由": ["不予公开理由", "不公开原因", "不予公开原因", "依申请公开理由", "不公开依据"],
        "有效性": ["时效", "是否有效", "效力状态", "时效性", "效力状况", "时效说明", "文件状态", "文件有效性", "信息有效性",
                   "公文时效"],
        # 公开目录 on 怒江 pages names the catalog column an item sits in (政府信息公开制度).
        "栏目": ["所属栏目", "栏目名称", "目录分类", "公开目录", "公文目录"],
        # Subject columns besides 主题分类, 体裁分类 and 栏目: each a field of its own, so a sheet
        # with several has every one read when items are recognised (rules.items).
        "组配分类": ["组配类别"],
        "信息分类": ["信息类别", "信息类目"],
        "公文种类": ["文种", "公文文种", "文种分类"],
        "责任单位": ["责任科室", "承办科室", "承办单位", "责任部门", "责任处室", "主办科室"],
        "链接": ["网址", "原文链接", "链接地址", "url", "网页地址", "访问地址"],
        "关联文件": ["关联解读", "相关文件", "政策解读", "关联信息", "对应文件"],
    },
    "applications": {
        "申请编号": ["编号", "申请号", "登记编号", "受理编号"],
        "收到日期": ["收到申请日期", "受理日期", "申请日期", "登记日期", "收件日期", "收到时间", "收到申请时间", "申请时间"],
        "申请人类型": ["申请人类别", "申请主体类型", "申请人性质", "申请人身份", "申请主体"],
        "申请内容": ["申请公开内容", "申请事项", "申请信息内容"],
        # The notice asking the applicant to correct (条例第三十条, within 7 working days), not the
        # day the corrected application came back (补正日期).
        "补正告知日期": ["告知补正日期", "补正通知日期", "发出补正通知日期", "补正告知时间", "告知补正时间", "补正告知书日期",
                         "一次性告知补正日期", "补正告知书送达日期"],
        "补正日期": ["收到补正日期", "补正完成日期", "补正时间", "收到补正时间", "补正后收到日期"],
        # 补正 in words (rules.correction_text): one column for both dates, or the running text.
        "补正情况": ["补正", "补正记录", "补正告知及补正情况", "补正告知及补正日期", "告知补正情况", "补正情况说明",
                     "补正告知情况", "补正告知及补正"],
        "办理过程": ["办理经过", "处理过程", "办理流程", "办理记录", "办理过程记录", "流转记录", "备注", "办理情况说明"],
        "是否延期": ["延期", "延长答复期限", "是否延长", "是否延期答复", "延期答复", "是否延长答复期限"],
        "征求意见天数": ["征求意见工作日", "征求意见时间", "第三方意见天数", "征求意见工作日数", "征求意见用时"],
        "答复日期": ["办结日期", "答复时间", "办结时间", "回复日期", "答复告知日期"],
        "答复结果": ["办理结果", "答复类型", "处理结果", "答复情况", "答复结果类型", "办理结果类型"],
        "行政复议结果": ["复议结果"],
        "行政诉讼结果": ["诉讼结果"],
        # When a case ended: places a case on an application of an earlier year in its year's table 4.
        "行政复议结案日期": ["复议结案日期", "复议决定日期", "行政复议决定日期"],
        "行政诉讼结案日期": ["诉讼结案日期", "判决日期", "裁判日期", "行政诉讼判决日期"],
        "收费金额": ["信息处理费", "收费", "收费金额元", "信息处理费金额"],
    },
    "events": {
        "事件名称": ["事件", "突发事件名称"],
        "事件级别": ["级别", "事件等级"],
        "发生时间": ["事发时间", "发生日期", "事件发生时间"],
        "首次发布时间": ["首发时间", "首次发布", "信息发布时间", "首次信息发布时间", "首次发布信息时间"],
        "新闻发布会时间": ["发布会时间", "新闻发布会", "新闻发布会召开时间", "发布会召开时间"],
    },
    "columns": {
        "栏目名称": ["栏目", "名称"],
        "栏目类型": ["类型", "栏目类别"],
        "链接": ["网址", "url", "栏目链接"],
        "最后更新日期": ["最后更新时间", "更新日期", "最近更新日期", "最新更新日期"],
        "信息条数": ["条数", "信息数量", "文章数"],
    },
}


# The field that identifies a row across runs (baselines, fingerprints): rows move, this does not.
IDENTITY_FIELDS = {"catalog": "索引号", "applications": "申请编号", "events": "事件名称", "columns": "栏目名称"}
# The row's title, for findings (and their identity where the identity field is empty).
TITLE_FIELDS = {"catalog": "信息名称", "applications": "申请内容", "events": "事件名称", "columns": "栏目名称"}

# Marks that officers add to headers: *必填, （必填）, trailing colons.
_HEADER_NOISE = re.compile(r"[*＊:：]|[（(]\s*(必填|选填|必选|可选)\s*[)）]")


# A label written inside brackets, as 重庆 and 北京 district pages do: [ 索引号 ], [发文字号], 【标题】.
_BRACKETED = re.compile(r"^\s*[\[【［]\s*(.*?)\s*[\]】］]\s*$")


@functools.lru_cache(maxsize=4096)
def _normalize_header_text(text: str) -> str:
    return normalize_text(_HEADER_NOISE.sub("", _BRACKETED.sub(r"\1", text)))


def normalize_header(text: object) -> str:
    # Header detection compares the same few cells against every kind, file after file: cache.
    return _normalize_header_text(str(text or ""))


def _alias_index() -> dict[str, dict[str, str]]:
    index: dict[str, dict[str, str]] = {}
    for kind, fields in FIELDS.items():
        table: dict[str, str] = {}
        for name, aliases in fields.items():
            for alias in [name, *aliases]:
                table.setdefault(normalize_header(alias), name)
        index[kind] = table
    return index


_ALIASES = _alias_index()


# Headers that name one of two fields depending on the site: 发文日期 is the web release date on
# most catalog pages and the document's date on others. Settled by the other date columns
# (resolve_shared); alone, it is taken as the first field and reported as ambiguous.
SHARED_HEADERS: dict[str, dict[str, tuple[str, str]]] = {
    "catalog": {normalize_header(header): ("发布日期", "生成日期") for header in ("发文日期", "发文时间")},
}


@dataclass
class FieldMapping:
    """How the headers of one sheet map to canonical fields."""

    kind: str
    columns: dict[str, int] = field(default_factory=dict)  # field -> column position (0-based)
    headers: dict[str, str] = field(default_factory=dict)  # field -> header as written
    unmapped: list[str] = field(default_factory=list)  # headers not mapped to any field
    # field -> every (position, header) whose header names it, in column order; more than one
    # when a sheet has both 发布单位 and 发文机构: the filled one is chosen (choose_filled).
    candidates: dict[str, list[tuple[int, str]]] = field(default_factory=dict)
    ambiguous: dict[str, str] = field(default_factory=dict)  # field -> header it was taken from, unsure
    # field -> (shared header, the other field): a 发文日期 settled only because another column names
    # the other field; unsure again when that column turns out empty (choose_filled).
    settled: dict[str, tuple[str, str]] = field(default_factory=dict)

    @property
    def score(self) -> int:
        return len(self.columns)

    def add(self, name: str, position: int, header: str) -> None:
        self.candidates.setdefault(name, []).append((position, header))
        if name not in self.columns:
            self.columns[name] = position
            self.headers[name] = header
        else:
            self.unmapped.append(header)

    def ambiguity_notes(self) -> list[str]:
        """What the result says about a header taken as one field though it may be the other."""
        notes = []
        for name, header in self.ambiguous.items():
            other = next(other for shared in SHARED_HEADERS.get(self.kind, {}).values() if name in shared
                         for other in shared if other != name)
            notes.append(f"“{header}”列可能是{name}，也可能是{other}，已按{name}读取；及时公开检查不判断本表"
                         f"（若为{other}，请用 --map {other}={header} 指定）")
        return notes

    def choose_filled(self, filled: Callable[[int], int]) -> None:
        """Where several columns name one field, take the one with most values (`filled(position)`
        counts them); the first on a tie. The others are listed as unmapped. A shared header settled
        by a column of the other field that has no values is as unsure as if it were alone."""
        for name, found in self.candidates.items():
            if len(found) < 2:
                continue
            position, header = max(found, key=lambda item: (filled(item[0]), -item[0]))
            if position == self.columns[name]:
                continue
            self.unmapped[self.unmapped.index(header)] = self.headers[name]
            self.columns[name], self.headers[name] = position, header
        for name, (header, other) in self.settled.items():
            if self.headers.get(name) == header and other in self.columns and not filled(self.columns[other]):
                self.ambiguous[name] = header

# A note under or after a header name: "生成日期\n(YYYY-MM-DD)", "发布日期（格式：2023-01-01）".
_HEADER_NOTE = re.compile(r"\s*(?:[\r\n].*|[（(][^（()）]*[)）])\s*$", re.S)


def _without_note(text: str) -> str:
    """The header with a trailing note removed; tried only when the whole header is unknown, so a
    shipped alias that itself ends in brackets still matches as written."""
    return _HEADER_NOTE.sub("", text)


def map_headers(headers: list[object], kind: str, extra_aliases: dict[str, str] | None = None) -> FieldMapping:
    """Map header cells to the canonical fields of `kind`.

    `extra_aliases` maps a header (as written, normalised here) to a field; it wins over the
    shipped aliases (from --map 字段=列名 and govopen.yaml). Every column that names a field is a
    candidate for it; the first is taken until the reader has seen the values (choose_filled).
    """
    table = _ALIASES[kind]
    shared = SHARED_HEADERS.get(kind, {})
    if extra_aliases:
        table = {**table, **{normalize_header(header): name for header, name in extra_aliases.items()}}
    mapping = FieldMapping(kind)
    pending: list[tuple[int, str, tuple[str, str]]] = []
    for position, header in enumerate(headers):
        # As written, but on one line: a header cell with a line break would break tables and reports.
        raw = str(header).strip() if header is not None else ""
        text = " ".join(raw.split())
        if not text:
            continue
        key = normalize_header(text)
        name = table.get(key) or table.get(normalize_header(_without_note(raw)))
        if name:
            mapping.add(name, position, text)
        elif key in shared:
            pending.append((position, text, shared[key]))
        else:
            mapping.unmapped.append(text)
    for position, text, fields in pending:
        _resolve_shared(mapping, position, text, fields)
    order = sorted(mapping.columns, key=mapping.columns.__getitem__)  # fields in column order
    mapping.columns = {name: mapping.columns[name] for name in order}
    mapping.headers = {name: mapping.headers[name] for name in order}
    return mapping


def _resolve_shared(mapping: FieldMapping, position: int, text: str, fields: tuple[str, str]) -> None:
    """A shared header (发文日期) takes whichever of its fields no other column names; when neither
    is named elsewhere it is taken as the first and marked ambiguous; when both are, it is unmapped."""
    free = [name for name in fields if name not in mapping.columns]
    if not free:
        mapping.unmapped.append(text)
        return
    mapping.add(free[0], position, text)
    if len(free) == 2:
        mapping.ambiguous[free[0]] = text
    else:
        mapping.settled[free[0]] = (text, next(name for name in fields if name != free[0]))
