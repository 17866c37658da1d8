"""Tests for the docno and index-number rules and the check-digit helpers (domain.md §3, §5, §6)."""
from __future__ import annotations

import datetime as dt

import pytest

from govopen_cli.calendar import WorkCalendar
from govopen_cli.errors import ChecklistError
from govopen_cli.rules.base import RuleContext
from govopen_cli.rules import REGISTRY
from govopen_cli.rules.codes import (
    INDEX_NUMBER,
    RULES,
    docno_correction,
    valid_docno,
    org_check_char,
    uscc_check_char,
    valid_org_code,
    valid_uscc,
)
from tests.helpers import make_dataset

SOURCE = "（GB/T 9704-2012 第7.2.5条）"


@pytest.fixture(scope="module")
def ctx() -> RuleContext:
    return RuleContext(as_of=dt.date(2024, 6, 30), period_start=None, period_end=None, calendar=WorkCalendar())


def run(ctx, rule_name, dataset, **params):
    rule = RULES[rule_name]
    return list(rule.func(ctx, dataset, rule.with_defaults(params)))


# --- check-digit helpers (§6.1, §6.2) ------------------------------------------------------------

@pytest.mark.parametrize("code, check", [
    ("91350100M000100Y43", "3"),
    ("91110000600037341L", "L"),
    ("91512081MA62K0260E", "E"),
    ("911100036000373410", "0"),  # 31 -> 0
    ("91350211M0000XUF46", "R"),  # real 福建 code that fails the check
])
def test_uscc_check_char(code, check):
    assert uscc_check_char(code[:17]) == check


@pytest.mark.parametrize("code, valid", [
    ("91350100M000100Y43", True),
    ("91350100M000100Y4Z", False),  # the standard's own counter-example
    ("91110000600037341L", True),
    ("91110000600037341A", False),
    ("91512081MA62K0260E", True),
    ("911100036000373410", True),  # 31 -> 0 rule
    ("91350211M0000XUF46", False),
    ("91350100M000100Y4", False),  # too short
    ("91350100m000100Y43", False),  # lower case
])
def test_valid_uscc(code, valid):
    assert valid_uscc(code) is valid


@pytest.mark.parametrize("body, check", [
    ("60003734", "1"), ("12345678", "8"), ("60003735", "X"), ("MA62K026", "0"), ("PDY00001", "X"),
])
def test_org_check_char(body, check):
    assert org_check_char(body) == check


@pytest.mark.parametrize("code, valid", [
    ("60003734-1", True), ("600037341", True), ("60003734-2", False),
    ("12345678-8", True), ("12345678-X", False),
    ("60003735-X", True), ("60003735X", True), ("60003735-0", False),
    ("MA62K026-0", True), ("MA62K026-1", False),
    ("PDY00001-X", True),
    ("M0000XUF-4", True),  # embedded in the 福建 USCC above
    ("0142768-8", False),  # 7-character body
    ("60003734—1", False),  # em dash is not the machine-readable form
])
def test_valid_org_code(code, valid):
    assert valid_org_code(code) is valid


def test_uscc_embeds_valid_org_code():
    for code in ("91110000600037341L", "91350100M000100Y43", "91512081MA62K0260E"):
        assert valid_org_code(code[8:17])


# --- docno (§5) ----------------------------------------------------------------------------------

DOCNO_BAD = [
    ("国办发[2016]80号", "年份应使用六角括号〔〕，不能使用方括号[]"),
    ("国办发（2016）80号", "不能使用圆括号（）"),
    ("国办发(2016)80号", "不能使用圆括号()"),
    ("国办发【2016】80号", "不能使用方头括号【】"),
    ("国办发〔16〕80号", "年份应标全称（4位数字），不能写作“16”"),
    ("国办发〔2016〕第80号", "发文顺序号不加“第”字"),
    ("国办发〔2016〕080号", "不编虚位（前导零），“080”应写作“80”"),
    ("国办发〔2016〕80", "缺少“号”字"),
]


def test_docno_table_of_section_5(ctx):
    values = ["国办公开办函〔2021〕30号", "穗府办函〔2017〕313号", ""] + [value for value, _ in DOCNO_BAD]
    dataset = make_dataset([{"文号": value} for value in values])
    hits = run(ctx, "docno", dataset)
    assert [dataset.row_numbers[hit.index] for hit in hits] == list(range(5, 5 + len(DOCNO_BAD)))
    for hit, (value, phrase) in zip(hits, DOCNO_BAD):
        assert hit.field == "文号"
        assert hit.value == value
        assert hit.message.startswith(f"文号“{value}”不规范：")
        assert phrase in hit.message
        assert hit.message.endswith(SOURCE)



def test_docno_placeholders_mean_no_document_number(ctx):
    values = ["无", "/", "—", "暂无", "-", "无号", "国办发[2016]80号"]
    dataset = make_dataset([{"文号": value} for value in values])
    hits = run(ctx, "docno", dataset)
    assert [(dataset.row_numbers[hit.index], hit.value) for hit in hits] == [(7, "无号"), (8, "国办发[2016]80号")]
    strict = run(ctx, "docno", dataset, placeholders=[])
    assert [hit.value for hit in strict] == values

def test_docno_message_matches_the_documented_example(ctx):
    hits = run(ctx, "docno", make_dataset([{"文号": "国办发[2016]80号"}]))
    assert [hit.message for hit in hits] == [
        "文号“国办发[2016]80号”不规范：年份应使用六角括号〔〕，不能使用方括号[]，应改为“国办发〔2016〕80号”"
        "（GB/T 9704-2012 第7.2.5条）"
    ]


def test_docno_lists_several_defects_in_one_hit(ctx):
    hits = run(ctx, "docno", make_dataset([{"文号": "国办发[16]第08"}]))
    assert len(hits) == 1
    message = hits[0].message
    for phrase in ("方括号[]", "不能写作“16”", "不加“第”字", "“08”应写作“8”", "缺少“号”字"):
        assert phrase in message
    assert message.count("；") == 4


@pytest.mark.parametrize("value, phrase", [
    ("国办发﹝2016﹞80号", "不能使用形似六角括号的小括号﹝﹞，应改为“国办发〔2016〕80号”"),
    ("国办发2016年80号", "年份应使用六角括号〔〕括入"),
    ("〔2016〕80号", "缺少发文机关代字"),
    ("国办发〔2016〕 80号", "不应含有空格"),
    ("国办发〔2016〕80号文", "“号”字后不应再有其他文字"),
    ("国办发〔2016〕0号", "发文顺序号不能为0"),
])
def test_docno_other_defects(ctx, value, phrase):
    hits = run(ctx, "docno", make_dataset([{"标题": "x", "发文字号": value}]), field="发文字号")
    assert len(hits) == 1 and hits[0].field == "发文字号"
    assert hits[0].message.startswith(f"发文字号“{value}”不规范：") and phrase in hits[0].message


@pytest.mark.parametrize("value", [
    "国令第707号", "中华人民共和国国务院令第517号", "北京市人民政府令第183号", "政府令〔2010〕第15号",
    "公安部令第176号", "国家税务总局公告2018年第55号", "穗府〔2011〕15號", "滬府發〔2017〕92號",
    "国发〔２０１９〕５号", "国办发明电〔2018〕15号",
])
def test_docno_published_forms_pass(ctx, value):
    assert valid_docno(value)
    assert run(ctx, "docno", make_dataset([{"文号": value}])) == []


@pytest.mark.parametrize("value, corrected", [
    ("国办发﹝2018﹞123号", "国办发〔2018〕123号"),
    ("国办发﹝2019﹞6號", "国办发〔2019〕6號"),
    ("国办发〔2018〕第124号", "国办发〔2018〕124号"),
    ("国办函〔2018〕074号", "国办函〔2018〕74号"),
    ("津商流通〔2020〕20 号", "津商流通〔2020〕20号"),
    ("国办发[2016]80", "国办发〔2016〕80号"),
    ("国发〔18〕44号", None),  # which century: not guessed
    ("国办发〔2016〕80号文", None),
    ("〔2016〕80号", None),
])
def test_docno_correction(value, corrected):
    assert docno_correction(value) == corrected


def test_placeholders_ignore_spacing_and_case(ctx):
    values = ["—\u00a0—", "None", "NONE", "null", " 无文号 ", "国办发[2016]80号"]
    dataset = make_dataset([{"文号": value} for value in values])
    assert [hit.index for hit in run(ctx, "docno", dataset)] == [5]
    required = REGISTRY["required"]
    hits = list(required.func(ctx, dataset, required.with_defaults({"fields": ["文号"]})))
    assert [hit.index for hit in hits] == [0, 1, 2, 3, 4]  # the empty-value rule decides


# --- index-number (§3) ---------------------------------------------------------------------------

SECTION_3_EXAMPLES = [
    "014416330/2018-04736",
    "0142768-8/2022-00185",
    "11441700007280420Y/2021-00050",
    "11370900004341590P/2017-00150",
    "11341702486344515H/202110-00013",
    "11370322004222241N/2021-5135380",
]


def test_index_number_regex_on_section_3_examples():
    assert [bool(INDEX_NUMBER.match(value)) for value in SECTION_3_EXAMPLES] == [True, False, True, True, True, True]


def test_index_number_section_3_examples(ctx):
    rows = [{"索引号": value, "生成日期": f"{value.split('/')[1][:4]}-03-01"} for value in SECTION_3_EXAMPLES]
    dataset = make_dataset(rows)
    hits = run(ctx, "index-number", dataset)
    assert len(hits) == 1
    hit = hits[0]
    assert (dataset.row_numbers[hit.index], hit.field, hit.value) == (3, "索引号", "0142768-8/2022-00185")
    assert hit.message.startswith("索引号“0142768-8/2022-00185”格式不符")
    assert "前段码/年份-流水号" in hit.message


def test_index_number_check_digits(ctx):
    valid = [{"索引号": f"60003734-1/2021-{n:05d}"} for n in range(1, 6)]
    valid += [{"索引号": f"911100036000373410/2021-{n:05d}"} for n in range(6, 9)]  # 31 -> 0, valid
    rows = valid + [
        {"索引号": "60003734-2/2021-00009"},  # typo of 60003734-1: expected 1
        {"索引号": "91110000600037341A/2021-00010"},  # wrong USCC two characters from a valid one
        {"索引号": "911100036000373411/2021-00011"},  # typo of the USCC above: expected 0
        {"索引号": "MA62K0261/2021-00012"},  # fails, but like no code of this catalog: another code
        {"索引号": "60003734-2/2021-00013"},  # same typo again
        {"索引号": ""},
    ]
    dataset = make_dataset(rows)
    hits = run(ctx, "index-number", dataset, checks=["check-digit"])
    assert [dataset.row_numbers[hit.index] for hit in hits] == [10, 11, 12, 14]
    assert {hit.field for hit in hits} == {"索引号"}
    assert hits[0].message == ("索引号“60003734-2/2021-00009”的前段码“60003734-2”校验码不对：按 GB 11714 组织机构代码"
                               "校验码应为 1，实为 2；本目录其他索引号的前段码为“60003734-1”，疑为抄错，请核实")
    assert "GB 32100" in hits[1].message and "校验码应为 L" in hits[1].message
    assert "GB 32100" in hits[2].message and "校验码应为 0" in hits[2].message
    assert "“911100036000373410”" in hits[2].message
    assert hits[3].message == hits[0].message.replace("00009", "00013")


def test_index_number_check_digit_needs_a_catalog_of_valid_codes(ctx):
    # Where most 前段码 fail the test they are not 组织机构代码 at all (a regional code of 9 digits).
    rows = [{"索引号": f"610728001/2024-{n:05d}"} for n in range(1, 30)] + [{"索引号": "610728002/2024-00030"}]
    assert run(ctx, "index-number", make_dataset(rows), checks=["check-digit"]) == []


def test_index_number_format_details(ctx):
    rows = [
        {"索引号": "014416330 / 2018-04736"},  # spaces are ignored
        {"索引号": "a14416330/2018-04736"},  # lower case
        {"索引号": "014416330/18-04736"},  # 2-digit year
        {"索引号": "014416330-2018-04736"},  # "-" for "/": a published regional form (怒江州)
        {"索引号": "014416330/2018-04736x"},
    ]
    dataset = make_dataset(rows)
    hits = run(ctx, "index-number", dataset)
    assert [dataset.row_numbers[hit.index] for hit in hits] == [3, 4, 6]
    assert all("格式不符" in hit.message for hit in hits)
    assert "字母应大写" in hits[0].message
    assert "字母应大写" not in hits[1].message



@pytest.mark.parametrize("value, hint", [
    ("014416330／2018-04736", "（含全角字符“／”，应改为半角）"),
    ("０１４４１６３３０/2018-04736", "（含全角字符“０”“１”“４”等，应改为半角）"),
    ("014416330/2018－04736", "（含全角字符“－”，应改为半角）"),
    ("a14416330/2018-04736", "（字母应大写）"),
    ("014416330/18-04736", ""),
])
def test_index_number_format_names_the_slip(ctx, value, hint):
    [hit] = run(ctx, "index-number", make_dataset([{"索引号": value}]), checks=["format"])
    assert hit.message.startswith(f"索引号“{value}”格式不符{hint}：应为“前段码/年份-流水号”")

def test_index_number_year(ctx):
    rows = [
        {"索引号": "014416330/2018-00001", "生成日期": "2018-12-31", "发布日期": "2019-01-02"},
        {"索引号": "014416330/2019-00002", "生成日期": "2018-12-31", "发布日期": "2019-01-02"},  # matches 发布日期
        {"索引号": "014416330/2020-00003", "生成日期": "2018年12月31日", "发布日期": "2019-01-02"},
        {"索引号": "014416330/2020-00004", "生成日期": "不详", "发布日期": ""},  # no date: skipped
        {"索引号": "014416330/2020-00005", "生成日期": "", "发布日期": "2021/1/5"},
        {"索引号": "11341702486344515H/202110-00013", "生成日期": "2021-10-08", "发布日期": ""},
        {"索引号": "11341702486344515H/202110-00014", "生成日期": "2022-10-08", "发布日期": ""},
    ]
    dataset = make_dataset(rows)
    hits = run(ctx, "index-number", dataset)
    assert [dataset.row_numbers[hit.index] for hit in hits] == [4, 6, 8]
    assert "年份 2020" in hits[0].message and "生成日期 2018 年" in hits[0].message
    assert "发布日期 2019 年" in hits[0].message and "不一致" in hits[0].message
    assert "年份 2020 与发布日期 2021 年不一致" in hits[1].message  # 生成日期 is empty: not named
    assert "年份 2021" in hits[2].message and "生成日期 2022 年" in hits[2].message


def test_index_number_year_without_also_date_column(ctx):
    dataset = make_dataset([
        {"索引号": "014416330/2019-00001", "生成日期": "2018-12-31"},
        {"索引号": "014416330/2018-00002", "生成日期": "2018-12-31"},
    ])
    hits = run(ctx, "index-number", dataset, checks=["year"])
    assert [(dataset.row_numbers[hit.index], hit.field) for hit in hits] == [(2, "索引号")]
    assert "年份 2019" in hits[0].message and "生成日期 2018 年" in hits[0].message


def test_index_number_checks_subset(ctx):
    dataset = make_dataset([
        {"索引号": "0142768-8/2022-00185", "生成日期": "2020-01-01"},
        {"索引号": "60003734-2/2021-00003", "生成日期": "2020-01-01"},
    ])
    assert [hit.index for hit in run(ctx, "index-number", dataset, checks=["format"])] == [0]
    assert [hit.index for hit in run(ctx, "index-number", dataset, checks=["year"])] == [1]
    assert len(run(ctx, "index-number", dataset)) == 2  # the lone invalid code: no catalog to compare
    with pytest.raises(ChecklistError, match="不认识：length"):
        run(ctx, "index-number", dataset, checks=["length"])


def test_index_number_parameter_problems():
    problems = RULES["index-number"].problems
    assert problems({}) == [] and problems({"checks": ["year", "format"]}) == []
    assert "不认识：length" in problems({"checks": ["format", "length"]})[0]
    assert problems({"checks": []})


def test_index_number_fields_needed():
    rule = RULES["index-number"]
    assert rule.fields_needed({}) == ["索引号", "生成日期"]
    assert rule.fields_needed({"checks": ["format"]}) == ["索引号"]
    assert RULES["docno"].fields_needed({}) == ["文号"]


def test_rules_have_chinese_docs():
    for rule in RULES.values():
        assert rule.doc and any("\u4e00" <= char <= "\u9fff" for char in rule.doc)


# --- a scheme pinned in govopen.yaml (over the checklist) ------------------------------------------

def test_govopen_yaml_pins_the_index_scheme(tmp_path):
    from govopen_cli.api import CheckRequest, check
    from govopen_cli.config import load_config
    from govopen_cli.errors import UsageError

    catalog = tmp_path / "目录.csv"
    catalog.write_text("索引号,信息名称,生成日期,发布日期\n"
                       "6107280000/2024-001005,镇巴县人民政府工作规则,2024-04-06,2024-04-06\n"
                       "014416330/2024-00007,关于开展安全检查的通知,2024-04-08,2024-04-09\n", encoding="utf-8-sig")
    config = tmp_path / "govopen.yaml"
    config.write_text("index_scheme: [6107280000/2024-001005]\n", encoding="utf-8")

    def format_findings(config_path):
        result = check(CheckRequest(paths=[str(catalog)], as_of=dt.date(2024, 6, 30), config_path=config_path))
        return [(f.row, f.message) for f in result.findings if f.check == "B.index-format"]

    assert format_findings(None) == []  # both are published forms: no scheme of its own in 2 rows
    assert format_findings(str(config)) == [
        (3, "索引号“014416330/2024-00007”不符合指定的索引号体例：应为“10位单位代码/年份-流水号”")]
    config.write_text("index_scheme: []\n", encoding="utf-8")
    with pytest.raises(UsageError, match="第 1 行：index_scheme 应为本单位的一个或几个索引号样例"):
        load_config(str(config))


# Real published 文号 found after the rules were written (held out from tests/corpus): each is
# reported with the exact correction.
@pytest.mark.parametrize("value, corrected", [
    ("湘政发【2012】33号", "湘政发〔2012〕33号"),  # www.nanxian.gov.cn/jc_nx/187/195/content_16189.html
    ("湘财绩【2015】15号", "湘财绩〔2015〕15号"),  # same page
    ("南政发【2014】7号", "南政发〔2014〕7号"),  # same page
    ("南财绩【2019】7号", "南财绩〔2019〕7号"),  # same page
    ("呼政辦發[2008]68號", "呼政辦發〔2008〕68號"),  # www.6065bob.com/fagui/33218.html (呼和浩特, 繁体镜像)
    ("内政辦發[2007]118號", "内政辦發〔2007〕118號"),  # same page
])
def test_docno_held_out_real_defects(ctx, value, corrected):
    [hit] = run(ctx, "docno", make_dataset([{"文号": value}]))
    assert f"应改为“{corrected}”" in hit.message


def test_index_scheme_without_an_org_column_is_learned_per_prefix(ctx):
    # A county catalog without 发布机构: the county government (organization code) and a bureau
    # (USCC) each number in their own scheme; one slip in the county government's numbering.
    rows = [{"索引号": f"014416330/2023-{n:05d}"} for n in range(1, 26)]
    rows += [{"索引号": f"11370881004341590W/2023-{n:06d}"} for n in range(1, 11)]
    rows += [{"索引号": "014416330-2023-00026"}]
    dataset = make_dataset(rows)
    hits = run(ctx, "index-number", dataset, checks=["format"])
    assert [(dataset.row_numbers[hit.index], hit.message) for hit in hits] == [
        (37, "索引号“014416330-2023-00026”与前段码为“014416330”的其他索引号的编号体例不一致："
             "其中 25 条（96%）为“组织机构代码/年份-流水号”")]


@pytest.mark.parametrize("value", [
    "dqxs/2021-00016",  # 阿里地区行政公署: the unit's pinyin initials in lower case
    "114114240058778641-zcxzf-00004650",  # 柘城县: USCC, the unit's initials, serial, no year
    "20191202-189769",  # 齐齐哈尔: upload date and serial
    "za779940273-2023-000071",  # 镇安县: the site's initials before the organization code
    "3070211020000013000000/2022030200000032",  # 西峰区: a 22-digit code, the date and the serial
])
def test_index_number_regional_forms_of_a_single_row(ctx, value):
    assert run(ctx, "index-number", make_dataset([{"索引号": value, "生成日期": "2019-12-02"}]), checks=["format"]) == []


@pytest.mark.parametrize("value", [
    "dqxs/21-00016",  # 2-digit year
    "dqxs2021-00016x",
    "114114240058778641-ZCXZF-00004650",  # initials are written in lower case
    "114114240058778641-zcxzf",  # no serial
    "20191302-189769",  # no month 13: not a date
    "2019120-189769",
    "a14416330/2018-04736",  # a lower-case letter among digits stays a slip
    "a779940273-2023-000071",
    "za77994027-2023-000071",  # initials before an 8-character code
    "3070211020000013000000/2022130200000032",  # no month 13
    "3070211020000013000000-2022030200000032",
])
def test_index_number_regional_forms_still_reject_slips(ctx, value):
    [hit] = run(ctx, "index-number", make_dataset([{"索引号": value}]), checks=["format"])
    assert "格式不符" in hit.message


def test_index_number_upload_date_form_is_learned_and_its_year_checked(ctx):
    office = "市政府办公室"
    rows = [{"索引号": f"201912{day:02d}-1897{day:02d}", "生成日期": f"2019-12-{day:02d}"} for day in range(1, 25)]
    rows += [{"索引号": "000014349/2019-00001", "生成日期": "2019-12-26"},  # another scheme for this agency
             {"索引号": "20181227-189799", "生成日期": "2019-12-27"}]  # upload date of the wrong year
    dataset = make_dataset([{**row, "发布机构": office} for row in rows])
    hits = run(ctx, "index-number", dataset)
    assert [(dataset.row_numbers[hit.index], hit.message) for hit in hits] == [
        (26, "索引号“000014349/2019-00001”与发布机构“市政府办公室”其他索引号的编号体例不一致："
             "其中 25 条（96%）为“8位日期-流水号”"),
        (27, "索引号“20181227-189799”中的年份 2018 与生成日期 2019 年不一致（索引号按信息生成日期编号）"),
    ]


def test_index_number_initials_scheme_is_learned(ctx):
    rows = [{"索引号": f"114114240058778641-zcxzf-{n:08d}", "发布机构": "县政府办"} for n in range(1, 21)]
    rows += [{"索引号": "114114240058778641/2023-00021", "发布机构": "县政府办"}]
    dataset = make_dataset(rows)
    [hit] = run(ctx, "index-number", dataset, checks=["format"])
    assert (dataset.row_numbers[hit.index], hit.message) == (
        22, "索引号“114114240058778641/2023-00021”与发布机构“县政府办”其他索引号的编号体例不一致："
            "其中 20 条（95%）为“统一社会信用代码-单位简拼-流水号”")


def test_docno_notice_number_without_its_agency(ctx):
    # Real: 平潭综合实验区财政金融局 forwarded 财政部、国家发展改革委公告2022年第29号 as "2022年第29号"
    [hit] = run(ctx, "docno", make_dataset([{"文号": "2022年第29号"}]))
    assert hit.message == ("文号“2022年第29号”不规范：缺少发文机关，公告编号应写作“发文机关公告年份第N号”，"
                           "如“国家税务总局公告2018年第55号”（GB/T 9704-2012 第7.2.5条）")


def test_index_number_long_code_with_date_and_serial_has_its_year_checked(ctx):
    dataset = make_dataset([{"索引号": "3070211020000013000000/2021030200000032", "发布日期": "2022-01-28",
                             "生成日期": ""}])
    [hit] = run(ctx, "index-number", dataset)
    assert hit.message == ("索引号“3070211020000013000000/2021030200000032”中的年份 2021 与发布日期 2022 年不一致"
                           "（索引号按信息生成日期编号）")
