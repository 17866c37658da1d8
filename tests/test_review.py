"""Manual checks answered in --answers, and waivers (valid, expired, unknown id)."""
from __future__ import annotations

import datetime as dt

import pytest

from govopen_cli.answers import load_answers
from govopen_cli.checklist.load import load_checklist
from govopen_cli.engine import RunOptions, run_checklist
from govopen_cli.errors import InputError
from govopen_cli.waivers import load_waivers
from tests.helpers import make_dataset

CHECKLIST = """\
id: review
title: 人工核查与豁免
tasks:
  - id: T1
    title: 加强组织领导
    units: [局办公室]
    checks:
      - id: T1.1
        title: 成立政务公开工作领导小组
        manual: 查看成立领导小组的文件
      - id: T1.2
        title: 开展政务公开培训
        manual: 查看培训通知、签到表
      - id: T1.3
        title: 文号规范
        rule: docno
"""
ROWS = [{"文号": "曲交发[2023]5号"}]


@pytest.fixture
def checklist(tmp_path):
    path = tmp_path / "review.yaml"
    path.write_text(CHECKLIST, encoding="utf-8")
    return load_checklist(str(path))


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def run(checklist, answers=None, waivers=None, as_of=dt.date(2024, 1, 31)):
    options = RunOptions(as_of=as_of, answers=answers or {}, waivers=waivers or {})
    return run_checklist(checklist, [make_dataset(ROWS)], options)


def statuses(result):
    return {check.id: check.status for check in result.checks}


def test_unanswered_manual_checks_stay_manual_and_task_is_worst(checklist):
    result = run(checklist)
    assert statuses(result) == {"T1.1": "manual", "T1.2": "manual", "T1.3": "fail"}
    assert result.tasks[0].status == "fail"
    assert result.checks[0].units == ["局办公室"]


def test_answers_turn_manual_into_pass_and_fail_with_evidence(tmp_path, checklist):
    path = write(tmp_path, "answers.yaml", """\
T1.1:
  result: pass
  evidence: 曲交字〔2023〕3号《关于成立政务公开工作领导小组的通知》
  by: 张三
  date: 2023-12-20
T1.2:
  result: 不符合
  evidence: 全年未组织培训
  by: 张三
""")
    result = run(checklist, answers=load_answers(path, checklist))
    assert statuses(result)["T1.1"] == "pass"
    assert result.checks[0].answer == {"result": "pass", "evidence": "曲交字〔2023〕3号《关于成立政务公开工作领导小组的通知》",
                                       "by": "张三", "date": "2023-12-20"}
    assert statuses(result)["T1.2"] == "fail"
    manual_findings = [f for f in result.findings if f.check == "T1.2"]
    assert len(manual_findings) == 1 and manual_findings[0].rule == "manual"
    assert manual_findings[0].message == "人工核查结论为不符合：全年未组织培训（张三）"
    assert result.to_dict()["checks"][0]["answer"]["by"] == "张三"


@pytest.mark.parametrize("text, message", [
    ("T9.9:\n  result: pass\n", "第 1 行：检查清单“review”中没有检查项“T9.9”"),
    ("T1.3:\n  result: pass\n", "第 1 行：检查项“T1.3”是自动检查"),
    ("T1.1:\n  result: maybe\n", "第 2 行：检查项“T1.1”的 result 应为"),
    ("T1.1:\n  result: pass\n  evidnce: x\n", "第 3 行：未知的键“evidnce”"),
    ("T1.1:\n  result: pass\n  date: 2023-13-01\n", "第 3 行：“2023-13-01”不是日期"),
    ("T1.1: [unclosed\n", "YAML 语法错误"),
])
def test_answer_file_errors_name_the_line(tmp_path, checklist, text, message):
    path = write(tmp_path, "answers.yaml", text)
    with pytest.raises(InputError) as error:
        load_answers(path, checklist)
    assert message in error.value.message
    assert path in error.value.message


WAIVER = """\
- check: T1.3
  reason: 旧系统导出的文号，已在新系统更正
  approved_by: 办公室主任 李四
  expires: {expires}
"""


def test_active_waiver_waives_a_failing_check_and_keeps_findings(tmp_path, checklist):
    path = write(tmp_path, "waivers.yaml", WAIVER.format(expires="2024-06-30"))
    result = run(checklist, waivers=load_waivers(path, checklist))
    check = result.checks[2]
    assert check.status == "waived"
    assert check.waiver == {"reason": "旧系统导出的文号，已在新系统更正", "approved_by": "办公室主任 李四",
                            "expires": "2024-06-30", "expired": False}
    assert [f.check for f in result.findings] == ["T1.3"]
    assert result.failing("error") is False
    assert result.summary()["waived"] == 1


def test_expired_waiver_does_not_apply_and_says_so(tmp_path, checklist):
    path = write(tmp_path, "waivers.yaml", WAIVER.format(expires="2024-01-30"))
    result = run(checklist, waivers=load_waivers(path, checklist))
    check = result.checks[2]
    assert check.status == "fail"
    assert check.waiver["expired"] is True
    assert "豁免已于 2024-01-30 到期，不再适用" in check.note
    assert result.failing("error") is True


def test_waiver_expiring_on_as_of_still_applies(tmp_path, checklist):
    path = write(tmp_path, "waivers.yaml", WAIVER.format(expires="2024-01-31"))
    assert statuses(run(checklist, waivers=load_waivers(path, checklist)))["T1.3"] == "waived"


@pytest.mark.parametrize("text, message", [
    ("- check: X.1\n  reason: r\n  approved_by: a\n  expires: 2024-01-01\n", "第 1 行：检查清单“review”中没有检查项“X.1”"),
    ("- check: T1.3\n  reason: r\n  expires: 2024-01-01\n", "缺少 approved_by"),
    ("- check: T1.3\n  reason: r\n  approved_by: a\n  expires: 明年\n", "第 4 行：“明年”不是日期"),
])
def test_waiver_file_errors(tmp_path, checklist, text, message):
    path = write(tmp_path, "waivers.yaml", text)
    with pytest.raises(InputError) as error:
        load_waivers(path, checklist)
    assert message in error.value.message
