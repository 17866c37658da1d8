"""Item recognition (rules/items.py): normalisation, terms, not/exclude, subjects, years.

Title forms are those the issue lists as seen on real-style titles (quote forms, full-width digits,
Traditional characters, word order, 2023年度, 二〇二三年, synonyms); titles marked `constructed`
have no published source. Real titles carry their source beside them.
"""
from __future__ import annotations

import pytest

from govopen_cli.rules.items import first_issuer, item_errors, match_titles, normalize_item_text, years_named

SANGONG = {"label": "“三公”经费预算", "terms": ["三公经费"], "all": ["预算"], "not": ["三公经费决算"]}
POWER = {"label": "权力清单或权责清单", "terms": ["权力清单", "权责清单", "行政职权目录", "权力和责任清单", "行政权力事项清单"]}
DUTY = {"label": "责任清单或权责清单", "terms": ["责任清单", "权责清单"], "not": ["安全生产责任清单"]}


def test_quote_forms_full_width_and_traditional_are_one_text():
    titles = [
        "曲阜市交通运输局2023年“三公”经费预算情况说明",  # constructed, the quote forms
        '曲阜市交通运输局2023年"三公"经费预算',  # constructed
        "曲阜市交通运输局2023年「三公」经费预算",  # constructed
        "曲阜市交通运输局２０２３年三公经费预算",  # constructed: full-width digits
        "曲阜市交通運輸局2023年「三公」經費預算",  # constructed: Traditional characters
        "曲阜市交通运输局2023年三公经费决算",  # constructed: a 决算 is not a 预算
    ]
    assert match_titles(SANGONG, titles, plan_year=2023) == [True, True, True, True, True, False]


def test_word_order_year_forms_and_chinese_numeral_years():
    budget = {"label": "部门预算", "terms": ["部门预算"]}
    titles = [
        "2023年曲阜市交通运输局部门预算",  # constructed: the three word orders
        "曲阜市交通运输局2023年部门预算",
        "曲阜市交通运输局部门预算（2023年）",
        "曲阜市交通运输局2023年度部门预算",
        "曲阜市交通运输局二〇二三年部门预算",
        "曲阜市交通运输局二零二三年度部门预算",
        "曲阜市交通运输局2022年度部门预算",  # last year's: never counted for 2023
    ]
    assert match_titles(budget, titles, plan_year=2023) == [True] * 6 + [False]
    assert normalize_item_text("二〇二三年度【部门预算】") == "2023年度(部门预算)"
    # Angle-bracket title marks in any form are 《》 (corpus titles: 关于印发<关于促进长沙县房地产市场平稳健康发展的若干措施>的通知).
    assert normalize_item_text("关于印发<若干措施>的通知") == normalize_item_text("关于印发《若干措施》的通知") == "关于印发《若干措施》的通知"
    assert {normalize_item_text(form) for form in ("〈办法〉", "＜办法＞", "‹办法›", "«办法»")} == {"《办法》"}


def test_synonyms_and_longer_names_that_are_something_else():
    titles = [
        "曲阜市交通运输局行政权力事项清单",  # the Qufu title
        "曲阜市交通运输局权责清单",
        "曲阜市交通运输局权力和责任清单",
        "曲阜市交通运输局行政职权目录",
        "曲阜市交通运输局安全生产责任清单",  # constructed: not the 责任清单 of T1.2
    ]
    assert match_titles(POWER, titles, plan_year=2023, dates=["2023-04-10"] * 5) == [True, True, True, True, False]
    # 权力和责任清单 is both lists at once.
    assert match_titles(DUTY, titles, plan_year=2023, dates=["2023-04-10"] * 5) == [False, True, True, False, False]
    # A term outside the longer name still counts: the title names both.
    assert match_titles(DUTY, ["曲阜市交通运输局责任清单和安全生产责任清单"], plan_year=2023, dates=["2023-05-01"]) == [True]


def test_gap_in_a_term_finds_inserted_words():
    projects = {"label": "重大建设项目进展", "terms": ["重大…项目", "重点…项目"], "all": [["进展", "推进情况", "进度"]]}
    titles = [
        "曲阜市重大交通建设项目推进情况（2023年5月）",  # the Qufu title
        "2023年5月重点项目进展情况",  # constructed
        "曲阜市重大交通建设项目推进情况（2022年12月）",  # a 2022 report: not counted for 2023
        "曲阜市重大交通建设项目招标公告（2023年）",  # constructed: not a progress report
    ]
    assert match_titles(projects, titles, plan_year=2023) == [True, True, False, False]


def test_a_gap_spans_a_quoted_document_title_as_one_character():
    consultation = {"label": "公开征求意见", "terms": ["公开征求…意见"], "year": "any"}
    titles = [
        # www.pingtan.gov.cn/zwgk/gsgg/ (github:changwu/pingtan-gov-zwgk-archive, pingtan/zwgk/gsgg/_lists/index.txt):
        # the quoted title is 21 characters long, yet counts as one
        "关于公开征求《外卖骑手“食安哨兵”小额举报奖励实施方案》意见的通告",
        "关于公开征求2023年度城区道路交通组织优化调整方案市民意见的通告",  # constructed: 22 plain characters apart
        "关于公开征求《条例》草案修改稿和全区道路交通组织优化方案市民意见的通告",  # constructed: 《》 and 20 more characters
    ]
    assert match_titles(consultation, titles, plan_year=2023) == [True, False, False]


def test_a_long_gap_spans_up_to_40_characters():
    # 关于做好……工作的通知 is a work notice however its task is worded; a plain gap reaches only 12 characters.
    notice = {"label": "工作通知", "terms": ["关于做好……工作的通知"], "year": "any"}
    titles = [
        # https://www.pingtan.gov.cn/zwgk/zxwj/bmwj/ (github:changwu/pingtan-gov-zwgk-archive; fresh2.csv): 17 apart
        "平潭综合实验区旅游与文化体育局关于做好全区旅行社安全生产“一件事”全链条管理工作的通知",
        # github:gerry0208/spider_project, 河北政府网站/3人民政府-政府信息公开/人民政府_省政府办公厅文件.csv (labels.csv): 26
        "河北省人民政府办公厅关于做好国务院2014年第三批取消和调整行政审批事项衔接落实工作的通知",
        # the same file (fresh17.csv): 41 characters apart, one more than the long gap spans
        "河北省人民政府办公厅关于做好国务院取消调整行政审批事项和省政府部门2014年第二批取消下放行政审批事项衔接落实工作的通知",
    ]
    assert match_titles(notice, titles, plan_year=2023) == [True, True, False]
    # One mark is the plain gap; ASCII dots, as NFKC writes the marks, count the same.
    assert match_titles({**notice, "terms": ["关于做好…工作的通知"]}, titles, plan_year=2023) == [False, False, False]
    assert match_titles({**notice, "terms": ["关于做好......工作的通知"]}, titles, plan_year=2023) == [True, True, False]
    # A long gap does not count a quoted title as one character: the title's own characters are counted.
    quoted = "关于做好《" + "甲" * 39 + "》工作的通知"  # constructed: 41 characters between the two pieces
    assert match_titles(notice, [quoted, quoted[:7] + quoted[9:]], plan_year=2023) == [False, True]


def test_exclude_words_mark_rows_about_the_item():
    budget = {"label": "部门预算", "terms": ["部门预算"], "exclude": ["编制工作", "通知", "请示"]}
    titles = [
        "关于做好2023年部门预算编制工作的通知",  # constructed: about preparing the budget
        "曲阜市交通运输局2023年部门预算",
    ]
    assert match_titles(budget, titles, plan_year=2023) == [False, True]


def test_a_not_phrase_is_blanked_before_exclude_words_too():
    # 关于发布《…》的公告 issues a document; …发布《…》 on its own is news of one. Blanking 关于发布 lets the
    # first through an exclusion of 发布《 that keeps the second out.
    policy = {"label": "政策文件", "terms": ["办法"], "not": ["关于发布"], "exclude": ["发布《"], "year": "any"}
    titles = [
        # https://www.gov.cn/zhengce/zhengceku/202505/content_7025878.htm
        "国家税务总局关于发布《纳税缴费信用管理办法》的公告",
        # http://sthjj.beijing.gov.cn//bjhrb/index/xxgk69/zfxxgk43/fdzdgknr2/zcfb/shbjgfxwj/1792146/index.html
        "北京市生态环境局关于发布《北京市非道路移动机械登记管理办法（试行）》的通告",
        "国家税务总局发布《纳税缴费信用管理办法》",  # constructed: news of the same document
    ]
    assert match_titles(policy, titles, plan_year=2023) == [True, True, False]


def test_a_term_cannot_name_the_blank_a_not_phrase_leaves():
    # A term's spaces are dropped like any text's, the ideographic space a `not` phrase leaves included: a term
    # written 工作方案(\u3000 is the term 工作方案(, so it takes a one-year plan's bracket as well as a blanked span.
    with_blank = {"label": "政策文件", "terms": ["工作方案{(|（}\u3000"], "not": ["20{24|25|26}-20"], "year": "any"}
    plain = {"label": "政策文件", "terms": ["工作方案{(|（}"], "year": "any"}
    titles = [
        # github:ZaynShao/pop-policy-one-piece:data/policy-distribution-2026-05-06.json (fresh74.csv)
        "广州市建设国家车网互动规模化应用试点城市工作方案(2025-2027年)",
        "某市重点工作方案(2026年)",  # constructed: one year's plan, no span to blank
        "某市重点工作方案",  # constructed: no bracket
    ]
    assert match_titles(with_blank, titles, plan_year=2023) == [True, True, False]
    assert match_titles(plain, titles, plan_year=2023) == [True, True, False]


# The domain's own department: a term where it issues the document alone or first, blanked as a co-issuer.
EDUCATION = {"label": "教育信息", "terms": ["学校", "招生"], "issuers": ["教育部", "教育厅", "教育局", "教育体育局"],
             "exclude": ["就业"], "year": "any"}


@pytest.mark.parametrize("title, wanted", [
    # http://www.yanchi.gov.cn/xxgk/zfxxgkml/yajyta/zx/202205/t20220510_3493514.html (the department alone)
    ("盐池县教育体育局关于对政协盐池县第十届委员会五次会议49号提案的答复函", True),
    ("南昌市青云谱区教育局关于公布2023年政府信息公开指南的通知", True),  # constructed: a place before it
    ("（已废止）市教育局 市财政局关于调整有关收费的通知", True),  # constructed: a tag, then the first issuer
    ("原青云谱区教育局2019年工作总结", True),  # constructed: a body since renamed
    # labels.csv (rst.hebei.gov.cn policy page, via github:gerry0208/spider_project): the department second
    # among co-issuers of another domain's document
    ("人力资源社会保障部教育部关于印发《职业技能等级证书监督管理办法（试行）》的通知", False),
    ("省财政厅 省教育厅关于下达资金的通知", False),  # constructed: a province's second issuer
    ("关于同意市教育局调整内设机构的批复", False),  # constructed: named, not issuing
    ("2023年青云谱区教育局工作总结", True),  # constructed: the year of the department's own report
    ("2023年青云谱区财政局 教育局关于下达资金的通知", False),  # constructed: a year, then a co-issuer
    # http://big5.news.cn/gate/big5/education.news.cn/20230228/36076c3a9f2a4214aa3451f4389387a1/c.html
    ("教育部辦公廳關于開展2023屆高校畢業生春季促就業攻堅行動的通知", False),  # first, but excluded (就业)
    ("人力资源社会保障部 教育部关于做好学校招生工作的通知", True),  # constructed: a term of its own still counts
])
def test_issuers_count_as_the_first_issuer_only(title, wanted):
    assert match_titles(EDUCATION, [title], plan_year=2023) == [wanted]


def test_first_issuer_position():
    text = normalize_item_text("北京市环境保护局 北京市财政局关于印发《北京市环境保护局行政处罚自由裁量基准》的通知")
    assert first_issuer(text, text.index("环境保护局"))
    assert not first_issuer(text, text.index("环境保护局", 5))  # the one inside the quoted title
    assert not first_issuer(text, text.index("财政局"))
    assert first_issuer(normalize_item_text("国家林业和草原局公告"), 2)
    # a run of places splits one way only (the hostile case item-issuer-place-run holds its time to a limit)
    assert first_issuer("湖北省武汉市江岸区台北街道教育办关于…", 13)
    assert first_issuer("张" * 14 + "市教育局关于…", 15)
    assert not first_issuer("张" * 15 + "市教育局关于…", 16)  # a place is at most 15 characters
    assert not first_issuer("市" * 38 + "a教育局关于…", 39)
    assert item_errors({"terms": ["学校"], "issuers": [1]}) == ["item.issuers 应为词语列表"]


def test_a_word_ending_in_dollar_is_found_at_the_end_of_the_title_only():
    # 某局印发《…》 on its own is a headline (news of a document); 某局印发《…》的通知 is the document. 《…》 in a
    # word stands for any quoted title however long; a short bracketed tag may follow the end.
    policy = {"label": "政策文件", "terms": ["印发《"], "exclude": ["府印发《…》$"], "year": "any"}
    titles = [
        # https://www.henan.gov.cn/2023/07-11/2776581.html (published as 河南省人民政府近日印发《…》; 近日 left out)
        "河南省人民政府印发《河南省实施扩大内需战略三年行动方案(2023~2025年)》",
        # github:hulelan/china-governance docs/working/missing-cited-docs.csv@c7329c22 (the document form, a tag after it)
        "江门市人民政府印发《江门市关于进一步加快民营经济发展的若干措施》的通知【已废止】",
        "某市人民政府印发《某市促进消费若干政策措施》（已废止）",  # constructed: the headline with a tag
        "关于印发《某市促进消费若干政策措施》",  # constructed: the document's title without 的通知
    ]
    assert match_titles(policy, titles, plan_year=2023) == [False, True, False, True]


def test_braces_write_several_forms_of_a_word():
    # {区|县}发布…{办法|规定}$ is the four words 区发布…办法$ … 县发布…规定$; an empty form makes a piece optional.
    braced = {"label": "政策文件", "terms": ["{关于|}印发"], "exclude": ["{区|县}发布…{办法|规定}$"], "year": "any"}
    written = {"label": "政策文件", "terms": ["关于印发", "印发"],
               "exclude": ["区发布…办法$", "区发布…规定$", "县发布…办法$", "县发布…规定$"], "year": "any"}
    titles = [
        # http://www.gov.cn/zhengce/content/2019-01/17/content_5358604.htm (labels.csv; the document)
        "国务院办公厅关于印发国家组织药品集中采购和使用试点方案的通知",
        "某县发布印发农村宅基地管理办法",  # constructed: a headline ending on the rule's name
        "某县印发农村宅基地管理办法的通知",  # constructed: the document
        "某市发布印发农村宅基地管理规定",  # constructed: 市 is not among the braced bodies
    ]
    assert match_titles(braced, titles, plan_year=2023) == match_titles(written, titles, plan_year=2023) == [
        True, False, True, True]
    assert item_errors({"terms": ["{区|县发布"]}) == ["item.terms 中的“{区|县发布”花括号不成对（花括号中用 | 分开几种写法，如“{区|县}发布”）"]
    bomb = "{甲|乙|丙|丁|戊|己|庚|辛|壬|癸}" * 30  # 10^30 forms: refused from the count alone
    assert item_errors({"terms": ["政策"], "exclude": [bomb]}) == [f"item.exclude 中的“{bomb}”花括号展开后超过 1000 种写法，请拆成几个词语"]


def test_subject_column_and_date_year_when_the_title_names_none():
    power = {**POWER, "subjects": ["权责清单"]}
    titles = ["曲阜市交通运输局行政许可事项目录", "曲阜市交通运输局行政许可事项目录", "曲阜市交通运输局行政许可事项目录"]
    # Only the subject column names the item; the year comes from 生成日期.
    assert match_titles(power, titles, plan_year=2023, dates=["2023-03-01", "2022-12-30", None],
                        subjects=["权责清单", "权责清单", "权责清单"]) == [True, False, False]
    assert match_titles(power, titles[:1], plan_year=2023, dates=["2023-03-01"], subjects=["行政许可"]) == [False]


def test_year_previous_and_any():
    final = {"label": "上年度部门决算", "terms": ["部门决算"], "year": "previous"}
    titles = ["曲阜市交通运输局2022年度部门决算", "曲阜市交通运输局2023年度部门决算", "曲阜市交通运输局部门决算"]
    assert match_titles(final, titles, plan_year=2023, dates=[None, None, "2022-08-16"]) == [True, False, True]
    assert match_titles({**final, "year": "any"}, titles, plan_year=2023) == [True, True, True]


def test_years_named_ignores_a_document_number_and_expands_ranges():
    assert years_named(normalize_item_text("曲交发〔2023〕5号关于印发2021—2023年行动方案")) == (2021, 2022, 2023)
    assert years_named(normalize_item_text("2022年工作总结和2023年工作计划")) == (2022, 2023)
    assert years_named(normalize_item_text("电话0537-44123456")) == ()


def test_item_errors_and_match_titles_refuses_a_bad_block():
    assert item_errors({"terms": ["部门预算"], "year": "next"}) == [
        "item.year 应为 plan（方案年度）、previous（上一年度）、any（不限）或具体年份"]
    assert item_errors({"label": "部门预算"}) == ["item 需要 terms（名称中的词语）或 subjects（分类栏目的值）"]
    assert item_errors({"terms": "部门预算", "words": 1})[0].startswith("item 中的未知键“words”")
    with pytest.raises(ValueError):
        match_titles({"terms": []}, ["x"], plan_year=2023)
    with pytest.raises(ValueError):
        match_titles(POWER, ["x", "y"], plan_year=2023, dates=["2023-01-01"])


def _shipped(checklist_id: str, check_id: str) -> dict:
    from govopen_cli.checklist.load import load_checklist

    return dict(load_checklist(checklist_id).check(check_id).params["item"])


# Real titles as published, each with its page.
REAL = {
    "annual-jiangsu": ("江苏省交通运输厅2023年政府信息公开工作年度报告", "http://jtyst.jiangsu.gov.cn/col/col90231/index.html"),
    "annual-jiayuguan": ("嘉峪关市交通运输局2023年政府信息公开工作年度报告",
                         "https://www.jyg.gov.cn/jtysj/zwxxgk/zfxxgknb/art/2024/art_a189400d18c54867b6fd0db915436374.html"),
    "annual-hunnan": ("浑南区交通运输局2023年政府信息公开工作年度报告",
                      "http://www.hunnan.gov.cn/zwgk/zfxxgknb/2023/bmzfxxgkgzndbg/202401/t20240129_4598158.html"),
    "sangong-hainan": ("海南省交通运输部门2022年“三公”经费预算情况说明",
                       "http://jt.hainan.gov.cn/xxgk/0200/0202/202301/t20230114_3346043.html"),
    "budget-daxiang": ("2023年度大祥区交通运输局部门预算公开说明",
                       "https://dxzc.gov.cn/dxqjtj/zjxx/202305/200f35dba29b426793b69105e34e038d.shtml"),
    "final-jindong": ("金华市金东区交通运输局局本级2022年度部门(单位)决算",
                      "https://www.jindong.gov.cn/art/2023/10/16/art_1229401141_4115867.html"),
}


def test_real_published_titles_with_the_shipped_item_blocks():
    annual = [REAL[key][0] for key in ("annual-jiangsu", "annual-jiayuguan", "annual-hunnan")]
    report = _shipped("qufu-transport-2023", "T7.1")
    assert match_titles(report, annual, plan_year=2023) == [True, True, True]
    assert match_titles(report, annual, plan_year=2024) == [False, False, False]  # last year's report
    sangong = _shipped("qufu-transport-2023", "T2.2")
    assert match_titles(sangong, [REAL["sangong-hainan"][0]], plan_year=2022) == [True]
    assert match_titles(sangong, [REAL["sangong-hainan"][0]], plan_year=2023) == [False]
    budget = _shipped("qufu-transport-2023", "T2.1")
    assert match_titles(budget, [REAL["budget-daxiang"][0], REAL["final-jindong"][0]], plan_year=2023) == [True, False]
    final = _shipped("qufu-transport-2023", "T2.3")  # 上年度: the 2022 accounts count in the 2023 plan
    assert match_titles(final, [REAL["final-jindong"][0], REAL["budget-daxiang"][0]], plan_year=2023) == [True, False]
    assert match_titles(final, [REAL["final-jindong"][0]], plan_year=2022) == [False]


def test_every_item_check_of_the_shipped_checklists_has_an_item_block_with_a_label():
    from govopen_cli.checklist.load import load_checklist, shipped_names
    from govopen_cli.rules import REGISTRY

    seen = 0
    for name in shipped_names():
        for check in load_checklist(name).checks:
            if check.rule and REGISTRY[check.rule].finds_items:
                seen += 1
                assert item_errors(check.params.get("item")) == [], (name, check.id)
                assert check.params["item"].get("label"), (name, check.id)
                if check.rule == "pairing":
                    assert check.params.get("partner_item", {}).get("label"), (name, check.id)
                # A label is plain words for the report: no pattern syntax.
                assert not set(check.params["item"]["label"]) & set("\\[]()|?*+^$"), (name, check.id)
    assert seen >= 60


def test_a_month_only_date_names_the_row_year():
    """A 生成日期 holding a month only (2023-06, 2023年6月, as key-project columns list them) is no date,
    yet it names the year: the row counts for that year's item and not for another's."""
    progress = {"label": "重大建设项目进展情况", "terms": ["重大…项目"], "all": [["封顶", "开工"]], "year": "plan"}
    titles = ["某重大建设项目主体结构封顶"] * 6
    dates = ["2023-06", "2023年6月", "2023/6", "2022-06", "2023-13", None]
    assert match_titles(progress, titles, plan_year=2023, dates=dates) == [True, True, True, False, False, False]
    assert match_titles(progress, titles[:1], plan_year=2022, dates=dates[:1]) == [False]
    # A full date is still read as before, and a title's own year still comes first.
    assert match_titles(progress, ["某重大项目2022年开工", "某重大项目开工"], plan_year=2023,
                        dates=["2023-06", "2023-06-15"]) == [False, True]
