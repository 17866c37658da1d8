"""The rule registry: rule name -> Rule. One module per rule family; add a rule to its family's
RULES and it is available to checklists."""
from __future__ import annotations

from govopen_cli.rules import applications, cadence, codes, coverage, dates, events, fields, pairing, privacy, site
from govopen_cli.rules.base import Rule

FAMILIES = (fields, dates, codes, privacy, coverage, cadence, pairing, site, applications, events)

REGISTRY: dict[str, Rule] = {}
for _family in FAMILIES:
    REGISTRY.update(_family.RULES)
