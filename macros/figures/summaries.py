"""Summaries the chapters and tables show: per-dimension counts, the plan's yearly stages,
the parties of the RACI matrix, the city's key figures."""

from __future__ import annotations

from dataclasses import dataclass

from ..records import models
from ..records.dataset import Data
from .budget import Rekap


@dataclass(frozen=True)
class RingkasDimensi:
    """One dimension's programmes, quick wins and indicative budget."""

    dimensi: models.Dimensi
    program: int
    quick_win: int
    anggaran: int


def ringkas_dimensi(data: Data) -> list[RingkasDimensi]:
    """Programme count, quick wins and indicative budget of every dimension, in data order."""
    rows = []
    for d in data.dimensi:
        program = data.program_of(dimensi=d.id)
        rows.append(
            RingkasDimensi(d, len(program), sum(p.quick_win for p in program), sum(p.total_anggaran for p in program))
        )
    return rows


@dataclass(frozen=True)
class Tahapan:
    """What happens in one plan year: programmes starting, running, ending, and their budget."""

    tahun: int
    dimulai: int
    berjalan: int
    selesai: int
    quick_win: int
    anggaran: int


def tahapan(data: Data, rekap: Rekap) -> list[Tahapan]:
    program = data.program
    return [
        Tahapan(
            t,
            sum(p.tahun_mulai == t for p in program),
            sum(p.tahun_mulai <= t <= p.tahun_selesai for p in program),
            sum(p.tahun_selesai == t for p in program),
            sum(p.quick_win and p.tahun_mulai <= t <= p.tahun_selesai for p in program),
            rekap.per_tahun(t),
        )
        for t in data.tahun_rencana
    ]


@dataclass(frozen=True)
class Pihak:
    """One column of the RACI matrix: an institution, another party or an OPD."""

    id: str
    singkatan: str
    nama: str


def raci_columns(data: Data) -> list[Pihak]:
    """Institutions first, then OPD in data/opd.yml order, then other parties; only those used."""
    file = data.tata_kelola
    used = {party for k in file.kegiatan for party in k.peran}
    candidates = [
        *(Pihak(x.id, x.singkatan, x.nama) for x in file.lembaga),
        *(Pihak(o.id, o.singkatan, o.nama) for o in data.opd),
        *(Pihak(x.id, x.singkatan, x.nama) for x in file.pihak_lain),
    ]
    return [p for p in candidates if p.id in used]
