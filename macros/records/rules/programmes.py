"""Programmes: references to dimensions, elements and OPD; years inside the plan; budgets and targets
for every year a programme runs; funding shares; what a quick win must state."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from ..dataset import Data
from ..models import SumberDana
from ..yaml_source import Location
from .reporter import Reporter


def check(report: Reporter, data: Data) -> None:
    _check_programmes(report, data)
    _check_quick_win_per_dimension(report, data)


def _years(report: Reporter, loc: Location, years: Iterable[int], low: int, high: int, what: str) -> None:
    for year in years:
        if not low <= year <= high:
            report.error("program", loc + (year,), f"{what} {year} di luar masa program ({low}–{high})")


def _check_quick_win_per_dimension(report: Reporter, data: Data) -> None:
    """Kominfo's stage III asks for at least one quick win in every dimension (BAB VI says so)."""
    for i, d in enumerate(data.dimensi):
        if not data.program_of(dimensi=d.id, quick_win=True):
            report.error(
                "dimensi",
                ("dimensi", i),
                "belum ada program quick win untuk dimensi ini di data/program.yml; "
                "setiap dimensi memerlukan sedikitnya satu ('quick_win: true')",
            )


def _missing(report: Reporter, loc: Location, years: Iterable[int], low: int, high: int, what: str, hint: str) -> None:
    """Every year the programme runs has its budget and its targets, so roadmap and tables agree."""
    given = set(years)
    for year in range(low, high + 1):
        if year not in given:
            report.error("program", loc, f"{what} tahun {year} belum diisi (program berjalan {low}–{high}){hint}")


def _shares(report: Reporter, loc: Location, shares: Mapping[SumberDana, int]) -> None:
    """Funding shares are whole percents above zero that add up to exactly 100."""
    for source, share in shares.items():
        if share == 0:
            report.error("program", loc + (source,), f"porsi {source} 0 persen; hapus sumber dana yang tidak dipakai")
    total = sum(shares.values())
    if total != 100:
        report.error("program", loc, f"jumlah porsi sumber dana harus 100 (persen), tertulis {total}")


def _check_programmes(report: Reporter, data: Data) -> None:
    doc = data.dokumen
    for i, p in enumerate(data.program):
        loc: Location = ("program", i)
        report.known("program", loc + ("dimensi",), p.dimensi, data.dimensi_by_id, "dimensi", "data/dimensi.yml")
        if p.elemen not in data.elemen_by_id:
            report.known("program", loc + ("elemen",), p.elemen, data.elemen_by_id, "elemen", "data/dimensi.yml")
        elif p.dimensi in data.dimensi_by_id and data.dimensi_of_elemen[p.elemen].id != p.dimensi:
            report.error(
                "program",
                loc + ("elemen",),
                f"elemen '{p.elemen}' termasuk dimensi '{data.dimensi_of_elemen[p.elemen].id}', bukan '{p.dimensi}'",
            )
        report.known("program", loc + ("opd_pengampu",), p.opd_pengampu, data.opd_by_id, "OPD", "data/opd.yml")
        for j, opd in enumerate(p.opd_pendukung):
            report.known("program", loc + ("opd_pendukung", j), opd, data.opd_by_id, "OPD", "data/opd.yml")
            if opd == p.opd_pengampu:
                report.error(
                    "program",
                    loc + ("opd_pendukung", j),
                    f"'{opd}' sudah menjadi OPD pengampu; jangan dicantumkan lagi sebagai pendukung",
                )
        for field in ("tahun_mulai", "tahun_selesai"):
            year = getattr(p, field)
            if not doc.periode_mulai <= year <= doc.periode_selesai:
                report.error(
                    "program",
                    loc + (field,),
                    f"tahun {year} di luar periode rencana ({doc.periode_mulai}–{doc.periode_selesai})",
                )
        if p.tahun_selesai < p.tahun_mulai:
            report.error(
                "program",
                loc + ("tahun_selesai",),
                f"tahun selesai ({p.tahun_selesai}) tidak boleh sebelum tahun mulai ({p.tahun_mulai})",
            )
            continue
        _years(report, loc + ("anggaran",), p.anggaran, p.tahun_mulai, p.tahun_selesai, "anggaran tahun")
        _missing(
            report,
            loc + ("anggaran",),
            p.anggaran,
            p.tahun_mulai,
            p.tahun_selesai,
            "anggaran",
            "; tulis 0 bila tahun itu memang tanpa biaya",
        )
        for j, ind in enumerate(p.indikator):
            _years(report, loc + ("indikator", j, "target"), ind.target, p.tahun_mulai, p.tahun_selesai, "target tahun")
            _missing(report, loc + ("indikator", j, "target"), ind.target, p.tahun_mulai, p.tahun_selesai, "target", "")
        _shares(report, loc + ("sumber_dana",), p.sumber_dana)
        if p.quick_win:
            if p.ruang_lingkup is None:
                report.error("program", loc + ("quick_win",), "program quick win wajib mengisi 'ruang_lingkup'")
            if not p.risiko:
                report.error("program", loc + ("quick_win",), "program quick win wajib mengisi 'risiko'")
