"""Text encodings of the files officers receive: a BOM, else UTF-8, else GB18030 (which covers GBK
and GB2312, the usual encodings of files saved on Chinese Windows)."""
from __future__ import annotations

import codecs

from govopen_cli.errors import InputError
from govopen_cli.library_errors import line_of_byte

BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
UNKNOWN_ENCODING = "无法识别文件编码（支持 UTF-8、带 BOM 的 UTF-8、GBK/GB18030、UTF-16）"


def detect_encoding(path: str, data: bytes, candidates: tuple[str, ...] = ("utf-8", "gb18030")) -> str:
    """The encoding `data` decodes in: its BOM's, else the first of `candidates` that decodes it.

    Decoding runs in chunks with an incremental decoder so a large file is never held twice.
    """
    bom = next((encoding for mark, encoding in BOMS if data.startswith(mark)), "")
    failed_at = 0  # the furthest byte any candidate decoded to: where the file really goes wrong
    for candidate in [bom] if bom else candidates:
        decoder = codecs.getincrementaldecoder(candidate)()
        start = 0
        try:
            for start in range(0, len(data), 1 << 20):
                decoder.decode(data[start:start + (1 << 20)])
            decoder.decode(b"", final=True)
            return candidate
        except UnicodeDecodeError as error:
            failed_at = max(failed_at, min(start + error.start, len(data) - 1))
            continue
    line = line_of_byte(data, failed_at)
    if bom:
        name = "UTF-8" if bom == "utf-8-sig" else "UTF-16"
        raise InputError(f"{path} 第 {line} 行：文件开头标明为 {name} 编码，但这一行的内容不是 {name}，无法读取")
    raise InputError(f"{path} 第 {line} 行：{UNKNOWN_ENCODING}")


def decode_text(path: str, data: bytes, candidates: tuple[str, ...] = ("utf-8", "gb18030")) -> str:
    """`data` as text (a UTF-8 BOM removed), or an InputError naming the file."""
    return data.decode(detect_encoding(path, data, candidates))
