"""Vision, missions, strategies and key indicators (data/visi.yml): every dimension covered."""

from __future__ import annotations

from collections.abc import Mapping

from .. import models
from ..dataset import Data
from .reporter import Reporter


def check(report: Reporter, data: Data) -> None:
    _check_visi(report, data, data.visi)


def _check_visi(report: Reporter, data: Data, file: models.VisiFile) -> None:
    report.unique("visi", ((("acuan", i, "id"), x.id) for i, x in enumerate(file.acuan)), "id acuan")
    report.unique("visi", ((("misi", i, "id"), x.id) for i, x in enumerate(file.misi)), "id misi")
    report.unique("visi", ((("iku", i, "id"), x.id) for i, x in enumerate(file.iku)), "id IKU")
    report.unique(
        "visi", ((("strategi", i, "dimensi"), x.dimensi) for i, x in enumerate(file.strategi)), "dimensi strategi"
    )
    acuan = {a.id: a for a in file.acuan}
    report.known("visi", ("visi", "selaras_dengan"), file.visi.selaras_dengan, acuan, "acuan", "bagian 'acuan'")
    if file.visi.selaras_dengan in acuan and acuan[file.visi.selaras_dengan].visi is None:
        report.error(
            "visi",
            ("visi", "selaras_dengan"),
            f"acuan '{file.visi.selaras_dengan}' tidak memuat visi; pilih dokumen yang mencantumkan visi",
        )
    dims = data.dimensi_by_id
    for i, misi in enumerate(file.misi):
        for j, dim in enumerate(misi.dimensi):
            report.known("visi", ("misi", i, "dimensi", j), dim, dims, "dimensi", "data/dimensi.yml")
    for i, strategi in enumerate(file.strategi):
        report.known("visi", ("strategi", i, "dimensi"), strategi.dimensi, dims, "dimensi", "data/dimensi.yml")
    _coverage(report, ("misi",), {d for m in file.misi for d in m.dimensi}, dims, "misi")
    _coverage(report, ("strategi",), {s.dimensi for s in file.strategi}, dims, "strategi")
    doc = data.dokumen
    for i, iku in enumerate(file.iku):
        report.known("visi", ("iku", i, "dimensi"), iku.dimensi, dims, "dimensi", "data/dimensi.yml")
        for year in iku.target:
            if not doc.periode_mulai <= year <= doc.periode_selesai:
                period = f"{doc.periode_mulai}–{doc.periode_selesai}"
                report.error(
                    "visi", ("iku", i, "target", year), f"target tahun {year} di luar periode rencana ({period})"
                )


def _coverage(report: Reporter, loc: tuple[str], used: set[str], dims: Mapping[str, object], what: str) -> None:
    for ident in dims:
        if ident not in used:
            report.error(
                "visi", loc, f"dimensi '{ident}' belum punya {what}; setiap dimensi di data/dimensi.yml harus tercakup"
            )
