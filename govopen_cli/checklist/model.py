"""Checklist model: frozen dataclasses built by `checklist.load` (DESIGN §5)."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping


@dataclass(frozen=True)
class Check:
    id: str
    title: str
    task: str | None = None
    severity: str = "error"
    rule: str | None = None  # None for manual checks
    params: Mapping[str, Any] = field(default_factory=dict)
    manual: str | None = None  # guidance for a person when there is no automatic rule
    source: str | None = None
    remedy: str | None = None
    units: tuple[str, ...] = ()
    origin: str = ""  # file:line where the check was defined, for messages
    applies_to: Any = None  # whom it applies to (scope.py); inherited from its task, then the checklist


@dataclass(frozen=True)
class Task:
    id: str
    title: str
    units: tuple[str, ...] = ()
    source: str | None = None
    check_ids: tuple[str, ...] = ()
    applies_to: Any = None


@dataclass(frozen=True)
class Checklist:
    id: str
    title: str
    source: str | None = None
    path: str | None = None
    period: Mapping[str, Any] | None = None
    tasks: tuple[Task, ...] = ()
    checks: tuple[Check, ...] = ()
    next_steps: tuple[str, ...] = ()
    not_checked: tuple[Mapping[str, str], ...] = ()
    extends: str | None = None
    applies_to: Any = None  # the checklist's own scope (or its parent's); checks carry the effective one

    def check(self, check_id: str) -> Check:
        for check in self.checks:
            if check.id == check_id:
                return check
        raise KeyError(check_id)

    def task(self, task_id: str) -> Task:
        for task in self.tasks:
            if task.id == task_id:
                return task
        raise KeyError(task_id)
