"""Numbered tables of the planning chapters (BAB VI-VIII, X): quick wins, roadmap, budget, indicators.

Same pattern as ``base.Tables``: key first, number from the numbering registry, HTML
from a Jinja template; Python only selects and sums typed records.
"""

from __future__ import annotations

from typing import Any, get_args

from ...figures.budget import Matriks
from ...figures.summaries import tahapan
from ...records.models import Dimensi, Jangka, Program
from .base import Tables

INDICATIVE = "angka indikatif"
JANGKA: tuple[str, ...] = get_args(Jangka)


class ProgramTables(Tables):
    """Tables derived from data/program.yml for the planning chapters."""

    # --- BAB VI ---------------------------------------------------------------

    def tabel_quick_win(self, kunci: str, judul: str = "Program percepatan") -> str:
        program = self.data.program_of(quick_win=True)
        awal = self.data.dokumen.periode_mulai
        return self._render(
            "quick_win.html",
            kunci,
            judul,
            self._penyusun(INDICATIVE),
            "program",
            program=program,
            tahun_awal=awal,
            jumlah_awal=sum(p.anggaran.get(awal, 0) for p in program),
            dimensi=self.data.dimensi_by_id,
            opd=self.data.opd_by_id,
        )

    def tabel_rincian_quick_win(self, kunci: str, judul: str, dimensi: str | None = None) -> str:
        program = self.data.program_of(dimensi=dimensi, quick_win=True)
        return self._render(
            "rincian_quick_win.html",
            kunci,
            judul,
            self._penyusun(INDICATIVE),
            "program",
            program=program,
            elemen=self.data.elemen_by_id,
            opd=self.data.opd_by_id,
            regulasi=self.data.regulasi_by_id,
        )

    # --- BAB VII --------------------------------------------------------------

    def tabel_peta_jalan(self, kunci: str, judul: str, dimensi: str | None = None) -> str:
        kelompok = self._kelompok(dimensi)
        tahun = list(self.data.tahun_rencana)
        semua = [p for _, program in kelompok for p in program]
        berjalan = {t: sum(1 for p in semua if p.tahun_mulai <= t <= p.tahun_selesai) for t in tahun}
        return self._render(
            "peta_jalan.html",
            kunci,
            judul,
            self._penyusun(INDICATIVE),
            "program",
            kelompok=kelompok,
            tahun=tahun,
            berjalan=berjalan,
        )

    def tabel_tahapan(self, kunci: str, judul: str = "Program dan anggaran indikatif per tahun") -> str:
        return self._render(
            "tahapan.html", kunci, judul, self._penyusun(INDICATIVE), "program", baris=tahapan(self.data, self.rekap)
        )

    def tabel_jangka(self, kunci: str, judul: str = "Jumlah program per dimensi dan jangka") -> str:
        baris = [(d, {j: sum(p.jangka == j for p in program) for j in JANGKA}) for d, program in self._kelompok(None)]
        return self._render(
            "jangka.html",
            kunci,
            judul,
            self._penyusun(INDICATIVE),
            "program",
            baris=baris,
            jangka=JANGKA,
            total=len(self.data.program),
        )

    # --- BAB VIII -------------------------------------------------------------

    def tabel_anggaran_dimensi(self, kunci: str, judul: str) -> str:
        """Dimension x year, with totals per dimension, per year and overall."""
        return self._matriks(
            kunci, judul, self.rekap.dimensi_tahun(), "Dimensi", self._label_dimensi(), self._label_tahun()
        )

    def tabel_anggaran_sumber(self, kunci: str, judul: str) -> str:
        """Funding source x year."""
        return self._matriks(
            kunci, judul, self.rekap.sumber_tahun(), "Sumber dana", self._label_sumber(), self._label_tahun()
        )

    def tabel_anggaran_dimensi_sumber(self, kunci: str, judul: str) -> str:
        """Dimension x funding source."""
        return self._matriks(
            kunci, judul, self.rekap.dimensi_sumber(), "Dimensi", self._label_dimensi(), self._label_sumber()
        )

    # --- BAB X ----------------------------------------------------------------

    def tabel_indikator(self, kunci: str, judul: str, dimensi: str | None = None) -> str:
        program = self.data.program_of(dimensi=dimensi)
        return self._summary(
            "indikator",
            ("indikator_ringkas.html", "indikator.html"),
            kunci,
            judul,
            self._penyusun(INDICATIVE),
            "program-indikator",
            program,
            program=program,
            tahun=list(self.data.tahun_rencana),
            opd=self.data.opd_by_id,
        )

    # --- helpers --------------------------------------------------------------

    def _kelompok(self, dimensi: str | None) -> list[tuple[Dimensi, list[Program]]]:
        """Programmes grouped by dimension, in the order of data/dimensi.yml."""
        self.data.program_of(dimensi=dimensi)  # unknown id -> clear error
        return [
            (d, self.data.program_of(dimensi=d.id)) for d in self.data.dimensi if dimensi is None or d.id == dimensi
        ]

    def _matriks(
        self,
        kunci: str,
        judul: str,
        m: Matriks,
        judul_baris: str,
        label_baris: dict[Any, str],
        label_kolom: dict[Any, str],
    ) -> str:
        return self._render(
            "anggaran.html",
            kunci,
            judul,
            self._penyusun(INDICATIVE),
            "program",
            m=m,
            judul_baris=judul_baris,
            label_baris=label_baris,
            label_kolom=label_kolom,
        )

    def _label_dimensi(self) -> dict[Any, str]:
        return {d.id: d.nama for d in self.data.dimensi}

    def _label_tahun(self) -> dict[Any, str]:
        return {t: str(t) for t in self.data.tahun_rencana}

    def _label_sumber(self) -> dict[Any, str]:
        return {s: s for s in self.rekap.sumber}
