"""The ids other files refer to, as far as they could be read (``Reporter.ids``)."""

from __future__ import annotations

from .. import models
from ..dataset import Data
from .reporter import Ids, Reporter

__all__ = ["Ids", "dimensi", "elemen", "opd", "regulasi"]


def dimensi(report: Reporter, data: Data) -> Ids[models.Dimensi]:
    return report.ids("dimensi", "dimensi", lambda: data.dimensi)


def elemen(report: Reporter, data: Data) -> tuple[Ids[models.Elemen], dict[str, models.Dimensi]]:
    """Every element, and the dimension each belongs to."""
    found: Ids[models.Elemen] = Ids()
    owner: dict[str, models.Dimensi] = {}
    if not report.present("dimensi", ("dimensi",)):
        found.unreadable.append(None)
    for rec, d in report.records("dimensi", "dimensi", lambda: data.dimensi):
        part = report.ids("dimensi", rec("elemen"), lambda: d.elemen)  # noqa: B023 - ids() reads it at once
        if rec.sound("id"):  # an element's dimension is known only when that dimension's id is
            for ident in part.by_id:
                owner.setdefault(ident, d)
        found.add(part)
    return found, owner


def opd(report: Reporter, data: Data) -> Ids[models.Opd]:
    return report.ids("opd", "opd", lambda: data.opd)


def regulasi(report: Reporter, data: Data) -> Ids[models.Regulasi]:
    return report.ids("regulasi", "regulasi", lambda: data.regulasi)
