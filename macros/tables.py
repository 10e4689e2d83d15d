"""Table macros: each takes its key first, looks up its number, renders its template."""
from __future__ import annotations

from typing import Any, Callable

from .loader import Data
from .numbering import Numbered, lookup
from .render import render

Page = Callable[[], str]  # returns the docs-relative path of the page being rendered


class Tables:
    """The numbered tables a chapter can call, bound to one build's data and numbering."""

    def __init__(self, data: Data, registry: dict[str, Numbered], current_page: Page) -> None:
        self.data = data
        self.registry = registry
        self.current_page = current_page

    def _item(self, key: str) -> Numbered:
        return lookup(self.registry, key, self.current_page())

    def _render(self, template: str, key: str, judul: str, sumber: str, **context: Any) -> str:
        return render(template, item=self._item(key), judul=judul, sumber=sumber, **context)

    def tabel_program(self, kunci: str, judul: str, dimensi: str | None = None, elemen: str | None = None,
                      quick_win: bool | None = None) -> str:
        """Programmes of one dimension or element (or all), with total indicative budget."""
        program = self.data.program_of(dimensi=dimensi, elemen=elemen, quick_win=quick_win)
        return self._render("program.html", kunci, judul, "data/program.yml (angka indikatif)",
                            program=program, opd=self.data.opd_by_id)

    def tabel_regulasi(self, kunci: str, judul: str = "Dasar hukum") -> str:
        return self._render("regulasi.html", kunci, judul, "data/regulasi.yml", regulasi=self.data.regulasi)

    def tabel_kecamatan(self, kunci: str, judul: str = "Kecamatan, kelurahan dan desa") -> str:
        kecamatan = self.data.kota.kecamatan
        sumber = "; ".join(dict.fromkeys(k.sumber for k in kecamatan))
        return self._render("kecamatan.html", kunci, judul, sumber, kecamatan=kecamatan)

    def tabel_penduduk(self, kunci: str, judul: str = "Jumlah penduduk") -> str:
        return self._render("penduduk.html", kunci, judul, "data/kota.yml", penduduk=self.data.kota.penduduk)

    def tabel_opd(self, kunci: str, judul: str = "Perangkat daerah") -> str:
        return self._render("opd.html", kunci, judul, "data/opd.yml", opd=self.data.opd)

    def macros(self) -> dict[str, Callable[..., str]]:
        """The ``tabel_*`` macros this class itself defines; each subclass registers its own."""
        return {name: getattr(self, name) for name in vars(type(self)) if name.startswith("tabel_")}
