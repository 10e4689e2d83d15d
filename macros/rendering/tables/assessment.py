"""Tables that show how the plan's structure and numbers were arrived at (review 2 of issue 11):
the chain from missions through goals and targets to the key indicators (BAB IV), the
readiness scoring sheet behind the element scores (BAB III), and the APBD-only scenario
that shows the city's budget need if no other source comes through (BAB VIII).

Same pattern as ``base.Tables``.
"""

from __future__ import annotations

from ...figures.scenarios import skenario_apbd
from .base import Tables


class AssessmentTables(Tables):
    """The ``tabel_*`` macros of the goal chain, the scoring sheet and the fallback scenario."""

    def tabel_tujuan(self, kunci: str, judul: str) -> str:
        """Each mission with its goals, each goal's targets, and the IKU that measure them."""
        visi = self.data.visi
        misi = {m.id: m for m in visi.misi}
        kelompok = [(misi[m.id], [t for t in visi.tujuan if t.misi == m.id]) for m in visi.misi]
        return self._render(
            "tujuan.html",
            kunci,
            judul,
            self._penyusun("usulan"),
            "visi-tujuan",
            kelompok=[(m, goals) for m, goals in kelompok if goals],
            iku={k.id: k for k in visi.iku},
        )

    def tabel_kesiapan_aspek(self, kunci: str, judul: str) -> str:
        """The aspects each readiness element was scored on, with score and reason."""
        file = self.data.kesiapan
        return self._render(
            "kesiapan_aspek.html",
            kunci,
            judul,
            self._penyusun("penilaian tim penyusun, indikatif"),
            "kesiapan-elemen-aspek",
            elemen=[e for e in file.elemen if e.aspek],
            maksimal=file.skor_maksimal,
        )

    def tabel_skenario_apbd(self, kunci: str, judul: str) -> str:
        """APBD per year as planned, the other sources, and APBD if none of them is obtained."""
        return self._render(
            "skenario_apbd.html",
            kunci,
            judul,
            self._penyusun("angka indikatif"),
            "program",
            baris=skenario_apbd(self.rekap),
        )
