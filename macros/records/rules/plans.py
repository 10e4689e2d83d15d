"""What each programme does in each year, how programmes were ranked, and what the city can
spend (issue 11, review 1).

- Action plan: every year in which a programme has budget has at least one activity with
  its output (``kegiatan``), and no activity falls in a year without budget.
- Prioritisation: once data/analisis.yml names the criteria (``penilaian_prioritas``), every
  programme scores every criterion within the scale, and in each dimension a quick win
  scores at least as high as every programme that is not one (the table that shows the
  ranking must support the choice of quick wins).
- Fiscal capacity: the city's total spending (data/kota.yml ``belanja_apbd``) is a baseline
  like any other: sourced, or not available yet with when and how it will be filled in.
"""

from __future__ import annotations

from collections import defaultdict

from .. import models
from ..dataset import Data
from . import baselines
from .reporter import Reporter

NOT_QUICK_WIN = "yang bukan quick win"


def check(report: Reporter, data: Data) -> None:
    for i, p in enumerate(data.program):
        _action_plan(report, i, p)
    criteria = data.analisis.penilaian_prioritas
    if criteria is not None:
        _criteria(report, criteria)
        for i, p in enumerate(data.program):
            _scores(report, criteria, i, p)
        _quick_wins_rank_first(report, data)
    elif any(p.skor_prioritas for p in data.program):
        first = next(i for i, p in enumerate(data.program) if p.skor_prioritas)
        report.error(
            "program",
            ("program", first, "skor_prioritas"),
            "skor prioritas diisi, tetapi kriterianya belum ditulis di data/analisis.yml ('penilaian_prioritas')",
        )
    if data.kota.belanja_apbd is not None:
        baselines.baseline(report, data, "kota", ("kota", "belanja_apbd"), data.kota.belanja_apbd)


def _action_plan(report: Reporter, i: int, p: models.Program) -> None:
    if not p.kegiatan:
        report.error(
            "program",
            ("program", i, "kegiatan"),
            "program belum memiliki rencana kegiatan: tulis di 'kegiatan' sedikitnya satu kegiatan untuk setiap "
            "tahun beranggaran, masing-masing dengan tahun, kegiatan dan keluaran",
        )
        return
    funded = {year for year, amount in p.anggaran.items() if amount > 0}
    planned = {k.tahun for k in p.kegiatan}
    for j, k in enumerate(p.kegiatan):
        if k.tahun not in funded:
            report.error(
                "program",
                ("program", i, "kegiatan", j, "tahun"),
                f"kegiatan tahun {k.tahun} tidak beranggaran: program ini beranggaran pada tahun "
                f"{_years(funded)}; pindahkan kegiatannya atau tambahkan anggarannya",
            )
    for year in sorted(funded - planned):
        report.error(
            "program",
            ("program", i, "anggaran", year),
            f"tahun {year} beranggaran, tetapi belum ada kegiatan untuk tahun itu; tambahkan di 'kegiatan' "
            "apa yang dikerjakan dan keluarannya",
        )


def _years(years: set[int]) -> str:
    ordered = sorted(years)
    return ", ".join(str(y) for y in ordered) if ordered else "(tidak ada)"


def _criteria(report: Reporter, criteria: models.PenilaianPrioritas) -> None:
    report.unique(
        "analisis",
        ((("penilaian_prioritas", "kriteria", i, "id"), k.id) for i, k in enumerate(criteria.kriteria)),
        "id kriteria",
    )
    report.unique(
        "analisis",
        ((("penilaian_prioritas", "skala", i, "skor"), str(t.skor)) for i, t in enumerate(criteria.skala)),
        "skor",
    )


def _scores(report: Reporter, criteria: models.PenilaianPrioritas, i: int, p: models.Program) -> None:
    known = {k.id: k for k in criteria.kriteria}
    low, high = criteria.skor_minimal, criteria.skor_maksimal
    for key, score in p.skor_prioritas.items():
        loc = ("program", i, "skor_prioritas", key)
        if key not in known:
            report.known("program", loc, key, known, "kriteria prioritas", "data/analisis.yml (penilaian_prioritas)")
        elif not low <= score <= high:
            report.error("program", loc, f"skor {score} di luar skala {low}–{high} (data/analisis.yml)")
    missing = [k.id for k in criteria.kriteria if k.id not in p.skor_prioritas]
    if missing:
        report.error(
            "program",
            ("program", i, "skor_prioritas"),
            f"skor prioritas belum diisi untuk kriteria {', '.join(missing)}; setiap program dinilai pada "
            "semua kriteria di data/analisis.yml (penilaian_prioritas)",
        )


def _quick_wins_rank_first(report: Reporter, data: Data) -> None:
    by_dimension: dict[str, list[tuple[int, models.Program]]] = defaultdict(list)
    for i, p in enumerate(data.program):
        by_dimension[p.dimensi].append((i, p))
    for programmes in by_dimension.values():
        others = [p for _, p in programmes if not p.quick_win]
        if not others:
            continue
        best = max(others, key=lambda p: p.total_skor_prioritas)
        for i, p in programmes:
            if p.quick_win and p.total_skor_prioritas < best.total_skor_prioritas:
                report.error(
                    "program",
                    ("program", i, "skor_prioritas"),
                    f"program quick win ini berskor prioritas {p.total_skor_prioritas}, lebih rendah daripada "
                    f"{best.id} ({best.total_skor_prioritas}) {NOT_QUICK_WIN} pada dimensi yang sama; tinjau "
                    "skornya atau pilihan quick win-nya",
                )
