"""The document and the lists every other file refers to: unique ids, plan period, versions."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from ..dataset import Data
from . import ids
from .reporter import Field, Reporter


def check(report: Reporter, data: Data) -> None:
    _unique_ids(report, data)
    doc = report.at("kota", "dokumen")
    if doc.sound("periode_mulai", "periode_selesai") and data.dokumen.periode_selesai < data.dokumen.periode_mulai:
        # a cause: every year checked against the plan period waits for this one
        doc.error(
            "periode_selesai",
            f"tahun selesai ({data.dokumen.periode_selesai}) tidak boleh sebelum tahun mulai "
            f"({data.dokumen.periode_mulai})",
        )
    city = report.at("kota", "kota")
    if city.sound(("dasar_pembentukan", "regulasi")):
        city.known(
            ("dasar_pembentukan", "regulasi"),
            data.kota.dasar_pembentukan.regulasi,
            ids.regulasi(report, data),
            "regulasi",
            "data/regulasi.yml",
        )
    if doc.sound("versi", "riwayat") and not any(r.versi == data.dokumen.versi for r in data.dokumen.riwayat):
        doc.error(
            "versi", f"versi '{data.dokumen.versi}' belum tercatat di dokumen.riwayat; tambahkan catatan perubahannya"
        )


def unique(
    report: Reporter,
    stem: str,
    key: Field,
    items: Callable[[], Sequence[Any]],
    what: str,
    field: str = "id",
    normal: Callable[[str], str] = str,
) -> None:
    """``field`` differs between every two records of the list at ``key`` (those that could be read)."""
    report.unique(
        stem,
        ((rec(field), normal(getattr(x, field))) for rec, x in report.records(stem, key, items) if rec.sound(field)),
        what,
    )


def _unique_ids(report: Reporter, data: Data) -> None:
    unique(report, "dimensi", "dimensi", lambda: data.dimensi, "id dimensi")
    seen: list[tuple[tuple[object, ...], str]] = []
    for rec, d in report.records("dimensi", "dimensi", lambda: data.dimensi):
        elements = rec.records("elemen", lambda: d.elemen)  # noqa: B023 - records() reads it at once
        seen += [(e_rec("id"), e.id) for e_rec, e in elements if e_rec.sound("id")]
    report.unique("dimensi", seen, "id elemen")
    unique(report, "opd", "opd", lambda: data.opd, "id OPD")
    unique(report, "regulasi", "regulasi", lambda: data.regulasi, "id regulasi")
    unique(report, "program", "program", lambda: data.program, "id program")
    unique(report, "kota", ("kota", "kecamatan"), lambda: data.kota.kecamatan, "id kecamatan")
    unique(report, "kota", ("kota", "statistik"), lambda: data.kota.statistik, "id statistik")
    unique(report, "rujukan", "rujukan", lambda: data.rujukan, "id rujukan")
    unique(report, "rujukan", "rujukan", lambda: data.rujukan, "teks sitasi", field="sitasi")
    unique(
        report, "glosarium", "istilah", lambda: data.glosarium.istilah, "istilah", field="istilah", normal=str.casefold
    )
