"""How a rule reports: an error on a location in a data file, told with its line and record."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from ..dataset import Data
from ..errors import DataError, suggestion
from ..validation import field_label, record_label
from ..yaml_source import Location


class Reporter:
    """Collects the errors of every rule for one ``Data``."""

    def __init__(self, data: Data) -> None:
        self.data = data
        self.errors: list[DataError] = []

    def error(self, stem: str, loc: Location, message: str) -> None:
        positions = self.data.positions.get(stem)
        if positions is not None and len(loc) >= 2 and isinstance(loc[1], int):
            loc = (loc[0], positions[loc[1]], *loc[2:])  # back to the record's place in the file
        source = self.data.sources[stem]
        lists = type(self.data.files[stem]).LISTS
        record, rest = record_label(source, loc, lists)
        self.errors.append(DataError(source.name, source.line_of(loc), record, field_label(rest), message))

    def unique(self, stem: str, items: Iterable[tuple[Location, str]], what: str) -> None:
        first: dict[str, Location] = {}
        for loc, ident in items:
            if ident in first:
                line = self.data.sources[stem].line_of(first[ident])
                self.error(
                    stem, loc, f"{what} '{ident}' sudah dipakai (pertama di baris {line}); setiap {what} harus unik"
                )
            else:
                first[ident] = loc

    def known(self, stem: str, loc: Location, value: str, choices: Mapping[str, object], what: str, where: str) -> None:
        if value not in choices:
            self.error(stem, loc, f"{what} '{value}' tidak ada di {where}{suggestion(value, choices)}")
