"""Errors that the CLI prints as one line and exits 2 on.

Every error a user can cause (a bad file, a bad option, an unwritable output) is a
`FactcardsError`; anything else that escapes is a bug and may show a traceback.
"""

from __future__ import annotations

from pathlib import Path


class FactcardsError(Exception):
    """Base class: `str(err)` is the one line the user sees."""

    exit_code = 2


class InputError(FactcardsError):
    """A file the user gave us cannot be used; names the file and, where known, the line."""

    def __init__(self, path: str | Path | None, problem: str, line: int | None = None) -> None:
        self.path = str(path) if path is not None else None
        self.problem = problem
        self.line = line
        where = self.path or "<input>"
        if line is not None:
            where = f"{where}:{line}"
        super().__init__(f"{where}: {problem}")


class OutputError(FactcardsError):
    """An output could not be written; the previous file at that path is left intact."""

    def __init__(self, path: str | Path, problem: str) -> None:
        self.path = str(path)
        super().__init__(f"{path}: cannot write: {problem}")


class UsageError(FactcardsError):
    """An option value is malformed (a date, a template path, an extractor name)."""
