"""The terminal report: inputs, then every task with its checks and the first findings of each,
then a one-line verdict."""
from __future__ import annotations

from collections import defaultdict

from tabulate import tabulate

from govopen_cli.result import KIND_LABELS, SEVERITY_LABELS, STATUS_LABELS, CheckResult, Finding, Result

SHOWN_PER_CHECK = 5
OTHER_TASK = "其他检查"


def _input_lines(result: Result) -> list[str]:
    lines = []
    for item in result.inputs:
        where = f"{item['path']} › {item['sheet']}" if item.get("sheet") else item["path"]
        kind = KIND_LABELS.get(item["kind"], item["kind"])
        header = f"表头在第 {item['header_row']} 行" if item["header_row"] else "每行一条记录"
        lines.append(f"  {where}：{kind}，{header}，数据 {item['rows']} 行")
        mapped = [f"{name}←{header}" for name, header in item["columns"].items() if name != header]
        if mapped:
            lines.append(f"    字段对应：{'，'.join(mapped)}")
        if item.get("unmapped"):
            lines.append(f"    未对应的列：{'、'.join(item['unmapped'])}")
    return lines


def _files_table(result: Result) -> list[str]:
    rows = []
    for item in result.files or []:
        if item.status == "unreadable":
            error = (item.error or "").removeprefix(f"{item.path}：")
            rows.append([item.path, "无法读取", "", "", "", "", error])
            continue
        status = STATUS_LABELS.get(item.status, item.status)
        rows.append([item.path, KIND_LABELS.get(item.kind, item.kind or ""), item.rows, item.failed_checks,
                     item.findings.get("error", 0), item.findings.get("warning", 0), status])
    table = tabulate(rows, headers=["文件", "类型", "行数", "不通过检查", "错误", "警告", "结果"], tablefmt="simple")
    return ["按文件汇总："] + ["  " + line for line in table.splitlines()]


def _baseline_line(result: Result) -> str:
    counts = result.summary()["baseline"]
    return f"与上次结果比较：新增问题 {counts['new']} 处，仍存在 {counts['persisting']} 处，已整改 {counts['fixed']} 处。"


def _findings_table(findings: list[Finding], limit: int, with_file: bool = False) -> list[str]:
    rows = []
    for finding in findings[:limit]:
        if finding.row is None:
            rows.append(["", "", finding.message])
            continue
        place = finding.cell or f"第{finding.row}行"
        sheet = f"{finding.sheet}!" if finding.sheet else ""
        marker = "［新］" if finding.baseline == "new" else ""
        where = f"{finding.file} › " if with_file and finding.file else ""
        rows.append([f"{marker}{where}{sheet}{place}", _short(finding.value), finding.message])
    lines = ["    " + line for line in tabulate(rows, headers=["位置", "值", "说明"], tablefmt="simple").splitlines()]
    if len(findings) > limit:
        lines.append(f"    ……另有 {len(findings) - limit} 处，完整清单见 --format json 或 --xlsx 报告")
    return lines


def _short(value: str | None, width: int = 24) -> str:
    if not value:
        return ""
    value = str(value).replace("\n", " ")
    return value if len(value) <= width else value[: width - 1] + "…"


def _check_line(check: CheckResult) -> str:
    status = STATUS_LABELS[check.status]
    source = f"（{check.source}）" if check.source else ""
    detail = ""
    if check.status in ("fail", "error", "waived"):
        detail = f" — {SEVERITY_LABELS[check.severity]}"
        if check.findings:
            detail += f"，{check.findings} 处"
    line = f"  [{status}] {check.id} {check.title}{source}{detail}"
    if check.note:
        line += f"\n      {check.note}"
    if check.status == "manual" and check.manual:
        line += f"\n      核查指引：{check.manual}"
    if check.answer:
        answer = check.answer
        who = "，".join(part for part in (answer.get("by"), answer.get("date")) if part)
        line += f"\n      人工核查结论：{STATUS_LABELS.get(answer['result'], answer['result'])}"
        line += f"；佐证：{answer['evidence']}" if answer.get("evidence") else ""
        line += f"（{who}）" if who else ""
    if check.waiver and not check.waiver.get("expired"):
        waiver = check.waiver
        line += f"\n      豁免：{waiver['reason']}（批准：{waiver['approved_by']}，有效期至 {waiver['expires']}）"
    return line


def verdict(result: Result, fail_on: str = "error", only_new: bool = False) -> str:
    summary = result.summary()
    parts = [f"{summary['pass']} 项通过"]
    for status in ("fail", "error", "manual", "waived", "n/a"):
        if summary[status]:
            parts.append(f"{summary[status]} 项{STATUS_LABELS[status]}")
    severity = summary["by_severity"]
    found = f"问题 {summary['findings']} 处（错误 {severity['error']}，警告 {severity['warning']}，提示 {severity['info']}）"
    outcome = "不通过" if result.failing(fail_on, only_new=only_new) else "通过"
    files = ""
    if result.files is not None:
        unreadable = sum(1 for item in result.files if item.status == "unreadable")
        files = f"共 {len(result.files)} 个文件" + (f"，其中 {unreadable} 个无法读取" if unreadable else "") + "；"
    return f"结论：{outcome} — {files}共 {summary['checks']} 项检查：{'，'.join(parts)}；{found}。"


def render(result: Result, limit: int = SHOWN_PER_CHECK, fail_on: str = "error", only_new: bool = False) -> str:
    checklist = result.checklist
    lines = [f"检查清单：{checklist['title']}（{checklist['id']}）", f"检查日期：{result.as_of}"]
    if result.period:
        lines[-1] += f"    检查期间：{result.period['start']} 至 {result.period['end']}"
    lines.append("输入：")
    lines += _input_lines(result)
    for warning in result.warnings:
        lines.append(f"注意：{warning}")
    if result.files is not None:
        lines += _files_table(result)

    findings_by_check: dict[str, list[Finding]] = defaultdict(list)
    for finding in result.findings:
        findings_by_check[finding.check].append(finding)
    checks_by_task: dict[str | None, list[CheckResult]] = defaultdict(list)
    for check in result.checks:
        checks_by_task[check.task].append(check)
    groups = [(task.id, task.title, task.units, task.status) for task in result.tasks]
    if checks_by_task.get(None):
        groups.append((None, OTHER_TASK, [], None))
    for task_id, title, units, status in groups:
        checks = checks_by_task.get(task_id, [])
        if not checks:
            continue
        header = f"\n【{task_id}】{title}" if task_id else f"\n【{title}】"
        if status:
            header += f" — {STATUS_LABELS.get(status, status)}"
        if units:
            header += f"    责任单位：{'、'.join(units)}"
        lines.append(header)
        for check in checks:
            lines.append(_check_line(check))
            if findings_by_check.get(check.id) and check.status in ("fail", "waived", "error"):
                lines += _findings_table(findings_by_check[check.id], limit, with_file=result.files is not None)
    lines.append("")
    if result.fixed is not None:
        lines.append(_baseline_line(result))
    lines.append(verdict(result, fail_on, only_new))
    return "\n".join(lines) + "\n"
