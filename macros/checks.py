"""Checks across records: unique ids, references between files, years inside the plan."""
from __future__ import annotations

from collections.abc import Iterable

from .errors import DataError, suggestion
from .loader import Data, field_label, record_label
from .checks_context import check_context
from .sources import Location


class _Reporter:
    def __init__(self, data: Data) -> None:
        self.data = data
        self.errors: list[DataError] = []

    def error(self, stem: str, loc: Location, message: str) -> None:
        positions = self.data.positions.get(stem)
        if positions is not None and len(loc) >= 2 and isinstance(loc[1], int):
            loc = (loc[0], positions[loc[1]], *loc[2:])  # back to the record's place in the file
        source = self.data.sources[stem]
        lists = type(self.data.files[stem]).LISTS
        record, rest = record_label(source, loc, lists)
        self.errors.append(DataError(source.name, source.line_of(loc), record, field_label(rest), message))

    def unique(self, stem: str, items: Iterable[tuple[Location, str]], what: str) -> None:
        first: dict[str, Location] = {}
        for loc, ident in items:
            if ident in first:
                line = self.data.sources[stem].line_of(first[ident])
                self.error(stem, loc, f"{what} '{ident}' sudah dipakai (pertama di baris {line}); setiap {what} harus unik")
            else:
                first[ident] = loc

    def known(self, stem: str, loc: Location, value: str, choices: dict[str, object], what: str, where: str) -> None:
        if value not in choices:
            self.error(stem, loc, f"{what} '{value}' tidak ada di {where}{suggestion(value, choices)}")


def cross_check(data: Data) -> list[DataError]:
    report = _Reporter(data)
    _check_ids(report, data)
    _check_document(report, data)
    _check_programmes(report, data)
    _check_quick_win_per_dimension(report, data)
    check_context(report, data)
    return report.errors


def _check_ids(report: _Reporter, data: Data) -> None:
    report.unique("dimensi", ((("dimensi", i, "id"), d.id) for i, d in enumerate(data.dimensi)), "id dimensi")
    report.unique("dimensi", ((("dimensi", i, "elemen", j, "id"), e.id)
                              for i, d in enumerate(data.dimensi) for j, e in enumerate(d.elemen)), "id elemen")
    for stem, key, items, what in (("opd", "opd", data.opd, "id OPD"),
                                   ("regulasi", "regulasi", data.regulasi, "id regulasi"),
                                   ("program", "program", data.program, "id program")):
            report.unique(stem, (((key, i, "id"), item.id) for i, item in enumerate(items)), what)
    report.unique("kota", ((("kota", "kecamatan", i, "id"), k.id)
                           for i, k in enumerate(data.kota.kecamatan)), "id kecamatan")


def _check_document(report: _Reporter, data: Data) -> None:
    doc = data.dokumen
    if doc.periode_selesai < doc.periode_mulai:
        report.error("kota", ("dokumen", "periode_selesai"),
                     f"tahun selesai ({doc.periode_selesai}) tidak boleh sebelum tahun mulai ({doc.periode_mulai})")
    report.known("kota", ("kota", "dasar_pembentukan", "regulasi"), data.kota.dasar_pembentukan.regulasi,
                 data.regulasi_by_id, "regulasi", "data/regulasi.yml")
    if not any(r.versi == doc.versi for r in doc.riwayat):
        report.error("kota", ("dokumen", "versi"),
                     f"versi '{doc.versi}' belum tercatat di dokumen.riwayat; tambahkan catatan perubahannya")


def _years(report: _Reporter, loc: Location, years: Iterable[int], low: int, high: int, what: str) -> None:
    for year in years:
        if not low <= year <= high:
            report.error("program", loc + (year,), f"{what} {year} di luar masa program ({low}–{high})")


def _check_quick_win_per_dimension(report: _Reporter, data: Data) -> None:
    """Kominfo's stage III asks for at least one quick win in every dimension (BAB VI says so)."""
    for i, d in enumerate(data.dimensi):
        if not data.program_of(dimensi=d.id, quick_win=True):
            report.error("dimensi", ("dimensi", i), "belum ada program quick win untuk dimensi ini di data/program.yml; "
                         "setiap dimensi memerlukan sedikitnya satu ('quick_win: true')")


def _missing(report: _Reporter, loc: Location, years: Iterable[int], low: int, high: int, what: str,
             hint: str) -> None:
    """Every year the programme runs has its budget and its targets, so roadmap and tables agree."""
    given = set(years)
    for year in range(low, high + 1):
        if year not in given:
            report.error("program", loc, f"{what} tahun {year} belum diisi (program berjalan {low}–{high}){hint}")


def _shares(report: _Reporter, loc: Location, shares: dict[str, int]) -> None:
    """Funding shares are whole percents above zero that add up to exactly 100."""
    for source, share in shares.items():
        if share == 0:
            report.error("program", loc + (source,), f"porsi {source} 0 persen; hapus sumber dana yang tidak dipakai")
    total = sum(shares.values())
    if total != 100:
        report.error("program", loc, f"jumlah porsi sumber dana harus 100 (persen), tertulis {total}")


def _check_programmes(report: _Reporter, data: Data) -> None:
    doc = data.dokumen
    for i, p in enumerate(data.program):
        loc: Location = ("program", i)
        report.known("program", loc + ("dimensi",), p.dimensi, data.dimensi_by_id, "dimensi", "data/dimensi.yml")
        if p.elemen not in data.elemen_by_id:
            report.known("program", loc + ("elemen",), p.elemen, data.elemen_by_id, "elemen", "data/dimensi.yml")
        elif p.dimensi in data.dimensi_by_id and data.dimensi_of_elemen[p.elemen].id != p.dimensi:
            report.error("program", loc + ("elemen",),
                         f"elemen '{p.elemen}' termasuk dimensi '{data.dimensi_of_elemen[p.elemen].id}', "
                         f"bukan '{p.dimensi}'")
        report.known("program", loc + ("opd_pengampu",), p.opd_pengampu, data.opd_by_id, "OPD", "data/opd.yml")
        for j, opd in enumerate(p.opd_pendukung):
            report.known("program", loc + ("opd_pendukung", j), opd, data.opd_by_id, "OPD", "data/opd.yml")
            if opd == p.opd_pengampu:
                report.error("program", loc + ("opd_pendukung", j),
                             f"'{opd}' sudah menjadi OPD pengampu; jangan dicantumkan lagi sebagai pendukung")
        for field in ("tahun_mulai", "tahun_selesai"):
            year = getattr(p, field)
            if not doc.periode_mulai <= year <= doc.periode_selesai:
                report.error("program", loc + (field,),
                             f"tahun {year} di luar periode rencana ({doc.periode_mulai}–{doc.periode_selesai})")
        if p.tahun_selesai < p.tahun_mulai:
            report.error("program", loc + ("tahun_selesai",),
                         f"tahun selesai ({p.tahun_selesai}) tidak boleh sebelum tahun mulai ({p.tahun_mulai})")
            continue
        _years(report, loc + ("anggaran",), p.anggaran, p.tahun_mulai, p.tahun_selesai, "anggaran tahun")
        _missing(report, loc + ("anggaran",), p.anggaran, p.tahun_mulai, p.tahun_selesai,
                 "anggaran", "; tulis 0 bila tahun itu memang tanpa biaya")
        for j, ind in enumerate(p.indikator):
            _years(report, loc + ("indikator", j, "target"), ind.target, p.tahun_mulai, p.tahun_selesai,
                   "target tahun")
            _missing(report, loc + ("indikator", j, "target"), ind.target, p.tahun_mulai, p.tahun_selesai,
                     "target", "")
        _shares(report, loc + ("sumber_dana",), p.sumber_dana)
        if p.quick_win:
            if p.ruang_lingkup is None:
                report.error("program", loc + ("quick_win",), "program quick win wajib mengisi 'ruang_lingkup'")
            if not p.risiko:
                report.error("program", loc + ("quick_win",), "program quick win wajib mengisi 'risiko'")
