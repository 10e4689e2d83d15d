"""Numbered tables of the action plans and the prioritisation (issue 11, review 1).

``tabel_rencana_kegiatan`` lists each programme's activities and outputs year by year: for
a dimension (the appendix), for all programmes, or for one programme (``program="P001"``,
for a programme's own page). ``tabel_prioritas`` shows the drafting team's scores on the
quick-win criteria, ranked within each dimension. Same pattern as ``base.Tables``.
"""

from __future__ import annotations

from ...figures.plans import peringkat_dimensi
from ...records import models
from ...records.dataset import Data
from ...records.errors import suggestion
from .base import Tables

# the member of the steering council who chairs it signs the commitment sheet for the city
CHAIR = "Ketua"


def _head_of_region(data: Data) -> str:
    """The chair of the first body in data/tata_kelola.yml: the head of region, in its words."""
    for lembaga in data.tata_kelola.lembaga:
        for anggota in lembaga.anggota:
            if anggota.kedudukan == CHAIR:
                return str(anggota.jabatan)
    raise KeyError("data/tata_kelola.yml: belum ada anggota berkedudukan 'Ketua' yang menandatangani lembar komitmen")


class PlanTables(Tables):
    """The ``tabel_*`` macros of the action plans and the prioritisation."""

    def tabel_rencana_kegiatan(
        self, kunci: str, judul: str, dimensi: str | None = None, program: str | None = None
    ) -> str:
        """Activities and outputs per year of the programmes of a dimension, or of one programme."""
        if program is not None:
            if program not in self.data.program_by_id:
                raise KeyError(
                    f"program '{program}' tidak ada di data/program.yml{suggestion(program, self.data.program_by_id)}"
                )
            chosen: list[models.Program] = [self.data.program_by_id[program]]
        else:
            chosen = self.data.program_of(dimensi=dimensi)
        return self._render(
            "rencana_kegiatan.html",
            kunci,
            judul,
            self._penyusun("rencana indikatif"),
            "program-kegiatan",
            program=chosen,
            opd=self.data.opd_by_id,
        )

    def tabel_komitmen(self, kunci: str, judul: str) -> str:
        """The commitment sheet of stage IV as a form: each lead OPD with its programmes and budget,
        an empty cell for the head of the OPD to sign, and a closing line for the head of region
        (who chairs the Dewan Smart City in data/tata_kelola.yml) to approve it."""
        baris = [
            (o, programmes)
            for o in self.data.opd
            if (programmes := [p for p in self.data.program if p.opd_pengampu == o.id])
        ]
        return self._render(
            "komitmen.html",
            kunci,
            judul,
            self._penyusun("format lembar komitmen; anggaran indikatif"),
            "program",
            baris=baris,
            kota=self.data.kota.nama,
            kepala_daerah=_head_of_region(self.data),
        )

    def tabel_prioritas(self, kunci: str, judul: str) -> str:
        """Every programme's score on each criterion and its total, ranked within its dimension."""
        criteria = self.data.analisis.penilaian_prioritas
        if criteria is None:
            raise KeyError("data/analisis.yml: 'penilaian_prioritas' belum ditulis, sehingga tabel ini kosong")
        kelompok = [(d, peringkat_dimensi(self.data, d.id)) for d in self.data.dimensi]
        return self._render(
            "prioritas.html",
            kunci,
            judul,
            self._penyusun("penilaian tim penyusun, indikatif"),
            "program",
            kriteria=criteria.kriteria,
            maksimal=criteria.skor_maksimal * len(criteria.kriteria),
            kelompok=kelompok,
        )
