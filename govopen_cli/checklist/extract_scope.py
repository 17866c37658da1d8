"""Whom a drafted task or check applies to (`applies_to`, govopen_cli.scope), proposed from the plan.

A government's plan (issued by a 人民政府 or its 办公室) gives work out in two ways that a catalog check
must tell apart:

- to named departments — （责任单位：区政府办公室、区委宣传部）: the task is theirs, so checked against
  another department's catalog it is n/a: `applies_to: {department: [区政府办公室, 区委宣传部]}`. When the
  units take in every department (各街道、镇、园、区政府各部门, 各有关单位), any catalog may hold the
  information and nothing is proposed;
- about the whole government's information — 全区政务公开的重点是……等重点领域信息公开: the 低保, 教育,
  卫生 … entries are spread over many departments' catalogs, so the check is about the government's
  catalog taken together: `applies_to: {government: 青云谱区人民政府}`.

A department's own plan (曲阜市交通运输局) gives work to its offices (办公室, 法规科), which publish into
one catalog: nothing is proposed there. Every proposal is a draft for the reviewer, with a comment.
"""
from __future__ import annotations

import re
from typing import Any

from govopen_cli.io.normalize import normalize_text

_GOVERNMENT = re.compile(r"^(.*?(?:人民政府|政府))(?:办公室|办公厅|办)?$")
# Units that take in every department or township: anyone's catalog may hold the information.
_EVERY = re.compile(r"^各|各(?:级|有关|相关)?(?:部门|单位|街道|乡镇|镇|委|办|局)|所有|全体|^(?:有关|相关)(?:部门|单位)")
_WHOLE_AREA = re.compile(r"全(?:区|市|县|省|州|盟|旗)")
_DOMAINS = re.compile(r"重点领域|领域信息")


def government_of(agency: str | None) -> str | None:
    """The government a plan's issuer belongs to (青云谱区人民政府办公室 -> 青云谱区人民政府), or None."""
    if not agency:
        return None
    found = _GOVERNMENT.match(normalize_text(agency))
    return found.group(1) if found and len(found.group(1)) > 2 else None


def department_scope(units: list[str] | None, government: str | None) -> dict[str, Any] | None:
    """`{department: units}` for a government plan's task given to named departments only, else None."""
    if not government or not units or any(_EVERY.search(unit) for unit in units):
        return None
    return {"department": units[0] if len(units) == 1 else list(units)}


def whole_scope(text: str, government: str | None) -> dict[str, Any] | None:
    """`{government: name}` for a requirement about the whole area's domain information, else None."""
    if not government:
        return None
    plain = normalize_text(text)
    if _WHOLE_AREA.search(plain) and _DOMAINS.search(plain):
        return {"government": government}
    return None
