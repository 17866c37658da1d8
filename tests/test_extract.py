"""`govopen checklist extract`: drafting a checklist from a work plan.

The four seed plans (tests/data/seeds, copied from ../shared/seeds: web captures with boilerplate, damaged brackets and one in
Traditional Chinese) and plans written for these tests in the styles the seeds do not show: a
prose plan with （一）/1. numbering, 牵头单位/配合单位 and deadlines (.txt, and the same as a Word
document with headings and automatic numbering), and a 任务分工 table with merged task cells
(.docx and .xlsx). Every draft must load with the checklist loader and run with `govopen check`.
"""
from __future__ import annotations

import datetime as dt
import importlib.util
import os
import re
from pathlib import Path

import pytest

from govopen_cli.api import CheckRequest, check
from govopen_cli.checklist import extract as extract_module
from govopen_cli.checklist.extract import extract, extract_yaml, render, scalar, validate_text
from govopen_cli.checklist.extract_patterns import INTERPRETATION_ITEM, ITEMS, PATTERNS, POLICY_ITEM, item_condition
from govopen_cli.checklist.extract_propose import merge, number, propose
from govopen_cli.checklist.extract_read import Block, chinese_number
from govopen_cli.checklist.extract_text import build_outline, marker, split_inline_points, split_units, take_units
from govopen_cli.checklist.load import load_checklist, parse_yaml
from govopen_cli.errors import InputError
from govopen_cli.rules import REGISTRY
from govopen_cli.rules.conditions import condition_errors
from govopen_cli.rules.items import item_errors

ROOT = Path(__file__).resolve().parent.parent
PLANS = ROOT / "tests" / "data" / "plans"
SEEDS = Path(os.environ.get("GOVOPEN_SEEDS", ROOT / "tests" / "data" / "seeds"))
SAMPLE = ROOT / "samples" / "曲阜市交通运输局-公开目录-2023.xlsx"

_spec = importlib.util.spec_from_file_location("make_plans", PLANS / "make_plans.py")
make_plans = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(make_plans)


def seed(name: str) -> str:
    matches = sorted(SEEDS.glob(f"{name}_*.txt")) if SEEDS.is_dir() else []
    if not matches:
        pytest.skip(f"seed plan {name} not found in {SEEDS} (set GOVOPEN_SEEDS)")
    return str(matches[0])


def draft_of(path, **options):
    text, draft = extract_yaml(str(path), **options)
    validate_text(text)  # every draft loads with the real loader
    return text, draft


def rules(task) -> list[str]:
    return [check.rule or "manual" for check in task.checks]


def automatic(draft, rule: str):
    return [check for check in draft.checks if check.rule == rule]


# --- the seed plans --------------------------------------------------------------------------

QUFU_UNITS = [
    ["局综合法规科"], ["局财务科"], ["局规划建设管理科"], ["局办公室"], ["市交通应急指挥中心", "局办公室"],
    ["局办公室"], ["局机关各科室", "局属各单位"], ["局办公室", "局属各单位"],
]
STREETS = ["各街道", "镇", "园", "区政府各部门"]
QINGYUNPU_UNITS = [
    STREETS, STREETS, STREETS, ["区政府办公室"] + STREETS, ["区政府办公室", "区委宣传部"],
    ["区政府办公室"] + STREETS, ["区法制办", "区司法局"], STREETS, ["区政府办公室", "区公安分局"] + STREETS,
    ["区政府办公室"], ["区政府办公室", "区人社局", "区委党校"], ["区政府办公室"],
]


def test_seed_000_qufu_eight_tasks_with_units_and_rules():
    text, draft = draft_of(seed("000"))
    assert draft.title == "曲阜市交通运输局2023年度政务公开工作实施方案"
    assert draft.agency == "曲阜市交通运输局" and draft.year == 2023
    assert len(draft.tasks) == 8
    assert [task.units for task in draft.tasks] == QUFU_UNITS
    assert [task.source for task in draft.tasks] == [f"二、（{n}）" for n in "一二三四五六七八"]
    assert [task.title for task in draft.tasks][:3] == ["推进权力清单和责任清单公开", "推进财政资金信息公开",
                                                         "推进重大建设项目信息公开"]
    # 一、总体要求 and 三、工作要求 frame the plan: not tasks, but named for the reviewer
    assert "一、总体要求" in text and "三、工作要求" in text and "未生成检查项" in text
    # 6小时内首次发布 + 24小时内新闻发布会 -> one emergency-release check with both limits
    (emergency,) = automatic(draft, "emergency-release")
    assert emergency.params["hours"] == 6 and emergency.params["press_conference_hours"] == 24
    assert emergency.confidence == "高" and emergency.id.startswith("T5.")
    # 每年 / 每月 更新重大项目 -> two cadence checks
    assert sorted(c.params["every"] for c in automatic(draft, "cadence")) == ["month", "year"]
    covered = {c.params["item"]["label"] for c in automatic(draft, "coverage")}
    assert {"权力清单", "责任清单", "“三公”经费", "部门预算", "部门决算", "政府信息公开工作年度报告"} <= covered
    # The draft writes item blocks in plain words, never a pattern, and each reads back as written.
    assert "        item: {label: 权力清单, terms: [权力清单, 权责清单, 权力和责任清单, 行政权力事项清单], year: any}" in text
    assert "matches:" not in text
    (pairing,) = automatic(draft, "pairing")
    assert pairing.params["within_days"] == 0 and pairing.id.startswith("T4.")
    # everything else is a manual check carrying its sentence
    manual = [c for c in draft.checks if c.manual]
    assert any("畅通网上受理渠道" in c.manual for c in manual)
    assert "# 置信度：高" in text and "# 原文：（一）推进权力清单和责任清单公开。" in text


def test_seed_001_qingyunpu_twelve_tasks_despite_damaged_brackets():
    text, draft = draft_of(seed("001"))
    assert len(draft.tasks) == 12
    assert [task.units for task in draft.tasks] == QINGYUNPU_UNITS
    assert [task.source for task in draft.tasks][:2] == ["一、", "二、"] and draft.tasks[10].source == "十一、"
    assert draft.tasks[0].title == "突出政务公开重点" and draft.tasks[11].title == "加强绩效考核评估"
    assert draft.agency == "青云谱区人民政府办公室"
    # "国办发〔201680号" lost its closing bracket: it stays in the preamble, nothing leaks into tasks
    assert not any("国办发" in task.text or "小编" in task.text or "推荐访问" in task.text for task in draft.tasks)
    (emergency,) = automatic(draft, "emergency-release")
    assert emergency.params["hours"] == 5 and emergency.params["press_conference_hours"] == 24
    assert emergency.id.startswith("T6.")
    # the page is dated 2023 but the plan speaks of 2017-2018: the year is flagged for review
    assert draft.year == 2023 and "请核对 period" in text


def test_seed_003_traditional_chinese_with_pinyin_debris():
    text, draft = draft_of(seed("003"))
    assert draft.title == "城管局信息公开工作要点" and draft.agency == "城管局"
    assert len(draft.tasks) == 8
    assert [task.source for task in draft.tasks] == ["一、（一）", "一、（二）", "二、（一）", "二、（二）", "二、（三）",
                                                     "三、（一）", "三、（二）", "三、（三）"]
    assert "繁体" in text and "(yù)" not in text and "預" not in text
    # 今年10月31日前公开2014年预算和2013年决算: plan year 2014, deadlines for both items
    assert draft.year == 2014
    deadlines = {c.params["item"]["label"]: (c.params["by"], c.params["item"]["year"]) for c in automatic(draft, "deadline")}
    assert deadlines == {"部门预算": ("2014-10-31", "plan"), "部门决算": ("2014-10-31", "previous")}
    assert any(c.params["item"]["label"] == "权力清单" for c in automatic(draft, "coverage"))


def test_seed_004_shanghai_notice_wrapper_and_footer():
    text, draft = draft_of(seed("004"))
    assert draft.title == "2024年市交通委政务公开工作要点"
    assert draft.agency == "上海市交通委员会" and draft.year == 2024 and draft.docno == "沪交办〔2024〕323号"
    assert len(draft.tasks) == 20
    assert [len([t for t in draft.tasks if t.source.startswith(p)]) for p in ("一、", "二、", "三、", "四、", "五、")] \
        == [4, 6, 2, 4, 4]
    # no unit in the plan: the notice's addressees, flagged
    assert all(task.units == ["委机关各处室", "委属各单位"] for task in draft.tasks) and "主送单位" in text
    assert not any("留言" in task.text and "只接收" in task.text for task in draft.tasks)
    assert "政策性文件留言咨询" not in text
    covered = {c.params["item"]["label"] for c in automatic(draft, "coverage")}
    assert {"重大行政决策事项目录", "不予行政处罚清单", "部门预算", "部门决算"} <= covered


@pytest.mark.parametrize("name", ["000", "001", "003", "004"])
def test_seed_drafts_run_on_the_sample_catalog(name, tmp_path):
    text, _ = draft_of(seed(name))
    path = tmp_path / "draft.yaml"
    path.write_text(text, encoding="utf-8")
    result = check(CheckRequest(paths=[str(SAMPLE)], checklist=str(path), as_of=dt.date(2024, 1, 31)))
    statuses = {c.id: c.status for c in result.checks}
    assert not [cid for cid, status in statuses.items() if status == "error"]
    assert any(cid.startswith("T1.") for cid in statuses) and "B.docno" in statuses


# --- plans in other styles -------------------------------------------------------------------

PROSE_UNITS = [["社会保险股"], ["财务股"], ["政策法规股", "办公室"], ["办公室"], ["办公室", "劳动保障监察大队"], ["信息中心"]]

ITEMS_BY_KEY = {item.key: item for item in ITEMS}


def _check_prose_plan(draft, text):
    assert draft.title == make_plans.TITLE_PROSE
    assert draft.agency == "临河县人力资源和社会保障局" and draft.year == 2025
    assert [task.units for task in draft.tasks] == PROSE_UNITS
    assert [task.source for task in draft.tasks] == [f"二、（{n}）" for n in "一二三四五六"]
    assert draft.tasks[0].helpers == ["就业服务中心"]
    assert "一、总体要求" in text and "三、保障措施" in text
    by_task = {task.id: task for task in draft.tasks}
    # 每季度公开 A和B: one cadence per object, low confidence
    assert [(c.rule, c.params["every"], c.params["item"]["terms"][0], c.confidence) for c in by_task["T1"].checks] == [
        ("cadence", "quarter", "社会保险基金收支", "低"), ("cadence", "quarter", "就业补贴发放", "低")]
    # “三公”经费预算于2025年6月30日前公开: a dated deadline on the 三公 item only
    (deadline,) = [c for c in by_task["T2"].checks if c.rule == "deadline"]
    assert deadline.params == {"item": {"label": "“三公”经费", "terms": ["三公经费"], "year": "any"}, "by": "2025-06-30"}
    # points: their own units and sources
    interpretation, cleanup = by_task["T3"].checks
    assert interpretation.rule == "pairing" and interpretation.params["within_days"] == 3
    assert interpretation.units == ["政策法规股"] and interpretation.source == "二、（三）1."
    assert cleanup.rule == "deadline" and cleanup.params["by"] == "2025-12-31" and cleanup.source == "二、（三）2."
    (reply,) = by_task["T4"].checks
    assert reply.rule == "application-deadline" and reply.params == {"days": 20, "extension_days": 20}
    (emergency,) = by_task["T5"].checks
    assert emergency.params == {"hours": 5, "press_conference_hours": 24}
    report = [c for c in by_task["T6"].checks if c.rule == "deadline"]
    assert report[0].params["by"] == "2025-01-31" and report[0].params["item"]["label"] == "政府信息公开工作年度报告"
    assert report[0].params["item"]["year"] == "previous"  # published early in 2025, about 2024


def test_prose_plan_txt_with_boilerplate():
    text, draft = draft_of(PLANS / "prose-plan.txt")
    _check_prose_plan(draft, text)
    assert draft.docno == "临人社发〔2025〕6号"
    assert not any(word in text for word in ("扫一扫", "打印本页", "附件下载"))


def test_prose_plan_docx_headings_and_automatic_numbering(tmp_path):
    path = tmp_path / "plan.docx"
    make_plans.write_prose_docx(str(path))
    text, draft = draft_of(path)
    _check_prose_plan(draft, text)
    # same tasks and checks as the text version
    _, from_text = extract_yaml(str(PLANS / "prose-plan.txt"))
    assert [(c.id, c.rule, c.params) for c in draft.checks] == [(c.id, c.rule, c.params) for c in from_text.checks]


def test_prose_plan_saved_from_the_website(tmp_path):
    path = tmp_path / "plan.html"
    make_plans.write_prose_html(str(path))
    text, draft = draft_of(path)
    _check_prose_plan(draft, text)
    assert not any(word in text for word in ("扫一扫", "打印本页", "var _hmt"))
    _, from_text = extract_yaml(str(PLANS / "prose-plan.txt"))
    assert [(c.id, c.rule, c.params) for c in draft.checks] == [(c.id, c.rule, c.params) for c in from_text.checks]


TABLE_UNITS = [["执法稽查科", "信用监管科"], ["食品安全抽检科"], ["法规科"], ["办公室"], ["办公室", "信息中心"],
               ["办公室"], ["应急管理科"]]
TABLE_RULES = [["timeliness", "cadence"], ["cadence", "deadline"], ["pairing"], ["application-deadline", "manual"],
               ["cadence"], ["deadline"], ["emergency-release"]]


@pytest.mark.parametrize("writer", ["write_table_docx", "write_table_xlsx", "write_table_html"])
def test_table_plan_one_check_per_row(writer, tmp_path):
    suffix = "." + writer.rsplit("_", 1)[1]
    path = tmp_path / f"plan{suffix}"
    getattr(make_plans, writer)(str(path))
    text, draft = draft_of(path)
    assert draft.layout == "table" and draft.agency == "江北区市场监督管理局" and draft.year == 2024
    assert len(draft.tasks) == 7 and len(draft.checks) == 10
    assert [task.title for task in draft.tasks][:2] == ["推进“双随机、一公开”监管信息公开", "做好食品安全抽检信息公开"]
    assert [task.units for task in draft.tasks] == TABLE_UNITS
    assert [rules(task) for task in draft.tasks] == TABLE_RULES
    assert [task.source for task in draft.tasks] == ["一、1.", "一、2.", "二、3.", "二、4.", "三、5.", "三、6.", "三、7."]
    first, second = draft.tasks[0].checks
    assert first.units == ["执法稽查科"] and second.units is None  # a row's own units when they differ
    assert first.params["when"] == {"field": "信息名称", "contains": "抽查结果"} and first.params["days"] == 20
    assert second.params["every"] == "quarter"
    assert draft.tasks[1].checks[1].params["by"] == "2024-12-31"
    assert draft.tasks[5].checks[0].params == {"item": ITEMS_BY_KEY["annual-report"].item, "by": "2024-01-31"}
    assert draft.tasks[6].checks[0].params == {"hours": 5}
    manual = draft.tasks[3].checks[1]
    assert manual.manual == "建立依申请公开办理台账（时限：2024年6月底前）" and manual.title == "建立依申请公开办理台账"
    assert "时限要求" in text or "时限" in manual.manual
    row = "任务分工第4行" if suffix == ".xlsx" else "表格1第3行"
    assert first.source == f"一、1.（{row}）"


def test_markdown_plan_with_headings_and_a_table(tmp_path):
    path = tmp_path / "要点.md"
    path.write_text(
        "# 示范县交通运输局2024年政务公开工作要点\n\n"
        "## 推进决策公开\n\n"
        "每季度公开重大行政决策事项目录执行情况。（责任单位：法规科）\n\n"
        "## 推进管理服务公开\n\n"
        "- 在10月31日前公开**权力清单**调整情况。\n"
        "- 政策文件与解读材料同步发布。\n\n"
        "（责任单位：审批科、办公室）\n",
        encoding="utf-8",
    )
    text, draft = draft_of(path)
    assert draft.title == "示范县交通运输局2024年政务公开工作要点" and draft.year == 2024
    assert [(t.source, t.title, t.units) for t in draft.tasks] == [
        ("一、", "推进决策公开", ["法规科"]), ("二、", "推进管理服务公开", ["审批科", "办公室"])]
    assert [c.rule for c in draft.checks] == ["cadence", "deadline", "pairing"]
    assert draft.checks[1].params["by"] == "2024-10-31"

    table = tmp_path / "分工.md"
    table.write_text(
        "# 示范县2024年政务公开任务分工\n\n"
        "| 工作任务 | 具体要求 | 牵头单位 | 配合单位 | 完成时限 |\n|---|---|---|---|---|\n"
        "| 财政信息公开 | 公开部门预算 | 财务科 | 办公室 | 3月31日前 |\n"
        "| | 公开部门决算 | 财务科 | | 8月31日前 |\n",
        encoding="utf-8")
    _, draft = draft_of(table)
    (task,) = draft.tasks
    assert task.title == "财政信息公开" and task.units == ["财务科"] and task.helpers == ["办公室"]
    assert [c.params["by"] for c in task.checks] == ["2024-03-31", "2024-08-31"]


def test_word_plan_with_title_in_heading_1(tmp_path):
    import docx

    document = docx.Document()
    document.add_heading("示范区教育局2024年政务公开工作方案", 1)
    document.add_heading("重点任务", 1)
    document.add_heading("推进招生信息公开", 2)
    document.add_paragraph("每年6月30日前公开义务教育招生政策。（责任单位：基础教育科）")
    document.add_heading("推进财政信息公开", 2)
    document.add_paragraph("公开部门预算和“三公”经费预算。")
    document.add_paragraph("责任单位：计财科")
    path = tmp_path / "plan.docx"
    document.save(str(path))
    _, draft = draft_of(path)
    assert draft.title == "示范区教育局2024年政务公开工作方案" and draft.agency == "示范区教育局"
    assert [(t.source, t.title, t.units, rules(t)) for t in draft.tasks] == [
        ("一、（一）", "推进招生信息公开", ["基础教育科"], ["deadline"]),
        ("一、（二）", "推进财政信息公开", ["计财科"], ["coverage", "coverage"])]
    assert draft.tasks[0].checks[0].params["by"] == "2024-06-30"


def test_csv_table_without_task_column(tmp_path):
    path = tmp_path / "清单.csv"
    path.write_text("具体要求,责任单位,时限要求\n每月更新重大项目进展情况,规划科,每月\n建立保密审查台账,办公室,\n",
                    encoding="gb18030")
    _, draft = draft_of(path, year=2024)
    assert [(t.title, t.units, rules(t)) for t in draft.tasks] == [
        ("每月更新重大项目进展情况", ["规划科"], ["cadence"]), ("建立保密审查台账", ["办公室"], ["manual"])]


# --- building blocks -------------------------------------------------------------------------


def test_units_split_and_brackets():
    text, lead, helpers = take_units("做好公开。（牵头单位：区政府办、区财政局；配合单位：各街道，各部门等）")
    assert text == "做好公开。" and lead == ["区政府办", "区财政局"] and helpers == ["各街道", "各部门"]
    assert take_units("做好公开。(责任单位:局办公室,局属各单位)。")[1] == ["局办公室", "局属各单位"]
    assert take_units("做好公开。（责任单位：局办公室")[1] == ["局办公室"]  # closing bracket lost
    assert take_units("做好公开。\n责任单位：信息中心")[1:] == (["信息中心"], [])
    assert take_units("按（国办发〔201680号）要求做好公开。")[1] == []
    assert split_units("各街道、镇、园、区政府各部门") == STREETS


def test_numbering_markers():
    assert marker("一、总体要求")[:2] == (1, "一、")
    assert marker("（十二）加强考核")[:2] == (2, "（十二）")
    assert marker("(三)推进")[:2] == (2, "（三）")
    assert marker("２．做好")[:2] == (3, "2.")
    assert marker("①公开")[:2] == (4, "①")
    assert marker("2024年市交通委政务公开工作要点") is None
    assert marker("1.5万元用于") is None
    root, preamble = build_outline([Block("序言。"), Block("一、甲"), Block("（一）乙。丙。"), Block("1.丁"), Block("二、戊。")])
    assert preamble == ["序言。"]
    assert [(n.label, [c.label for c in n.children]) for n in root.children] == [("一、", ["（一）"]), ("二、", [])]
    assert root.children[0].children[0].children[0].path() == "一、（一）1."
    assert split_inline_points("甲。一是乙。二是丙。")[1:] == [("一是", "一是乙。"), ("二是", "二是丙。")]


def test_numbers_and_chinese_numerals():
    assert [number(x) for x in ("20", "二十", "十五", "两", "五")] == [20, 20, 15, 2, 5]
    assert [chinese_number(x) for x in (1, 10, 12, 20, 21)] == ["一", "十", "十二", "二十", "二十一"]


def test_patterns_are_valid_data():
    for item in ITEMS:
        re.compile(item.text)
        assert item_errors(item.item) == []
        assert condition_errors(item_condition(item.item)) == []
    assert item_errors(POLICY_ITEM) == [] and item_errors(INTERPRETATION_ITEM) == []
    for pattern in PATTERNS:
        re.compile(pattern.regex)
        assert pattern.confidence in ("高", "中", "低")


def test_emergency_limits_merge_into_one_check():
    proposals, _ = propose("应在6小时内进行首次信息发布，并在24 小时内举行新闻发布会", year=2024)
    assert [(p.rule, p.params) for p in proposals] == [
        ("emergency-release", {"first_release_hours": 6}), ("emergency-release", {"press_conference_hours": 24})]
    merged = merge(proposals)
    assert merged.params == {"first_release_hours": 6, "press_conference_hours": 24}
    assert merged.title == "重大突发事件6小时内首次发布权威信息、24小时内举行新闻发布会"


@pytest.mark.parametrize("sentence, rule, params", [
    ("自收到申请之日起二十个工作日内予以答复", "application-deadline", {"days": 20}),
    ("主动公开的政府信息自形成之日起15个工作日内公开", "timeliness",
     {"field": "发布日期", "start": "生成日期", "days": 15, "working": True}),
    ("每季度更新重大建设项目进展情况", "cadence",
     {"item": {"label": "重大建设项目信息", "terms": ["重大…项目", "重点…项目"], "year": "any"}, "every": "quarter"}),
    ("在今年10月31日前公开部门决算", "deadline",
     {"item": {"label": "部门决算", "terms": ["部门决算", "部门（单位）决算", "单位决算", "决算公开", "预决算"], "exclude": ["请示", "审计"],
               "year": "previous"}, "by": "2024-10-31"}),
    ("公开“三公”经费预算", "coverage", {"item": {"label": "“三公”经费", "terms": ["三公经费"], "year": "any"}}),
])
def test_proposals(sentence, rule, params):
    proposals, _ = propose(sentence, year=2024)
    assert [(p.rule, p.params) for p in proposals] == [(rule, params)]


def test_no_proposal_without_a_checkable_requirement():
    assert propose("每年定期开展政务公开工作督查", year=2024)[0] == []
    assert propose("在年度预算中安排相关工作经费", year=2024)[0] == []
    proposals, unresolved = propose("力争在2018年底前扩展并完善我区政府信息主动公开基本目录", year=2024)
    assert proposals == [] and unresolved


def test_unregistered_rule_becomes_manual_naming_the_rule(monkeypatch):
    monkeypatch.delitem(REGISTRY, "emergency-release")
    text, draft = draft_of(PLANS / "prose-plan.txt")
    emergency = draft.tasks[4].checks[0]
    assert emergency.rule is None and "emergency-release" in emergency.manual
    assert "# 规则可用后改为：" in text and "#   rule: emergency-release" in text


@pytest.mark.parametrize("value", ["a: b", "#x", "- x", "yes", "2023", "[x]", "{a}", "x, y", "“三公”经费", "null", "",
                                   "重大.{0,4}项目", "1.5", "a #b", "'q'", '"q"', "x\\d", "％", "on", "2023-10-31"])
def test_scalars_read_back_unchanged(value):
    line = f"k: {scalar(value)}\nf: {scalar({'m': value, 'l': [value]})}\n"
    data = parse_yaml(line, "<test>")
    assert data["k"] == value and data["f"] == {"m": value, "l": [value]}


def test_render_and_year_option():
    draft = extract(str(PLANS / "prose-plan.txt"), checklist_id="linhe-2026", year=2026)
    text = render(draft)
    assert text.startswith("# 检查清单草稿") and "id: linhe-2026" in text and "period: {year: 2026}" in text
    assert "by: 2026-01-31" in text and "by: 2025-06-30" in text  # a date with its own year keeps it
    validate_text(text)


# --- command line ----------------------------------------------------------------------------


def test_cli_extract_writes_valid_draft(cli, tmp_path):
    outcome = cli("checklist", "extract", PLANS / "prose-plan.txt", "-o", "draft.yaml")
    assert outcome.code == 0, outcome.err
    assert "识别 6 项任务" in outcome.err and "草稿已写入 draft.yaml" in outcome.err
    assert cli("checklist", "validate", "draft.yaml").code == 0
    again = cli("checklist", "extract", PLANS / "prose-plan.txt", "-o", "draft.yaml")
    assert again.code == 2 and "--force" in again.err
    assert cli("checklist", "extract", PLANS / "prose-plan.txt", "-o", "draft.yaml", "--force").code == 0
    loaded = load_checklist(str(tmp_path / "draft.yaml"))
    assert loaded.extends == "national-baseline" and loaded.period == {"year": 2025}


def test_cli_extract_to_stdout_and_bad_inputs(cli, tmp_path):
    outcome = cli("checklist", "extract", PLANS / "prose-plan.txt")
    assert outcome.code == 0 and outcome.out.startswith("# 检查清单草稿")
    (tmp_path / "x.pdf").write_bytes(b"%PDF-1.4")
    assert cli("checklist", "extract", "x.pdf").code == 2
    (tmp_path / "empty.txt").write_text("网站地图\n分享\n", encoding="utf-8")
    outcome = cli("checklist", "extract", "empty.txt")
    assert outcome.code == 2 and "没有识别出工作任务" in outcome.err
    assert cli("checklist", "extract", "missing.txt").code == 2
    with pytest.raises(InputError):
        extract(str(tmp_path / "empty.txt"))


def test_cli_draft_runs_with_check(cli, tmp_path):
    assert cli("checklist", "extract", seed("000"), "-o", "qufu.yaml").code == 0
    outcome = cli("check", SAMPLE, "-c", "qufu.yaml", "--as-of", "2024-01-31", "--format", "json")
    assert outcome.code in (0, 1) and '"T5.3"' in outcome.out


def test_extract_module_documents_its_pipeline():
    assert "extract_patterns" in extract_module.__doc__
