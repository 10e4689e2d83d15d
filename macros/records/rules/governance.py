"""Governance (data/tata_kelola.yml): institutions, their members' OPD, and the RACI matrix."""

from __future__ import annotations

from collections.abc import Mapping

from .. import models
from ..dataset import Data
from . import ids
from .document import unique
from .reporter import At, Reporter

PARTIES = "data/tata_kelola.yml (lembaga, pihak_lain) maupun data/opd.yml"


def check(report: Reporter, data: Data) -> None:
    file = data.tata_kelola
    unique(report, "tata_kelola", "lembaga", lambda: file.lembaga, "id lembaga")
    unique(report, "tata_kelola", "pihak_lain", lambda: file.pihak_lain, "id pihak")
    unique(report, "tata_kelola", "kegiatan", lambda: file.kegiatan, "id kegiatan")
    agencies = ids.opd(report, data)
    bodies = report.ids("tata_kelola", "lembaga", lambda: file.lembaga)
    others = report.ids("tata_kelola", "pihak_lain", lambda: file.pihak_lain)
    clashing: list[tuple[At, models.Lembaga | models.PihakLain]] = [
        *report.records("tata_kelola", "lembaga", lambda: file.lembaga),
        *report.records("tata_kelola", "pihak_lain", lambda: file.pihak_lain),
    ]
    for rec, party in clashing:
        if rec.sound("id") and party.id in agencies:
            rec.error("id", f"id '{party.id}' sudah dipakai untuk OPD di data/opd.yml; pilih id lain")
    for rec, lembaga in report.records("tata_kelola", "lembaga", lambda: file.lembaga):
        for member_rec, member in rec.records("anggota", lambda: lembaga.anggota):  # noqa: B023 - read at once
            if member_rec.sound("opd") and member.opd is not None:
                member_rec.known("opd", member.opd, agencies, "OPD", "data/opd.yml")
    parties: ids.Ids[object] = ids.Ids()
    for part in (bodies, others, agencies):
        parties.add(part)
    for rec, kegiatan in report.records("tata_kelola", "kegiatan", lambda: file.kegiatan):
        if rec.sound("peran"):
            _check_raci(rec, kegiatan, parties)


def _check_raci(rec: At, kegiatan: models.Kegiatan, parties: Mapping[str, object] | ids.Ids[object]) -> None:
    for party in kegiatan.peran:
        rec.known(("peran", party), party, parties, "pihak", PARTIES)
    roles = list(kegiatan.peran.values())
    if roles.count("A") != 1:
        rec.error(
            "peran",
            f"setiap kegiatan harus punya tepat satu penanggung jawab akhir (A), tertulis {roles.count('A')}",
            cause=False,
        )
    if "R" not in roles:
        rec.error("peran", "setiap kegiatan harus punya sedikitnya satu pelaksana (R)", cause=False)
