"""The one way a command writes files: plan every output, protect every input, write all or nothing.

    plan = Outputs()
    plan.input(path, "被检查的文件")            # everything the run reads
    plan.output(path, "--xlsx", may_replace=ANSWERS)
    plan.verify()                               # before anything is read: exit 2 on a conflict
    with plan:                                  # temporary files removed on every way out
        plan.write_text(json_path, text) ...    # staged beside the target
        plan.commit()                           # moved into place together

An output is refused (exit 2, Chinese message) when it is the same file as an input of the run —
compared by device and inode, so a symbolic link, a hard link or another spelling of the name on
a case-insensitive file system is caught — when two outputs name one file, or when its folder is
missing or read-only. Two inputs may be replaced, as DESIGN §2 allows: the --baseline JSON by the
run's own JSON output (a rolling baseline), and the --answers workbook by --xlsx (the round trip
that keeps every cell the officer filled).
"""
from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from typing import Callable

from govopen_cli.errors import OutputError, UsageError
from govopen_cli.writers import atomic

BASELINE = "--baseline 旧结果"
ANSWERS = "人工核查结论文件"


@dataclass
class Planned:
    path: str
    option: str
    suffix: str | None = None
    may_replace: tuple[str, ...] = ()  # roles of inputs this output may be (DESIGN §2 exceptions)


@dataclass
class Outputs:
    inputs: list[tuple[str, str]] = field(default_factory=list)  # (path, role as the message names it)
    planned: list[Planned] = field(default_factory=list)
    staged: list[atomic.Staged] = field(default_factory=list)
    _openpyxl_before: set[str] = field(default_factory=set)

    # --- planning ---------------------------------------------------------------------------------

    def input(self, path: str | None, role: str) -> None:
        if path:
            self.inputs.append((str(path), role))

    def output(self, path: str | None, option: str, suffix: str | None = None,
               may_replace: tuple[str, ...] = ()) -> None:
        if path:
            self.planned.append(Planned(str(path), option, suffix, may_replace))

    def verify(self) -> None:
        """Refuse, before any work, every output that would harm an input or cannot be written."""
        for number, out in enumerate(self.planned):
            if out.suffix and not out.path.lower().endswith(out.suffix):
                raise UsageError(f"{out.option} {out.path}：文件名应以 {out.suffix} 结尾")
            if os.path.isdir(out.path):
                raise OutputError(f"{out.path}：这是一个文件夹，不能作为{out.option}的输出文件")
            target = atomic.target_of(out.path)
            folder = os.path.dirname(os.path.abspath(target))
            if not os.path.isdir(folder):
                raise OutputError(f"{out.path}：所在文件夹不存在：{folder}")
            if not atomic.is_device(target) and not os.access(folder, os.W_OK):
                raise OutputError(f"{out.path}：所在文件夹只读，无法写入：{folder}")
            for path, role in self.inputs:
                if role not in out.may_replace and same_file(out.path, path):
                    raise OutputError(
                        f"{out.path}：{out.option} 指定的输出文件就是本次读取的{role}（{path}），"
                        "写出会覆盖它，已停止，未作任何修改；请换一个输出文件名")
            for other in self.planned[:number]:
                if same_file(out.path, other.path) and not atomic.is_device(target):
                    raise UsageError(f"{other.option} 和 {out.option} 指向同一个文件 {out.path}，请分别指定不同的文件")

    def replaces(self, option: str, role: str) -> str | None:
        """The input of `role` that output `option` is (a permitted round trip), else None."""
        out = next((item for item in self.planned if item.option == option), None)
        if out is None:
            return None
        return next((path for path, kind in self.inputs if kind == role and same_file(out.path, path)), None)

    def refuse_filled_workbook(self, option: str, force: bool) -> None:
        """An output onto a self-inspection workbook that holds the officer's entries (人工核查,
        整改台账) is refused unless the round trip keeps them (--answers names it) or --force."""
        from govopen_cli.writers import officer_cells

        out = next((item for item in self.planned if item.option == option), None)
        if out is None or force or self.replaces(option, ANSWERS) or not os.path.isfile(out.path):
            return
        cells = officer_cells.read(out.path)
        where = cells.filled() if cells else None
        if where:
            raise OutputError(
                f"{out.path}：这是已填写过的自查工作簿（{where}），重新生成会丢失人工核查结论或整改台账中填写的内容，"
                f"已停止，未作任何修改。请加 --answers {out.path} 保留这些内容后重新生成，或加 --force 覆盖")

    # --- writing ------------------------------------------------------------------------------------

    def write_text(self, path: str, text: str) -> None:
        self.stage(path, atomic.text_producer(text))

    def write_bytes(self, path: str, data: bytes) -> None:
        self.stage(path, atomic.bytes_producer(data))

    def write_document(self, path: str, document) -> None:
        """A python-docx Document or openpyxl Workbook, with bytes independent of clock and zone."""
        self.stage(path, atomic.document_producer(document))

    def stage(self, path: str, produce: Callable[[str], None]) -> None:
        if not any(item.path == path for item in self.planned):
            raise AssertionError(f"output {path} was not planned")  # a bug: every output is verified first
        self.staged.append(atomic.stage(path, produce))

    def commit(self) -> None:
        atomic.commit(self.staged)
        self.staged = []

    def __enter__(self) -> Outputs:
        self._openpyxl_before = set(_openpyxl_temp_files())
        return self

    def __exit__(self, *exc) -> None:
        atomic.discard(self.staged)
        self.staged = []
        # openpyxl's write-only sheets live in temporary files until saved; an error or Ctrl-C in
        # between leaves them, and the CLI's fast exit skips openpyxl's own clean-up at exit.
        for path in set(_openpyxl_temp_files()) - self._openpyxl_before:
            if os.path.exists(path):
                try:
                    os.remove(path)
                except OSError:
                    pass


def _openpyxl_temp_files() -> list[str]:
    writer = sys.modules.get("openpyxl.worksheet._writer")  # never imported just for this
    return list(getattr(writer, "ALL_TEMP_FILES", []))


def same_file(first: str, second: str) -> bool:
    """Whether two paths name one file: links followed, hard links and case-insensitive names
    included (same device and inode); by the resolved name where a file does not exist yet."""
    try:
        one, two = os.stat(first), os.stat(second)
    except OSError:
        return _key(first) == _key(second)
    if one.st_ino and two.st_ino:
        return (one.st_dev, one.st_ino) == (two.st_dev, two.st_ino)
    return _key(first) == _key(second)


def _key(path: str) -> str:
    return os.path.normcase(os.path.realpath(path))


# --- the plans of the commands that write --------------------------------------------------------


def _checklist_files(name: str | None) -> list[str]:
    """A checklist file and every file its `extends` chain names (each one is read by the run)."""
    from govopen_cli.checklist.load import resolve
    from govopen_cli.errors import GovopenError

    files: list[str] = []
    relative_to = None
    while name:
        try:
            path = resolve(str(name), relative_to)
        except GovopenError:
            break  # the loader says what is wrong, with the line
        if any(same_file(path, seen) for seen in files):
            break
        files.append(path)
        name, relative_to = _extends(path), path
    return files


def _checklist_named(checklist: str | None, config_path: str | None) -> str | None:
    """The checklist a run uses: the option, else govopen.yaml's `checklist`."""
    if checklist:
        return checklist
    from govopen_cli.config import load_config

    return load_config(config_path).checklist


def _extends(path: str) -> str | None:
    """The `extends` of a checklist file; None when it cannot be read (the loader then says why,
    with the line, and refuses hostile YAML within its limits)."""
    from govopen_cli.checklist.load import read_yaml_file
    from govopen_cli.errors import GovopenError

    try:
        data = read_yaml_file(path)
    except (GovopenError, RecursionError, MemoryError):
        return None
    return str(data["extends"]) if isinstance(data, dict) and data.get("extends") else None


def _config_file(config_path: str | None) -> str | None:
    from govopen_cli.labels import CONFIG_NAME

    return config_path or (CONFIG_NAME if os.path.isfile(CONFIG_NAME) else None)


def for_check(paths: list[str], pattern: str | None, checklist: str | None, answers_path: str | None,
              waivers_path: str | None, config_path: str | None, baseline_path: str | None,
              output: str | None, output_format: str, outputs: dict[str, str | None],
              docx_path: str | None, xlsx_path: str | None, force: bool = False) -> Outputs:
    from govopen_cli.batch import expand_paths

    plan = Outputs()
    files, _ = expand_paths(list(paths), pattern)
    for path in files:
        plan.input(path, "被检查的文件")
    for path in _checklist_files(_checklist_named(checklist, config_path)):
        plan.input(path, "检查清单")
    plan.input(answers_path, ANSWERS)
    plan.input(waivers_path, "豁免清单")
    plan.input(_config_file(config_path), "配置文件")
    plan.input(baseline_path, BASELINE)
    for name, path in sorted(outputs.items()):
        fmt = name.removeprefix("output_")
        plan.output(path, f"--output-{fmt}", may_replace=(BASELINE,) if fmt == "json" else ())
    plan.output(output, "-o", may_replace=(BASELINE,) if output_format == "json" else ())
    plan.output(docx_path, "--docx", ".docx")
    answers_workbook = bool(answers_path) and answers_path.lower().endswith((".xlsx", ".xlsm"))
    plan.output(xlsx_path, "--xlsx", ".xlsx", may_replace=(ANSWERS,) if answers_workbook else ())
    plan.verify()
    plan.refuse_filled_workbook("--xlsx", force)
    return plan


def kept_cells(answers_path: str | None):
    """The officer's cells of a workbook given to --answers, for the workbook written next."""
    from govopen_cli.writers import officer_cells

    if not answers_path or not answers_path.lower().endswith((".xlsx", ".xlsm")):
        return None
    return officer_cells.read(answers_path)


def for_report(result_path: str, checklist: str | None, config_path: str | None,
               docx_path: str | None, xlsx_path: str | None, force: bool = False) -> Outputs:
    plan = Outputs()
    plan.input(result_path, "检查结果")
    for path in _checklist_files(_checklist_named(checklist, config_path)):
        plan.input(path, "检查清单")
    plan.input(_config_file(config_path), "配置文件")
    plan.output(docx_path, "--docx", ".docx")
    plan.output(xlsx_path, "--xlsx", ".xlsx")
    plan.verify()
    plan.refuse_filled_workbook("--xlsx", force)
    return plan


def for_annual_report(application_paths: list[str], catalog_paths: list[str], figures_path: str | None,
                      config_path: str | None, docx_path: str | None, xlsx_path: str | None) -> Outputs:
    plan = Outputs()
    for path in application_paths:
        plan.input(path, "依申请公开台账")
    for path in catalog_paths:
        plan.input(path, "公开目录")
    plan.input(figures_path, "补充数据")
    plan.input(_config_file(config_path), "配置文件")
    plan.output(docx_path, "--docx", ".docx")
    plan.output(xlsx_path, "--xlsx", ".xlsx")
    plan.verify()
    return plan


def for_one(path: str, option: str, suffix: str | None = None, inputs: tuple[tuple[str, str], ...] = ()) -> Outputs:
    """A command with one output file (template, init, checklist extract)."""
    plan = Outputs()
    for input_path, role in inputs:
        plan.input(input_path, role)
    plan.output(path, option, suffix)
    plan.verify()
    return plan
