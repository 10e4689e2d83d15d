"""Programmes: references to dimensions, elements and OPD; years inside the plan; budgets and targets
for every year a programme runs; funding shares; what a quick win must state.

Every check names the fields it reads (``rec.sound``) or rests on (``needs=``): a programme
whose end year is wrong gets that one message, not one per budget year (reporter.py).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from .. import models
from ..dataset import Data
from ..models import SumberDana
from . import ids
from .reporter import At, Reporter

SPAN = ("tahun_mulai", "tahun_selesai")  # what every check of a programme's years rests on


def check(report: Reporter, data: Data) -> None:
    _check_programmes(report, data)
    _check_quick_win_per_dimension(report, data)


def plan_period(report: Reporter, data: Data) -> tuple[int, int] | None:
    """The plan period, or None when it is itself wrong (then no year can be judged against it)."""
    period = ("dokumen", "periode_mulai"), ("dokumen", "periode_selesai")
    if not report.sound("kota", *period):
        return None
    return data.dokumen.periode_mulai, data.dokumen.periode_selesai


def _years(rec: At, part: tuple[object, ...], years: Iterable[int], low: int, high: int, what: str) -> None:
    for year in years:
        if not low <= year <= high:
            rec.error(part + (year,), f"{what} {year} di luar masa program ({low}–{high})", needs=SPAN)


def _missing(
    rec: At, part: tuple[object, ...], years: Iterable[int], low: int, high: int, what: str, hint: str
) -> None:
    """Every year the programme runs has its budget and its targets, so roadmap and tables agree."""
    given = set(years)
    for year in range(low, high + 1):
        if year not in given:
            rec.error(part, f"{what} tahun {year} belum diisi (program berjalan {low}–{high}){hint}", needs=SPAN)


def _shares(rec: At, shares: Mapping[SumberDana, int]) -> None:
    """Funding shares are whole percents above zero that add up to exactly 100."""
    for source, share in shares.items():
        if share == 0:
            rec.error(("sumber_dana", source), f"porsi {source} 0 persen; hapus sumber dana yang tidak dipakai")
    total = sum(shares.values())
    if total != 100:  # a verdict on the whole: each share is still readable (rules.financing reads them)
        rec.error("sumber_dana", f"jumlah porsi sumber dana harus 100 (persen), tertulis {total}", cause=False)


def _check_programmes(report: Reporter, data: Data) -> None:
    dims = ids.dimensi(report, data)
    elements, dimension_of = ids.elemen(report, data)
    agencies = ids.opd(report, data)
    period = plan_period(report, data)
    for rec, p in report.records("program", "program", lambda: data.program):
        _references(rec, p, dims, elements, dimension_of, agencies)
        if period is not None and rec.sound("tahun_mulai", "tahun_selesai"):
            for field in SPAN:
                year = getattr(p, field)
                if not period[0] <= year <= period[1]:
                    rec.error(field, f"tahun {year} di luar periode rencana ({period[0]}–{period[1]})")
            if p.tahun_selesai < p.tahun_mulai:
                rec.error(
                    "tahun_selesai",
                    f"tahun selesai ({p.tahun_selesai}) tidak boleh sebelum tahun mulai ({p.tahun_mulai})",
                    needs=SPAN,
                )
        if rec.sound(*SPAN):
            _years_of(rec, p)
        if rec.sound("sumber_dana"):
            _shares(rec, p.sumber_dana)
        if rec.sound("quick_win") and p.quick_win:
            # what a quick win lacks: the mark itself stays sound for the rules after this one
            if rec.present("ruang_lingkup") and p.ruang_lingkup is None:
                rec.error("quick_win", "program quick win wajib mengisi 'ruang_lingkup'", cause=False)
            if rec.present("risiko") and not p.risiko:
                rec.error("quick_win", "program quick win wajib mengisi 'risiko'", cause=False)


def _references(
    rec: At,
    p: models.Program,
    dims: ids.Ids[models.Dimensi],
    elements: ids.Ids[models.Elemen],
    dimension_of: Mapping[str, models.Dimensi],
    agencies: ids.Ids[models.Opd],
) -> None:
    if rec.sound("dimensi"):
        rec.known("dimensi", p.dimensi, dims, "dimensi", "data/dimensi.yml")
    if rec.sound("elemen"):
        rec.known("elemen", p.elemen, elements, "elemen", "data/dimensi.yml")
    # the element's dimension is judged only when both ids are known (a wrong one is the cause)
    if rec.sound("dimensi", "elemen") and p.elemen in dimension_of and dimension_of[p.elemen].id != p.dimensi:
        rec.error("elemen", f"elemen '{p.elemen}' termasuk dimensi '{dimension_of[p.elemen].id}', bukan '{p.dimensi}'")
    if rec.sound("opd_pengampu"):
        rec.known("opd_pengampu", p.opd_pengampu, agencies, "OPD", "data/opd.yml")
    if rec.present("opd_pendukung"):
        for j, opd in enumerate(p.opd_pendukung):
            if not rec.sound(("opd_pendukung", j)):
                continue
            rec.known(("opd_pendukung", j), opd, agencies, "OPD", "data/opd.yml")
            if rec.present("opd_pengampu") and opd == p.opd_pengampu:
                rec.error(
                    ("opd_pendukung", j),
                    f"'{opd}' sudah menjadi OPD pengampu; jangan dicantumkan lagi sebagai pendukung",
                )


def _years_of(rec: At, p: models.Program) -> None:
    """Budget and targets exactly for the years the programme runs (its span is sound here)."""
    low, high = p.tahun_mulai, p.tahun_selesai
    if high < low:
        return
    if rec.sound("anggaran"):
        _years(rec, ("anggaran",), p.anggaran, low, high, "anggaran tahun")
        _missing(rec, ("anggaran",), p.anggaran, low, high, "anggaran", "; tulis 0 bila tahun itu memang tanpa biaya")
    for ind_rec, ind in rec.records("indikator", lambda: p.indikator):
        if ind_rec.sound("target"):
            target = ind_rec("target")[len(rec.loc) :]  # ("indikator", j, "target")
            _years(rec, target, ind.target, low, high, "target tahun")
            _missing(rec, target, ind.target, low, high, "target", "")


def _check_quick_win_per_dimension(report: Reporter, data: Data) -> None:
    """Kominfo's stage III asks for at least one quick win in every dimension (BAB VI says so).

    Judged only when every programme's dimension and quick-win mark could be read and
    every dimension id is known: a programme with a wrong dimension would otherwise
    leave its real dimension "without a quick win"."""
    programmes = list(report.records("program", "program", lambda: data.program))
    if not report.present("program", ("program",)) or not all(
        rec.sound("dimensi", "quick_win") for rec, _ in programmes
    ):
        return
    dims = ids.dimensi(report, data)
    if dims.unreadable or any(p.dimensi not in dims for _, p in programmes):
        return
    with_quick_win = {p.dimensi for _, p in programmes if p.quick_win}
    for rec, d in report.records("dimensi", "dimensi", lambda: data.dimensi):
        if rec.sound("id") and d.id not in with_quick_win:
            rec.error(
                (),
                "belum ada program quick win untuk dimensi ini di data/program.yml; "
                "setiap dimensi memerlukan sedikitnya satu ('quick_win: true')",
                cause=False,
            )
