"""What a programme will do year by year, and how it was ranked (issue 11, review 1).

- ``KegiatanTahunan``: one activity of a programme's action plan in one year, with the
  output that shows it was done (data/program.yml, ``kegiatan``).
- ``PenilaianPrioritas``: the criteria on which the drafting team scored every programme
  (data/analisis.yml, ``penilaian_prioritas``); each programme carries its scores in
  ``skor_prioritas``. ``records.rules.plans`` checks both.
"""

from __future__ import annotations

from pydantic import Field

from ..fields import BilanganBulat, Kode, Tahun, Teks
from .base import Record


class KegiatanTahunan(Record):
    """One activity of a programme in one year and its output."""

    tahun: Tahun
    kegiatan: Teks
    keluaran: Teks


class KriteriaPrioritas(Record):
    id: Kode
    nama: Teks
    uraian: Teks


class TingkatSkor(Record):
    skor: BilanganBulat
    arti: Teks


class PenilaianPrioritas(Record):
    """How programmes were scored: method, the meaning of each score, the criteria."""

    metode: Teks
    skala: list[TingkatSkor] = Field(min_length=2)
    kriteria: list[KriteriaPrioritas] = Field(min_length=1)

    @property
    def skor_maksimal(self) -> int:
        return max(t.skor for t in self.skala)

    @property
    def skor_minimal(self) -> int:
        return min(t.skor for t in self.skala)
