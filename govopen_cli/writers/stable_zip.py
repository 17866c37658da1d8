"""Byte-identical .docx/.xlsx for identical inputs, whatever the clock, time zone or working folder.

Both python-docx and openpyxl write zip entries stamped with the local time of the save, and
openpyxl stamps the workbook's "modified" property with the clock. The archive is rebuilt here
with every entry dated 1980-01-01 00:00 (the zip epoch) and "modified" set to the document's
"created" date, which the writers fix from the report date. Entries are copied compressed as they
are (no second compression of a large problem list); only docProps/core.xml is rewritten.
"""
from __future__ import annotations

import io
import re
import struct
import zipfile
import zlib

CORE = "docProps/core.xml"
EPOCH_TIME, EPOCH_DATE = 0, (1 << 5) | 1  # DOS time 00:00:00, date 1980-01-01
LIMIT = 0xFFFFFFFF  # beyond this an entry needs zip64: left as it is (no report gets near it)
LOCAL = struct.Struct("<4s5H3I2H")
CENTRAL = struct.Struct("<4s6H3I5H2I")
END = struct.Struct("<4s4H2IH")
UTF8_NAME = 0x800

_CREATED = re.compile(rb"<dcterms:created\b[^>]*>([^<]*)</dcterms:created>")
_MODIFIED = re.compile(rb"(<dcterms:modified\b[^>]*>)[^<]*(</dcterms:modified>)")


def fixed_core(xml: bytes) -> bytes:
    """docProps/core.xml with "modified" equal to "created" (the saving clock removed)."""
    created = _CREATED.search(xml)
    if created is None:
        return xml
    return _MODIFIED.sub(lambda match: match.group(1) + created.group(1) + match.group(2), xml, count=1)


def stable(data: bytes) -> bytes:
    """The zip archive `data` with fixed entry times and a fixed core "modified" date."""
    out = io.BytesIO()
    write_stable(data, out)
    return out.getvalue()


def write_stable(data: bytes, out) -> None:
    """Write `data` made stable to the binary stream `out`, entry by entry (no second copy of a
    large workbook in memory). Not a zip, or one needing zip64: written as it is."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))  # shares the bytes, no copy
        entries = archive.infolist()
    except zipfile.BadZipFile:
        out.write(data)
        return
    if len(data) >= LIMIT or any(info.file_size >= LIMIT or info.compress_size >= LIMIT for info in entries):
        out.write(data)
        return
    central: list[bytes] = []
    offset = 0
    for info in entries:
        method, crc, size, packed = info.compress_type, info.CRC, info.file_size, _raw(data, info)
        if info.filename == CORE:
            content = fixed_core(archive.read(info))
            squeeze = zlib.compressobj(6, zlib.DEFLATED, -15)
            method, crc, size = zipfile.ZIP_DEFLATED, zlib.crc32(content), len(content)
            packed = squeeze.compress(content) + squeeze.flush()
        name = info.filename.encode("utf-8")
        flags = UTF8_NAME if not info.filename.isascii() else 0
        header = LOCAL.pack(b"PK\x03\x04", 20, flags, method, EPOCH_TIME, EPOCH_DATE, crc, len(packed), size,
                            len(name), 0)
        out.write(header + name)
        out.write(packed)
        central.append(CENTRAL.pack(b"PK\x01\x02", 20, 20, flags, method, EPOCH_TIME, EPOCH_DATE, crc, len(packed),
                                    size, len(name), 0, 0, 0, 0, info.external_attr, offset) + name)
        offset += len(header) + len(name) + len(packed)
    directory = b"".join(central)
    end = END.pack(b"PK\x05\x06", 0, 0, len(entries), len(entries), len(directory), offset, 0)
    out.write(directory + end)


def _raw(data: bytes, info: zipfile.ZipInfo) -> bytes:
    """An entry's compressed bytes, read past its local header."""
    start = info.header_offset
    name_length, extra_length = struct.unpack_from("<2H", data, start + 26)
    begin = start + LOCAL.size + name_length + extra_length
    return data[begin:begin + info.compress_size]

