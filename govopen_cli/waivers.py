"""Waivers (`--waivers FILE`): accepted exceptions with a reason, an approver and an expiry date.

    - check: B.docno
      reason: 2023年上半年旧系统导出的文号，已在新系统中更正
      approved_by: 办公室主任 李四
      expires: 2024-06-30

A waived failing check has status `waived` and keeps its findings for the record. A waiver past
its expiry date no longer applies: the check fails and the result says the waiver expired.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from govopen_cli.answers import check_entry, read_entries
from govopen_cli.checklist.load import line_of, parse_date
from govopen_cli.checklist.model import Checklist
from govopen_cli.errors import InputError

WAIVER_KEYS = {"check", "reason", "approved_by", "expires", "since"}
REQUIRED = ("reason", "approved_by", "expires")


@dataclass(frozen=True)
class Waiver:
    check: str
    reason: str
    approved_by: str
    expires: dt.date
    origin: str = ""

    def expired(self, as_of: dt.date) -> bool:
        return self.expires < as_of

    def to_dict(self, as_of: dt.date) -> dict[str, Any]:
        return {"reason": self.reason, "approved_by": self.approved_by,
                "expires": self.expires.isoformat(), "expired": self.expired(as_of)}


def load_waivers(path: str, checklist: Checklist) -> dict[str, Waiver]:
    waivers: dict[str, Waiver] = {}
    for check_id, entry, where in read_entries(path, "check"):
        check_entry(path, entry, where, check_id, WAIVER_KEYS, checklist, waivers)
        for key in REQUIRED:
            if entry.get(key) in (None, ""):
                raise InputError(f"{where}：检查项“{check_id}”的豁免缺少 {key}（豁免须写明 reason 理由、approved_by 批准人、expires 到期日）")
        expires = parse_date(entry["expires"], line_of(path, entry, "expires"), InputError)
        waivers[check_id] = Waiver(check_id, str(entry["reason"]), str(entry["approved_by"]), expires, where)
    return waivers
