"""The traceability matrix: every readiness gap and strategic issue with the programmes and
actions that answer it (BAB III and the Lampiran)."""

from __future__ import annotations

from dataclasses import dataclass

from ..records import models
from ..records.dataset import Data


@dataclass(frozen=True)
class Answered:
    """A readiness gap or a strategic issue, which programmes and actions answer."""

    id: str
    jenis: str  # "Kesenjangan" or "Isu strategis"
    kelompok: str  # the readiness element or the dimension it belongs to
    uraian: str


@dataclass(frozen=True)
class Jawaban(Answered):
    """One row of the matrix: a gap or an issue, and what answers it."""

    program: tuple[models.Program, ...]
    aksi: tuple[models.RencanaAksi, ...]


def answered(data: Data, ident: str) -> Answered:
    """The gap or strategic issue ``ident`` (a validated reference: it exists)."""
    if ident in data.kesenjangan_by_id:
        element, gap = data.kesenjangan_by_id[ident]
        return Answered(ident, "Kesenjangan", element.nama, gap.uraian)
    analysis, issue = data.isu_by_id[ident]
    return Answered(ident, "Isu strategis", data.dimensi_by_id[analysis.id].nama, issue.uraian)


def keterlacakan(data: Data) -> list[Jawaban]:
    """Gaps in data/kesiapan.yml order, then issues in data/analisis.yml order."""
    gaps = [k.id for e in data.kesiapan.elemen for k in e.kesenjangan]
    issues = [isu.id for a in data.analisis.dimensi for isu in a.isu]
    return [_row(data, ident) for ident in gaps + issues]


def _row(data: Data, ident: str) -> Jawaban:
    gap_or_issue = answered(data, ident)
    program = tuple(p for p in data.program if ident in p.menjawab)
    aksi = tuple(a for a in data.kesiapan.rencana_aksi if ident in a.menjawab)
    return Jawaban(gap_or_issue.id, gap_or_issue.jenis, gap_or_issue.kelompok, gap_or_issue.uraian, program, aksi)


def aksi_elemen(data: Data, elemen: str) -> list[models.RencanaAksi]:
    """Actions that answer a gap of one readiness element (e.g. the suprastruktur action plan)."""
    gaps = {k.id for e in data.kesiapan.elemen if e.id == elemen for k in e.kesenjangan}
    return [a for a in data.kesiapan.rencana_aksi if gaps & set(a.menjawab)]
