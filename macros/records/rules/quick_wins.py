"""Quick wins as the ministry asks: at least one runs in the plan's first year (BOLMONGRAYA.CO,
2023); here every quick win starts in that year, with budget and a first output target then."""

from __future__ import annotations

from ..dataset import Data
from .programmes import plan_period
from .reporter import Reporter


def check(report: Reporter, data: Data) -> None:
    period = plan_period(report, data)
    if period is None:
        return  # the plan period itself is reported
    first = period[0]
    for rec, p in report.records("program", "program", lambda: data.program):
        if not rec.sound("quick_win", "tahun_mulai") or not p.quick_win:
            continue
        if p.tahun_mulai != first:
            # a later start would also leave the first year without budget and target: told once
            rec.error(
                "tahun_mulai",
                f"program quick win harus dimulai pada tahun pertama rencana ({first}), tertulis {p.tahun_mulai}",
            )
            continue
        if rec.sound("anggaran") and p.anggaran.get(first, 0) <= 0:
            rec.error(("anggaran", first), f"program quick win wajib beranggaran pada tahun {first}")
        indicators = list(rec.records("indikator", lambda: p.indikator))  # noqa: B023 - read at once
        if not rec.present("indikator") or not all(r.sound("jenis", "target") for r, _ in indicators):
            continue
        if not any(ind.jenis == "output" and first in ind.target for _, ind in indicators):
            rec.error("indikator", f"program quick win wajib memiliki indikator output dengan target tahun {first}")
