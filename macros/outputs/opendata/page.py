"""Macros of the "Data Terbuka" page: the catalogue's tables grouped by data file, links to its files."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from ...rendering.jinja import render
from ...rendering.tables.base import CurrentPage
from .catalogue import Catalogue, Table


class OpenDataPage:
    """``data_terbuka()`` and ``rincian_dataset(table)``, bound to one build's catalogue."""

    def __init__(self, catalogue: Catalogue, current_page: CurrentPage) -> None:
        self.catalogue = catalogue
        self.current_page = current_page

    def data_terbuka(self) -> list[tuple[str, str, list[Table]]]:
        """(data file, its stem, its tables) in data order, for a loop on the page."""
        groups: dict[str, list[Table]] = {}
        for table in self.catalogue.tables:
            groups.setdefault(table.berkas, []).append(table)
        return [(berkas, Path(berkas).stem, tables) for berkas, tables in groups.items()]

    def rincian_dataset(self, table: Table) -> str:
        """Files, row count, licence, last change and columns of one table."""
        return render(
            "dataset.html",
            table=table,
            links=self.current_page(),
            lisensi=self.catalogue.lisensi,
            diperbarui=date.fromisoformat(self.catalogue.diperbarui[table.berkas]),
        )

    def alamat_berkas(self, path: str) -> str:
        """``href`` from this page to a published file, e.g. ``data/katalog.json``, for raw HTML links."""
        return self.current_page().file(path)

    def macros(self) -> dict[str, Callable[..., Any]]:
        return {
            "data_terbuka": self.data_terbuka,
            "rincian_dataset": self.rincian_dataset,
            "alamat_berkas": self.alamat_berkas,
        }
