"""Governance (data/tata_kelola.yml): institutions, their members' OPD, and the RACI matrix."""

from __future__ import annotations

from collections.abc import Mapping

from .. import models
from ..dataset import Data
from .reporter import Reporter


def check(report: Reporter, data: Data) -> None:
    _check_tata_kelola(report, data, data.tata_kelola)


def _check_tata_kelola(report: Reporter, data: Data, file: models.TataKelolaFile) -> None:
    report.unique("tata_kelola", ((("lembaga", i, "id"), x.id) for i, x in enumerate(file.lembaga)), "id lembaga")
    report.unique("tata_kelola", ((("pihak_lain", i, "id"), x.id) for i, x in enumerate(file.pihak_lain)), "id pihak")
    report.unique("tata_kelola", ((("kegiatan", i, "id"), x.id) for i, x in enumerate(file.kegiatan)), "id kegiatan")
    parties: list[tuple[str, int, str]] = [("lembaga", i, x.id) for i, x in enumerate(file.lembaga)]
    parties += [("pihak_lain", i, x.id) for i, x in enumerate(file.pihak_lain)]
    for key, i, ident in parties:
        if ident in data.opd_by_id:
            report.error(
                "tata_kelola", (key, i, "id"), f"id '{ident}' sudah dipakai untuk OPD di data/opd.yml; pilih id lain"
            )
    for i, lembaga in enumerate(file.lembaga):
        for j, anggota in enumerate(lembaga.anggota):
            if anggota.opd is not None:
                report.known(
                    "tata_kelola",
                    ("lembaga", i, "anggota", j, "opd"),
                    anggota.opd,
                    data.opd_by_id,
                    "OPD",
                    "data/opd.yml",
                )
    known: dict[str, object] = {x.id: x for x in file.lembaga}
    known.update({x.id: x for x in file.pihak_lain})
    known.update(data.opd_by_id)
    for i, kegiatan in enumerate(file.kegiatan):
        _check_raci(report, ("kegiatan", i, "peran"), kegiatan, known)


def _check_raci(
    report: Reporter, loc: tuple[str, int, str], kegiatan: models.Kegiatan, parties: Mapping[str, object]
) -> None:
    for party in kegiatan.peran:
        report.known(
            "tata_kelola",
            loc + (party,),
            party,
            parties,
            "pihak",
            "data/tata_kelola.yml (lembaga, pihak_lain) maupun data/opd.yml",
        )
    roles = list(kegiatan.peran.values())
    if roles.count("A") != 1:
        report.error(
            "tata_kelola",
            loc,
            f"setiap kegiatan harus punya tepat satu penanggung jawab akhir (A), tertulis {roles.count('A')}",
        )
    if "R" not in roles:
        report.error("tata_kelola", loc, "setiap kegiatan harus punya sedikitnya satu pelaksana (R)")
