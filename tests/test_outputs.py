"""Outputs never harm the user's files (govopen_cli.outputs): an output that is an input of the run
is refused with exit 2 in every command that writes (symbolic and hard links too); the rolling
baseline is allowed; all outputs of a run are written or none; unwritable outputs exit 2."""
from __future__ import annotations

import errno
import os
import shutil
from pathlib import Path

import pytest

from tests.helpers import sha256
from tests.test_cli import BAD_ROWS, CHECKLIST, catalog

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
PLAN = ROOT / "tests" / "data" / "plans" / "prose-plan.txt"
AS_OF = "2024-01-31"


@pytest.fixture
def files(tmp_path):
    """A catalog, a checklist, answers, waivers and a config file: every kind of input of `check`."""
    data = catalog(tmp_path / "目录.xlsx", BAD_ROWS)
    checklist = tmp_path / "清单.yaml"
    checklist.write_text(CHECKLIST, encoding="utf-8")
    answers = tmp_path / "答复.yaml"
    answers.write_text("{}\n", encoding="utf-8")
    waivers = tmp_path / "豁免.yaml"
    waivers.write_text("{}\n", encoding="utf-8")
    config = tmp_path / "配置.yaml"
    config.write_text("agency: {name: 某局}\n", encoding="utf-8")
    return {"data": Path(data), "checklist": checklist, "answers": answers, "waivers": waivers, "config": config}


def check_args(files, *extra):
    return ["check", files["data"], "-c", files["checklist"], "--answers", files["answers"],
            "--waivers", files["waivers"], "--config", files["config"], "--as-of", AS_OF, *extra]


def leftovers(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.rglob(".govopen-*"))


def assert_refused(outcome, digests, files, fragment="就是本次读取的"):
    assert outcome.code == 2, outcome.err
    assert fragment in outcome.err and "Traceback" not in outcome.err
    assert {name: sha256(path) for name, path in files.items()} == digests


OPTIONS = [("-o", None), ("--output-json", None), ("--output-junit", None), ("--output-sarif", None),
           ("--output-github", None), ("--output-table", None), ("--docx", ".docx"), ("--xlsx", ".xlsx")]


@pytest.mark.parametrize("role", ["data", "checklist", "answers", "waivers", "config"])
@pytest.mark.parametrize("option,suffix", OPTIONS)
def test_check_refuses_every_output_onto_every_input(cli, tmp_path, files, role, option, suffix):
    digests = {name: sha256(path) for name, path in files.items()}
    target = files[role]
    if suffix:  # --docx/--xlsx must end in their suffix: reach the input through a link so named
        link = tmp_path / f"链接{suffix}"
        link.symlink_to(target)
        target = link
    outcome = cli(*check_args(files, option, target))
    assert_refused(outcome, digests, files)
    assert leftovers(tmp_path) == []


def test_check_refuses_a_symbolic_link_to_the_input(cli, tmp_path, files):
    digests = {name: sha256(path) for name, path in files.items()}
    link = tmp_path / "报告.xlsx"
    link.symlink_to(files["data"])
    outcome = cli(*check_args(files, "--xlsx", link))
    assert_refused(outcome, digests, files)
    assert f"{link}：--xlsx 指定的输出文件就是本次读取的被检查的文件" in outcome.err
    assert link.is_symlink()


def test_check_refuses_a_hard_link_to_the_input(cli, tmp_path, files):
    digests = {name: sha256(path) for name, path in files.items()}
    twin = tmp_path / "另一个名字.xlsx"
    os.link(files["data"], twin)
    for option in ("--xlsx", "-o", "--output-json"):
        outcome = cli(*check_args(files, option, twin))
        assert_refused(outcome, digests, files)
    assert sha256(twin) == digests["data"]


def test_check_refuses_a_file_of_a_checked_folder(cli, tmp_path, files):
    folder = tmp_path / "各部门"
    folder.mkdir()
    inside = Path(catalog(folder / "甲局.xlsx", BAD_ROWS))
    before = sha256(inside)
    outcome = cli("check", folder, "-c", files["checklist"], "--as-of", AS_OF, "--format", "json", "-o", inside)
    assert outcome.code == 2 and "被检查的文件" in outcome.err
    assert sha256(inside) == before


def test_check_refuses_the_baseline_as_another_format(cli, tmp_path, files):
    old = tmp_path / "上次.json"
    first = cli("check", files["data"], "-c", files["checklist"], "--as-of", AS_OF, "--format", "json", "-o", old)
    assert first.code == 1
    before = sha256(old)
    outcome = cli("check", files["data"], "-c", files["checklist"], "--as-of", AS_OF, "--baseline", old,
                  "--output-sarif", old)
    assert outcome.code == 2 and "--baseline 旧结果" in outcome.err
    assert sha256(old) == before


def test_rolling_baseline_rewrites_its_own_json(cli, tmp_path, files):
    import json

    rolling = tmp_path / "基线.json"
    args = ["check", files["data"], "-c", files["checklist"], "--as-of", AS_OF, "--format", "json", "-o", rolling]
    assert cli(*args).code == 1
    first = json.loads(rolling.read_text(encoding="utf-8"))
    assert "baseline" not in first["summary"]
    for _ in range(2):
        outcome = cli(*args, "--baseline", rolling)
        assert outcome.code == 1, outcome.err
        data = json.loads(rolling.read_text(encoding="utf-8"))
        assert data["summary"]["baseline"] == {"new": 0, "persisting": 4, "fixed": 0}
    again = cli("check", files["data"], "-c", files["checklist"], "--as-of", AS_OF, "--baseline", rolling,
                "--output-json", rolling)
    assert again.code == 1, again.err
    assert leftovers(tmp_path) == []


def test_two_outputs_onto_one_file_are_refused(cli, tmp_path, files):
    target = tmp_path / "结果.json"
    outcome = cli("check", files["data"], "-c", files["checklist"], "--as-of", AS_OF, "--format", "json",
                  "-o", target, "--output-json", target)
    assert outcome.code == 2 and "指向同一个文件" in outcome.err
    assert not target.exists()


def test_report_refuses_its_result_json(cli, tmp_path, files):
    result = tmp_path / "结果.json"
    assert cli("check", files["data"], "-c", files["checklist"], "--as-of", AS_OF, "--format", "json",
               "-o", result).code == 1
    before = sha256(result)
    for option, suffix in (("--docx", ".docx"), ("--xlsx", ".xlsx")):
        link = tmp_path / f"报告{suffix}"
        link.symlink_to(result)
        outcome = cli("report", result, option, link)
        assert outcome.code == 2 and "就是本次读取的检查结果" in outcome.err
        assert sha256(result) == before
        link.unlink()


def test_annual_report_refuses_its_inputs(cli, tmp_path):
    ledger = tmp_path / "台账.xlsx"
    figures = tmp_path / "补充数据.yaml"
    shutil.copy(SAMPLES / "依申请公开台账-2023.xlsx", ledger)
    shutil.copy(SAMPLES / "年度报告补充数据-2023.yaml", figures)
    digests = {"ledger": sha256(ledger), "figures": sha256(figures)}
    outcome = cli("annual-report", "--applications", ledger, "--figures", figures, "--docx", tmp_path / "年报.docx",
                  "--xlsx", ledger)
    assert outcome.code == 2 and "就是本次读取的依申请公开台账" in outcome.err
    link = tmp_path / "年报.docx"
    link.symlink_to(figures)
    outcome = cli("annual-report", "--applications", ledger, "--figures", figures, "--docx", link)
    assert outcome.code == 2 and "就是本次读取的补充数据" in outcome.err
    assert {"ledger": sha256(ledger), "figures": sha256(figures)} == digests
    assert leftovers(tmp_path) == []


def test_checklist_extract_refuses_its_plan_even_with_force(cli, tmp_path):
    plan = tmp_path / "工作要点.txt"
    shutil.copy(PLAN, plan)
    before = sha256(plan)
    outcome = cli("checklist", "extract", plan, "-o", plan, "--force")
    assert outcome.code == 2 and "就是本次读取的工作方案" in outcome.err
    assert sha256(plan) == before


def test_template_and_init_refuse_a_missing_or_read_only_folder(cli, tmp_path, monkeypatch):
    outcome = cli("template", "-o", tmp_path / "无" / "模板.xlsx")
    assert outcome.code == 2 and "所在文件夹不存在" in outcome.err
    outcome = cli("init", tmp_path / "无" / "govopen.yaml")
    assert outcome.code == 2 and "所在文件夹不存在" in outcome.err
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda path, mode: False if mode == os.W_OK else real_access(path, mode))
    outcome = cli("template", "-o", tmp_path / "模板.xlsx")
    assert outcome.code == 2 and "所在文件夹只读" in outcome.err
    assert not (tmp_path / "模板.xlsx").exists()


# --- all or nothing -----------------------------------------------------------------------------


@pytest.fixture
def three(tmp_path):
    """Three outputs of one run: two hold an earlier run's bytes, one does not exist yet."""
    targets = {"--output-json": tmp_path / "结果.json", "--output-junit": tmp_path / "结果.xml",
               "--output-sarif": tmp_path / "结果.sarif"}
    targets["--output-json"].write_bytes(b"old json")
    targets["--output-sarif"].write_bytes(b"old sarif")
    return targets


def assert_untouched(three):
    assert three["--output-json"].read_bytes() == b"old json"
    assert three["--output-sarif"].read_bytes() == b"old sarif"
    assert not three["--output-junit"].exists()


def three_args(files, three):
    return ["check", files["data"], "-c", files["checklist"], "--as-of", AS_OF,
            *[part for option, path in three.items() for part in (option, path)]]


def test_second_output_failing_while_written_leaves_every_target_as_it_was(cli, tmp_path, files, three, monkeypatch):
    from govopen_cli.writers import atomic

    real = atomic.stage
    calls = []

    def full_disk(path, produce):
        def write(temp):
            calls.append(temp)
            if len(calls) == 2:
                with open(temp, "w", encoding="utf-8") as handle:
                    handle.write("{\n  \"sch")
                raise OSError(errno.ENOSPC, "No space left on device")
            produce(temp)
        return real(path, write)

    monkeypatch.setattr(atomic, "stage", full_disk)
    outcome = cli(*three_args(files, three))
    assert outcome.code == 2 and "磁盘空间不足" in outcome.err
    assert len(calls) == 2
    assert_untouched(three)
    assert leftovers(tmp_path) == []


def test_second_output_failing_at_the_final_move_puts_the_first_back(cli, tmp_path, files, three, monkeypatch):
    real = os.replace
    moves = []

    def replace(source, destination):
        name = os.path.basename(str(source))
        if name.startswith(".govopen-") and not name.endswith(".bak"):  # a temp moved to its target
            moves.append(destination)
            if len(moves) == 2:
                raise PermissionError(errno.EACCES, "Permission denied")
        return real(source, destination)

    monkeypatch.setattr(os, "replace", replace)
    outcome = cli(*three_args(files, three))
    assert outcome.code == 2 and "无法写入" in outcome.err
    assert len(moves) == 2
    assert_untouched(three)
    assert leftovers(tmp_path) == []


@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")  # openpyxl's abandoned sheet writers
def test_ctrl_c_while_writing_leaves_no_temporary_file(cli, tmp_path, files, three, monkeypatch):
    import tempfile

    from govopen_cli.writers import xlsx as xlsx_writer

    real = xlsx_writer.build

    def interrupted(*args, **kwargs):
        workbook = real(*args, **kwargs)  # openpyxl's sheets now wait in temporary files

        def save(stream):
            raise KeyboardInterrupt
        workbook.save = save
        return workbook

    private = tmp_path / "系统临时文件夹"  # not the shared /tmp, where other runs come and go
    private.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(private))
    monkeypatch.setattr(xlsx_writer, "build", interrupted)
    outcome = cli(*three_args(files, three), "--xlsx", tmp_path / "自查.xlsx")
    assert outcome.code == 2 and "已中断" in outcome.err
    assert_untouched(three)
    assert not (tmp_path / "自查.xlsx").exists()
    assert leftovers(tmp_path) == []
    assert os.listdir(private) == []
    import gc
    gc.collect()  # openpyxl's abandoned sheet writers complain here, inside the filter, not in a later test


def test_full_disk_while_writing_a_report_exits_2(cli, tmp_path, files, monkeypatch):
    import io

    target = tmp_path / "自查.docx"
    target.write_bytes(b"old")
    real_open = open

    class FullDisk(io.RawIOBase):
        def writable(self):
            return True

        def write(self, data):
            raise OSError(errno.ENOSPC, "No space left on device")

    def fake_open(path, mode="r", *args, **kwargs):
        if "w" in mode and os.path.basename(str(path)).startswith(".govopen-"):
            return FullDisk()
        return real_open(path, mode, *args, **kwargs)

    monkeypatch.setattr("builtins.open", fake_open)
    outcome = cli("check", files["data"], "-c", files["checklist"], "--as-of", AS_OF, "--docx", target)
    assert outcome.code == 2 and f"{target}：写入失败，磁盘空间不足" in outcome.err
    assert target.read_bytes() == b"old"
    assert leftovers(tmp_path) == []


# --- control characters ---------------------------------------------------------------------------

CONTROLS = "".join(chr(code) for code in range(0x00, 0x20)) + "\x7f\x9b"  # NUL … U+001F, DEL, C1 CSI
HOSTILE = "2023年\x1b]0;被改的窗口标题\x07\x1b[2J\x1b[31m" + CONTROLS  # retitle, bell, clear screen, red
RAW_CONTROL = "[\x00-\x08\x0b-\x1f\x7f-\x9f]"
SARIF_SCHEMA = ROOT / "tests" / "data" / "schemas" / "sarif-schema-2.1.0.json"


def test_control_characters_never_reach_the_terminal_or_break_a_format(cli, tmp_path):
    """A JSON Lines export (constructed) whose 信息名称 and 生成日期 cells hold every C0 control
    character, DEL and a C1 CSI, as a hostile or mis-decoded export could."""
    import json
    import re
    import xml.etree.ElementTree as ET

    rows = [{"索引号": "A-1", "信息名称": "标题" + HOSTILE, "内容概述": "概述", "发布机构": "某局",
             "生成日期": HOSTILE, "发布日期": "2023-05-06"},
            {"索引号": "A-1", "信息名称": "标题二", "内容概述": "概述", "发布机构": "某局",
             "生成日期": "2023-05-01", "发布日期": "2023-05-06"}]
    data = tmp_path / "目录.jsonl"
    data.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")
    out = {fmt: tmp_path / f"结果.{fmt}" for fmt in ("json", "junit", "sarif", "github", "table")}
    outcome = cli("check", data, "--as-of", AS_OF, *[part for fmt, path in out.items()
                                                    for part in (f"--output-{fmt}", path)])
    assert outcome.code == 1, outcome.err
    raw = re.compile(RAW_CONTROL)
    assert "␛]0;被改的窗口标题␇␛[2J" in outcome.out  # shown, as visible symbols
    for text in (outcome.out, outcome.err, out["table"].read_text(encoding="utf-8"),
                 out["github"].read_text(encoding="utf-8")):
        assert not raw.search(text)
    result = json.loads(out["json"].read_text(encoding="utf-8"))
    assert HOSTILE in [finding["value"] for finding in result["findings"]]  # JSON keeps the exact value
    assert not raw.search(out["json"].read_text(encoding="utf-8"))
    junit = ET.parse(out["junit"]).getroot()  # well-formed although XML 1.0 forbids these characters
    assert "␛]0;被改的窗口标题␇" in ET.tostring(junit, encoding="unicode")
    sarif = json.loads(out["sarif"].read_text(encoding="utf-8"))
    assert not raw.search(out["sarif"].read_text(encoding="utf-8"))
    jsonschema = pytest.importorskip("jsonschema")
    jsonschema.validate(sarif, json.loads(SARIF_SCHEMA.read_text(encoding="utf-8")))
    # The same on stdout, format by format.
    for fmt in ("json", "sarif", "junit", "github"):
        streamed = cli("check", data, "--as-of", AS_OF, "--format", fmt)
        assert streamed.code == 1 and not raw.search(streamed.out), fmt


def test_error_messages_show_control_characters_as_symbols(cli, tmp_path):
    outcome = cli("check", tmp_path / "目录\x1b[2J\x07.xlsx")
    assert outcome.code == 2
    assert "目录␛[2J␇.xlsx" in outcome.err and "\x1b" not in outcome.err


def test_a_device_output_is_written_in_place(govopen_process, files, tmp_path):
    import json

    outcome = govopen_process("check", files["data"], "-c", files["checklist"], "--as-of", AS_OF, "--format", "json",
                              "-o", "/dev/stdout", "--output-junit", "/dev/null")
    assert outcome.code == 1, outcome.err
    assert json.loads(outcome.out)["schema"] == "govopen.result/1"
    assert os.path.exists("/dev/null") and not os.path.isfile("/dev/null")
    assert leftovers(tmp_path) == []


def test_the_checklist_a_checklist_extends_is_an_input_too(cli, tmp_path, files):
    parent = files["checklist"]
    child = tmp_path / "本局清单.yaml"
    child.write_text(f"id: child\ntitle: 本局清单\nextends: {parent.name}\n", encoding="utf-8")
    before = sha256(parent)
    outcome = cli("check", files["data"], "-c", child, "--as-of", AS_OF, "--output-json", parent)
    assert outcome.code == 2 and f"就是本次读取的检查清单（{parent}）" in outcome.err
    assert sha256(parent) == before


def test_another_spelling_of_the_input_on_a_case_insensitive_file_system(cli, tmp_path, files, monkeypatch):
    """Linux here is case-sensitive: os.stat answers as NTFS or APFS would, one file for 目录.XLSX and
    目录.xlsx. The comparison is by file identity, not by the name as typed."""
    real_stat = os.stat
    shouting = str(files["data"]).replace(".xlsx", ".XLSX")

    def case_insensitive_stat(path, *args, **kwargs):
        return real_stat(str(files["data"]) if str(path) == shouting else path, *args, **kwargs)

    monkeypatch.setattr(os, "stat", case_insensitive_stat)
    before = sha256(files["data"])
    outcome = cli(*check_args(files, "--output-json", shouting))
    assert outcome.code == 2 and "就是本次读取的被检查的文件" in outcome.err
    assert sha256(files["data"]) == before and not os.path.lexists(shouting)


def test_the_checklist_named_in_govopen_yaml_is_an_input(cli, tmp_path, files):
    (tmp_path / "govopen.yaml").write_text(f"checklist: {files['checklist'].name}\n", encoding="utf-8")
    before = sha256(files["checklist"])
    outcome = cli("check", files["data"], "--as-of", AS_OF, "-o", files["checklist"])
    assert outcome.code == 2 and "就是本次读取的检查清单" in outcome.err
    assert sha256(files["checklist"]) == before
