"""The document and the lists every other file refers to: unique ids, plan period, versions."""

from __future__ import annotations

from ..dataset import Data
from .reporter import Reporter


def check(report: Reporter, data: Data) -> None:
    _unique_ids(report, data)
    doc = data.dokumen
    if doc.periode_selesai < doc.periode_mulai:
        report.error(
            "kota",
            ("dokumen", "periode_selesai"),
            f"tahun selesai ({doc.periode_selesai}) tidak boleh sebelum tahun mulai ({doc.periode_mulai})",
        )
    report.known(
        "kota",
        ("kota", "dasar_pembentukan", "regulasi"),
        data.kota.dasar_pembentukan.regulasi,
        data.regulasi_by_id,
        "regulasi",
        "data/regulasi.yml",
    )
    if not any(r.versi == doc.versi for r in doc.riwayat):
        report.error(
            "kota",
            ("dokumen", "versi"),
            f"versi '{doc.versi}' belum tercatat di dokumen.riwayat; tambahkan catatan perubahannya",
        )


def _unique_ids(report: Reporter, data: Data) -> None:
    report.unique("dimensi", ((("dimensi", i, "id"), d.id) for i, d in enumerate(data.dimensi)), "id dimensi")
    report.unique(
        "dimensi",
        ((("dimensi", i, "elemen", j, "id"), e.id) for i, d in enumerate(data.dimensi) for j, e in enumerate(d.elemen)),
        "id elemen",
    )
    report.unique("opd", ((("opd", i, "id"), o.id) for i, o in enumerate(data.opd)), "id OPD")
    report.unique("regulasi", ((("regulasi", i, "id"), r.id) for i, r in enumerate(data.regulasi)), "id regulasi")
    report.unique("program", ((("program", i, "id"), p.id) for i, p in enumerate(data.program)), "id program")
    report.unique(
        "kota", ((("kota", "kecamatan", i, "id"), k.id) for i, k in enumerate(data.kota.kecamatan)), "id kecamatan"
    )
    report.unique(
        "kota", ((("kota", "statistik", i, "id"), x.id) for i, x in enumerate(data.kota.statistik)), "id statistik"
    )
    report.unique("rujukan", ((("rujukan", i, "id"), r.id) for i, r in enumerate(data.rujukan)), "id rujukan")
    report.unique("rujukan", ((("rujukan", i, "sitasi"), r.sitasi) for i, r in enumerate(data.rujukan)), "teks sitasi")
    report.unique(
        "glosarium",
        ((("istilah", i, "istilah"), t.istilah.casefold()) for i, t in enumerate(data.glosarium.istilah)),
        "istilah",
    )
