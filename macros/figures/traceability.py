"""The traceability matrix: every readiness gap and strategic issue with the programmes and
actions that answer it (BAB III and the Lampiran)."""

from __future__ import annotations

from dataclasses import dataclass

from ..records import models
from ..records.dataset import Data


@dataclass(frozen=True)
class Jawaban:
    """One row of the matrix: a gap or an issue, and what answers it."""

    id: str
    jenis: str  # "Kesenjangan" or "Isu strategis"
    kelompok: str  # the readiness element or the dimension it belongs to
    uraian: str
    program: tuple[models.Program, ...]
    aksi: tuple[models.RencanaAksi, ...]


def keterlacakan(data: Data) -> list[Jawaban]:
    """Gaps in data/kesiapan.yml order, then issues in data/analisis.yml order."""
    rows = []
    for e in data.kesiapan.elemen:
        for k in e.kesenjangan:
            rows.append(Jawaban(k.id, "Kesenjangan", e.nama, k.uraian, *_answers(data, k.id)))
    for a in data.analisis.dimensi:
        nama = data.dimensi_by_id[a.id].nama
        for isu in a.isu:
            rows.append(Jawaban(isu.id, "Isu strategis", nama, isu.uraian, *_answers(data, isu.id)))
    return rows


def _answers(data: Data, ident: str) -> tuple[tuple[models.Program, ...], tuple[models.RencanaAksi, ...]]:
    program = tuple(p for p in data.program if ident in p.menjawab)
    aksi = tuple(a for a in data.kesiapan.rencana_aksi if ident in a.menjawab)
    return program, aksi


def aksi_elemen(data: Data, elemen: str) -> list[models.RencanaAksi]:
    """Actions that answer a gap of one readiness element (e.g. the suprastruktur action plan)."""
    gaps = {k.id for e in data.kesiapan.elemen if e.id == elemen for k in e.kesenjangan}
    return [a for a in data.kesiapan.rencana_aksi if gaps & set(a.menjawab)]
