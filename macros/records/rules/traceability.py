"""From analysis to programme: every readiness gap (data/kesiapan.yml) and strategic issue
(data/analisis.yml) is answered by a programme or an action, and every programme and action
names what it answers (``menjawab``).

"Not answered" is judged only when every ``menjawab`` could be read and names known ids:
an unknown id there may have been meant for the gap that then looks unanswered.
"""

from __future__ import annotations

from collections.abc import Iterable

from .. import models
from ..dataset import Data
from ..yaml_source import Location
from . import ids, sources
from .document import unique
from .reporter import At, Ids, Reporter

WHERE = "data/kesiapan.yml (kesenjangan) maupun data/analisis.yml (isu)"


def check(report: Reporter, data: Data) -> None:
    issues = _analysis(report, data)
    gaps = _gaps(report, data)
    for rec, a in report.records("analisis", "dimensi", lambda: data.analisis.dimensi):
        for isu_rec, isu in rec.records("isu", lambda: a.isu):  # noqa: B023 - read at once
            if isu_rec.sound("id") and isu.id in gaps:
                isu_rec.error(
                    "id", f"id '{isu.id}' sudah dipakai untuk kesenjangan di data/kesiapan.yml; pilih id lain"
                )
    known: Ids[object] = Ids()
    known.add(gaps)
    known.add(issues)
    answered: set[str] = set()
    complete = report.present("program", ("program",)) and report.present("kesiapan", ("rencana_aksi",))
    for rec, p in report.records("program", "program", lambda: data.program):
        found, whole = _answers(rec, p, known, "program")
        answered |= found
        complete = complete and whole
    unique(report, "kesiapan", "rencana_aksi", lambda: data.kesiapan.rencana_aksi, "id rencana aksi")
    agencies = ids.opd(report, data)
    document = sources.document_date(report, data)
    plan_end = data.dokumen.periode_selesai if report.sound("kota", ("dokumen", "periode_selesai")) else None
    for rec, aksi in report.records("kesiapan", "rencana_aksi", lambda: data.kesiapan.rencana_aksi):
        found, whole = _answers(rec, aksi, known, "rencana aksi")
        answered |= found
        complete = complete and whole
        if rec.sound("opd_pengampu"):
            rec.known("opd_pengampu", aksi.opd_pengampu, agencies, "OPD", "data/opd.yml")
        if rec.present("opd_pendukung"):
            for j, opd in enumerate(aksi.opd_pendukung):
                if rec.sound(("opd_pendukung", j)):
                    rec.known(("opd_pendukung", j), opd, agencies, "OPD", "data/opd.yml")
        if document is not None and plan_end is not None and rec.sound("tahun"):
            low, high = document.year, plan_end
            if not low <= aksi.tahun <= high:
                rec.error(
                    "tahun", f"tahun {aksi.tahun} di luar rentang {low}–{high} (tahun dokumen sampai akhir rencana)"
                )
    if not complete:
        return
    unanswered = (
        "{kind} {ident} belum dijawab program atau rencana aksi mana pun; cantumkan '{ident}' di 'menjawab' "
        "sebuah program (data/program.yml) atau rencana aksi (data/kesiapan.yml)"
    )
    for rec, e in report.records("kesiapan", "elemen", lambda: data.kesiapan.elemen):
        for gap_rec, k in rec.records("kesenjangan", lambda: e.kesenjangan):  # noqa: B023 - read at once
            if gap_rec.sound("id") and k.id not in answered:
                gap_rec.error((), unanswered.format(kind="kesenjangan", ident=k.id), cause=False)
    for rec, a in report.records("analisis", "dimensi", lambda: data.analisis.dimensi):
        for isu_rec, isu in rec.records("isu", lambda: a.isu):  # noqa: B023 - read at once
            if isu_rec.sound("id") and isu.id not in answered:
                isu_rec.error((), unanswered.format(kind="isu", ident=isu.id), cause=False)


def _gaps(report: Reporter, data: Data) -> Ids[models.Kesenjangan]:
    """The readiness gaps of every element, their ids unique."""
    found: Ids[models.Kesenjangan] = Ids()
    seen: list[tuple[Location, str]] = []
    if not report.present("kesiapan", ("elemen",)):
        found.unreadable.append(None)
    for rec, e in report.records("kesiapan", "elemen", lambda: data.kesiapan.elemen):
        found.add(report.ids("kesiapan", rec("kesenjangan"), lambda: e.kesenjangan))  # noqa: B023 - read at once
        for gap_rec, k in rec.records("kesenjangan", lambda: e.kesenjangan):  # noqa: B023 - read at once
            if gap_rec.sound("id"):
                seen.append((gap_rec("id"), k.id))
    report.unique("kesiapan", seen, "id kesenjangan")
    return found


def _answers(
    rec: At, record: models.Program | models.RencanaAksi, known: Ids[object], what: str
) -> tuple[set[str], bool]:
    """The ids ``record`` answers, and whether all of its ``menjawab`` could be judged."""
    if not rec.present("menjawab"):
        return set(), False
    answers: Iterable[str] = record.menjawab
    items = list(answers)
    if not items:
        rec.error(
            "menjawab",
            f"{what} belum menyebut kesenjangan atau isu strategis yang dijawabnya; isi 'menjawab' dengan id "
            f"dari {WHERE}",
        )
    whole = True
    for j, ident in enumerate(items):
        if not rec.sound(("menjawab", j)):
            whole = False
            continue
        rec.known(("menjawab", j), ident, known, "kesenjangan atau isu", WHERE)
        whole = whole and ident in known
    return {ident for ident in items if ident in known}, whole


def _analysis(report: Reporter, data: Data) -> Ids[models.IsuStrategis]:
    """data/analisis.yml itself: one analysis per dimension, sourced facts, unique issue ids."""
    unique(report, "analisis", "dimensi", lambda: data.analisis.dimensi, "dimensi analisis")
    dims = ids.dimensi(report, data)
    regulations = ids.regulasi(report, data)
    references = report.ids("rujukan", "rujukan", lambda: data.rujukan)
    issues: Ids[models.IsuStrategis] = Ids()
    seen: list[tuple[Location, str]] = []
    if not report.present("analisis", ("dimensi",)):
        issues.unreadable.append(None)
    for rec, a in report.records("analisis", "dimensi", lambda: data.analisis.dimensi):
        if rec.sound("id"):
            rec.known("id", a.id, dims, "dimensi", "data/dimensi.yml")
        for fact_rec, fakta in rec.records("kondisi", lambda: a.kondisi):  # noqa: B023 - read at once
            if fact_rec.sound("rujukan", "regulasi") and not fakta.rujukan and not fakta.regulasi:
                fact_rec.error(
                    (),
                    "fakta belum menyebut sumbernya; isi 'rujukan' (id di data/rujukan.yml) atau 'regulasi' "
                    "(id di data/regulasi.yml)",
                )
            for key, known, what, where in (
                ("regulasi", regulations, "regulasi", "data/regulasi.yml"),
                ("rujukan", references, "rujukan", "data/rujukan.yml"),
            ):
                if fact_rec.present(key):
                    for k, ident in enumerate(getattr(fakta, key)):
                        if fact_rec.sound((key, k)):
                            fact_rec.known((key, k), ident, known, what, where)
        part = report.ids("analisis", rec("isu"), lambda: a.isu)  # noqa: B023 - read at once
        for isu_rec, isu in rec.records("isu", lambda: a.isu):  # noqa: B023 - read at once
            if isu_rec.sound("id"):
                seen.append((isu_rec("id"), isu.id))
        issues.add(part)
    report.unique("analisis", seen, "id isu")
    analysed = list(report.records("analisis", "dimensi", lambda: data.analisis.dimensi))
    if report.present("analisis", ("dimensi",)) and all(rec.sound("id") for rec, _ in analysed) and not dims.unreadable:
        covered = {a.id for _, a in analysed}
        if covered <= set(dims):
            for d in dims:
                if d not in covered:
                    report.error(
                        "analisis", ("dimensi",), f"dimensi '{d}' belum dianalisis di data/analisis.yml", cause=False
                    )
    return issues
