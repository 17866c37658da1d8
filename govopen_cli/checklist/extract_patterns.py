"""What `checklist extract` recognises in a requirement sentence, as data.

Two tables drive the proposals:

* ITEMS: named things a plan asks to publish (权力清单, 部门预算, “三公”经费, 年度报告 …), each with
  the regex that finds it in the text and the `item` block that finds it in a catalog (rules.items).
* PATTERNS: phrasings of checkable requirements (6小时内首次发布, 10月31日前, 每月更新, 20个工作日内
  答复, 解读同步发布 …), each mapped to a rule, its parameters (templates filled from the regex's
  named groups), a check title template and a confidence.

Adding a phrasing or an item is a new row here, no code change. Regexes run on the "match form"
of a sentence (NFKC, Simplified, no spaces, no decorative quotes: “三公”经费 -> 三公经费).

Template placeholders: "{name}" alone is replaced by the typed value (int for numbers), inside a
longer string by its text. Group names with a meaning of their own:
  hours, press, days  -> numbers (Arabic or Chinese numerals)
  every               -> cadence window (周 -> week, 季度 -> quarter …)
  y, m, d / y, m, month_end / y, year_end / y, half -> the `by` date (plan year when y is absent)
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

HIGH, MEDIUM, LOW = "高", "中", "低"
CONFIDENCE_ORDER = {HIGH: 0, MEDIUM: 1, LOW: 2}

# Verbs that make a sentence about publishing something (公开 X, 在年报中公布, 集中展示 …).
DISCLOSE = r"公开|公布|公示|发布|展示|晒|上网|更新|通报|亮出|推送"


@dataclass(frozen=True)
class Item:
    """A named item a plan asks to publish, and how to find it in a catalog."""

    key: str
    text: str  # regex in the plan text
    item: dict  # the `item` block of the proposed check (label, terms …; see rules.items)
    confidence: str = MEDIUM
    exclude: str | None = None  # regex: the mention does not count when this matches the clause

    @property
    def label(self) -> str:  # shown in check titles: 公开{label}
        return self.item["label"]


def _item(label: str, terms: list[str], year: str = "any", **more: Any) -> dict:
    return {"label": label, "terms": terms, **more, "year": year}


ITEMS: tuple[Item, ...] = (
    Item("power-list", r"权力清单", _item("权力清单", ["权力清单", "权责清单", "权力和责任清单", "行政权力事项清单"])),
    Item("duty-list", r"责任清单", _item("责任清单", ["责任清单", "权责清单", "权力和责任清单"], **{"not": ["安全生产责任清单"]})),
    Item("function-list", r"职责清单", _item("职责清单", ["职责清单"])),
    Item("three-public", r"三公经费", _item("“三公”经费", ["三公经费"])),
    # “三公”经费预算 / 经费支出预算 are the 三公 item, not the department budget
    Item("budget", r"(?<!三公经费)(?<!经费支出)(?:预算|预决算)",
         _item("部门预算", ["部门预算", "部门（单位）预算", "单位预算", "预算公开", "预决算"], "plan", **{"not": ["部门预算绩效", "预算绩效目标"]},
               exclude=["请示", "审计", "调整", "执行", "编制工作"]),
         exclude=r"预算执行|年度预算中|预算安排|纳入.{0,4}预算"),
    Item("final-accounts", r"(?<!三公经费)(?<!三公经费预)(?<!经费支出)决算",
         _item("部门决算", ["部门决算", "部门（单位）决算", "单位决算", "决算公开", "预决算"], "previous", exclude=["请示", "审计"])),
    # The report published early in the plan year is about the year before.
    Item("annual-report", r"年度报告|年报",
         _item("政府信息公开工作年度报告", ["政府信息公开…年度报告", "政府信息公开…年报", "政务公开…年度报告"], "previous")),
    Item("audit", r"审计结果", _item("审计结果", ["审计结果", "审计报告", "审计工作报告", "审计整改"])),
    Item("service-guide", r"服务指南|办事指南", _item("服务指南", ["服务指南", "办事指南"])),
    Item("approval-items", r"行政审批(?:事项|项目)", _item("行政审批事项", ["行政审批", "审批事项"])),
    Item("license-list", r"(?:行政)?许可事项清单", _item("行政许可事项清单", ["许可事项清单"])),
    Item("intermediary-list", r"中介服务事项清单", _item("中介服务事项清单", ["中介服务"])),
    Item("major-projects", r"重大(?:建设|交通|投资|工程)?项目", _item("重大建设项目信息", ["重大…项目", "重点…项目"])),
    Item("major-decisions", r"重大行政决策事项目录", _item("重大行政决策事项目录", ["重大行政决策"])),
    Item("no-penalty-list", r"不予(?:行政)?处罚清单", _item("不予行政处罚清单", ["不予处罚", "不予行政处罚", "免罚清单"])),
    Item("disclosure-guide", r"公开指南", _item("政府信息公开指南", ["公开指南"])),
    Item("practical-projects", r"实事项目", _item("为民办实事项目", ["实事项目"])),
    Item("faq", r"常见问题", _item("常见问题与解答清单", ["常见问题"])),
    Item("procurement", r"政府采购", _item("政府采购信息", ["采购"])),
    Item("plan-report", r"发展规划", _item("国民经济和社会发展规划", ["规划"]), confidence=LOW),
)

# Primary items of a policy-interpretation pairing (政策文件), and their partners (解读).
POLICY_ITEM = _item("政策文件", ["印发《"], subjects=["政策文件", "规范性文件"], exclude=["解读"])
INTERPRETATION_ITEM = _item("解读材料", ["解读"], subjects=["解读"])


def item_condition(item: dict) -> dict:
    """A `where`/`when` condition finding an item's terms in 信息名称 (for rules that take a row
    filter, not an item: timeliness narrowed to 部门预算)."""
    parts = [{"field": "信息名称", "contains": term} for term in item["terms"] if "…" not in term]
    parts += [{"field": "信息名称", "matches": ".{0,12}".join(map(re.escape, term.split("…")))}
              for term in item["terms"] if "…" in term]
    return parts[0] if len(parts) == 1 else {"any": parts}

EVERY = {"周": "week", "两周": "2weeks", "半月": "2weeks", "月": "month", "季": "quarter", "季度": "quarter",
         "半年": "half-year", "年": "year"}
EVERY_LABELS = {"week": "每周", "2weeks": "每两周", "month": "每月", "quarter": "每季度", "half-year": "每半年", "year": "每年"}

_N = r"\d{1,3}|[一二两三四五六七八九十]{1,3}"


@dataclass(frozen=True)
class Pattern:
    """A phrasing of a checkable requirement and the check it becomes."""

    key: str
    regex: str  # searched in the match form of one clause (needs_item) or one sentence
    rule: str
    params: dict[str, Any]
    title: str  # check title template; {item} is the item's label
    confidence: str
    needs_item: bool = False  # the check is about named items (where from ITEMS, one check each)
    require: str | None = None  # regex that must also match the sentence
    exclude: str | None = None  # regex that must not match the sentence
    boost: str | None = None  # regex on the whole task text that raises the confidence to 高
    group: str | None = None  # only the first matching pattern of a group applies to a sentence
    merge: str | None = None  # proposals with the same merge key in one task become one check
    scope_item: str | None = None  # parameter that narrows the check to the item, when one is named (when)
    note: str | None = None  # extra advice for the reviewer, as a comment
    # optional parameters: (name, regex on the sentence, value template filled from its groups)
    extras: tuple[tuple[str, str, Any], ...] = ()


PATTERNS: tuple[Pattern, ...] = (
    # --- 突发事件 first release / press conference (events) --------------------------------
    Pattern("emergency-first", rf"(?P<hours>{_N})个?小时内[^,，。;；]*?(?<!新闻)(?:发布|发声)(?!会)",
            "emergency-release", {"first_release_hours": "{hours}"},
            "重大突发事件{hours}小时内首次发布权威信息", MEDIUM, boost=r"突发", merge="emergency",
            group="emergency-first", extras=(("levels", r"特别重大[、,，和及]重大|重特大", ["特别重大", "重大"]),)),
    Pattern("emergency-press", rf"(?P<press>{_N})个?小时内[^,，。;；]*?新闻发布会",
            "emergency-release", {"press_conference_hours": "{press}"},
            "重大突发事件{press}小时内举行新闻发布会", MEDIUM, boost=r"突发", merge="emergency",
            group="emergency-press"),
    # --- 依申请公开 reply deadline (applications) ------------------------------------------
    Pattern("application-reply", rf"(?:申请|答复|回复|办理)[^。;；]{{0,24}}?(?P<days>{_N})个工作日",
            "application-deadline", {"days": "{days}"},
            "依申请公开在{days}个工作日内答复", HIGH, require=r"答复|回复|办结", group="working-days",
            merge="application", extras=(("extension_days", rf"延长[^。]{{0,24}}?(?P<ext>{_N})个工作日", "{ext}"),)),
    Pattern("application-reply-after", rf"(?P<days>{_N})个工作日内?[^。;；]{{0,12}}?(?:答复|回复|办结)",
            "application-deadline", {"days": "{days}"},
            "依申请公开在{days}个工作日内答复", MEDIUM, group="working-days", merge="application",
            extras=(("extension_days", rf"延长[^。]{{0,24}}?(?P<ext>{_N})个工作日", "{ext}"),)),
    # --- 主动公开 within N working days of creation ------------------------------------------
    Pattern("timeliness", rf"(?P<days>{_N})个工作日内?[^。;；]{{0,16}}?(?:公开|发布|公布)",
            "timeliness", {"field": "发布日期", "start": "生成日期", "days": "{days}", "working": True},
            "{item}自形成之日起{days}个工作日内公开", MEDIUM, boost=r"形成|变更|生成|产生|制发|印发",
            exclude=r"申请|答复|解读", group="working-days", scope_item="when",
            note="国家基线 B.timeliness 已按20个工作日检查全部主动公开信息；期限相同时可删除本项"),
    # --- 解读 published with the policy (三同步) -------------------------------------------
    Pattern("interpretation-days", rf"解读[^。;；]{{0,20}}?(?P<days>{_N})个?(?:工作日|日|天)内",
            "pairing", {"item": POLICY_ITEM, "partner_item": INTERPRETATION_ITEM, "within_days": "{days}"},
            "政策文件的解读材料在{days}日内发布", MEDIUM, group="pairing",
            note="pairing 按自然日计算相隔天数；item 按标题中的“印发《》”或分类栏目认定政策文件，请按本单位目录核对"),
    Pattern("interpretation-sync", r"(?:同步|同时|一并|配套)[^。;；]{0,20}?解读|解读[^。;；]{0,30}?(?:同步|同时|一并)",
            "pairing", {"item": POLICY_ITEM, "partner_item": INTERPRETATION_ITEM, "within_days": 0},
            "政策文件与解读材料同步发布", MEDIUM, require=DISCLOSE + r"|报批|起草|配发|审签|印发",
            boost=r"同步发布|同步公开|同时发布|同步.{0,8}发布", group="pairing",
            note="item 按标题中的“印发《》”或分类栏目认定政策文件，请按本单位目录的分类核对"),
    # --- dated deadlines for named items --------------------------------------------------
    Pattern("deadline-date", r"(?:(?P<y>\d{4})年)?(?P<m>\d{1,2})月(?P<d>\d{1,2})日(?:前|之前|以前)",
            "deadline", {"item": "{item_block}", "by": "{by}"}, "{by_label}前公开{item}", HIGH, needs_item=True,
            group="deadline"),
    Pattern("deadline-month-end", r"(?:(?P<y>\d{4})年)?(?P<m>\d{1,2})月(?P<month_end>底|末)(?:前|之前|以前)",
            "deadline", {"item": "{item_block}", "by": "{by}"}, "{by_label}前公开{item}", HIGH, needs_item=True,
            group="deadline"),
    Pattern("deadline-year-end", r"(?:(?P<y>\d{4})|今)?年(?P<year_end>底|末)(?:前|之前|以前)",
            "deadline", {"item": "{item_block}", "by": "{by}"}, "{by_label}前公开{item}", MEDIUM, needs_item=True,
            group="deadline"),
    Pattern("deadline-half", r"(?:(?P<y>\d{4})年)?(?P<half>上半年)(?:前|之前|以前|内|底前)",
            "deadline", {"item": "{item_block}", "by": "{by}"}, "{by_label}前公开{item}", MEDIUM, needs_item=True,
            group="deadline"),
    # --- regular updates ------------------------------------------------------------------
    Pattern("cadence", r"(?:每|按|逐)(?P<every>两周|半月|半年|季度|周|月|季|年)(?:度)?",
            "cadence", {"item": "{item_block}", "every": "{every}"}, "{every_label}更新{item}", MEDIUM,
            needs_item=True, require=r"公开|公布|发布|更新|维护|上网", group="cadence",
            # 每年6月30日前 is a yearly deadline (the deadline pattern), not a cadence
            exclude=r"每年度报告|每年\d{1,2}月|每(?:年|季度?|月)[^。;；]{0,14}(?:督查|考核|评议|培训|检查|评估|约谈|通报|会议)"),
)

# When a requirement names no item, what it is about becomes a low-confidence `item`: the object
# after a disclosure verb (每季度公开社会保险基金收支情况), else the subject before the time words
# (食品安全监督抽检结果按月公开). Objects joined by 和/及/与 give one check each.
OBJECTS = (
    r"(?:公开|公布|发布|更新|公示)(?:了|好|出)?(?P<object>[^,，。;；:：\d]{2,24})",
    r"^(?P<object>[^,，。;；:：\d]{2,20}?)(?:按|于|在|每|应|要|须|及时|定期|逐|同步|一律)[^,，。;；]*?(?:公开|公布|发布|更新|公示)",
)
OBJECT_SPLIT = r"和|及|与|、"
OBJECT_CUT = r"自|在|于|按|应|要|须|及时|并|后"  # the object ends where the sentence goes on
OBJECT_TRIM = (r"^(?:的|本单位|本部门|本机关|我局|我委|我区|各类|有关|相关|全部|一次|及时|到位|当年|年度)+",
               r"(?:情况|工作|信息|等)$")
# Not something a catalog lists: too general, or a thing that is built rather than published.
OBJECT_STOP = (r"^(?:工作|情况|力度|信息|政府|政府信息|文件|等|的|和|及|范围|方式|时间|内容|方案|事项|结果)$"
               r"|^(?:力争|积极|切实|认真|进一步|全面|继续|坚持|努力|依法|逐步|各单位|各部门)+$"
               r"|(?:目录|机制|制度|平台|体系|台账|渠道|能力|水平|意识|建设)$")

# Where a rule of a proposal is not (yet) in the registry, these parameter names are tried in
# order for the one proposed: the rule's own spelling wins.
PARAM_ALIASES: dict[str, tuple[str, ...]] = {
    "first_release_hours": ("first_release_hours", "release_hours", "first_hours", "hours", "within_hours"),
    "press_conference_hours": ("press_conference_hours", "press_hours", "conference_hours", "press_within_hours"),
    "days": ("days", "reply_days", "limit_days", "working_days"),
}

# Words that mark a requirement with a time limit the tables above could not turn into a rule;
# the manual check says so.
TIME_HINT = (r"\d{4}年(?:底|末)?(?:前|之前)|\d{1,2}月(?:\d{1,2}日|底|末)(?:前|之前)|年底前|上半年前|"
             r"每(?:周|月|季度?|半年)|\d+个?(?:工作日|小时|日|天)内")
