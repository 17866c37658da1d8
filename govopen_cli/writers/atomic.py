"""Atomic output: write to a temporary file in the target folder, then rename over the target.

A failed run never leaves a half-written file, and an existing file is replaced only when the new
one is complete.
"""
from __future__ import annotations

import io
import os
import tempfile
from typing import Callable

from govopen_cli.errors import OutputError


def write_atomic(path: str, produce: Callable[[str], None]) -> None:
    """Call `produce(temp_path)` to write the content, then move it to `path`.

    A target that exists but is not a regular file (/dev/null, a named pipe) is written in place:
    renaming over it would replace the device.
    """
    if os.path.exists(path) and not os.path.isfile(path) and not os.path.isdir(path):
        try:
            produce(path)
        except OSError as error:
            raise OutputError(f"{path}：写入失败：{error.strerror or error}") from None
        return
    path = os.path.realpath(path) if os.path.islink(path) else path  # replace the link's target, keep the link
    folder = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(folder):
        raise OutputError(f"{path}：所在文件夹不存在：{folder}")
    handle, temp = tempfile.mkstemp(prefix=".govopen-", suffix=os.path.splitext(path)[1], dir=folder)
    os.close(handle)
    try:
        produce(temp)
        # mkstemp creates 0600; give the file the mode a normal write would (or the old file's).
        os.chmod(temp, os.stat(path).st_mode & 0o7777 if os.path.exists(path) else 0o666 & ~_umask())
        os.replace(temp, path)
    except PermissionError:
        raise OutputError(f"{path}：无法写入（文件可能正在被 Excel/WPS/Word 打开，或没有写入权限）") from None
    except OSError as error:
        raise OutputError(f"{path}：写入失败：{error.strerror or error}") from None
    finally:
        if os.path.exists(temp):
            os.remove(temp)


def write_text_atomic(path: str, text: str) -> None:
    def produce(temp: str) -> None:
        with open(temp, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)

    write_atomic(path, produce)


def saved_bytes(document) -> bytes:
    """The bytes of a python-docx Document or openpyxl Workbook, saved to memory."""
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def write_bytes_atomic(path: str, data: bytes) -> None:
    def produce(temp: str) -> None:
        with open(temp, "wb") as handle:
            handle.write(data)

    write_atomic(path, produce)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
