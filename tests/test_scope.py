"""Scope (`applies_to`): district-wide and department tasks judged only on the catalogs they concern."""
from __future__ import annotations

import datetime as dt
import textwrap

import pytest

from govopen_cli.checklist.load import load_checklist
from govopen_cli.config import load_config
from govopen_cli.engine import RunOptions, run_checklist
from govopen_cli.errors import ChecklistError, UsageError
from govopen_cli.scope import same_body, scope_reason
from tests.helpers import make_dataset

DISTRICT_WIDE = ["T1.4", "T1.5", "T1.6", "T1.7", "T1.8", "T1.9", "T1.10", "T1.11", "T1.12", "T1.13", "T1.14",
                 "T1.15", "T1.16", "T1.17", "T1.18", "T2.5", "T2.6"]


def _rows(publisher: str | list[str]) -> list[dict]:
    publishers = [publisher] * 4 if isinstance(publisher, str) else publisher
    titles = ["关于做好2023年义务教育招生入学工作的通知", "2023年城乡低保标准调整情况",
              "关于印发《青云谱区校外培训机构管理办法》的通知", "《青云谱区校外培训机构管理办法》解读"]
    return [{"信息名称": title, "发布机构": who, "生成日期": "2023-05-10", "发布日期": "2023-05-10"}
            for title, who in zip(titles, publishers)]


def _run(rows, owner=None):
    checklist = load_checklist("qingyunpu-division")
    options = RunOptions(as_of=dt.date(2024, 1, 31), period_start=dt.date(2023, 1, 1),
                         period_end=dt.date(2023, 12, 31), owner=owner)
    return {check.id: check for check in run_checklist(checklist, [make_dataset(rows)], options).checks}


def test_department_catalog_gets_na_with_reasons_for_district_wide_tasks():
    checks = _run(_rows("青云谱区教育体育局"))
    for check_id in DISTRICT_WIDE:
        assert checks[check_id].status == "n/a", check_id
        assert checks[check_id].note == ("本项针对青云谱区人民政府（整个政府）的公开目录（各部门信息合计）；"
                                         "本目录的发布机构只有“青云谱区教育体育局”（可在 govopen.yaml 用 owner 写明目录所属单位），"
                                         "不是整个政府的目录"), check_id
    assert checks["T9.1"].status == "n/a"
    assert checks["T9.1"].note.startswith("本项由“区政府办公室”负责；本目录的发布机构只有“青云谱区教育体育局”")
    # Tasks for any department still run on it: the policy has its interpretation the same day.
    assert checks["T3.1"].status == "pass"
    assert checks["T1.2"].status == "fail"


def test_owner_in_govopen_yaml_decides_over_the_publishers():
    # The sheet holds one department's entries, but govopen.yaml says it is the district's catalog.
    checks = _run(_rows("青云谱区教育体育局"), owner="青云谱区人民政府")
    assert {checks[check_id].status for check_id in DISTRICT_WIDE} <= {"pass", "fail"}
    assert checks["T1.16"].status == "pass" and checks["T1.13"].status == "pass"
    # …and a department owner makes them n/a even when the sheet lists several publishers.
    checks = _run(_rows(["区教体局", "区民政局", "区卫健委", "区财政局"]), owner="青云谱区教育体育局")
    assert checks["T1.16"].status == "n/a"
    assert "本目录属于“青云谱区教育体育局”（govopen.yaml 的 owner）" in checks["T1.16"].note


def test_whole_government_catalog_is_recognised_from_its_publishers():
    several = _run(_rows(["区教体局", "区民政局", "区卫健委", "区教体局"]))
    assert several["T1.16"].status == "pass" and several["T9.1"].status == "fail"
    government = _run(_rows("青云谱区人民政府"))
    assert government["T1.13"].status == "pass"


def test_a_catalog_that_names_no_publisher_is_checked():
    rows = [{key: value for key, value in row.items() if key != "发布机构"} for row in _rows("x")]
    assert _run(rows)["T1.16"].status == "pass"


def test_department_scope_matches_the_department_under_its_full_name():
    checks = _run(_rows("青云谱区人民政府办公室"))
    assert checks["T9.1"].status == "fail"  # applies (no inspection report among the rows), not n/a
    assert same_body("区政府办公室", "青云谱区人民政府办公室") and same_body("区司法局", "青云谱区司法局")
    assert not same_body("区司法局", "青云谱区教育体育局")


def test_manual_checks_of_a_scoped_task_are_na_too(tmp_path):
    path = tmp_path / "c.yaml"
    path.write_text(textwrap.dedent("""\
        id: c
        title: 测试
        tasks:
          - id: T1
            title: 全区任务
            applies_to: government
            checks:
              - {id: T1.1, title: 全区人工核查, manual: 核查全区台账}
              - {id: T1.2, title: 公开低保标准, rule: coverage, where: {field: 信息名称, contains: 低保}}
          - id: T2
            title: 各部门任务
            checks:
              - {id: T2.1, title: 部门人工核查, manual: 核查本部门台账}
        """), encoding="utf-8")
    checklist = load_checklist(str(path))
    result = run_checklist(checklist, [make_dataset(_rows("青云谱区民政局"))], RunOptions(as_of=dt.date(2024, 1, 31)))
    status = {check.id: (check.status, check.note) for check in result.checks}
    assert status["T1.1"][0] == "n/a" and status["T1.2"][0] == "n/a"
    assert status["T1.1"][1].startswith("本项针对整个政府的公开目录")
    assert status["T2.1"] == ("manual", None)
    assert [task.status for task in result.tasks] == ["n/a", "manual"]


def test_scope_reason_without_scope_or_for_any_department():
    dataset = make_dataset(_rows("青云谱区教育体育局"))
    assert scope_reason(None, dataset, None) is None
    assert scope_reason("any", dataset, None) is None


def test_invalid_applies_to_is_a_checklist_error_naming_the_line(tmp_path):
    path = tmp_path / "c.yaml"
    path.write_text("id: c\ntitle: 测试\ntasks:\n  - id: T1\n    title: 任务\n    applies_to: 全区\n    checks: []\n",
                    encoding="utf-8")
    with pytest.raises(ChecklistError) as error:
        load_checklist(str(path))
    assert "c.yaml 第 6 行，任务 T1" in str(error.value) and "applies_to 应为 government" in str(error.value)


def test_owner_in_govopen_yaml(tmp_path):
    path = tmp_path / "govopen.yaml"
    path.write_text("agency: {name: 青云谱区教育体育局}\nowner: 青云谱区人民政府\n", encoding="utf-8")
    assert load_config(str(path)).owner == "青云谱区人民政府"
    path.write_text("owner: [甲, 乙]\n", encoding="utf-8")
    with pytest.raises(UsageError, match="govopen.yaml 第 1 行：owner 应为公开目录所属单位的名称"):
        load_config(str(path))
