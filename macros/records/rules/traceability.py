"""From analysis to programme: every readiness gap (data/kesiapan.yml) and strategic issue
(data/analisis.yml) is answered by a programme or an action, and every programme and action
names what it answers (``menjawab``)."""

from __future__ import annotations

from collections.abc import Iterable

from ..dataset import Data
from ..yaml_source import Location
from .reporter import Reporter

WHERE = "data/kesiapan.yml (kesenjangan) maupun data/analisis.yml (isu)"


def check(report: Reporter, data: Data) -> None:
    _analysis(report, data)
    gaps = data.kesenjangan_by_id
    issues = data.isu_by_id
    report.unique(
        "kesiapan",
        (
            (("elemen", i, "kesenjangan", j, "id"), k.id)
            for i, e in enumerate(data.kesiapan.elemen)
            for j, k in enumerate(e.kesenjangan)
        ),
        "id kesenjangan",
    )
    for i, a in enumerate(data.analisis.dimensi):
        for j, isu in enumerate(a.isu):
            if isu.id in gaps:
                report.error(
                    "analisis",
                    ("dimensi", i, "isu", j, "id"),
                    f"id '{isu.id}' sudah dipakai untuk kesenjangan di data/kesiapan.yml; pilih id lain",
                )
    known: dict[str, object] = {**gaps, **issues}
    answered: set[str] = set()
    for i, p in enumerate(data.program):
        answered |= _answers(report, "program", ("program", i), p.menjawab, known, "program")
    report.unique(
        "kesiapan",
        ((("rencana_aksi", i, "id"), a.id) for i, a in enumerate(data.kesiapan.rencana_aksi)),
        "id rencana aksi",
    )
    for i, aksi in enumerate(data.kesiapan.rencana_aksi):
        loc: Location = ("rencana_aksi", i)
        answered |= _answers(report, "kesiapan", loc, aksi.menjawab, known, "rencana aksi")
        report.known("kesiapan", loc + ("opd_pengampu",), aksi.opd_pengampu, data.opd_by_id, "OPD", "data/opd.yml")
        for j, opd in enumerate(aksi.opd_pendukung):
            report.known("kesiapan", loc + ("opd_pendukung", j), opd, data.opd_by_id, "OPD", "data/opd.yml")
        low, high = data.dokumen.tanggal.year, data.dokumen.periode_selesai
        if not low <= aksi.tahun <= high:
            report.error(
                "kesiapan",
                loc + ("tahun",),
                f"tahun {aksi.tahun} di luar rentang {low}–{high} (tahun dokumen sampai akhir rencana)",
            )
    for i, e in enumerate(data.kesiapan.elemen):
        for j, k in enumerate(e.kesenjangan):
            if k.id not in answered:
                report.error(
                    "kesiapan",
                    ("elemen", i, "kesenjangan", j),
                    f"kesenjangan {k.id} belum dijawab program atau rencana aksi mana pun; cantumkan '{k.id}' "
                    "di 'menjawab' sebuah program (data/program.yml) atau rencana aksi (data/kesiapan.yml)",
                )
    for i, a in enumerate(data.analisis.dimensi):
        for j, isu in enumerate(a.isu):
            if isu.id not in answered:
                report.error(
                    "analisis",
                    ("dimensi", i, "isu", j),
                    f"isu {isu.id} belum dijawab program atau rencana aksi mana pun; cantumkan '{isu.id}' "
                    "di 'menjawab' sebuah program (data/program.yml) atau rencana aksi (data/kesiapan.yml)",
                )


def _answers(
    report: Reporter, stem: str, loc: Location, ids: Iterable[str], known: dict[str, object], what: str
) -> set[str]:
    ids = list(ids)
    if not ids:
        report.error(
            stem,
            loc + ("menjawab",),
            f"{what} belum menyebut kesenjangan atau isu strategis yang dijawabnya; isi 'menjawab' dengan id "
            f"dari {WHERE}",
        )
    for j, ident in enumerate(ids):
        report.known(stem, loc + ("menjawab", j), ident, known, "kesenjangan atau isu", WHERE)
    return {ident for ident in ids if ident in known}


def _analysis(report: Reporter, data: Data) -> None:
    file = data.analisis
    report.unique("analisis", ((("dimensi", i, "id"), a.id) for i, a in enumerate(file.dimensi)), "dimensi analisis")
    report.unique(
        "analisis",
        ((("dimensi", i, "isu", j, "id"), x.id) for i, a in enumerate(file.dimensi) for j, x in enumerate(a.isu)),
        "id isu",
    )
    for i, a in enumerate(file.dimensi):
        report.known("analisis", ("dimensi", i, "id"), a.id, data.dimensi_by_id, "dimensi", "data/dimensi.yml")
        for j, fakta in enumerate(a.kondisi):
            if not fakta.rujukan and not fakta.regulasi:
                report.error(
                    "analisis",
                    ("dimensi", i, "kondisi", j),
                    "fakta belum menyebut sumbernya; isi 'rujukan' (id di data/rujukan.yml) atau 'regulasi' "
                    "(id di data/regulasi.yml)",
                )
            for k, ident in enumerate(fakta.regulasi):
                report.known(
                    "analisis",
                    ("dimensi", i, "kondisi", j, "regulasi", k),
                    ident,
                    data.regulasi_by_id,
                    "regulasi",
                    "data/regulasi.yml",
                )
            for k, ident in enumerate(fakta.rujukan):
                report.known(
                    "analisis",
                    ("dimensi", i, "kondisi", j, "rujukan", k),
                    ident,
                    data.rujukan_by_id,
                    "rujukan",
                    "data/rujukan.yml",
                )
    covered = {a.id for a in file.dimensi}
    for d in data.dimensi:
        if d.id not in covered:
            report.error("analisis", ("dimensi",), f"dimensi '{d.id}' belum dianalisis di data/analisis.yml")
