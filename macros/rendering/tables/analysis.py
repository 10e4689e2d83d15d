"""Tables and blocks of the analysis and its traceability (BAB III, VIII and the Lampiran):
the condition of each dimension with its sources, strategic issues and what answers them,
the action plan, the traceability matrix, and why each non-APBD source fits its programme.

Same pattern as ``base.Tables``; unnumbered blocks (``kondisi_dimensi``) render a template
without a number.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ...figures.traceability import aksi_elemen, keterlacakan
from ...records import models
from ...records.errors import suggestion
from ..jinja import render
from .base import Kutipan, Tables

ANCHOR_SOURCE = "APBD"


@dataclass(frozen=True)
class FaktaTampil:
    uraian: str
    kutipan: tuple[Kutipan, ...]


@dataclass(frozen=True)
class DanaLain:
    """One programme's share of a funding source other than APBD, and why it fits."""

    program: models.Program
    sumber: str
    porsi: int
    rupiah: int
    alasan: str


class AnalysisTables(Tables):
    """The ``tabel_*`` macros of the analysis, plus the condition block of each dimension."""

    def _analisis(self, dimensi: str) -> models.AnalisisDimensi:
        found = {a.id: a for a in self.data.analisis.dimensi}
        if dimensi not in found:
            raise KeyError(f"dimensi '{dimensi}' tidak ada di data/analisis.yml{suggestion(dimensi, found)}")
        return found[dimensi]

    def _regulasi(self, ident: str) -> Kutipan:
        r = self.data.regulasi_by_id[ident]
        return Kutipan(f"{r.jenis} Nomor {r.nomor} Tahun {r.tahun}", None)

    def kondisi_dimensi(self, dimensi: str) -> str:
        """The sourced facts of one dimension as a list, each with its citations (unnumbered)."""
        analisis = self._analisis(dimensi)
        fakta = [
            FaktaTampil(
                f.uraian.rstrip(". "),  # the template closes the sentence after its citations
                tuple(self._kutipan(r) for r in f.rujukan) + tuple(self._regulasi(g) for g in f.regulasi),
            )
            for f in analisis.kondisi
        ]
        return render("kondisi.html", fakta=fakta, links=self.current_page())

    def prioritas_dimensi(self, dimensi: str) -> str:
        """Why this dimension's programmes were chosen (data text, printed literally)."""
        return self._analisis(dimensi).prioritas

    def tabel_isu(self, kunci: str, judul: str, dimensi: str) -> str:
        """Strategic issues of one dimension with the programmes and actions that answer them."""
        self._analisis(dimensi)
        baris = [r for r in keterlacakan(self.data) if r.id in {i.id for i in self._analisis(dimensi).isu}]
        return self._render("isu.html", kunci, judul, self._penyusun(), "analisis-dimensi-isu", baris=baris)

    def tabel_rencana_aksi(self, kunci: str, judul: str, elemen: str | None = None) -> str:
        """Regulations, decisions and procedures to draft: all, or those of one readiness element."""
        if elemen is not None and elemen not in {e.id for e in self.data.kesiapan.elemen}:
            raise KeyError(f"elemen kesiapan '{elemen}' tidak ada di data/kesiapan.yml")
        aksi = self.data.kesiapan.rencana_aksi if elemen is None else aksi_elemen(self.data, elemen)
        return self._render(
            "rencana_aksi.html",
            kunci,
            judul,
            self._penyusun("rencana indikatif"),
            "kesiapan-rencana-aksi",
            aksi=aksi,
            opd=self.data.opd_by_id,
            kesenjangan=self.data.kesenjangan_by_id,
        )

    def tabel_keterlacakan(self, kunci: str, judul: str = "Matriks keterlacakan") -> str:
        """Every gap and issue with the programmes and actions that answer it."""
        return self._render(
            "keterlacakan.html",
            kunci,
            judul,
            self._penyusun("disusun dari kolom 'menjawab' setiap program dan rencana aksi"),
            "program",
            baris=keterlacakan(self.data),
        )

    def tabel_sumber_dana_lain(self, kunci: str, judul: str) -> str:
        """Every funding source other than APBD, programme by programme, with its reason."""
        rupiah: dict[tuple[str, str], int] = {}
        for pos in self.rekap.pos:
            key = (pos.program.id, pos.sumber)
            rupiah[key] = rupiah.get(key, 0) + pos.rupiah
        baris = [
            DanaLain(p, s, porsi, rupiah.get((p.id, s), 0), p.alasan_sumber_dana.get(s, ""))
            for p in self.data.program
            for s, porsi in p.sumber_dana.items()
            if s != ANCHOR_SOURCE
        ]
        return self._render(
            "sumber_dana_lain.html",
            kunci,
            judul,
            self._penyusun("angka indikatif"),
            "program",
            baris=baris,
            dimensi=self.data.dimensi_by_id,
        )

    def macros(self) -> dict[str, Callable[..., str]]:
        extra = ("kondisi_dimensi", "prioritas_dimensi")
        return super().macros() | {name: getattr(self, name) for name in extra}
