"""Macros of the "Data Terbuka" page (the catalogue's tables grouped by data file, links to its
files) and of the Lampiran (the open-data files the PDF carries as attachments)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path, PurePosixPath
from typing import Any

from ...figures.numbering import Numbered, lookup
from ...rendering.jinja import render
from ...rendering.links import drafting_team
from ...rendering.tables.base import CurrentPage
from .catalogue import KATALOG, KATALOG_KEY, Catalogue, Table


class OpenDataPage:
    """``data_terbuka()``, ``rincian_dataset(table)`` and ``tabel_berkas_terlampir``, bound to
    one build's catalogue (and, for the numbered table, its numbering and the document's year)."""

    def __init__(
        self, catalogue: Catalogue, current_page: CurrentPage, registry: dict[str, Numbered], tahun: int
    ) -> None:
        self.catalogue = catalogue
        self.current_page = current_page
        self.registry = registry
        self.tahun = tahun

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

    def tabel_berkas_terlampir(self, kunci: str, judul: str = "Berkas data terbuka yang dilampirkan pada PDF") -> str:
        """Numbered table of every open-data file, which the PDF carries as an attachment."""
        links = self.current_page()
        return render(
            "berkas_terlampir.html",
            item=lookup(self.registry, kunci, links.src),
            judul=judul,
            sumber=drafting_team(self.tahun, "katalog data terbuka"),
            # the source line's link: the top of the Data Terbuka page (#data-terbuka), which
            # introduces katalog.json; this table lists every table of it, not one
            data_terbuka="terbuka",
            links=links,
            lampiran=(KATALOG_KEY,),
            tabel_data=self.catalogue.tables,
            katalog=KATALOG,
            katalog_nama=PurePosixPath(KATALOG).name,
        )

    def macros(self) -> dict[str, Callable[..., Any]]:
        return {
            "data_terbuka": self.data_terbuka,
            "rincian_dataset": self.rincian_dataset,
            "alamat_berkas": self.alamat_berkas,
            "tabel_berkas_terlampir": self.tabel_berkas_terlampir,
        }
