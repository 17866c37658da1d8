"""A check's `notes` (DESIGN §7: rows it set aside and why, inputs it could not judge) as officers
read them in the table, the report and the workbook: finished Chinese sentences that name the row,
and the file by its name (never its folders) when the run had several files — by as many trailing
folders as it takes to tell two files of the same name apart (办公室/目录.xlsx, 运输科/目录.xlsx)."""
from __future__ import annotations

import functools
import re
from typing import Any

from govopen_cli.result import CheckResult, Result
from govopen_cli.writers.report_findings import book

# The count the engine puts in a passing check's `note` when it set rows aside: the sentences below
# tell each row, so the writers show them instead of the count.
_COUNT = re.compile(r"\d+ 处不计为问题")
_END = "。；;，,、 "


def _parts(path: str) -> list[str]:
    return re.split(r"[\\/]", str(path).rstrip("\\/"))


def file_name(path: str) -> str:
    """The file's name as the officer gave it, without its folders (Windows or POSIX)."""
    return _parts(path)[-1]


@functools.lru_cache(maxsize=16)
def _short_names(paths: tuple[str, ...]) -> dict[str, str]:
    parts = {path: _parts(path) for path in paths}
    names = {}
    for path, segments in parts.items():
        depth = 1
        while depth < len(segments) and sum(other[-depth:] == segments[-depth:] for other in parts.values()) > 1:
            depth += 1
        names[path] = "/".join(segments[-depth:])
    return names


def file_names(result: Result) -> dict[str, str] | None:
    """path -> how officers are told the file; None when the run had one file (nothing to tell apart)."""
    paths = tuple(sorted(_all_paths(result)))
    return _short_names(paths) if len(paths) > 1 else None


def _all_paths(result: Result) -> set[str]:
    """The inputs' files and, in a batch, the files that could not be read."""
    paths = {str(item.get("path")) for item in result.inputs if item.get("path")}
    return paths | {str(item.path) for item in result.files or [] if item.path}


def name_of(path: str, names: dict[str, str] | None) -> str:
    return (names or {}).get(path) or file_name(path)


def note_sentence(note: dict[str, Any], names: dict[str, str] | None) -> str:
    """"第 12 行：发布日期 … 不计为超期。" — prefixed by the file's name when `names` (several files)."""
    place = ""
    if names is not None and note.get("file"):
        place = name_of(note["file"], names) + " "
    if note.get("row") is not None:
        place += f"第 {note['row']} 行"
    text = str(note.get("text") or "").strip().rstrip(_END) + "。"
    return f"{place.strip()}：{text}" if place.strip() else text


def note_clause(note: dict[str, Any], names: dict[str, str] | None) -> str:
    """The note inside report prose: "第12行，发布日期 … 不计为超期" (no closing stop)."""
    place = name_of(note["file"], names) if names is not None and note.get("file") else ""
    if note.get("row") is not None:
        place += f"第{note['row']}行"
    text = str(note.get("text") or "").strip().rstrip(_END)
    return f"{place}，{text}" if place else text


def note_sentences(check: CheckResult, names: dict[str, str] | None) -> list[str]:
    return [note_sentence(note, names) for note in check.notes or []]


def shown_note(check: CheckResult) -> str | None:
    """The check's `note` without what its notes tell one by one (the engine's count of set-aside
    rows, or a whole-sheet note repeated as the check's reason)."""
    if not check.note:
        return None
    if not check.notes:
        return check.note
    told = {str(note.get("text") or "").strip() for note in check.notes if note.get("row") is None}
    parts = [part for part in check.note.split("；") if not _COUNT.fullmatch(part.strip()) and part.strip() not in told]
    return "；".join(parts) or None


def set_aside_lead(check: CheckResult) -> str:
    """The line above the sentences: how many rows were set aside (or inputs not judged)."""
    notes = check.notes or []
    rows = sum(1 for note in notes if note.get("row") is not None)
    if rows == len(notes):
        return f"以下 {rows} 处不计为问题："
    if rows == 0:
        return "以下情况未作判断："
    return f"以下 {len(notes)} 处不计为问题或未作判断："


def officer_paths(text: str, result: Result) -> str:
    """`text` with every input's path (and 路径 › 工作表 label) replaced by the file's name, as
    officers read it in the workbook."""
    names = file_names(result)
    sheets = [(str(item["path"]), item["sheet"]) for item in result.inputs if item.get("path") and item.get("sheet")]
    for path, sheet in sorted(sheets, key=lambda pair: -len(pair[0])):
        label, named = f"{path} › {sheet}", f"{name_of(path, names)}“{sheet}”工作表"
        text = text.replace(label + " ", named).replace(label, named)
    for path in sorted(_all_paths(result), key=len, reverse=True):
        name = name_of(path, names)
        text = text.replace(path + " ", name).replace(path, name)
    return text


# --- the rows an item check rests on (`evidence`, DESIGN §7) ----------------------------------------

EVIDENCE_NAMED = 2  # counted rows named under a check; the rest are counted


def _place(entry: dict[str, Any], names: dict[str, str] | None) -> str:
    place = name_of(entry["file"], names) + " " if names is not None and entry.get("file") else ""
    return f"{place}第 {entry['row']} 行" if entry.get("row") is not None else place.strip()


def _titled(entry: dict[str, Any], names: dict[str, str] | None) -> str:
    return _place(entry, names) + (book(entry["title"]) if entry.get("title") else "")


def found_label(check: CheckResult) -> str:
    """What the counted rows are: for pairing the documents that need a partner, else what was found."""
    return "需配套的信息" if check.rule == "pairing" else "已找到"


def found_phrase(check: CheckResult, names: dict[str, str] | None) -> str:
    """"第 5 行《…》；第 6 行《…》，共 10 条" — the first counted rows and how many in all ("" if none)."""
    counted = [entry for entry in check.evidence or [] if entry.get("counted", True)]
    if not counted:
        return ""
    total = check.evidence_counted if check.evidence_counted is not None else len(counted)
    named = "；".join(_titled(entry, names) for entry in counted[:EVIDENCE_NAMED])
    return named + (f"，共 {total} 条" if total > EVIDENCE_NAMED else "")


def set_aside_sentences(check: CheckResult, names: dict[str, str] | None) -> list[str]:
    """"第 17 行《…》：标题写明为2021年，本项要求2022年的。" for every listed row the check recognised
    but did not count (another year, outside the period, no date)."""
    sentences = []
    for entry in check.evidence or []:
        if entry.get("counted", True):
            continue
        why = str(entry.get("why") or "").strip().rstrip(_END)
        sentences.append(f"{_titled(entry, names)}{f'：{why}' if why else ''}。")
    return sentences
