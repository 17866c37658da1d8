"""Atomic output: each file is written to a temporary file beside its target, and all targets are
moved into place together only when every one was written (govopen_cli.outputs plans them).

A failed run never leaves a half-written file, nor some outputs new and others old: a failure at
the final move puts back what the targets held before. Temporary files are removed on every path,
Ctrl-C included.
"""
from __future__ import annotations

import errno
import io
import os
import shutil
import tempfile
from dataclasses import dataclass
from typing import Callable, Iterable

from govopen_cli.errors import OutputError

TEMP_PREFIX = ".govopen-"  # a leading dot: a folder check skips our temporary files


@dataclass
class Staged:
    """One output written to `temp`, waiting to be moved to `target`."""

    path: str  # as the user gave it (for messages)
    target: str  # where it goes: the path, or the file a symbolic link points to (the link is kept)
    temp: str | None = None
    produce: Callable[[str], None] | None = None  # for a device target, written in place at commit


def target_of(path: str) -> str:
    """The file an output replaces: a symbolic link's target (so the link survives); a device
    (/dev/stdout, a link to a pipe) is written as named."""
    return os.path.realpath(path) if os.path.islink(path) and not is_device(path) else path


def is_device(path: str) -> bool:
    """/dev/null, /dev/stdout, a named pipe, a terminal: written in place (renaming over it would
    replace it). Links are followed."""
    return os.path.exists(path) and not os.path.isfile(path) and not os.path.isdir(path)


def failure(path: str, error: OSError) -> OutputError:
    """A Chinese message naming the file for an operating-system error while writing it."""
    code = getattr(error, "errno", None)
    if code == errno.ENOSPC or code == getattr(errno, "EDQUOT", None):
        return OutputError(f"{path}：写入失败，磁盘空间不足；请清理磁盘或换一个位置保存")
    if isinstance(error, PermissionError) or code in (errno.EACCES, errno.EPERM, errno.EROFS):
        return OutputError(f"{path}：无法写入（文件可能正在被 Excel/WPS/Word 打开，或文件夹只读、没有写入权限）")
    if isinstance(error, FileNotFoundError):
        return OutputError(f"{path}：所在文件夹不存在：{os.path.dirname(os.path.abspath(path))}")
    return OutputError(f"{path}：写入失败（系统错误代码 {code}）" if code else f"{path}：写入失败")


def stage(path: str, produce: Callable[[str], None]) -> Staged:
    """Call `produce(temp_path)` to write the content into a temporary file beside the target."""
    target = target_of(path)
    if is_device(target):
        return Staged(path, target, produce=produce)
    folder = os.path.dirname(os.path.abspath(target))
    if not os.path.isdir(folder):
        raise OutputError(f"{path}：所在文件夹不存在：{folder}")
    staged = Staged(path, target)
    try:
        handle, staged.temp = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=os.path.splitext(target)[1], dir=folder)
        os.close(handle)
        produce(staged.temp)
        # mkstemp creates 0600; give the file the mode a normal write would (or the old file's).
        os.chmod(staged.temp, os.stat(target).st_mode & 0o7777 if os.path.exists(target) else 0o666 & ~_umask())
    except OSError as error:
        discard([staged])
        raise failure(path, error) from None
    except BaseException:
        discard([staged])
        raise
    return staged


def commit(staged: list[Staged]) -> None:
    """Move every staged file into place; if one move fails, put back the targets already moved."""
    done: list[tuple[Staged, str | None]] = []  # (output, backup of what the target held before)
    current = None
    try:
        for item in staged:
            current = item
            if item.temp is None:
                continue
            backup = _backup(item.target) if os.path.lexists(item.target) else None
            done.append((item, backup))
            os.replace(item.temp, item.target)
            item.temp = None
        for item in staged:  # devices last: they cannot be taken back
            current = item
            if item.produce is not None:
                item.produce(item.target)
    except BaseException as error:
        _roll_back(done)
        discard(staged)
        if isinstance(error, OSError):
            raise failure(current.path if current else "", error) from None
        raise
    finally:
        for _, backup in done:
            _remove(backup)


def _backup(target: str) -> str:
    """A second name for the target's current content (a hard link, or a copy where links fail)."""
    handle, backup = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=".bak", dir=os.path.dirname(os.path.abspath(target)))
    os.close(handle)
    os.remove(backup)
    try:
        os.link(target, backup)
    except OSError:
        shutil.copy2(target, backup)
    return backup


def _roll_back(done: list[tuple[Staged, str | None]]) -> None:
    for item, backup in reversed(done):
        if item.temp is not None:  # this one was not moved
            continue
        try:
            if backup is None:
                os.remove(item.target)
            else:
                os.replace(backup, item.target)
        except OSError:
            pass  # best effort: the error that got us here is the one to report


def discard(staged: Iterable[Staged]) -> None:
    for item in staged:
        _remove(item.temp)
        item.temp = None


def _remove(path: str | None) -> None:
    if path and os.path.lexists(path):
        try:
            os.remove(path)
        except OSError:
            pass


def write_atomic(path: str, produce: Callable[[str], None]) -> None:
    """One output on its own: stage it and move it into place."""
    commit([stage(path, produce)])


def text_producer(text: str) -> Callable[[str], None]:
    def produce(temp: str) -> None:
        with open(temp, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)

    return produce


def bytes_producer(data: bytes) -> Callable[[str], None]:
    def produce(temp: str) -> None:
        with open(temp, "wb") as handle:
            handle.write(data)

    return produce


def write_text_atomic(path: str, text: str) -> None:
    write_atomic(path, text_producer(text))


def write_bytes_atomic(path: str, data: bytes) -> None:
    write_atomic(path, bytes_producer(data))


def saved_bytes(document) -> bytes:
    """The bytes of a python-docx Document or openpyxl Workbook, saved to memory, made independent
    of the clock and time zone (fixed zip entry times and document dates)."""
    from govopen_cli.writers.stable_zip import stable

    buffer = io.BytesIO()
    document.save(buffer)
    return stable(buffer.getvalue())


def document_producer(document) -> Callable[[str], None]:
    """Saves the document to memory, then writes its stable form to the temporary file."""
    from govopen_cli.writers.stable_zip import write_stable

    def produce(temp: str) -> None:
        buffer = io.BytesIO()
        document.save(buffer)
        with open(temp, "wb") as handle:
            write_stable(buffer.getvalue(), handle)

    return produce


def write_document_atomic(path: str, document) -> None:
    write_atomic(path, document_producer(document))


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
