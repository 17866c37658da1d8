"""The four checklists written from the seed work plans, and their sample catalogs.

For each checklist: the exact tasks (ids, key words of the titles, 责任单位 as the plan names them,
clauses), that every check cites its clause, that manual checks say what evidence proves them, and
that the sample catalog in samples/checklists/ fails exactly the documented checks. A synthetic
曲阜 catalog, built here, checks that tasks whose items are missing or late fail and the others do not.
"""
from __future__ import annotations

import csv
import datetime as dt
import importlib.util
import re
import subprocess
import sys
from pathlib import Path

import pytest

from govopen_cli.api import CheckRequest
from govopen_cli.api import check as run_check
from govopen_cli.checklist.load import load_checklist
from govopen_cli.io.normalize import to_simplified

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples" / "checklists"
SEEDS = ROOT / "tests" / "data" / "seeds"

CHECKLISTS = ("qufu-transport-2023", "qingyunpu-division", "chengguan-keypoints", "shanghai-transport-2024")
BASELINE_IDS = {check.id for check in load_checklist("national-baseline").checks}
CLAUSE = re.compile(r"^(?:[一二三四五六七八九十]+、(?:（[一二三四五六七八九十]+）)?)")

ALL = "各街道、镇、园、区政府各部门".split("、")

# task id -> (key words of the title, units exactly as the plan names them, clause)
EXPECTED_TASKS = {
    "qufu-transport-2023": {
        "T1": (["权力清单", "责任清单"], ["局综合法规科"], "二、（一）"),
        "T2": (["财政资金"], ["局财务科"], "二、（二）"),
        "T3": (["重大建设项目"], ["局规划建设管理科"], "二、（三）"),
        "T4": (["政策解读"], ["局办公室"], "二、（四）"),
        "T5": (["媒体", "信息发布"], ["市交通应急指挥中心", "局办公室"], "二、（五）"),
        "T6": (["依申请公开"], ["局办公室"], "二、（六）"),
        "T7": (["制度", "能力建设"], ["局机关各科室", "局属各单位"], "二、（七）"),
        "T8": (["政务新媒体"], ["局办公室", "局属各单位"], "二、（八）"),
        "R1": (["工作机制"], [], "三、（一）"),
        "R2": (["信息报送"], [], "三、（二）"),
        "R3": (["监督管理"], [], "三、（三）"),
    },
    "qingyunpu-division": {
        "T1": (["政务公开重点"], ALL, "一、"),
        "T2": (["负面清单"], ALL, "二、"),
        "T3": (["政策解读"], ALL, "三、"),
        "T4": (["平台发布"], ["区政府办公室"] + ALL, "四、"),
        "T5": (["舆情联动"], ["区政府办公室", "区委宣传部"], "五、"),
        "T6": (["舆情回应"], ["区政府办公室"] + ALL, "六、"),
        "T7": (["法律顾问"], ["区法制办", "区司法局"], "七、"),
        "T8": (["公众参与"], ALL, "八、"),
        "T9": (["平台建设管理"], ["区政府办公室", "区公安分局"] + ALL, "九、"),
        "T10": (["督查约谈"], ["区政府办公室"], "十、"),
        "T11": (["教育培训"], ["区政府办公室", "区人社局", "区委党校"], "十一、"),
        "T12": (["绩效考核"], ["区政府办公室"], "十二、"),
    },
    "chengguan-keypoints": {
        "T1": (["行政审批"], [], "一、（一）"),
        "T2": (["财政资金"], [], "一、（二）"),
        "T3": (["主动公开"], [], "二、（一）"),
        "T4": (["政策解读", "舆情回应"], [], "二、（二）"),
        "T5": (["依申请公开"], [], "二、（三）"),
        "T6": (["机构", "队伍"], [], "三、（一）"),
        "T7": (["工作机制"], [], "三、（二）"),
        "T8": (["监督考核"], [], "三、（三）"),
    },
    "shanghai-transport-2024": {
        "T1": (["重点领域"], ["委机关各处室", "委属各单位"], "一、"),
        "T2": (["政策全流程"], ["委机关各处室", "委属各单位"], "二、"),
        "T3": (["数字化转型"], ["委机关各处室", "委属各单位"], "三、"),
        "T4": (["政民互动", "公众参与"], ["委机关各处室", "委属各单位"], "四、"),
        "T5": (["工作基础"], ["委机关各处室", "委属各单位"], "五、"),
    },
}

# sample file, checklist, as-of date, the exact set of failing checks
SAMPLE_RUNS = [
    ("曲阜市交通运输局-2023-任务检查.xlsx", "qufu-transport-2023", dt.date(2024, 2, 29), {"T2.2", "T3.1", "T4.1"}),
    ("青云谱区-2023-任务检查.xlsx", "qingyunpu-division", dt.date(2024, 1, 31),
     {"T1.14", "T2.6", "T3.1", "B.non-disclosure-reason"}),
    ("某县城市管理局-2014-任务检查.xlsx", "chengguan-keypoints", dt.date(2015, 1, 31), {"T2.2", "T3.2", "T7.1", "T7.2"}),
    ("上海市交通委员会-2024-任务检查.xlsx", "shanghai-transport-2024", dt.date(2025, 1, 31), {"T1.12", "T2.2", "T3.1", "T3.2"}),
]


@pytest.fixture(autouse=True)
def _no_local_config(monkeypatch, tmp_path):
    """Run in an empty folder so no govopen.yaml of the developer's folder is picked up."""
    monkeypatch.chdir(tmp_path)


# --- the checklists ---------------------------------------------------------------------------------


@pytest.mark.parametrize("name", CHECKLISTS)
def test_tasks_titles_units_and_clauses(name):
    checklist = load_checklist(name)
    expected = EXPECTED_TASKS[name]
    assert [task.id for task in checklist.tasks] == ["B"] + list(expected)
    assert checklist.extends == "national-baseline"
    for task in checklist.tasks[1:]:
        words, units, clause = expected[task.id]
        for word in words:
            assert word in task.title, (task.id, task.title, word)
        assert list(task.units) == units, task.id
        assert task.source == clause, task.id
        assert task.check_ids, f"{task.id} has no checks"


def test_qufu_has_the_plans_eight_tasks_in_order():
    checklist = load_checklist("qufu-transport-2023")
    work = [task for task in checklist.tasks if task.id.startswith("T")]
    assert [task.id for task in work] == [f"T{n}" for n in range(1, 9)]
    assert [task.source for task in work] == [f"二、（{n}）" for n in "一二三四五六七八"]
    assert checklist.period == {"year": 2023}


def test_qingyunpu_has_twelve_tasks():
    checklist = load_checklist("qingyunpu-division")
    assert [task.id for task in checklist.tasks if task.id.startswith("T")] == [f"T{n}" for n in range(1, 13)]


def _plan_units(seed: str) -> list[list[str]]:
    text = (SEEDS / seed).read_text(encoding="utf-8")
    return [[unit.strip() for unit in re.split(r"[、,，]", found) if unit.strip()]
            for found in re.findall(r"责任单位[:：]([^)）]*)", text)]


@pytest.mark.skipif(not SEEDS.is_dir(), reason="seed documents not available")
@pytest.mark.parametrize("name, seed", [("qufu-transport-2023", "000_67c4d6fd101f4414.txt"),
                                        ("qingyunpu-division", "001_bcae74b379dc2559.txt")])
def test_units_are_the_plans_own_words(name, seed):
    """Every 责任单位 of the plan, split on 、 (and commas), in the order of its tasks."""
    checklist = load_checklist(name)
    tasks = [task for task in checklist.tasks if task.id.startswith("T")]
    assert [list(task.units) for task in tasks] == _plan_units(seed)


@pytest.mark.parametrize("name", CHECKLISTS)
def test_every_check_cites_its_clause_and_says_how_to_prove_it(name):
    checklist = load_checklist(name)
    for check in checklist.checks:
        assert check.source, f"{check.id} has no source"
        assert check.title and check.severity in ("error", "warning", "info")
        if check.id in BASELINE_IDS:
            continue
        assert check.task and check.id.startswith(check.task + "."), check.id
        assert CLAUSE.match(check.source), (check.id, check.source)
        task = checklist.task(check.task)
        part = task.source.split("、")[0]
        # A check cites a clause of its own task's part; the one exception is qufu's training check,
        # which comes from 一、总体要求 ("加强政务公开培训") and sits with T7 (能力建设).
        if (name, check.id) != ("qufu-transport-2023", "T7.7"):
            assert check.source.startswith(part + "、"), (check.id, check.source, task.source)
        assert check.remedy, f"{check.id} has no remedy"
        if check.rule is None:
            assert "佐证材料" in check.manual, f"{check.id}: manual guidance should name the evidence"


@pytest.mark.parametrize("name", CHECKLISTS)
def test_inherits_the_baseline_and_lists_what_is_not_checked(name):
    checklist = load_checklist(name)
    ids = {check.id for check in checklist.checks}
    dropped = {"B.non-disclosure-reason"} if name == "chengguan-keypoints" else set()
    assert BASELINE_IDS - dropped <= ids and not (dropped & ids)
    assert checklist.not_checked, "requirements without a check must be listed with the reason"
    for item in checklist.not_checked:
        assert set(item) == {"item", "reason"} and item["item"] and item["reason"]
    assert checklist.next_steps


@pytest.mark.parametrize("name", CHECKLISTS)
def test_user_text_is_simplified_chinese(name):
    checklist = load_checklist(name)
    texts = [checklist.title]
    for task in checklist.tasks:
        texts.append(task.title)
    for check in checklist.checks:
        texts += [check.title, check.manual or "", check.remedy or "", check.source or ""]
    for item in checklist.not_checked:
        texts += list(item.values())
    texts += list(checklist.next_steps)
    for text in texts:
        assert to_simplified(text) == text, text


AUTOMATIC_LEDGER_CHECKS = {
    "qufu-transport-2023": {"T5.1": ("emergency-release", {"hours": 6}), "T5.2": ("emergency-release", {}),
                            "T6.3": ("application-deadline", {"days": 20}), "T6.6": ("application-category", {})},
    "qingyunpu-division": {"T6.1": ("emergency-release", {"hours": 5}), "T6.2": ("emergency-release", {})},
    "chengguan-keypoints": {"T5.5": ("application-deadline", {"days": 15, "extension_days": 15}),
                            "T5.6": ("application-category", {})},
    "shanghai-transport-2024": {"T5.9": ("application-deadline", {}), "T5.10": ("application-category", {})},
}


def test_application_and_emergency_duties_are_automatic_checks():
    for name, checks in AUTOMATIC_LEDGER_CHECKS.items():
        checklist = load_checklist(name)
        for check_id, (rule, params) in checks.items():
            check_ = checklist.check(check_id)
            assert check_.rule == rule, (name, check_id)
            assert all(check_.params[key] == value for key, value in params.items()), (name, check_id)
        assert not any("尚不支持" in item["reason"] for item in checklist.not_checked), name


def test_checklist_show_lists_the_eight_tasks_with_units_and_sources():
    done = subprocess.run([sys.executable, "-m", "govopen_cli", "checklist", "show", "qufu-transport-2023", "--wide"],
                          capture_output=True, text=True, encoding="utf-8", cwd=ROOT)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    for task_id, (words, units, clause) in EXPECTED_TASKS["qufu-transport-2023"].items():
        if not task_id.startswith("T"):
            continue
        line = next(line for line in lines if line.startswith(task_id + " "))
        assert words[0] in line and "、".join(units) in line and clause in line, line


# --- the sample catalogs ----------------------------------------------------------------------------


def _failing(result) -> set[str]:
    return {item.id for item in result.checks if item.status in ("fail", "error")}


@pytest.mark.parametrize("name, checklist, as_of, failing", SAMPLE_RUNS, ids=[run[1] for run in SAMPLE_RUNS])
def test_sample_fails_exactly_the_documented_checks(name, checklist, as_of, failing):
    result = run_check(CheckRequest(paths=[str(SAMPLES / name)], checklist=checklist, as_of=as_of))
    assert _failing(result) == failing, [(f.check, f.row, f.message) for f in result.findings]
    assert not [item.id for item in result.checks if item.status == "error"]
    # Checks on the application ledger and the emergency record are n/a for a catalog alone.
    assert {item.id for item in result.checks if item.status == "n/a"} == set(AUTOMATIC_LEDGER_CHECKS[checklist])
    statuses = {task.id: task.status for task in result.tasks}
    failed_tasks = {check_id.split(".")[0] for check_id in failing}
    for task_id, status in statuses.items():
        assert (status == "fail") == (task_id in failed_tasks), (task_id, status)
    # Some automatic task checks pass as well: the samples exercise both outcomes.
    passed = {item.id for item in result.checks if item.status == "pass" and item.rule and item.id[0] != "B"}
    assert len(passed) >= 3


def test_samples_are_listed_in_the_readme():
    text = (SAMPLES / "README.md").read_text(encoding="utf-8")
    for name, checklist, as_of, failing in SAMPLE_RUNS:
        assert name in text and checklist in text and as_of.isoformat() in text
        for check_id in failing:
            assert f"`{check_id}`" in text


def _sheet_values(path: Path) -> list:
    import python_calamine

    workbook = python_calamine.CalamineWorkbook.from_path(str(path))
    return [workbook.get_sheet_by_name(name).to_python(skip_empty_area=False) for name in workbook.sheet_names]


def test_samples_are_up_to_date(tmp_path):
    spec = importlib.util.spec_from_file_location("make_seed_samples", SAMPLES / "make_samples.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the file runs
    try:
        spec.loader.exec_module(module)
        samples = module.generate(str(tmp_path / "out"))
    finally:
        sys.modules.pop(spec.name, None)
    assert (tmp_path / "out" / "README.md").read_bytes() == (SAMPLES / "README.md").read_bytes(), \
        "README.md is stale: run samples/checklists/make_samples.py"
    assert {(s.file, s.checklist, s.as_of, frozenset(s.failing)) for s in samples} == \
        {(name, checklist, as_of, frozenset(failing)) for name, checklist, as_of, failing in SAMPLE_RUNS}
    for sample in samples:
        assert _sheet_values(tmp_path / "out" / sample.file) == _sheet_values(SAMPLES / sample.file), \
            f"{sample.file} is stale: run samples/checklists/make_samples.py"


# --- a 曲阜 catalog built here: missing or late items fail their task, the rest do not -----------------

QF_PREFIX = "11370881004341590W"


def _qufu_rows(drop: set[str] = frozenset(), late: dict[str, int] | None = None) -> list[dict]:
    """A minimal 2023 catalog with every item the automatic task checks look for, keyed by role."""
    late = late or {}
    items = {
        "权责清单": ("曲阜市交通运输局权责清单", dt.date(2023, 4, 10)),
        "预算": ("曲阜市交通运输局2023年部门预算", dt.date(2023, 2, 10)),
        "三公": ("曲阜市交通运输局2023年“三公”经费预算情况说明", dt.date(2023, 2, 10)),
        "决算": ("曲阜市交通运输局2022年部门决算", dt.date(2023, 8, 16)),
        "基本情况": ("2023年重大交通项目基本情况", dt.date(2023, 2, 15)),
        "文件": ("曲阜市交通运输局关于印发《曲阜市农村公路养护管理办法》的通知", dt.date(2023, 3, 10)),
        "解读": ("《曲阜市农村公路养护管理办法》政策解读", dt.date(2023, 3, 10)),
        "年报": ("曲阜市交通运输局2023年政府信息公开工作年度报告", dt.date(2024, 1, 19)),
    }
    for month in range(1, 13):
        items[f"进展{month}"] = (f"2023年{month}月重大项目进展情况", dt.date(2023, month, 20))
    rows = []
    for key, (title, published) in items.items():
        if key in drop:
            continue
        published += dt.timedelta(days=late.get(key, 0))
        generated = published - dt.timedelta(days=1)
        rows.append({"信息名称": title, "内容概述": f"{title}。", "发布机构": "曲阜市交通运输局",
                     "生成日期": generated.isoformat(), "发布日期": published.isoformat(), "公开方式": "主动公开"})
    for serial, row in enumerate(sorted(rows, key=lambda row: row["发布日期"]), start=1):
        row["索引号"] = f"{QF_PREFIX}/{row['生成日期'][:4]}-{serial:05d}"
    return rows


def _run_qufu(tmp_path: Path, rows: list[dict], as_of: dt.date):
    path = tmp_path / "曲阜市交通运输局-目录.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["索引号", "信息名称", "内容概述", "发布机构", "生成日期", "发布日期", "公开方式"])
        writer.writeheader()
        writer.writerows(rows)
    return run_check(CheckRequest(paths=[str(path)], checklist="qufu-transport-2023", as_of=as_of))


@pytest.mark.parametrize("drop, late, as_of, failing", [
    (set(), {}, dt.date(2024, 2, 29), set()),
    ({"权责清单"}, {}, dt.date(2024, 2, 29), {"T1.1", "T1.2"}),
    ({"三公"}, {}, dt.date(2024, 2, 29), {"T2.2"}),
    ({"预算", "三公"}, {}, dt.date(2024, 2, 29), {"T2.1", "T2.2"}),
    ({"决算"}, {}, dt.date(2024, 2, 29), {"T2.3"}),
    ({"进展6"}, {}, dt.date(2024, 2, 29), {"T3.1"}),
    ({"基本情况"}, {}, dt.date(2024, 2, 29), {"T3.2"}),
    ({"解读"}, {}, dt.date(2024, 2, 29), {"T4.1"}),
    (set(), {"解读": 5}, dt.date(2024, 2, 29), {"T4.1"}),
    (set(), {"年报": 18}, dt.date(2024, 2, 29), {"T7.1"}),
    ({"年报"}, {}, dt.date(2024, 2, 1), {"T7.1"}),
    ({"年报"}, {}, dt.date(2024, 1, 31), {"T7.1"}),  # due today and not found: a failure, not a pass
    ({"年报"}, {}, dt.date(2024, 1, 30), set()),  # not due yet: n/a (期限未到)
], ids=["complete", "no-权责清单", "no-三公", "no-预算", "no-决算", "gap-June", "no-基本情况", "no-解读",
        "解读-late", "年报-late", "年报-missing", "年报-deadline-day", "年报-not-yet-due"])
def test_unseen_qufu_catalog(tmp_path, drop, late, as_of, failing):
    result = _run_qufu(tmp_path, _qufu_rows(drop, late), as_of)
    assert _failing(result) == failing, [(f.check, f.message) for f in result.findings]
    statuses = {task.id: task.status for task in result.tasks}
    failed_tasks = {check_id.split(".")[0] for check_id in failing}
    assert {task for task, status in statuses.items() if status == "fail"} == failed_tasks
