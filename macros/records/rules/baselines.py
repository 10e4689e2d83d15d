"""No guessed official figure: every baseline says where its value comes from.

A baseline either names its published source (``sumber``), or is marked as the drafting
team's estimate (``status: perkiraan``), as the starting point of something that does not
exist yet (``status: belum_ada``, value 0), or as not available yet, with the year, method
and OPD of its measurement (``status: belum_tersedia`` with ``diukur``).
"""

from __future__ import annotations

from .. import models
from ..dataset import Data
from ..yaml_source import Location
from . import sources
from .reporter import Reporter

MISSING = (
    "baseline belum menyebut asal nilainya: tulis 'sumber' (penerbit, judul, tahun) untuk angka resmi, "
    "'status: perkiraan' untuk perkiraan tim penyusun, 'status: belum_ada' untuk layanan yang belum ada, "
    "atau 'status: belum_tersedia' dengan 'diukur' (tahun, cara dan OPD pengukurnya)"
)


def check(report: Reporter, data: Data) -> None:
    for i, p in enumerate(data.program):
        for j, ind in enumerate(p.indikator):
            baseline(report, data, "program", ("program", i, "indikator", j, "baseline"), ind.baseline)
    for i, iku in enumerate(data.visi.iku):
        if iku.baseline is not None:
            baseline(report, data, "visi", ("iku", i, "baseline"), iku.baseline)


def baseline(report: Reporter, data: Data, stem: str, loc: Location, b: models.Baseline) -> None:
    doc = data.dokumen
    if b.sumber is None and b.status is None:
        report.error(stem, loc, MISSING)
        return
    if b.sumber is not None and b.status is not None:
        report.error(
            stem,
            loc + ("status",),
            f"baseline yang bersumber tidak boleh sekaligus berstatus '{b.status}'; hapus salah satunya",
        )
        return
    if b.status == "belum_tersedia":
        if b.nilai is not None:
            report.error(
                stem,
                loc + ("nilai",),
                "baseline berstatus 'belum_tersedia' tidak boleh diberi nilai; hapus 'nilai' atau ganti statusnya",
            )
        if b.diukur is None:
            report.error(
                stem,
                loc + ("status",),
                "baseline berstatus 'belum_tersedia' wajib mengisi 'diukur' (tahun, cara dan OPD pengukurnya)",
            )
    elif b.nilai is None:
        report.error(stem, loc, "baseline wajib mengisi 'nilai'")
    elif b.status == "belum_ada" and b.nilai != 0:
        report.error(
            stem,
            loc + ("nilai",),
            f"baseline berstatus 'belum_ada' bernilai 0 (layanannya belum ada), tertulis {b.nilai:g}",
        )
    if b.diukur is not None:
        if b.status != "belum_tersedia":
            report.error(
                stem, loc + ("diukur",), "'diukur' hanya untuk baseline berstatus 'belum_tersedia'; hapus bagian ini"
            )
        low, high = doc.tanggal.year, doc.periode_selesai
        if not low <= b.diukur.tahun <= high:
            report.error(
                stem,
                loc + ("diukur", "tahun"),
                f"tahun pengukuran {b.diukur.tahun} di luar rentang {low}–{high} (tahun dokumen sampai akhir rencana)",
            )
        report.known(stem, loc + ("diukur", "oleh"), b.diukur.oleh, data.opd_by_id, "OPD", "data/opd.yml")
    if b.tahun is not None and b.tahun > doc.tanggal.year:
        report.error(
            stem,
            loc + ("tahun",),
            f"nilai awal tahun {b.tahun} belum ada pada tanggal dokumen ({sources.tanggal_teks(doc.tanggal)})",
        )
    if b.sumber is not None:
        sources.published(report, data, stem, loc + ("sumber",), b.sumber)
        if b.tahun is not None and b.tahun > b.sumber.tahun:
            report.error(
                stem,
                loc + ("tahun",),
                f"nilai tahun {b.tahun} tidak mungkin berasal dari sumber terbitan {b.sumber.tahun}",
            )
