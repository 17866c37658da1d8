"""Prose of a work plan: clean-up, site boilerplate, title/agency/year, outline, units, sentences.

Web captures carry navigation, share/print links, "下面是小编为大家整理的…" and pinyin left in
brackets after Traditional characters ("預(yù)算"); damaged document numbers ("国办发〔201680号")
have lost a bracket. Nothing here relies on brackets being balanced: numbering is recognised only
at the start of a paragraph (or right after the end of a sentence), units only inside a bracket
that starts with 责任单位 / 牵头单位 ….
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from govopen_cli.checklist.extract_read import Block, chinese_number
from govopen_cli.io.normalize import to_simplified

# --- text forms ------------------------------------------------------------------------------

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_PINYIN = re.compile(rf"\((?=[a-zü{_TONED}]*[{_TONED}])[a-zü{_TONED}]{{1,7}}\)|\?[a-zü{_TONED}]{{1,7}}(?=[^a-z]|$)")
_QUOTES = "“”‘’\"'「」『』"
_SPACE = re.compile(r"[\s\u3000\xa0\u200b\ufeff]+")


def clean(text: str) -> str:
    """Display form: pinyin annotations gone, odd spaces collapsed, trimmed."""
    text = _PINYIN.sub("", text)
    return _SPACE.sub(" ", text).strip()


def match_form(text: str) -> str:
    """What patterns run on: NFKC (full-width -> ASCII), no spaces, no decorative quotes."""
    value = unicodedata.normalize("NFKC", text)
    value = _SPACE.sub("", value)
    for char in _QUOTES:
        value = value.replace(char, "")
    return value


def is_traditional(text: str) -> bool:
    """Whether the plan is written in Traditional characters (enough of them change when simplified)."""
    cjk = sum(1 for char in text if "\u4e00" <= char <= "\u9fff")
    if not cjk:
        return False
    changed = sum(1 for a, b in zip(text, to_simplified(text)) if a != b)
    return changed >= 3 and changed / cjk >= 0.03


# --- boilerplate -----------------------------------------------------------------------------

# Lines dropped whatever their length: what content farms and CMS templates add.
_BOILER_ALWAYS = re.compile(
    r"下面是小编|供大家参考|欢迎参考|欢迎阅读|来源于网友|不代表本站观点|^导语[:：]|^推荐访问|"
    r"^(?:您的位置|您当前的位置|当前位置)[:：]|^首页\s*[>›»]|本站所有|版权所有|ICP备|公网安备|网站标识码"
)
# Short lines dropped: page furniture.
_BOILER_SHORT = re.compile(
    r"^(?:分享(?:到)?|打印(?:本页)?|关闭(?:窗口)?|网站地图|返回顶部|收藏|字号|字体|大|中|小|默认|"
    r"扫一扫|微信|微博|QQ空间|上一篇|下一篇|相关链接|相关阅读|相关文章|热点推荐|责任编辑|视力保护色|"
    r"政策性文件留言咨询|我要纠错|在手机打开当前页|【|】|[\[\]|/:：、，,·\s])+$"
    r"|^(?:浏览次数|浏览量|阅读次数|访问量|点击数|浏览)[:：]"
    r"|^(?:上一篇|下一篇|责任编辑|扫一扫|附件下载|相关附件|下载附件|点击下载)"
    r"|^[（(]?注[:：]|只接收对该|留言时请注明|>\s*\S+\s*>|[-_|]\s*\S{0,12}网站$|网站$"
)
# After the body has started, these end it (page footer).
_TAIL = re.compile(r"^(?:分享(?:到)?[:：]?|打印|网站地图|推荐访问|上一篇|下一篇|相关链接|扫一扫|政策性文件留言咨询)")

_META_KEYS = ("来源", "发布机构", "发文机关", "发布单位", "发文单位", "信息来源", "时间", "日期", "发布时间", "发布日期",
              "成文日期", "印发日期", "索取号", "索引号", "文件编号", "发文字号", "文号", "公开类别", "公开方式", "公开属性",
              "浏览", "浏览次数", "作者", "编辑", "主题分类", "体裁分类", "有效性", "字号", "点击数")
_META = re.compile(r"(" + "|".join(sorted(_META_KEYS, key=len, reverse=True)) + r")\s*[:：]\s*")


def is_boilerplate(line: str) -> bool:
    if _BOILER_ALWAYS.search(line):
        return True
    return len(line) <= 40 and bool(_BOILER_SHORT.search(line))


def parse_meta(line: str) -> dict[str, str] | None:
    """`来源:曲阜市交通运输局 浏览: 日期:2023-03-17 11:15` -> {来源: …, 日期: …}; None if not metadata."""
    if not _META.match(line) or len(line) > 160:
        return None
    found = list(_META.finditer(line))
    values = {}
    for number, match in enumerate(found):
        end = found[number + 1].start() if number + 1 < len(found) else len(line)
        values[match.group(1)] = line[match.end():end].strip()
    return values


# --- outline ---------------------------------------------------------------------------------

_CN = "一二三四五六七八九十"
_MARKERS = (
    (1, re.compile(rf"^\s*(?:第([{_CN}]{{1,3}})部分|([{_CN}]{{1,3}})\s*[、.．])\s*")),
    (2, re.compile(rf"^\s*[（(]\s*([{_CN}]{{1,3}})\s*[)）]\s*[、.．]?\s*")),
    (3, re.compile(r"^\s*(\d{1,2})\s*[.．、](?!\d)\s*")),
    (4, re.compile(r"^\s*(?:[（(]\s*(\d{1,2})\s*[)）]|([①-⑳]))\s*")),
)
# Inside a paragraph, a new numbered item may follow the end of a sentence: "…。2.做好…".
_INLINE_SPLIT = re.compile(rf"(?<=[。；;])\s*(?=(?:[（(][{_CN}]{{1,3}}[)）]|\d{{1,2}}[.．、](?!\d)|[（(]\d{{1,2}}[)）]|[①-⑳]))")
# Points written inline: 一是…。二是…。
_INLINE_POINTS = re.compile(rf"(?:(?<=^)|(?<=[。；;:：]))\s*([{_CN}]{{1,3}})是")


def marker(text: str) -> tuple[int, str, str] | None:
    """(rank, label, rest) when the text starts with 一、 / （一） / 1. / （1） / ①, else None."""
    for rank, pattern in _MARKERS:
        found = pattern.match(text)
        if not found:
            continue
        rest = text[found.end():]
        if not rest.strip():
            return None
        raw = next(group for group in found.groups() if group)
        value = raw if raw in "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳" else unicodedata.normalize("NFKC", raw)
        # Labels as officers write clauses (and as the shipped checklists cite them): 二、（三）1.（2）
        labels = {1: f"{value}、", 2: f"（{value}）", 3: f"{value}.", 4: value if value in "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳" else f"（{value}）"}
        return rank, labels[rank], rest
    return None


@dataclass
class Node:
    rank: int
    label: str
    head: str  # the text of the numbered paragraph, numbering removed
    body: list[str] = field(default_factory=list)  # following paragraphs without numbering
    children: list["Node"] = field(default_factory=list)
    parent: "Node | None" = None
    style: str | None = None

    @property
    def text(self) -> str:
        """Own text (heading paragraph and body), without children."""
        return "".join([self.head] + self.body) if not self.body else self.head + "\n" + "\n".join(self.body)

    def full_text(self) -> str:
        parts = [self.label + self.text]
        for child in self.children:
            parts.append(child.full_text())
        return "\n".join(parts)

    def path(self) -> str:
        labels = []
        node: Node | None = self
        while node is not None and node.rank > 0:
            labels.append(node.label)
            node = node.parent
        return "".join(reversed(labels))


_HEADING_RANK = {"h1": 1, "h2": 2, "h3": 3}


def build_outline(lines: list[Block]) -> tuple[Node, list[str]]:
    """Outline of the numbered structure, and the paragraphs before the first numbered one."""
    root = Node(0, "", "")
    preamble: list[str] = []
    stack = [root]
    counters: dict[int, int] = {}
    for block in lines:
        pieces = _INLINE_SPLIT.split(block.text) if block.style is None else [block.text]
        for piece in pieces:
            piece = piece.strip()
            if not piece:
                continue
            found = marker(piece)
            if found is None and block.style in _HEADING_RANK:
                rank = _HEADING_RANK[block.style]  # a Word heading without a number: number it
                counters[rank] = counters.get(rank, 0) + 1
                for deeper in [r for r in counters if r > rank]:
                    counters[deeper] = 0
                value = counters[rank]
                label = {1: f"{chinese_number(value)}、", 2: f"（{chinese_number(value)}）", 3: f"{value}."}[rank]
                found = (rank, label, piece)
            if found is None:
                if len(stack) == 1:
                    preamble.append(piece)
                else:
                    stack[-1].body.append(piece)
                continue
            rank, label, rest = found
            while stack[-1].rank >= rank:
                stack.pop()
            node = Node(rank, label, rest.strip(), parent=stack[-1], style=block.style)
            stack[-1].children.append(node)
            stack.append(node)
    return root, preamble


# --- units -----------------------------------------------------------------------------------

LEAD_KEYS = ("责任单位", "牵头单位", "责任部门", "牵头部门", "主责单位", "责任科室", "责任处室", "承办单位", "落实单位",
             "牵头处室", "责任主体", "牵头科室")
HELP_KEYS = ("配合单位", "协办单位", "参与单位", "配合部门", "协同单位", "配合处室", "配合科室")
_KEYS = "|".join(sorted(LEAD_KEYS + HELP_KEYS, key=len, reverse=True))
_UNIT_BRACKET = re.compile(rf"[（(]\s*((?:{_KEYS})[^()（）]*)[)）]\s*[。.;；]?")
# A bracket whose closing half was lost at the end of the paragraph: …（责任单位：局办公室
_UNIT_OPEN = re.compile(rf"[（(]\s*((?:{_KEYS})[^()（）\n]*)$", re.MULTILINE)
_UNIT_LINE = re.compile(rf"^\s*((?:{_KEYS})\s*[:：].*)$")
_UNIT_PART = re.compile(rf"({_KEYS})\s*[:：]?\s*([^;；]*)")
_UNIT_SPLIT = re.compile(r"[、，,；;/／]+")


def split_units(value: str) -> list[str]:
    units = []
    for part in _UNIT_SPLIT.split(value):
        part = part.strip(" 。.：:")
        part = re.sub(r"等$", "", part).strip()
        if part and part not in units:
            units.append(part)
    return units


def take_units(text: str) -> tuple[str, list[str], list[str]]:
    """Remove （责任单位：…）/（牵头单位：…；配合单位：…）/ a 责任单位： line from `text`.

    Returns the text without them, the lead units and the cooperating units.
    """
    lead: list[str] = []
    helpers: list[str] = []

    def collect(content: str) -> None:
        for found in _UNIT_PART.finditer(content):
            target = helpers if found.group(1) in HELP_KEYS else lead
            for unit in split_units(found.group(2)):
                if unit not in target:
                    target.append(unit)

    def replace(found: re.Match) -> str:
        collect(found.group(1))
        return ""

    text = _UNIT_BRACKET.sub(replace, text)
    text = _UNIT_OPEN.sub(replace, text)
    kept = []
    for line in text.split("\n"):
        found = _UNIT_LINE.match(line)
        if found:
            collect(found.group(1))
        else:
            kept.append(line)
    return "\n".join(kept).strip(), lead, helpers


# --- sentences -------------------------------------------------------------------------------

# Sentences end at 。！？ only: a ； separates items of one requirement (…内容:甲;乙;丙。).
_SENTENCE_END = re.compile(r"(?<=[。！!？?])")


def sentences(text: str) -> list[str]:
    """Sentences of a paragraph; fragments too short to be a requirement are joined to the previous."""
    result: list[str] = []
    for line in text.split("\n"):
        for piece in _SENTENCE_END.split(line):
            piece = piece.strip()
            if not piece:
                continue
            if result and len(match_form(piece).strip("。；;！!？?")) < 6:
                result[-1] += piece
            else:
                result.append(piece)
    return result


def lead_title(text: str, limit: int = 50) -> str:
    """The sentence up to the first 。 (a heading line as a whole), without trailing punctuation."""
    first = text.split("\n", 1)[0]
    first = re.split(r"[。；;]", first, maxsplit=1)[0].strip()
    first = first.rstrip("，,：:、 ")
    if len(first) > limit:
        first = first[:limit].rstrip("，,、") + "…"
    return first


def split_inline_points(text: str) -> list[tuple[str, str]]:
    """[("", lead), ("一是", …), ("二是", …)] when the text lists 一是…二是…; else [("", text)]."""
    found = list(_INLINE_POINTS.finditer(text))
    if len(found) < 2 or found[0].group(1) != "一":
        return [("", text)]
    parts = [("", text[:found[0].start()].strip())] if text[:found[0].start()].strip() else []
    for number, match in enumerate(found):
        end = found[number + 1].start() if number + 1 < len(found) else len(text)
        parts.append((f"{match.group(1)}是", text[match.start():end].strip()))
    return parts


# --- title, agency, year ---------------------------------------------------------------------

_PLAN_WORDS = r"(?:方案|要点|计划|安排|意见|规划|细则|清单|任务分工|分工表|工作任务)"
_TITLE = re.compile(rf"{_PLAN_WORDS}(?:》)?(?:的通知)?$")
_AGENCY_SUFFIX = re.compile(r"(?:局|委|委员会|办公室|办|政府|厅|部|院|中心|所|站|处|科|署|会|室|馆|队|街道|镇|乡|公司|集团|管委会)$")
_NOT_AGENCY = re.compile(r"网友|投稿|本站|本网|网络|转载|原创|整理|佚名|未知|admin", re.IGNORECASE)


def looks_like_agency(value: str) -> bool:
    value = value.strip()
    return 2 <= len(value) <= 30 and bool(_AGENCY_SUFFIX.search(value)) and not _NOT_AGENCY.search(value) \
        and not re.search(r"[。，,；;]", value)


def strip_site(line: str) -> str:
    """"【府办方案】…方案" -> "…方案"; "…方案-某某网站" -> "…方案"."""
    line = re.sub(r"^【[^】]{1,12}】", "", line).strip()
    line = re.sub(r"\s*[-_|—]+\s*[^-_|—]{0,20}(?:网站|网|门户)$", "", line).strip()
    return line


def find_title(lines: list[Block]) -> tuple[str | None, int | None]:
    """The plan's title among the lines before its first numbered heading: a Word title style, else
    the last line that names a plan (…方案 / …要点 / …计划)."""
    for number, block in enumerate(lines):
        if block.style == "title" and block.text.strip():
            return strip_site(block.text.strip()), number
    best = None
    for number, block in enumerate(lines):
        line = strip_site(block.text.strip())
        if not line or len(line) > 80 or re.search(r"[。；;]", line) or parse_meta(line):
            continue
        if _TITLE.search(line) and not line.endswith("的通知"):
            best = (line, number)
        elif best is None and _TITLE.search(line):
            best = (line, number)
    if best:
        return best
    for number, block in enumerate(lines):
        line = strip_site(block.text.strip())
        if line and len(line) <= 60 and not re.search(r"[。；;]", line) and not parse_meta(line):
            return line, number
    return None, None


def title_agency(title: str) -> str | None:
    """The agency a title starts with: 曲阜市交通运输局2023年度… -> 曲阜市交通运输局; 2024年市交通委政务… -> 市交通委."""
    text = re.sub(r"^关于印发", "", title)
    about = re.match(r"(.{2,30}?)关于", text)
    if about and looks_like_agency(about.group(1)):
        return about.group(1)
    before_year = re.match(r"(.{2,30}?)(?:\d{4}|[二〇零一二三四五六七八九]{4})年", text)
    if before_year and looks_like_agency(before_year.group(1)):
        return before_year.group(1)
    after_year = re.match(r"(?:\d{4}年度?)?(.{2,30}?)(?:\d{4}年度?)?(?:全面推进|进一步|政务公开|信息公开|政府信息公开|政务服务|工作要点|工作方案)", text)
    if after_year and looks_like_agency(after_year.group(1)):
        return after_year.group(1)
    return None


def issuer_from_line(line: str) -> str | None:
    """"【府办方案】青云谱区人民政府办公室关于印发…" -> 青云谱区人民政府办公室."""
    line = strip_site(line)
    found = re.match(r"(.{2,40}?)关于(?:印发|下发|转发)", line)
    if found and looks_like_agency(found.group(1)):
        return found.group(1)
    return None


_YEAR = re.compile(r"(?<!\d)(20\d{2}|19\d{2})(?!\d)")
_DOC_YEAR = re.compile(r"〔(\d{4})〕")


def years_in(text: str) -> list[int]:
    """Years the text mentions as years (2018年底前), not inside document numbers or titles cited."""
    stripped = re.sub(r"《[^《》]*》|[（(][^()（）]*发[^()（）]*号[)）]|〔\d{4}〕?\d*号?", "", text)
    return [int(y) for y in re.findall(r"(?<!\d)((?:19|20)\d{2})年", stripped)]


_ADDRESSEE_SUFFIX = re.compile(r"(?:单位|部门|处室|科室|局|委|办|中心|街道|镇|乡|政府|公司|各区|各县)$")


def addressees(lines: list[str]) -> list[str]:
    """The 主送 line of a notice (委机关各处室，委属各单位：) as a list of units, or []."""
    for line in lines:
        line = line.strip()
        if not re.search(r"[:：]$", line) or len(line) > 60 or re.search(r"[。；;]", line) or parse_meta(line):
            continue
        units = split_units(line.rstrip(":："))
        if units and all(_ADDRESSEE_SUFFIX.search(unit) and len(unit) <= 20 for unit in units):
            return units
    return []
