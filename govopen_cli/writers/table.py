"""The terminal report: inputs, then every task with its checks and the first findings of each,
then a one-line verdict.

The report fits `width` display columns (a Chinese character takes two): long lines wrap with a
hanging indent, table cells wrap within their column, long cell values are shortened. The CLI
passes the terminal's width, 100 when the output goes to a file or a pipe, and None for --wide
(nothing wrapped or shortened).
"""
from __future__ import annotations

from collections import defaultdict

from govopen_cli.result import KIND_LABELS, SEVERITY_LABELS, STATUS_LABELS, CheckResult, Finding, Result
from govopen_cli.writers import check_notes
from govopen_cli.writers.report_findings import set_aside_total
from govopen_cli.writers.layout import PIPED_WIDTH, display_width, fit, grid, shorten

SHOWN_PER_CHECK = 5
OTHER_TASK = "其他检查"
VALUE_WIDTH = 24  # a cell value longer than this is shortened in the findings table (not with --wide)


def _labelled(indent: int, label: str, text: str, width: int | None) -> list[str]:
    """"    label：text" wrapped so continuation lines start under the text."""
    prefix = " " * indent + label
    return fit(prefix + text, width, display_width(prefix))


def _input_lines(result: Result, width: int | None) -> list[str]:
    lines = []
    for item in result.inputs:
        where = f"{item['path']} › {item['sheet']}" if item.get("sheet") else item["path"]
        kind = KIND_LABELS.get(item["kind"], item["kind"])
        header = f"表头在第 {item['header_row']} 行" if item["header_row"] else "每行一条记录"
        lines += fit(f"  {where}：{kind}，{header}，数据 {item['rows']} 行", width, 4)
        mapped = [f"{name}←{header}" for name, header in item["columns"].items() if name != header]
        if mapped:
            lines += _labelled(4, "字段对应：", "，".join(mapped), width)
        if item.get("unmapped"):
            lines += _labelled(4, "未对应的列：", "、".join(item["unmapped"]), width)
    return lines


def _files_table(result: Result, width: int | None) -> list[str]:
    rows = []
    for item in result.files or []:
        if item.status == "unreadable":
            error = (item.error or "").removeprefix(f"{item.path}：")
            rows.append([item.path, "无法读取", "", "", "", "", error])
            continue
        status = STATUS_LABELS.get(item.status, item.status)
        rows.append([item.path, KIND_LABELS.get(item.kind, item.kind or ""), item.rows, item.failed_checks,
                     item.findings.get("error", 0), item.findings.get("warning", 0), status])
    headers = ["文件", "类型", "行数", "不通过检查", "错误", "警告", "结果"]
    # Kinds and counts never wrap; a long path wraps only after the error text has given way.
    natural = [max(display_width(str(row[column])) for row in rows + [headers]) for column in range(len(headers))]
    minimum = [min(natural[0], 30)] + natural[1:6] + [12]
    return ["按文件汇总："] + grid(headers, rows, width, indent=2, minimum=minimum, right={2, 3, 4, 5})


def _baseline_line(result: Result) -> str:
    counts = result.summary()["baseline"]
    return f"与上次结果比较：新增问题 {counts['new']} 处，仍存在 {counts['persisting']} 处，已整改 {counts['fixed']} 处。"


def _findings_table(findings: list[Finding], limit: int, width: int | None, with_file: bool = False) -> list[str]:
    rows = []
    for finding in findings[:limit]:
        if finding.row is None:
            rows.append(["", "", finding.message])
            continue
        place = finding.cell or f"第{finding.row}行"
        sheet = f"{finding.sheet}!" if finding.sheet else ""
        marker = "［新］" if finding.baseline == "new" else ""
        where = f"{finding.file} › " if with_file and finding.file else ""
        value = str(finding.value or "").replace("\n", " ")
        rows.append([f"{marker}{where}{sheet}{place}", shorten(value, width and VALUE_WIDTH), finding.message])
    # The message column keeps at least 20 columns; location and value give way first.
    lines = grid(["位置", "值", "说明"], rows, width, indent=4, minimum=[12, 8, 20])
    if len(findings) > limit:
        lines += fit(f"    ……另有 {len(findings) - limit} 处，完整清单见 --format json 或 --xlsx 报告", width, 6)
    return lines


def _notes_lines(check: CheckResult, limit: int, width: int | None, names: dict[str, str] | None) -> list[str]:
    """The rows a check set aside (or inputs it did not judge), each with its reason."""
    sentences = check_notes.note_sentences(check, names)
    lines = fit(f"      {check_notes.set_aside_lead(check)}", width, 6)
    for sentence in sentences[:limit]:
        lines += fit(f"        {sentence}", width, 10)
    if len(sentences) > limit:
        lines += fit(f"        ……另有 {len(sentences) - limit} 处，完整清单见 --xlsx 报告的“不计为问题”工作表", width, 10)
    return lines


def _evidence_lines(check: CheckResult, limit: int, width: int | None, names: dict[str, str] | None) -> list[str]:
    """The rows an item check rests on: the first rows it found (pairing: the documents that need a
    partner) and the rows it set aside with the reason, so a pass or a fail can be verified."""
    lines = []
    found = check_notes.found_phrase(check, names)
    if found:
        lines += _labelled(6, f"{check_notes.found_label(check)}：", found, width)
    sentences = check_notes.set_aside_sentences(check, names)
    for sentence in sentences[:limit]:
        lines += _labelled(6, "未计入：", sentence, width)
    left = set_aside_total(check) - min(len(sentences), limit)
    if left > 0:
        lines += fit(f"      ……另有 {left} 条未计入，完整清单见 --format json", width, 8)
    return lines


def _check_lines(check: CheckResult, width: int | None, limit: int = SHOWN_PER_CHECK,
                 names: dict[str, str] | None = None) -> list[str]:
    status = STATUS_LABELS[check.status]
    source = f"（{check.source}）" if check.source else ""
    detail = ""
    if check.status in ("fail", "error", "waived"):
        detail = f" — {SEVERITY_LABELS[check.severity]}"
        if check.findings:
            detail += f"，{check.findings} 处"
    lead = f"  [{status}] "
    lines = fit(f"{lead}{check.id} {check.title}{source}{detail}", width, display_width(lead))
    note = check_notes.shown_note(check)
    if note:
        lines += fit(f"      {note}", width, 6)
    if check.notes:
        lines += _notes_lines(check, limit, width, names)
    if check.status == "manual" and check.manual:
        lines += _labelled(6, "核查指引：", check.manual, width)
    if check.answer:
        answer = check.answer
        who = "，".join(part for part in (answer.get("by"), answer.get("date")) if part)
        text = STATUS_LABELS.get(answer["result"], answer["result"])
        text += f"；佐证：{answer['evidence']}" if answer.get("evidence") else ""
        text += f"（{who}）" if who else ""
        lines += _labelled(6, "人工核查结论：", text, width)
    if check.waiver and not check.waiver.get("expired"):
        waiver = check.waiver
        lines += _labelled(6, "豁免：", f"{waiver['reason']}（批准：{waiver['approved_by']}，有效期至 {waiver['expires']}）", width)
    return lines


def verdict(result: Result, fail_on: str = "error", only_new: bool = False) -> str:
    summary = result.summary()
    parts = [f"{summary['pass']} 项通过"]
    for status in ("fail", "error", "manual", "waived", "n/a"):
        if summary[status]:
            parts.append(f"{summary[status]} 项{STATUS_LABELS[status]}")
    severity = summary["by_severity"]
    found = f"问题 {summary['findings']} 处（错误 {severity['error']}，警告 {severity['warning']}，提示 {severity['info']}）"
    # --fail-on never changes the exit code only: the verdict still says what the checks found.
    outcome = "不通过" if result.failing("error" if fail_on == "never" else fail_on, only_new=only_new) else "通过"
    files = ""
    if result.files is not None:
        unreadable = sum(1 for item in result.files if item.status == "unreadable")
        files = f"共 {len(result.files)} 个文件" + (f"，其中 {unreadable} 个无法读取" if unreadable else "") + "；"
    return f"结论：{outcome} — {files}共 {summary['checks']} 项检查：{'，'.join(parts)}；{found}。"


def render(result: Result, limit: int = SHOWN_PER_CHECK, fail_on: str = "error", only_new: bool = False,
           width: int | None = PIPED_WIDTH) -> str:
    """The report in lines of at most `width` display columns (None: no limit, --wide)."""
    checklist = result.checklist
    lines = _labelled(0, "检查清单：", f"{checklist['title']}（{checklist['id']}）", width)
    dates = f"检查日期：{result.as_of}"
    if result.period:
        dates += f"    检查期间：{result.period['start']} 至 {result.period['end']}"
    lines += fit(dates, width, 0)
    lines.append("输入：")
    lines += _input_lines(result, width)
    for warning in result.warnings:
        lines += _labelled(0, "注意：", warning, width)
    if result.files is not None:
        lines += _files_table(result, width)

    findings_by_check = result.findings.by_check()
    checks_by_task: dict[str | None, list[CheckResult]] = defaultdict(list)
    for check in result.checks:
        checks_by_task[check.task].append(check)
    groups = [(task.id, task.title, task.units, task.status) for task in result.tasks]
    if checks_by_task.get(None):
        groups.append((None, OTHER_TASK, [], None))
    names = check_notes.file_names(result)
    for task_id, title, units, status in groups:
        checks = checks_by_task.get(task_id, [])
        if not checks:
            continue
        header = f"\n【{task_id}】{title}" if task_id else f"\n【{title}】"
        if status:
            header += f" — {STATUS_LABELS.get(status, status)}"
        if units:
            header += f"    责任单位：{'、'.join(units)}"
        lines.append("")
        lines += fit(header.lstrip("\n"), width, 2)
        for check in checks:
            lines += _check_lines(check, width, limit, names)
            if findings_by_check.get(check.id) and check.status in ("fail", "waived", "error"):
                lines += _findings_table(findings_by_check[check.id], limit, width, with_file=result.files is not None)
            if check.evidence:
                lines += _evidence_lines(check, limit, width, names)
    lines.append("")
    if result.fixed is not None:
        lines += fit(_baseline_line(result), width, 2)
    lines += fit(verdict(result, fail_on, only_new), width, 3)
    return "\n".join(lines) + "\n"
