"""A progress bar on stderr for work that takes a while: files read in a batch, checks run over the
rows, rows of the workbook's 问题清单 written.

Silent unless the command line enabled it (stderr is a terminal), and silent for work that ends
within two seconds: a quick run prints nothing extra, and output piped or saved to a log never
holds bar redraws. One bar at a time: work inside work that already shows a bar (the checks of each
file of a batch) adds none, and worker processes of a parallel batch draw nothing.
"""
from __future__ import annotations

import os
import shutil
import time
from typing import Callable, TextIO

DELAY = 2.0  # seconds of work before a bar appears
REDRAW = 0.1  # seconds between redraws
BAR_CELLS = 24

_stream: TextIO | None = None
_owner_pid: int | None = None
_clock: Callable[[], float] = time.monotonic
_active = False


def enable(stream: TextIO, clock: Callable[[], float] = time.monotonic) -> None:
    """Show bars on `stream` (the CLI passes stderr when it is a terminal)."""
    global _stream, _owner_pid, _clock
    _stream, _owner_pid, _clock = stream, os.getpid(), clock


def disable() -> None:
    global _stream, _owner_pid
    _stream, _owner_pid = None, None


class Bar:
    """Counts `done` of `total` units; draws itself once DELAY has passed."""

    def __init__(self, label: str, total: int, unit: str, stream: TextIO | None):
        self.label, self.total, self.unit, self.stream = label, max(total, 0), unit, stream
        self.done = 0
        self.started = _clock()
        self.drawn_at: float | None = None

    def __enter__(self) -> "Bar":
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    def advance(self, count: int = 1) -> None:
        self.done += count
        if self.stream is None:
            return
        now = _clock()
        if now - self.started >= DELAY and (self.drawn_at is None or now - self.drawn_at >= REDRAW):
            self.drawn_at = now
            self._draw()

    def line(self) -> str:
        share = min(self.done / self.total, 1.0) if self.total else 0.0
        filled = int(share * BAR_CELLS)
        bar = "█" * filled + "░" * (BAR_CELLS - filled)
        return f"{self.label} {bar} {share:4.0%}  {self.done:,}/{self.total:,} {self.unit}"

    def _draw(self) -> None:
        from govopen_cli.writers.layout import display_width, shorten

        width = shutil.get_terminal_size((80, 24)).columns - 1
        text = shorten(self.line(), width)
        self.stream.write("\r" + text + " " * max(width - display_width(text), 0))
        self.stream.flush()

    def close(self) -> None:
        global _active
        if self.stream is not None:
            _active = False
            if self.drawn_at is not None:  # clear the bar's line for what is printed next
                width = shutil.get_terminal_size((80, 24)).columns - 1
                self.stream.write("\r" + " " * width + "\r")
                self.stream.flush()
        self.stream = None


def bar(label: str, total: int, unit: str) -> Bar:
    """A bar for `total` units of work (use as a context manager, call advance())."""
    global _active
    shown = _stream is not None and _owner_pid == os.getpid() and not _active
    if shown:
        _active = True
    return Bar(label, total, unit, _stream if shown else None)
