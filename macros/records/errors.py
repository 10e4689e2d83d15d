"""Data errors as editors read them: ``file:line: record, field: message``."""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class DataError:
    file: str
    line: int
    record: str | None
    field: str | None
    message: str

    def __str__(self) -> str:
        where = ", ".join(part for part in (self.record, self.field) if part)
        return (
            f"{self.file}:{self.line}: {where}: {self.message}" if where else f"{self.file}:{self.line}: {self.message}"
        )

    def github_annotation(self) -> str:
        """The same error in GitHub Actions' workflow-command format."""
        text = str(self).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
        return f"::error file={self.file},line={self.line}::{text}"


@dataclass(frozen=True, order=True)
class DataWarning:
    """A likely mistake that does not stop the build: printed by ``make check`` and ``make build``.

    Same shape as ``DataError``; kept apart so that no list of errors ever holds one.
    """

    file: str
    line: int
    record: str | None
    field: str | None
    message: str

    def __str__(self) -> str:
        return str(DataError(self.file, self.line, self.record, self.field, self.message))

    def github_annotation(self) -> str:
        """The same warning in GitHub Actions' workflow-command format."""
        text = str(self).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
        return f"::warning file={self.file},line={self.line}::{text}"


def warnings_report(warnings: Iterable[DataWarning]) -> str:
    """The warnings as editors read them, after a heading that says they do not fail the check."""
    items = sorted(set(warnings))
    if not items:
        return ""
    head = f"Peringatan data: {len(items)} hal perlu diperiksa (tidak menggagalkan pemeriksaan)."
    return "\n".join([head, *(str(item) for item in items)])


class DataValidationError(Exception):
    """Raised when data/ holds one or more errors; carries all of them."""

    def __init__(self, errors: Iterable[DataError]) -> None:
        self.errors = sorted(set(errors))
        super().__init__(self.report())

    def report(self) -> str:
        count = len(self.errors)
        head = f"Data tidak valid: {count} kesalahan ditemukan. Perbaiki lalu jalankan lagi."
        return "\n".join([head, *(str(error) for error in self.errors)])


def suggestion(value: object, choices: Iterable[str]) -> str:
    """' (maksud Anda 'x'?)' for a near miss among ``choices``, else ''."""
    if not isinstance(value, str):
        return ""
    options = list(choices)
    lowered = {choice.lower(): choice for choice in options}
    match = difflib.get_close_matches(value.lower(), list(lowered), n=1, cutoff=0.6)
    return f" (maksud Anda '{lowered[match[0]]}'?)" if match else ""


def shown(value: object) -> str:
    """How a wrong value is quoted back to the editor."""
    if isinstance(value, str):
        text = value if len(value) <= 60 else value[:57] + "..."
        return f'"{text}"'
    if isinstance(value, (dict, list)):
        return "sebuah daftar" if isinstance(value, list) else "sebuah bagian bertingkat"
    if value is None:
        return "kosong"
    return str(value)
