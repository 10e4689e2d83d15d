"""Data errors as editors read them: ``file:line: record, field: message``."""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Place:
    """Another place where the same mistake was found (see ``DataError.also``)."""

    file: str
    line: int
    record: str | None


@dataclass(frozen=True, order=True)
class DataError:
    file: str
    line: int
    record: str | None
    field: str | None
    message: str
    # other places that belong to this message (records.rules.reporter): the same mistake
    # found again ("juga di"), or the references a wrong definition breaks ("dirujuk di")
    also: tuple[Place, ...] = ()
    also_label: str = "juga di"

    def __str__(self) -> str:
        where = ", ".join(part for part in (self.record, self.field) if part)
        head = f"{self.file}:{self.line}: {where}: " if where else f"{self.file}:{self.line}: "
        return head + self.message + self._also_text()

    def _also_text(self) -> str:
        if not self.also:
            return ""
        parts = []
        for place in self.also:
            where = f"{place.file}:{place.line}" if place.file != self.file else f"baris {place.line}"
            parts.append(f"{place.record} ({where})" if place.record else where)
        other = " lain" if self.also_label == "juga di" else ""
        return f" — {self.also_label} {len(parts)} tempat{other}: {', '.join(parts)}"

    @property
    def place(self) -> Place:
        return Place(self.file, self.line, self.record)

    def places(self) -> tuple[Place, ...]:
        return (self.place, *self.also)

    def github_annotation(self) -> str:
        """The same error in GitHub Actions' workflow-command format, one line per place."""
        text = str(self).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
        return "\n".join(f"::error file={place.file},line={place.line}::{text}" for place in self.places())


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
    items = sorted(set(warnings), key=lambda w: (w.file, w.line, w.record or "", w.field or "", w.message))
    if not items:
        return ""
    head = f"Peringatan data: {len(items)} hal perlu diperiksa (tidak menggagalkan pemeriksaan)."
    return "\n".join([head, *(str(item) for item in items)])


def in_reading_order(error: DataError) -> tuple[str, int, str, str, str]:
    """Sort key: file, line, then record and field (either may be None), then message."""
    return (error.file, error.line, error.record or "", error.field or "", error.message)


class DataValidationError(Exception):
    """Raised when data/ holds one or more errors; carries all of them."""

    def __init__(self, errors: Iterable[DataError]) -> None:
        self.errors = sorted(set(errors), key=in_reading_order)
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
