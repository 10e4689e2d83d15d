"""One number, one place: an IKU (data/visi.yml) that restates a programme indicator names it
in ``indikator`` and takes its unit, baseline and targets from there; anything written twice
must agree. An IKU of its own carries its unit, baseline and targets itself."""

from __future__ import annotations

from .. import models
from ..dataset import Data
from .reporter import Reporter


def check(report: Reporter, data: Data) -> None:
    report.unique(
        "program",
        (
            (("program", i, "indikator", j, "id"), ind.id)
            for i, p in enumerate(data.program)
            for j, ind in enumerate(p.indikator)
            if ind.id is not None
        ),
        "id indikator",
    )
    for i, iku in enumerate(data.visi.iku):
        if iku.indikator is None:
            _own(report, i, iku)
        else:
            _restated(report, data, i, iku)


def _own(report: Reporter, i: int, iku: models.Iku) -> None:
    hint = "karena IKU ini tidak merujuk indikator program ('indikator')"
    if iku.satuan is None:
        report.error("visi", ("iku", i, "satuan"), f"satuan wajib diisi {hint}")
    if iku.baseline is None:
        report.error("visi", ("iku", i, "baseline"), f"baseline wajib diisi {hint}")
    if not iku.target:
        report.error("visi", ("iku", i, "target"), f"target wajib diisi {hint}")


def _restated(report: Reporter, data: Data, i: int, iku: models.Iku) -> None:
    assert iku.indikator is not None
    found = data.indikator_by_id.get(iku.indikator)
    if found is None:
        report.known(
            "visi", ("iku", i, "indikator"), iku.indikator, data.indikator_by_id, "indikator", "data/program.yml"
        )
        return
    program, ind = found
    own = f"indikator '{ind.id}' program {program.id}"
    drop = "agar diambil dari program"
    if program.dimensi != iku.dimensi:
        report.error(
            "visi",
            ("iku", i, "dimensi"),
            f"dimensi '{iku.dimensi}' berbeda dengan dimensi program {program.id} ('{program.dimensi}')",
        )
    if iku.satuan is not None and iku.satuan != ind.satuan:
        report.error(
            "visi",
            ("iku", i, "satuan"),
            f"satuan '{iku.satuan}' berbeda dengan satuan {own} ('{ind.satuan}'); hapus 'satuan' {drop}",
        )
    if iku.baseline is not None and iku.baseline != ind.baseline:
        report.error(
            "visi",
            ("iku", i, "baseline"),
            f"baseline berbeda dengan baseline {own}; hapus 'baseline' {drop}",
        )
    for year, value in iku.target.items():
        if year in ind.target and ind.target[year] != value:
            report.error(
                "visi",
                ("iku", i, "target", year),
                f"target tahun {year} tertulis {value:g}, sedangkan {own} menargetkan {ind.target[year]:g}; "
                f"hapus target ini {drop}",
            )
