"""Derived figures of the action plans and the prioritisation (issue 11, review 1).

Pure functions over ``Data``: the programmes of a dimension ranked by their priority score,
and the city's fiscal capacity set against the plan's average yearly need.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..records import models
from ..records.dataset import Data
from .budget import Rekap


@dataclass(frozen=True)
class Peringkat:
    """One programme in the prioritisation table: its scores in criterion order and its rank."""

    program: models.Program
    skor: tuple[int, ...]
    jumlah: int
    peringkat: int  # 1 = highest total in its dimension (ties share a rank)


def peringkat_dimensi(data: Data, dimensi: str) -> list[Peringkat]:
    """Programmes of ``dimensi`` by total score, highest first (data order among equals)."""
    criteria = data.analisis.penilaian_prioritas
    order = [k.id for k in criteria.kriteria] if criteria else []
    programmes = sorted(data.program_of(dimensi=dimensi), key=lambda p: -p.total_skor_prioritas)
    rows: list[Peringkat] = []
    for p in programmes:
        better = sum(1 for q in programmes if q.total_skor_prioritas > p.total_skor_prioritas)
        scores = tuple(p.skor_prioritas.get(k, 0) for k in order)
        rows.append(Peringkat(p, scores, p.total_skor_prioritas, better + 1))
    return rows


@dataclass(frozen=True)
class KemampuanFiskal:
    """The plan's average yearly need against the city's total spending, when that is known."""

    tersedia: bool
    tahun_anggaran: int | None
    belanja: float | None
    porsi: float | None  # percent of spending the average year of the plan would take
    kebutuhan_rata_rata: int
    diukur_tahun: int | None
    diukur_cara: str | None
    diukur_oleh: str | None
    # an earlier year's published spending, for scale while the latest is not available
    tahun_terdahulu: int | None = None
    belanja_terdahulu: float | None = None
    porsi_terdahulu: float | None = None


def kemampuan_fiskal(data: Data, rekap: Rekap) -> KemampuanFiskal:
    years = data.dokumen.periode_selesai - data.dokumen.periode_mulai + 1
    average = rekap.total // years
    b = data.kota.belanja_apbd
    earlier = data.kota.belanja_apbd_terdahulu
    if b is None or b.nilai is None:
        measured = b.diukur if b is not None else None
        return KemampuanFiskal(
            False,
            None,
            None,
            None,
            average,
            measured.tahun if measured else None,
            measured.cara if measured else None,
            data.opd_by_id[measured.oleh].singkatan if measured else None,
            earlier.tahun if earlier is not None else None,
            earlier.nilai if earlier is not None else None,
            100 * average / earlier.nilai if earlier is not None and earlier.nilai else None,
        )
    share = 100 * average / b.nilai if b.nilai else None
    return KemampuanFiskal(True, b.tahun, b.nilai, share, average, None, None, None)
