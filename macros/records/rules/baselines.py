"""No guessed official figure: every baseline says where its value comes from.

A baseline either names its published source (``sumber``), or is marked as the drafting
team's estimate (``status: perkiraan``), as the starting point of something that does not
exist yet (``status: belum_ada``, value 0), or as not available yet, with the year, method
and OPD of its measurement (``status: belum_tersedia`` with ``diukur``).

A baseline is judged only when all of it could be read (a broken part is its own message).
"""

from __future__ import annotations

from datetime import date

from .. import models
from ..dataset import Data
from . import ids, sources
from .reporter import At, Ids, Reporter

MISSING = (
    "baseline belum menyebut asal nilainya: tulis 'sumber' (penerbit, judul, tahun) untuk angka resmi, "
    "'status: perkiraan' untuk perkiraan tim penyusun, 'status: belum_ada' untuk layanan yang belum ada, "
    "atau 'status: belum_tersedia' dengan 'diukur' (tahun, cara dan OPD pengukurnya)"
)


def check(report: Reporter, data: Data) -> None:
    document = sources.document_date(report, data)
    plan_end = data.dokumen.periode_selesai if report.sound("kota", ("dokumen", "periode_selesai")) else None
    agencies = ids.opd(report, data)
    for rec, p in report.records("program", "program", lambda: data.program):
        for ind_rec, ind in rec.records("indikator", lambda: p.indikator):  # noqa: B023 - read at once
            if ind_rec.sound("baseline"):
                baseline(ind_rec.at("baseline"), ind.baseline, document, plan_end, agencies)
    for rec, iku in report.records("visi", "iku", lambda: data.visi.iku):
        if rec.sound("baseline") and iku.baseline is not None:
            baseline(rec.at("baseline"), iku.baseline, document, plan_end, agencies)


def baseline(
    rec: At, b: models.Baseline, document: date | None, plan_end: int | None, agencies: Ids[models.Opd]
) -> None:
    """One baseline (``rec`` is the baseline itself); the document's date and the plan's end,
    when they could be read, bound its years."""
    if b.sumber is None and b.status is None:
        rec.error((), MISSING)
        return
    if b.sumber is not None and b.status is not None:
        rec.error(
            "status", f"baseline yang bersumber tidak boleh sekaligus berstatus '{b.status}'; hapus salah satunya"
        )
        return
    if b.status == "belum_tersedia":
        if b.nilai is not None:
            rec.error(
                "nilai",
                "baseline berstatus 'belum_tersedia' tidak boleh diberi nilai; hapus 'nilai' atau ganti statusnya",
            )
        if b.diukur is None:
            rec.error(
                "status", "baseline berstatus 'belum_tersedia' wajib mengisi 'diukur' (tahun, cara dan OPD pengukurnya)"
            )
    elif b.nilai is None:
        rec.error((), "baseline wajib mengisi 'nilai'")
    elif b.status == "belum_ada" and b.nilai != 0:
        rec.error("nilai", f"baseline berstatus 'belum_ada' bernilai 0 (layanannya belum ada), tertulis {b.nilai:g}")
    if b.diukur is not None:
        if b.status != "belum_tersedia":
            rec.error("diukur", "'diukur' hanya untuk baseline berstatus 'belum_tersedia'; hapus bagian ini")
        if document is not None and plan_end is not None:
            low, high = document.year, plan_end
            if not low <= b.diukur.tahun <= high:
                rec.error(
                    ("diukur", "tahun"),
                    f"tahun pengukuran {b.diukur.tahun} di luar rentang {low}–{high} "
                    "(tahun dokumen sampai akhir rencana)",
                )
        rec.known(("diukur", "oleh"), b.diukur.oleh, agencies, "OPD", "data/opd.yml")
    if document is not None and b.tahun is not None and b.tahun > document.year:
        rec.error(
            "tahun", f"nilai awal tahun {b.tahun} belum ada pada tanggal dokumen ({sources.tanggal_teks(document)})"
        )
    if b.sumber is not None:
        if document is not None:
            sources.published(rec, document, ("sumber",), b.sumber)
        if b.tahun is not None and b.tahun > b.sumber.tahun:
            rec.error("tahun", f"nilai tahun {b.tahun} tidak mungkin berasal dari sumber terbitan {b.sumber.tahun}")
