"""The document's date governs what it may cite: no reference, regulation or published source
dated after ``dokumen.tanggal`` (data/kota.yml).

A source known only by its year passes when the year is not after the document's year;
a source with a day is compared day by day.
"""

from __future__ import annotations

from datetime import date

from .. import models
from ..dataset import Data
from ..yaml_source import Location
from .reporter import At, Reporter

_MONTHS = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)


def tanggal_teks(value: date) -> str:
    """date(2023, 8, 1) -> '1 Agustus 2023' (the records layer formats its own messages)."""
    return f"{value.day} {_MONTHS[value.month - 1]} {value.year}"


def document_date(report: Reporter, data: Data) -> date | None:
    """``dokumen.tanggal``, or None when it is itself wrong (then no source can be judged by it)."""
    return data.dokumen.tanggal if report.sound("kota", ("dokumen", "tanggal")) else None


def check(report: Reporter, data: Data) -> None:
    document = document_date(report, data)
    if document is None:
        return
    for rec, r in report.records("rujukan", "rujukan", lambda: data.rujukan):
        if rec.sound("tahun", "tanggal"):
            dated(rec, document, (), r.tahun, r.tanggal, "tanggal")
    for rec, g in report.records("regulasi", "regulasi", lambda: data.regulasi):
        if rec.sound("tahun", "ditetapkan"):
            dated(rec, document, (), g.tahun, g.ditetapkan, "ditetapkan")
    for rec, s in report.records("kota", ("kota", "statistik"), lambda: data.kota.statistik):
        if not rec.sound("sumber"):
            continue
        published(rec, document, ("sumber",), s.sumber)
        if rec.sound("tahun") and s.tahun > s.sumber.tahun:
            rec.error("tahun", f"angka tahun {s.tahun} tidak mungkin berasal dari sumber terbitan {s.sumber.tahun}")


def published(rec: At, document: date, part: Location, sumber: models.Sumber) -> None:
    """A published source (``penerbit``, ``judul``, ``tahun``) of an official figure, at ``part`` of ``rec``."""
    dated(rec, document, part, sumber.tahun, sumber.tanggal, "tanggal")


def dated(rec: At, document: date, part: Location, year: int, day: date | None, day_field: str) -> None:
    """One source's year (and day, where known) against the document's date."""
    own = f"tanggal dokumen {tanggal_teks(document)} (data/kota.yml, dokumen.tanggal)"
    rule = "dokumen tidak boleh mengutip sumber yang terbit sesudah tanggalnya"
    if day is not None and day.year != year:
        rec.error(part + (day_field,), f"tanggal {tanggal_teks(day)} tidak jatuh pada tahun {year}")
    elif day is not None and day > document:
        rec.error(part + (day_field,), f"sumber bertanggal {tanggal_teks(day)} terbit sesudah {own}; {rule}")
    elif year > document.year:
        rec.error(part + ("tahun",), f"sumber tahun {year} terbit sesudah {own}; {rule}")
