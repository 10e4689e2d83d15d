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
from .reporter import Reporter

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


def check(report: Reporter, data: Data) -> None:
    for i, r in enumerate(data.rujukan):
        dated(report, data, "rujukan", ("rujukan", i), r.tahun, r.tanggal, "tanggal")
    for i, g in enumerate(data.regulasi):
        dated(report, data, "regulasi", ("regulasi", i), g.tahun, g.ditetapkan, "ditetapkan")
    for i, s in enumerate(data.kota.statistik):
        published(report, data, "kota", ("kota", "statistik", i, "sumber"), s.sumber)
        if s.tahun > s.sumber.tahun:
            report.error(
                "kota",
                ("kota", "statistik", i, "tahun"),
                f"angka tahun {s.tahun} tidak mungkin berasal dari sumber terbitan {s.sumber.tahun}",
            )


def published(report: Reporter, data: Data, stem: str, loc: Location, sumber: models.Sumber) -> None:
    """A published source (``penerbit``, ``judul``, ``tahun``) of an official figure."""
    dated(report, data, stem, loc, sumber.tahun, sumber.tanggal, "tanggal")


def dated(report: Reporter, data: Data, stem: str, loc: Location, year: int, day: date | None, day_field: str) -> None:
    """One source's year (and day, where known) against the document's date."""
    document = data.dokumen.tanggal
    own = f"tanggal dokumen {tanggal_teks(document)} (data/kota.yml, dokumen.tanggal)"
    rule = "dokumen tidak boleh mengutip sumber yang terbit sesudah tanggalnya"
    if day is not None and day.year != year:
        report.error(stem, loc + (day_field,), f"tanggal {tanggal_teks(day)} tidak jatuh pada tahun {year}")
    elif day is not None and day > document:
        report.error(stem, loc + (day_field,), f"sumber bertanggal {tanggal_teks(day)} terbit sesudah {own}; {rule}")
    elif year > document.year:
        report.error(stem, loc + ("tahun",), f"sumber tahun {year} terbit sesudah {own}; {rule}")
