"""`checklist extract` proposes `applies_to` where a government's plan names departments or the whole government."""
from __future__ import annotations

import datetime as dt

from govopen_cli.checklist.extract_scope import department_scope, government_of, whole_scope
from govopen_cli.checklist.load import load_checklist
from govopen_cli.engine import RunOptions, run_checklist
from tests.helpers import make_dataset
from tests.test_extract import draft_of, seed

QINGYUNPU = "青云谱区人民政府"


def test_government_of_the_plans_issuer():
    assert government_of("青云谱区人民政府办公室") == QINGYUNPU
    assert government_of("平潭县人民政府") == "平潭县人民政府"
    assert government_of("曲阜市交通运输局") is None and government_of("城管局") is None and government_of(None) is None


def test_department_scope_only_for_named_departments_of_a_government_plan():
    assert department_scope(["区政府办公室"], QINGYUNPU) == {"department": "区政府办公室"}
    assert department_scope(["区法制办", "区司法局"], QINGYUNPU) == {"department": ["区法制办", "区司法局"]}
    # every department, township or unit takes part: anyone's catalog may hold the information
    assert department_scope(["区政府办公室", "各街道", "镇", "园", "区政府各部门"], QINGYUNPU) is None
    assert department_scope(["有关部门"], QINGYUNPU) is None and department_scope([], QINGYUNPU) is None
    # a department's own plan gives work to its offices, which share one catalog
    assert department_scope(["局办公室"], None) is None


def test_whole_scope_for_the_whole_areas_domain_information():
    sentence = "“十三五”期间,全区政务公开的重点是:深入推进行政权力运行、市场监管……教育卫生和食品药品安全等重点领域信息公开。"
    assert whole_scope(sentence, QINGYUNPU) == {"government": QINGYUNPU}
    assert whole_scope("做好全市社会救助等领域信息公开", "某市人民政府") == {"government": "某市人民政府"}
    assert whole_scope("全市各部门信息公开情况纳入考核", "某市人民政府") is None  # an assessment, not domain information
    assert whole_scope("进一步完善我区政务公开流程规范、公众参与、重大决策预公开等制度建设", QINGYUNPU) is None
    assert whole_scope("全区推进重点领域信息公开", None) is None


def test_qingyunpu_plan_draft_proposes_scopes_that_load_and_take_effect():
    text, draft = draft_of(seed("001"))
    tasks = {task.id: task for task in draft.tasks}
    assert {task.id: task.applies_to for task in draft.tasks if task.applies_to} == {
        "T5": {"department": ["区政府办公室", "区委宣传部"]}, "T7": {"department": ["区法制办", "区司法局"]},
        "T10": {"department": "区政府办公室"}, "T11": {"department": ["区政府办公室", "区人社局", "区委党校"]},
        "T12": {"department": "区政府办公室"}}
    # the checks drawn from "全区政务公开的重点是……重点领域信息公开" are about the whole district's catalog
    whole = [check for check in draft.checks if check.applies_to == {"government": QINGYUNPU}]
    assert [check.id for check in whole] == ["T1.2", "T1.3", "T1.4"]
    assert [check.title for check in whole] == ["公开部门预算", "公开部门决算", "公开重大建设项目信息"]
    assert tasks["T1"].applies_to is None and tasks["T9"].applies_to is None  # 各街道…区政府各部门
    assert "    applies_to: {department: [区政府办公室, 区委宣传部]}\n" in text
    assert "        applies_to: {government: 青云谱区人民政府}\n" in text
    assert "# 适用范围：青云谱区人民政府整个政府的公开目录（各部门信息合计）（原文为全区/全市的重点领域信息），请核对" in text
    assert "已按原文建议适用范围（applies_to）：5 项任务只由点名的部门负责" in text


def test_qingyunpu_draft_checked_against_a_department_catalog_gives_na_with_reasons(tmp_path):
    text, _ = draft_of(seed("001"))
    path = tmp_path / "draft.yaml"
    path.write_text(text, encoding="utf-8")
    checklist = load_checklist(str(path))
    rows = [{"信息名称": "青云谱区教育体育局2023年部门预算", "发布机构": "青云谱区教育体育局",
             "生成日期": "2023-03-10", "发布日期": "2023-03-10"}]
    options = RunOptions(as_of=dt.date(2024, 1, 31), period_start=dt.date(2023, 1, 1), period_end=dt.date(2023, 12, 31))
    checks = {check.id: check for check in run_checklist(checklist, [make_dataset(rows)], options).checks}
    assert checks["T1.2"].status == "n/a"
    assert checks["T1.2"].note.startswith("本项针对青云谱区人民政府（整个政府）的公开目录（各部门信息合计）；"
                                          "本目录的发布机构只有“青云谱区教育体育局”")
    # the same catalog named as the district's (govopen.yaml owner) runs the check: the budget is there
    owned = RunOptions(as_of=dt.date(2024, 1, 31), period_start=dt.date(2023, 1, 1), period_end=dt.date(2023, 12, 31),
                       owner=QINGYUNPU)
    checks = {check.id: check for check in run_checklist(checklist, [make_dataset(rows)], owned).checks}
    assert checks["T1.2"].status == "pass"


def test_department_plans_get_no_scope():
    for name in ("000", "003", "004"):  # 曲阜市交通运输局, 城管局, 上海市交通委员会: their offices share one catalog
        text, draft = draft_of(seed(name))
        assert "applies_to" not in text and not any(check.applies_to for check in draft.checks), name
