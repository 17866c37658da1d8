"""A compliant and a defective catalog for each seed plan, built from the real titles of the corpus.

    python samples/make_plan_catalogs.py     # writes the files below (byte-identical on every run)

  samples/曲阜市交通运输局-真实标题目录-2023-合格.xlsx     passes every item check of qufu-transport-2023
  samples/曲阜市交通运输局-真实标题目录-2023-不合格.xlsx   fails exactly the seeded item checks
  tests/data/plan_catalogs/<checklist>-合格.csv / -不合格.csv   the same for the three other seed plans
  tests/data/plan_catalogs/seeded.json                       the seeded item checks of each defective catalog

Every title comes from tests/data/title_corpus/labels.csv in the form the site published it. Where
the real title names another agency (or place), only that name is replaced, and the column 标题来源
says so. Where the corpus holds no real title for an item the plan asks for (Shanghai's own
programmes, Chengguan's 2014 accounts, monthly project reports), the row is constructed and 标题来源
says 构造. Dates, 索引号 and the other columns are the catalog's own (the titles' sites published them
on other dates). tests/test_plan_catalogs.py checks that each compliant catalog passes every item
check and each defective one fails exactly its seeded checks.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from pinned_xlsx import pin_zip  # noqa: E402 - shared by the sample scripts

CORPUS = os.path.join(ROOT, "tests", "data", "title_corpus", "labels.csv")
OUT_TESTS = os.path.join(ROOT, "tests", "data", "plan_catalogs")
COLUMNS = ["索引号", "信息名称", "内容概述", "发布机构", "生成日期", "发布日期", "公开方式", "主题分类", "关联文件", "标题来源"]
REAL = "语料原标题"
MADE = "构造（语料中没有该类事项的真实标题）"


def corpus_titles() -> set[str]:
    with open(CORPUS, encoding="utf-8", newline="") as handle:
        return {row["title"] for row in csv.DictReader(handle)}


TITLES = corpus_titles()


def real(title: str, **row) -> dict:
    assert title in TITLES, title
    return {"信息名称": title, "标题来源": REAL, **row}


def replaced(title: str, pairs: list[tuple[str, str]], **row) -> dict:
    """A corpus title with the agency (or place) names replaced, and 标题来源 saying which."""
    assert title in TITLES, title
    new = title
    for old, name in pairs:
        assert old in new, (old, title)
        new = new.replace(old, name)
    said = "、".join(f"“{old}”换为“{name}”" for old, name in pairs)
    return {"信息名称": new, "标题来源": f"语料标题，{said}（原标题：{title}）", **row}


def made(title: str, **row) -> dict:
    return {"信息名称": title, "标题来源": MADE, **row}


def finish(rows: list[dict], publisher: str, prefix: str) -> list[dict]:
    """Fill the catalog's own columns: 索引号 in order, 发布机构, 发布日期 = 生成日期 unless given."""
    out = []
    for number, row in enumerate(rows, 1):
        day = row["生成日期"]
        out.append({
            "索引号": f"{prefix}/{day[:4]}-{number:05d}",
            "信息名称": row["信息名称"],
            "内容概述": row.get("内容概述") or row["信息名称"],
            "发布机构": row.get("发布机构", publisher),
            "生成日期": day,
            "发布日期": row.get("发布日期", day),
            "公开方式": "主动公开",
            "主题分类": row.get("主题分类", ""),
            "关联文件": row.get("关联文件", ""),
            "标题来源": row["标题来源"],
        })
    return out


# --- 曲阜市交通运输局 2023 --------------------------------------------------------------------

QUFU = "曲阜市交通运输局"
QUFU_PREFIX = "11370881004341590W"  # its USCC (samples/make_samples.py)
LAB_POLICY = "关于印发《河北省实验室建设工作指引》的通知"
LAB_READING = "《河北省实验室建设工作指引》政策解读"


def qufu(defective: bool) -> list[dict]:
    rows = [
        replaced("关于公布雷山县政府工作部门权力清单和责任清单的公告", [("雷山县", "曲阜市")],
                 生成日期="2023-03-10", 主题分类="权责清单"),
        replaced("2023年度大祥区交通运输局部门预算公开说明", [("大祥区交通运输局", QUFU)], 生成日期="2023-02-20",
                 主题分类="财政预决算", 内容概述="公开2023年度部门收支预算、一般公共预算支出和“三公”经费支出预算"),
        replaced("金华市金东区交通运输局局本级2022年度部门(单位)决算", [("金华市金东区交通运输局", QUFU)],
                 生成日期="2023-08-25", 主题分类="财政预决算"),
        replaced("中山市重点项目工作领导小组办公室关于转下达广东省2023年重点建设项目计划的通知",
                 [("中山市", "曲阜市"), ("广东省", "山东省")], 生成日期="2023-03-13", 主题分类="重大建设项目"),
        real(LAB_POLICY, 生成日期="2023-06-15", 主题分类="规范性文件"),
        real(LAB_READING, 生成日期="2023-06-15", 主题分类="政策解读", 关联文件=LAB_POLICY),
        real("河北省人民政府办公厅关于同意京新至京藏高速公路联络线收费的复函", 生成日期="2023-04-18", 主题分类="工业、交通"),
        real("河北省人民政府办公厅关于同意授予石家庄市井陉矿区等河北省生态园林县城、保定市望都县等河北省园林县城和邯郸市峰峰矿区大峪镇等河北省园林城镇称号的复函",
             生成日期="2023-05-09", 主题分类="城乡建设、环境保护"),
        real("河北省人民政府办公厅关于同意首都地区环线高速公路（G95）承德（李家营）至平谷（冀京界）段设置收费站的复函",
             生成日期="2023-07-03", 主题分类="工业、交通"),
        replaced("河北省教育厅2023年政府信息公开工作年度报告", [("河北省教育厅", QUFU)], 生成日期="2024-01-20",
                 主题分类="政府信息公开年报"),
    ]
    for month in range(1, 13):
        if defective and month in (6, 7):
            continue  # seeded: no progress report for June and July (T3.1)
        day = dt.date(2023, month, 28).isoformat()
        rows.append(made(f"曲阜市重大交通建设项目推进情况（2023年{month}月）", 生成日期=day, 主题分类="重大建设项目"))
    if defective:
        rows[2] = replaced("2021年度四川省渠县交通运输局部门决算", [("四川省渠县交通运输局", QUFU)],
                           生成日期="2023-08-25", 主题分类="财政预决算")  # seeded: last-but-one year's accounts (T2.3)
        rows[5] = {**rows[5], "生成日期": "2023-06-18"}  # seeded: the interpretation three days late (T4.1)
        rows[9] = replaced("河北省教育厅2022年政府信息公开工作年度报告", [("河北省教育厅", QUFU)],
                           生成日期="2023-01-20", 主题分类="政府信息公开年报")  # seeded: only last year's report (T7.1)
    return finish(sorted(rows, key=lambda row: row["生成日期"]), QUFU, QUFU_PREFIX)


# --- 青云谱区人民政府 2023 (the district's whole catalog: several publishers) --------------------

QYP = "青云谱区人民政府"
QYP_PREFIX = "11360104014500000C"


def qingyunpu(defective: bool) -> list[dict]:
    policy, reading = LAB_POLICY, LAB_READING
    rows = [
        real("关于调整优化住房公积金贷款政策的通知(征求意见稿)", 生成日期="2023-03-19", 发布机构="青云谱区住房和城乡建设局"),
        replaced("农安县教育局行政执法主体及执法事项公示", [("农安县教育局", "青云谱区教育体育局")], 生成日期="2023-03-26",
                 发布机构="青云谱区教育体育局", 主题分类="行政执法"),
        real("河北省人民政府办公厅关于公布河北省随机抽查事项清单（2019年版）的通知", 生成日期="2023-04-06", 发布机构="青云谱区市场监督管理局"),
        real("中心城区购房补贴申报办事指南", 生成日期="2023-07-18", 发布机构="青云谱区住房和城乡建设局"),
        replaced("2023年度大祥区交通运输局部门预算公开说明", [("大祥区", "青云谱区")], 生成日期="2023-05-10",
                 发布机构="青云谱区交通运输局", 主题分类="财政预决算"),
        replaced("中山市重点项目工作领导小组办公室关于转下达广东省2023年重点建设项目计划的通知",
                 [("中山市", "青云谱区"), ("广东省", "江西省")], 生成日期="2023-03-13", 发布机构="青云谱区发展和改革委员会"),
        real("河北省小微企业降费工作方案", 生成日期="2023-06-12", 发布机构="青云谱区财政局"),
        replaced("平潭综合实验区苏平片区管理局关于应急物资项目采购公告", [("平潭综合实验区苏平片区管理局", "青云谱区应急管理局")],
                 生成日期="2023-05-21", 发布机构="青云谱区应急管理局"),
        real("关于应对新冠肺炎疫情进一步做好全省就业扶贫工作的通知", 生成日期="2023-03-05", 发布机构="青云谱区人力资源和社会保障局"),
        real("河北省人力资源和社会保障厅河北省工业和信息化厅关于开展先进制造业促就业行动的通知", 生成日期="2023-04-20",
             发布机构="青云谱区人力资源和社会保障局"),
        real("2023年01月城乡低保及特困人员发放花名册", 生成日期="2023-02-14", 发布机构="青云谱区民政局", 主题分类="社会救助"),
        replaced("崇义县2023年棚改攻坚行动征地补偿安置方案", [("崇义县", "青云谱区")], 生成日期="2023-02-17",
                 发布机构="青云谱区住房和城乡建设局"),
        real("河北省人民政府办公厅关于开展铁路沿线环境安全专项治理活动的通知", 生成日期="2023-08-08", 发布机构="南昌市青云谱生态环境局"),
        replaced("关于农安县第五幼儿园正式办学的通知", [("农安县", "青云谱区")], 生成日期="2023-07-01", 发布机构="青云谱区教育体育局"),
        real("河北省人民政府办公厅关于印发河北省2020年深化医药卫生体制改革重点工作任务的通知", 生成日期="2023-09-12",
             发布机构="青云谱区卫生健康委员会"),
        real("河北省人民政府办公厅关于做好“两节”期间食品安全工作的通知", 生成日期="2023-01-10", 发布机构="青云谱区市场监督管理局"),
        real("河北省人民政府办公厅关于印发依法实施行政许可项目的通知", 生成日期="2023-06-30", 发布机构="青云谱区行政审批局"),
        made("青云谱区行政审批中介服务事项清单", 生成日期="2023-06-30", 发布机构="青云谱区行政审批局"),
        real(policy, 生成日期="2023-06-15", 发布机构="青云谱区科学技术局", 主题分类="规范性文件"),
        real(reading, 生成日期="2023-06-15", 发布机构="青云谱区科学技术局", 主题分类="政策解读", 关联文件=policy),
        real("一图读懂《河北省省级产业技术研究院管理办法》", 生成日期="2023-10-09", 发布机构="青云谱区科学技术局",
             主题分类="政策解读"),
        real("国务院办公厅对全国政协十届三次会议第2741号提案的答复", 生成日期="2023-08-30", 发布机构="青云谱区人民政府办公室"),
        replaced("北京市市场监督管理局2023年四季度政府网站与政务新媒体季度自查报告", [("北京市市场监督管理局", "青云谱区人民政府办公室")],
                 生成日期="2023-11-15", 发布机构="青云谱区人民政府办公室"),
    ]
    if defective:
        seeded = {"2023年01月城乡低保及特困人员发放花名册",  # T1.13: no social-assistance information
                  "关于青云谱区第五幼儿园正式办学的通知"}  # T1.16: no education information
        rows = [row for row in rows if row["信息名称"] not in seeded]
        rows[-1] = replaced("2022年第四季度区政府门户网站和政务新媒体检查情况", [("区政府", "青云谱区政府")],
                            生成日期="2022-12-09", 发布机构="青云谱区人民政府办公室")  # T9.1: only 2022's inspection
    return finish(sorted(rows, key=lambda row: row["生成日期"]), QYP, QYP_PREFIX)


# --- 上海市交通委员会 2024 ----------------------------------------------------------------------

SH = "上海市交通委员会"
SH_PREFIX = "002421191K"


def shanghai(defective: bool) -> list[dict]:
    rows = [
        made("上海国际航运中心建设推进情况（2024年上半年）", 生成日期="2024-07-15"),
        real("长三角地区交通专题合作组2024年度第二次工作会议召开", 生成日期="2024-12-10"),
        real("第四届进博会开幕“倒计时100天” 交通保障确定33项任务 16项整治提升项目将于9月底前全部完工", 生成日期="2024-07-26"),
        made("2024年市政府实事项目交通领域立项清单", 生成日期="2024-02-20"),
        made("2024年市政府实事项目（交通领域）推进情况（三季度）", 生成日期="2024-10-12"),
        real("推进100个道路交通拥堵点改善项目进展情况(二季度)", 生成日期="2024-07-11"),
        made("市交通委“一网通办”建设推进情况", 生成日期="2024-06-20"),
        made("市交通委重大事故隐患专项排查整治推进情况", 生成日期="2024-04-02"),
        made("上海市交通委员会2024年度重大行政决策事项目录", 生成日期="2024-03-29"),
        replaced("农安县教育局行政执法主体及执法事项公示", [("农安县教育局", SH)], 生成日期="2024-03-01"),
        real("普法宣传|《中华人民共和国促进科技成果转化法》", 生成日期="2024-04-15"),
        made("上海市交通运输领域轻微违法行为依法不予行政处罚清单", 生成日期="2024-05-20"),
        made("上海市交通委员会2024年部门预算", 生成日期="2024-02-05"),
        made("上海市交通委员会2023年度部门决算", 生成日期="2024-07-25"),
        made("上海市交通委员会2023年度部门整体支出绩效自评报告", 生成日期="2024-09-10"),
        real("南县住房和城乡建设局2018年度整体支出 绩效评价报告", 生成日期="2024-09-10"),
        made("上海国际航运中心建设专项资金2024年度分配使用情况", 生成日期="2024-11-05"),
        made("2024年度上海市交通节能减排专项扶持资金拟支持项目公示", 生成日期="2024-08-12"),
        real(LAB_POLICY, 生成日期="2024-06-15", 主题分类="规范性文件"),
        real(LAB_READING, 生成日期="2024-06-15", 主题分类="政策解读", 关联文件=LAB_POLICY),
        real("关于调整优化住房公积金贷款政策的通知(征求意见稿)", 生成日期="2024-03-19"),
        real("《河北省企业研发费用加计扣除项目鉴定办法》起草说明", 生成日期="2024-03-19",
             关联文件="关于调整优化住房公积金贷款政策的通知(征求意见稿)"),
        real("2024年度河北省科学技术奖提名工作常见问题解答", 生成日期="2024-08-29", 关联文件=LAB_POLICY),
        made("市交通委关于邀请市民代表列席委主任办公会议的公告", 生成日期="2024-05-08"),
        made("2024年上海市政府开放月市交通委开放活动安排", 生成日期="2024-08-05"),
        real("政府信息主动公开事项目录", 生成日期="2024-04-30"),
    ]
    if defective:
        rows = [row for row in rows if "不予行政处罚清单" not in row["信息名称"]]  # T1.12
        rows = [{**row, "生成日期": "2024-09-05"} if "开放活动" in row["信息名称"] else row for row in rows]  # T4.5: not in August
    return finish(sorted(rows, key=lambda row: row["生成日期"]), SH, SH_PREFIX)


# --- 某县城市管理局 2014 ------------------------------------------------------------------------

CG = "某县城市管理局"
CG_PREFIX = "00307045X"


def chengguan(defective: bool) -> list[dict]:
    rows = [
        real("河北省人民政府办公厅关于印发依法实施行政许可项目的通知", 生成日期="2014-03-05"),
        made("城市建筑垃圾处置核准行政审批流程图", 生成日期="2014-03-05"),
        real("中心城区购房补贴申报办事指南", 生成日期="2014-04-02"),
        real("河北省人民政府办公厅关于同意京新至京藏高速公路联络线收费的复函", 生成日期="2014-05-12"),
        made("某县城市管理局2014年部门预算", 生成日期="2014-06-20",
             内容概述="公开2014年部门收支预算和“三公”经费预算"),
        made("某县城市管理局2013年部门决算", 生成日期="2014-08-28",
             内容概述="公开2013年部门收支决算和“三公”经费决算"),
        real(LAB_POLICY, 生成日期="2014-06-15", 主题分类="规范性文件"),
        real(LAB_READING, 生成日期="2014-06-15", 主题分类="政策解读", 关联文件=LAB_POLICY),
        made("某县城市管理局政府信息公开指南", 生成日期="2014-02-10"),
    ]
    if defective:
        rows[4] = {**rows[4], "生成日期": "2014-11-20"}  # seeded: the 2014 budget (and its 三公) after 10-31 (T2.1, T2.3)
    return finish(sorted(rows, key=lambda row: row["生成日期"]), CG, CG_PREFIX)


SEEDED = {
    "qufu-transport-2023": ["T2.3", "T3.1", "T4.1", "T7.1"],
    "qingyunpu-division": ["T1.13", "T1.16", "T9.1"],
    "shanghai-transport-2024": ["T1.12", "T4.5"],
    "chengguan-keypoints": ["T2.1", "T2.3"],
}
BUILDERS = {"qufu-transport-2023": qufu, "qingyunpu-division": qingyunpu, "shanghai-transport-2024": shanghai,
            "chengguan-keypoints": chengguan}
QUFU_SAMPLE = "曲阜市交通运输局-真实标题目录-2023-{}.xlsx"


def write_csv(path: str, rows: list[dict]) -> None:
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def write_xlsx(path: str, rows: list[dict], title: str) -> None:
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "公开目录"
    sheet.append([title])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(COLUMNS))
    sheet.append(COLUMNS)
    for row in rows:
        sheet.append([row[name] for name in COLUMNS])
    for letter, width in zip("ABCDEFGHIJ", (30, 60, 50, 20, 12, 12, 10, 14, 40, 50)):
        sheet.column_dimensions[letter].width = width
    buffer = io.BytesIO()
    workbook.save(buffer)
    with open(path, "wb") as handle:
        handle.write(pin_zip(buffer.getvalue()))


def main() -> None:
    os.makedirs(OUT_TESTS, exist_ok=True)
    for checklist, build in BUILDERS.items():
        for defective, name in ((False, "合格"), (True, "不合格")):
            rows = build(defective)
            if checklist == "qufu-transport-2023":
                write_xlsx(os.path.join(HERE, QUFU_SAMPLE.format(name)), rows,
                           f"曲阜市交通运输局2023年政府信息公开目录（真实标题示例，{name}）")
            else:
                write_csv(os.path.join(OUT_TESTS, f"{checklist}-{name}.csv"), rows)
    with open(os.path.join(OUT_TESTS, "seeded.json"), "w", encoding="utf-8") as handle:
        json.dump(SEEDED, handle, ensure_ascii=False, indent=1)
        handle.write("\n")


if __name__ == "__main__":
    main()
