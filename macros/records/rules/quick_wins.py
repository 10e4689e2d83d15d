"""Quick wins as the ministry asks: at least one runs in the plan's first year (BOLMONGRAYA.CO,
2023); here every quick win starts in that year, with budget and a first output target then."""

from __future__ import annotations

from ..dataset import Data
from .reporter import Reporter


def check(report: Reporter, data: Data) -> None:
    first = data.dokumen.periode_mulai
    for i, p in enumerate(data.program):
        if not p.quick_win:
            continue
        if p.tahun_mulai != first:
            # a later start would also leave the first year without budget and target: told once
            report.error(
                "program",
                ("program", i, "tahun_mulai"),
                f"program quick win harus dimulai pada tahun pertama rencana ({first}), tertulis {p.tahun_mulai}",
            )
            continue
        if p.anggaran.get(first, 0) <= 0:
            report.error(
                "program",
                ("program", i, "anggaran", first),
                f"program quick win wajib beranggaran pada tahun {first}",
            )
        if not any(ind.jenis == "output" and first in ind.target for ind in p.indikator):
            report.error(
                "program",
                ("program", i, "indikator"),
                f"program quick win wajib memiliki indikator output dengan target tahun {first}",
            )
