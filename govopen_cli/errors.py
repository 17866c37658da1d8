"""Errors that end a run with a message for the user (exit code 2).

Anything else that escapes the core is an internal error (exit code 3); the CLI is the one place
that turns exceptions into exit codes.
"""


class GovopenError(Exception):
    """A problem the user can fix; the message is Chinese and names the file/sheet/row/line."""

    exit_code = 2

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class InputError(GovopenError):
    """An input spreadsheet (or answers/waivers file) cannot be read as a dataset."""


class ChecklistError(GovopenError):
    """A checklist YAML file is malformed or refers to unknown rules/parameters."""


class UsageError(GovopenError):
    """Options that contradict each other or name things that do not exist."""


class OutputError(GovopenError):
    """A report or result file cannot be written."""
