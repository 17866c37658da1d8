"""Headers mapped by content: the filled column among candidates, 来源 a field of its own, the
ambiguous 发文日期, aliases and Traditional forms."""
from __future__ import annotations

import datetime as dt

from govopen_cli.api import CheckRequest, check
from govopen_cli.io.fields import map_headers
from govopen_cli.io.read import read_datasets
from tests.helpers import write_xlsx

AS_OF = dt.date(2024, 1, 31)


def _read(tmp_path, header, rows, name="目录.xlsx"):
    path = write_xlsx(tmp_path / name, {"公开目录": [header] + rows})
    [dataset] = read_datasets(str(path))
    return dataset


def test_the_filled_column_wins_over_an_empty_one_for_the_same_field(tmp_path):
    header = ["索引号", "信息名称", "发布单位", "发文机构", "发布日期"]
    rows = [["A-1", "通知一", "", "某局", "2023-01-04"], ["A-2", "通知二", "", "某局", "2023-01-05"]]
    dataset = _read(tmp_path, header, rows)
    assert dataset.headers["发布机构"] == "发文机构" and dataset.positions["发布机构"] == 3
    assert list(dataset.text("发布机构")) == ["某局", "某局"]
    assert dataset.unmapped == ["发布单位"]


def test_the_first_column_wins_when_both_are_filled_alike(tmp_path):
    dataset = _read(tmp_path, ["索引号", "标题", "信息名称"], [["A-1", "甲", "乙"]])
    assert dataset.headers["信息名称"] == "标题" and dataset.unmapped == ["信息名称"]


def test_source_is_its_own_field_not_the_publisher(tmp_path):
    header = ["索引号", "信息名称", "来源", "发布机构"]
    dataset = _read(tmp_path, header, [["A-1", "转载的通知", "山东省交通运输厅", "曲阜市交通运输局"]])
    assert dataset.headers == {"索引号": "索引号", "信息名称": "信息名称", "来源": "来源", "发布机构": "发布机构"}
    assert map_headers(["索引号", "信息名称", "信息来源"], "catalog").columns == {"索引号": 0, "信息名称": 1, "来源": 2}


def test_fawen_date_takes_the_date_field_no_other_column_names():
    with_release = map_headers(["索引号", "名称", "发文日期", "发布日期"], "catalog")
    assert with_release.columns == {"索引号": 0, "信息名称": 1, "生成日期": 2, "发布日期": 3}
    with_written = map_headers(["索引号", "名称", "成文日期", "发文日期"], "catalog")
    assert with_written.columns == {"索引号": 0, "信息名称": 1, "生成日期": 2, "发布日期": 3}
    both = map_headers(["索引号", "名称", "成文日期", "发文日期", "发布日期"], "catalog")
    assert "发文日期" in both.unmapped and both.ambiguous == {}
    alone = map_headers(["索引号", "名称", "发文日期"], "catalog")
    assert alone.columns["发布日期"] == 2 and alone.ambiguous == {"发布日期": "发文日期"}
    # An officer's --map settles it.
    mapped = map_headers(["索引号", "名称", "发文日期"], "catalog", {"发文日期": "生成日期"})
    assert mapped.columns["生成日期"] == 2 and mapped.ambiguous == {}


def test_an_ambiguous_date_column_is_reported_and_timeliness_notes_instead_of_judging(tmp_path):
    header = ["索引号", "信息名称", "内容概述", "发布机构", "发文日期"]
    path = write_xlsx(tmp_path / "目录.xlsx", {"公开目录": [header, ["A-1", "通知", "概述", "某局", "2023-06-01"]]})
    result = check(CheckRequest(paths=[str(path)], as_of=AS_OF, checklist=None))
    data = result.to_dict()
    assert data["inputs"][0]["ambiguous"] == {"发布日期": "发文日期"}
    assert data["inputs"][0]["columns"]["发布日期"] == "发文日期"
    assert any("“发文日期”列可能是发布日期，也可能是生成日期，已按发布日期读取" in w for w in data["warnings"])
    timeliness = next(c for c in data["checks"] if c["id"] == "B.timeliness")
    assert timeliness["status"] == "n/a" and timeliness["note"] == "“发文日期”列不能确定是否为发布日期，本表未作判断"
    assert timeliness["notes"] == [{"file": str(path), "row": None, "text": "“发文日期”列不能确定是否为发布日期，本表未作判断"}]


def test_aliases_seen_on_real_sites_and_traditional_forms():
    mapping = map_headers(["資訊名稱", "索引號", "公文生成日期", "信息提供日期", "備註/文號", "發佈機構", "資訊來源"],
                          "catalog")
    assert mapping.columns == {"信息名称": 0, "索引号": 1, "生成日期": 2, "发布日期": 3, "文号": 4, "发布机构": 5, "来源": 6}
    assert mapping.unmapped == []


def test_a_traditional_sheet_is_checked_for_privacy(tmp_path):
    header = ["索引號", "資訊名稱", "內容概述", "發佈機構", "成文日期", "發布日期"]
    leak = "聯絡人身份證11010519491231002X"
    path = write_xlsx(tmp_path / "目錄.xlsx", {"目錄": [header, ["A-1", "公告", leak, "某局", "2023-01-03", "2023-01-04"]]})
    result = check(CheckRequest(paths=[str(path)], as_of=AS_OF))
    assert [(f.check, f.cell) for f in result.findings if f.check == "B.privacy"] == [("B.privacy", "C2")]


def test_validity_and_catalog_column_labels_of_real_pages():
    # 效力状况 (无锡、锡山), 公开目录 (怒江), 时效说明 (淮安 清江街道): tests/data/real_headers/catalog_pages.yaml
    assert map_headers(["索引号", "公开目录", "效力状况"], "catalog").columns == {"索引号": 0, "栏目": 1, "有效性": 2}
    assert map_headers(["索引号", "名称", "时效说明"], "catalog").columns == {"索引号": 0, "信息名称": 1, "有效性": 2}
    assert map_headers(["统一编号", "文  号", "发布机关", "文件状态"], "catalog").columns == {"文号": 1, "发布机构": 2, "有效性": 3}


def test_bracketed_labels_and_more_real_aliases():
    # 重庆 and 北京 district pages write [ 索引号 ], [发文字号]; tests/data/real_headers/catalog_pages.yaml.
    mapping = map_headers(["[ 索引号 ]", "[发文字号]", "【标题】", "公开责任部门", "签署日期", "添加日期", "公文时效"], "catalog")
    assert mapping.columns == {"索引号": 0, "文号": 1, "信息名称": 2, "发布机构": 3, "生成日期": 4, "发布日期": 5, "有效性": 6}
    assert map_headers(["索引号", "发文时间"], "catalog").ambiguous == {"发布日期": "发文时间"}


def test_a_fawen_date_settled_by_an_empty_column_is_unsure_again(tmp_path):
    # 牟定: 发文日期 filled, 成文日期 empty on every row — 发文日期 may as well be the document's date.
    dataset = _read(tmp_path, ["索引号", "名称", "发文日期", "成文日期"], [["A-1", "通知", "2017-06-28", ""]])
    assert dataset.headers["发布日期"] == "发文日期" and dataset.ambiguous == {"发布日期": "发文日期"}
    filled = _read(tmp_path, ["索引号", "名称", "发文日期", "成文日期"], [["A-1", "通知", "2017-06-28", "2017-06-23"]],
                   name="目录2.xlsx")
    assert filled.headers["发布日期"] == "发文日期" and filled.ambiguous == {}
