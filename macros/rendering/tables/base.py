"""Table macros: each takes its key first, looks up its number, renders its template."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from ...figures.budget import Rekap
from ...figures.numbering import Numbered, lookup
from ...records.dataset import Data
from ...records.models import Program
from ..jinja import render
from ..links import PageLinks, drafting_team
from ..pages import programme_src
from ..places import Place, Places, PrintCopies
from .datasets import DATASETS

CurrentPage = Callable[[], PageLinks]  # the page being rendered, asked for at render time
# groups of the legal-basis table, in order; regulations without a group come last
REGULATION_GROUPS: tuple[tuple[str | None, str], ...] = (
    ("dasar", "Dasar penyusunan rencana induk"),
    ("pijakan", "Pijakan program tertentu"),
    (None, "Peraturan lain"),
)
# key of the numbered table that lists the references; citations link to its rows
REFERENCE_TABLE = "rujukan"


@dataclass(frozen=True)
class Kutipan:
    """A citation in a table cell or HTML block: its text and the link to its reference row
    (none when the document has no table of references, or for a regulation)."""

    teks: str
    href: str | None


class Tables:
    """The numbered tables a chapter can call, bound to one build's data and numbering."""

    def __init__(
        self,
        data: Data,
        registry: dict[str, Numbered],
        rekap: Rekap,
        current_page: CurrentPage,
        *,
        places: Places | None = None,
        printed: PrintCopies | None = None,
    ) -> None:
        self.data = data
        self.registry = registry
        self.rekap = rekap
        self.current_page = current_page
        self.places = places if places is not None else Places()
        self.printed = printed if printed is not None else PrintCopies(lambda: False)

    def _render(self, template: str, key: str, judul: str, sumber: str, dataset: str, **context: Any) -> str:
        """``sumber``: who made the table and when; ``dataset``: its table on the open-data page."""
        links = self.current_page()
        return render(
            template,
            item=lookup(self.registry, key, links.src),
            judul=judul,
            sumber=sumber,
            data_terbuka=dataset,
            links=links,
            lampiran=DATASETS.get(template, (dataset,)),
            **context,
        )

    def _kutipan(self, ident: str) -> Kutipan:
        """The citation of reference ``ident``, linked to its row in the table of references."""
        table = self.registry.get(REFERENCE_TABLE)
        href = self.current_page().page(table.page, f"rujukan-{ident}") if table else None
        return Kutipan(self.data.rujukan_by_id[ident].sitasi, href)

    def _penyusun(self, note: str = "") -> str:
        """'Tim Penyusun, 2023; <note>': source line of a table made from the plan's own data."""
        return drafting_team(self.data.dokumen.tanggal.year, note)

    def _summary(
        self,
        kind: str,
        templates: tuple[str, str],
        key: str,
        judul: str,
        sumber: str,
        dataset: str,
        rows: Sequence[Program],
        **context: Any,
    ) -> str:
        """A programme table that the site shows as a summary linking to the programme pages
        (``templates[0]``) and the PDF in full (``templates[1]``), under one number and anchor.
        Each row's place is noted for the programme's page (its breadcrumb)."""
        links = self.current_page()
        item = lookup(self.registry, key, links.src)
        for p in rows:
            self.places.add(kind, p.id, Place(links.src, f"{kind}-{p.id.lower()}", item))
        summary, full = templates
        self.printed.keep(links.src, item.anchor, lambda: self._render(full, key, judul, sumber, dataset, **context))
        return self._render(summary, key, judul, sumber, dataset, halaman=programme_src, **context)

    def tabel_program(
        self,
        kunci: str,
        judul: str,
        dimensi: str | None = None,
        elemen: str | None = None,
        quick_win: bool | None = None,
    ) -> str:
        """Programmes of one dimension or element (or all), with total indicative budget."""
        program = self.data.program_of(dimensi=dimensi, elemen=elemen, quick_win=quick_win)
        return self._summary(
            "program",
            ("program_ringkas.html", "program.html"),
            kunci,
            judul,
            self._penyusun("angka indikatif"),
            "program",
            program,
            program=program,
            opd=self.data.opd_by_id,
        )

    def tabel_regulasi(self, kunci: str, judul: str = "Dasar hukum") -> str:
        """Regulations by group; an amending regulation is cited with the one it amends."""
        amending = {r.perubahan.regulasi for r in self.data.regulasi if r.perubahan is not None}
        shown = [r for r in self.data.regulasi if r.id not in amending]
        kelompok = [
            (label, [r for r in shown if r.kelompok == key])
            for key, label in REGULATION_GROUPS
            if any(r.kelompok == key for r in shown)
        ]
        return self._render(
            "regulasi.html",
            kunci,
            judul,
            self._penyusun("judul dan tanggal menurut sumber pada kolom terakhir setiap baris"),
            "regulasi",
            kelompok=kelompok,
            regulasi=self.data.regulasi_by_id,
        )

    def tabel_kecamatan(self, kunci: str, judul: str = "Kecamatan, kelurahan dan desa") -> str:
        kecamatan = self.data.kota.kecamatan
        sumber = self._penyusun("dihimpun dari " + "; ".join(dict.fromkeys(k.sumber for k in kecamatan)))
        return self._render("kecamatan.html", kunci, judul, sumber, "kota-kecamatan", kecamatan=kecamatan)

    def tabel_penduduk(self, kunci: str, judul: str = "Jumlah penduduk") -> str:
        penduduk = self.data.kota.penduduk
        sumber = "; ".join(dict.fromkeys(p.sumber for p in penduduk))
        return self._render("penduduk.html", kunci, judul, sumber, "kota-penduduk", penduduk=penduduk)

    def macros(self) -> dict[str, Callable[..., str]]:
        """The ``tabel_*`` macros this class itself defines; each subclass registers its own."""
        return {name: getattr(self, name) for name in vars(type(self)) if name.startswith("tabel_")}
