"""Vision, missions, strategies and key indicators (data/visi.yml): every dimension covered."""

from __future__ import annotations

from collections.abc import Iterable

from .. import models
from ..dataset import Data
from . import ids
from .document import unique
from .programmes import plan_period
from .reporter import Ids, Reporter


def check(report: Reporter, data: Data) -> None:
    file = data.visi
    unique(report, "visi", "acuan", lambda: file.acuan, "id acuan")
    unique(report, "visi", "misi", lambda: file.misi, "id misi")
    unique(report, "visi", "iku", lambda: file.iku, "id IKU")
    unique(report, "visi", "strategi", lambda: file.strategi, "dimensi strategi", field="dimensi")
    sources = report.ids("visi", "acuan", lambda: file.acuan)
    vision = report.at("visi", "visi")
    if vision.sound("selaras_dengan"):
        vision.known("selaras_dengan", file.visi.selaras_dengan, sources, "acuan", "bagian 'acuan'")
        chosen = sources.get(file.visi.selaras_dengan)
        place = sources.defined_at.get(file.visi.selaras_dengan)
        readable = place is not None and report.at(place[0], place[1][:-1]).sound("visi")
        if chosen is not None and readable and chosen.visi is None:
            vision.error(
                "selaras_dengan",
                f"acuan '{file.visi.selaras_dengan}' tidak memuat visi; pilih dokumen yang mencantumkan visi",
            )
    dims = ids.dimensi(report, data)
    missions = list(report.records("visi", "misi", lambda: file.misi))
    for rec, misi in missions:
        if rec.present("dimensi"):
            for j, dim in enumerate(misi.dimensi):
                if rec.sound(("dimensi", j)):
                    rec.known(("dimensi", j), dim, dims, "dimensi", "data/dimensi.yml")
    strategies = list(report.records("visi", "strategi", lambda: file.strategi))
    for rec, strategi in strategies:
        if rec.sound("dimensi"):
            rec.known("dimensi", strategi.dimensi, dims, "dimensi", "data/dimensi.yml")
    # coverage is judged only when every mission's and strategy's dimensions could be read and
    # are known: a wrong one is the cause of a dimension "without a mission"
    if report.present("visi", ("misi",)) and all(rec.sound("dimensi") for rec, _ in missions):
        _coverage(report, "misi", [d for _, m in missions for d in m.dimensi], dims)
    if report.present("visi", ("strategi",)) and all(rec.sound("dimensi") for rec, _ in strategies):
        _coverage(report, "strategi", [s.dimensi for _, s in strategies], dims)
    period = plan_period(report, data)
    for rec, iku in report.records("visi", "iku", lambda: file.iku):
        if rec.sound("dimensi"):
            rec.known("dimensi", iku.dimensi, dims, "dimensi", "data/dimensi.yml")
        if period is None or not rec.sound("target"):
            continue
        for year in iku.target:
            if not period[0] <= year <= period[1]:
                rec.error(("target", year), f"target tahun {year} di luar periode rencana ({period[0]}–{period[1]})")


def _coverage(report: Reporter, key: str, used: Iterable[str], dims: Ids[models.Dimensi]) -> None:
    chosen = set(used)
    if dims.unreadable or not chosen <= set(dims):
        return
    for ident in dims:
        if ident not in chosen:
            report.error(
                "visi",
                (key,),
                f"dimensi '{ident}' belum punya {key}; setiap dimensi di data/dimensi.yml harus tercakup",
                cause=False,
            )
