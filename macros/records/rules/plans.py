"""What each programme does in each year, how programmes were ranked, and what the city can
spend (issue 11, review 1).

- Action plan: every year in which a programme has budget has at least one activity with
  its output (``kegiatan``), and no activity falls in a year without budget.
- Prioritisation: once data/analisis.yml names the criteria (``penilaian_prioritas``), every
  programme scores every criterion within the scale, and in each dimension a quick win
  scores at least as high as every programme that is not one (the table that shows the
  ranking must support the choice of quick wins).
- Fiscal capacity: the city's total spending (data/kota.yml ``belanja_apbd``) is a baseline
  like any other: sourced, or not available yet with when and how it will be filled in. An
  earlier year's spending shown for scale (``belanja_apbd_terdahulu``) must be sourced.

Each check reads only values that could be read (rules/reporter.py); the ranking is judged
only when every programme's dimension, quick-win mark and scores are sound.
"""

from __future__ import annotations

from collections import defaultdict

from .. import models
from ..dataset import Data
from . import baselines, ids, sources
from .document import unique
from .reporter import At, Ids, Reporter

NOT_QUICK_WIN = "yang bukan quick win"
WHERE_CRITERIA = "data/analisis.yml (penilaian_prioritas)"


def check(report: Reporter, data: Data) -> None:
    programmes = list(report.records("program", "program", lambda: data.program))
    for rec, p in programmes:
        _action_plan(rec, p)
    criteria_at = report.at("analisis", "penilaian_prioritas")
    if criteria_at.present(()):
        criteria = data.analisis.penilaian_prioritas
        if criteria is not None:
            _prioritisation(report, criteria_at, criteria, programmes)
        else:
            scored = [rec for rec, p in programmes if rec.sound("skor_prioritas") and p.skor_prioritas]
            if scored:
                scored[0].error(
                    "skor_prioritas",
                    "skor prioritas diisi, tetapi kriterianya belum ditulis di data/analisis.yml "
                    "('penilaian_prioritas')",
                )
    city = report.at("kota", "kota")
    if city.sound("belanja_apbd") and data.kota.belanja_apbd is not None:
        plan_end = data.dokumen.periode_selesai if report.sound("kota", ("dokumen", "periode_selesai")) else None
        baselines.baseline(
            city.at("belanja_apbd"),
            data.kota.belanja_apbd,
            sources.document_date(report, data),
            plan_end,
            ids.opd(report, data),
        )
    earlier = data.kota.belanja_apbd_terdahulu if city.sound("belanja_apbd_terdahulu") else None
    if earlier is not None:
        if earlier.sumber is None or earlier.nilai is None or earlier.tahun is None:
            city.error(
                "belanja_apbd_terdahulu",
                "belanja daerah tahun terdahulu hanya dipakai sebagai pembanding bila bersumber: tulis 'nilai', "
                "'tahun' dan 'sumber' (penerbit, judul, tahun), atau hapus bagian ini",
            )
        else:
            document = sources.document_date(report, data)
            if document is not None:
                # the year is the budget year, which a projection may name before it begins
                sources.published(city.at("belanja_apbd_terdahulu"), document, ("sumber",), earlier.sumber)


def _action_plan(rec: At, p: models.Program) -> None:
    if not rec.present("kegiatan"):
        return
    if not p.kegiatan:
        rec.error(
            "kegiatan",
            "program belum memiliki rencana kegiatan: tulis di 'kegiatan' sedikitnya satu kegiatan untuk setiap "
            "tahun beranggaran, masing-masing dengan tahun, kegiatan dan keluaran",
        )
        return
    if not rec.sound("anggaran"):
        return  # which years have budget is not known: the budget's own message comes first
    funded = {year for year, amount in p.anggaran.items() if amount > 0}
    activities = list(rec.records("kegiatan", lambda: p.kegiatan))
    for k_rec, k in activities:
        if k_rec.sound("tahun") and k.tahun not in funded:
            k_rec.error(
                "tahun",
                f"kegiatan tahun {k.tahun} tidak beranggaran: program ini beranggaran pada tahun "
                f"{_years(funded)}; pindahkan kegiatannya atau tambahkan anggarannya",
            )
    if not all(k_rec.sound("tahun") for k_rec, _ in activities):
        return  # an activity whose year could not be read may be the one a year lacks
    planned = {k.tahun for _, k in activities}
    for year in sorted(funded - planned):
        rec.error(
            ("anggaran", year),
            f"tahun {year} beranggaran, tetapi belum ada kegiatan untuk tahun itu; tambahkan di 'kegiatan' "
            "apa yang dikerjakan dan keluarannya",
        )


def _years(years: set[int]) -> str:
    ordered = sorted(years)
    return ", ".join(str(y) for y in ordered) if ordered else "(tidak ada)"


def _prioritisation(
    report: Reporter, at: At, criteria: models.PenilaianPrioritas, programmes: list[tuple[At, models.Program]]
) -> None:
    unique(report, "analisis", ("penilaian_prioritas", "kriteria"), lambda: criteria.kriteria, "id kriteria")
    report.unique(
        "analisis",
        ((rec("skor"), str(t.skor)) for rec, t in at.records("skala", lambda: criteria.skala) if rec.sound("skor")),
        "skor",
    )
    known: Ids[models.KriteriaPrioritas] = report.ids(
        "analisis", ("penilaian_prioritas", "kriteria"), lambda: criteria.kriteria
    )
    scale = at.sound("skala")
    for rec, p in programmes:
        if not rec.sound("skor_prioritas"):
            continue
        for key, score in p.skor_prioritas.items():
            if key not in known:
                rec.known(("skor_prioritas", key), key, known, "kriteria prioritas", WHERE_CRITERIA)
            elif scale and not criteria.skor_minimal <= score <= criteria.skor_maksimal:
                rec.error(
                    ("skor_prioritas", key),
                    f"skor {score} di luar skala {criteria.skor_minimal}–{criteria.skor_maksimal} (data/analisis.yml)",
                )
        missing = [k for k in known if k not in p.skor_prioritas]
        if missing and not known.unreadable:
            rec.error(
                "skor_prioritas",
                f"skor prioritas belum diisi untuk kriteria {', '.join(missing)}; setiap program dinilai pada "
                "semua kriteria di data/analisis.yml (penilaian_prioritas)",
            )
    if all(rec.sound("id", "dimensi", "quick_win", "skor_prioritas") for rec, _ in programmes):
        _quick_wins_rank_first(programmes)


def _quick_wins_rank_first(programmes: list[tuple[At, models.Program]]) -> None:
    by_dimension: dict[str, list[tuple[At, models.Program]]] = defaultdict(list)
    for rec, p in programmes:
        by_dimension[p.dimensi].append((rec, p))
    for members in by_dimension.values():
        others = [p for _, p in members if not p.quick_win]
        if not others:
            continue
        best = max(others, key=lambda p: p.total_skor_prioritas)
        for rec, p in members:
            if p.quick_win and p.total_skor_prioritas < best.total_skor_prioritas:
                rec.error(
                    "skor_prioritas",
                    f"program quick win ini berskor prioritas {p.total_skor_prioritas}, lebih rendah daripada "
                    f"{best.id} ({best.total_skor_prioritas}) {NOT_QUICK_WIN} pada dimensi yang sama; tinjau "
                    "skornya atau pilihan quick win-nya",
                    cause=False,
                )
