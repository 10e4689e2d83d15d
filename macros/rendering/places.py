"""What the chapter tables leave behind for other outputs while they render.

- ``Places``: where a chapter table showed each programme (its row and the table's
  number), so a programme's own page can link back to "Tabel 5.3" in its chapter.
- ``PrintCopies``: the full version of a table that the site shows as a summary. The
  site's BAB V and BAB X list programmes compactly and link to the programme pages; a
  printed plan has no links to follow, so the PDF replaces each summary by its full
  table, which has the same number and anchor. The full version is rendered only when a
  PDF is being made, and never reaches the site's HTML.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..figures.numbering import Numbered


@dataclass(frozen=True)
class Place:
    page: str  # docs-relative source of the chapter, e.g. "bab-5-program.md"
    anchor: str  # id of the programme's row
    item: Numbered  # the table


class Places:
    """Programme id -> where it was shown, per kind of table ("program", "indikator")."""

    def __init__(self) -> None:
        self._places: dict[str, dict[str, Place]] = {}

    def add(self, kind: str, programme: str, place: Place) -> None:
        self._places.setdefault(kind, {}).setdefault(programme, place)

    def of(self, kind: str, programme: str) -> Place | None:
        return self._places.get(kind, {}).get(programme)


class PrintCopies:
    """Full tables for the PDF, by page and anchor; kept only while ``wanted()`` says so."""

    def __init__(self, wanted: Callable[[], bool]) -> None:
        self.wanted = wanted
        self._copies: dict[str, dict[str, str]] = {}

    def keep(self, page: str, anchor: str, render: Callable[[], str]) -> None:
        if self.wanted():
            self._copies.setdefault(page, {})[anchor] = render()

    def of(self, page: str) -> dict[str, str]:
        return dict(self._copies.get(page, {}))
