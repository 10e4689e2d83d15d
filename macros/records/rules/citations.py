"""How names, laws and versions are cited (issue 11, review 1).

- An OPD's name may name the references that use it (``rujukan``): they must exist.
- A regulation cited with its amendment (``perubahan``) names the last amending regulation,
  which must be in data/regulasi.yml and not be older than the regulation it amends; an
  amending regulation is shown with the one it amends, so it has no group of its own. Once
  one regulation has a group (``kelompok``), every other one needs one too.
- Every version in the history has either its day (``tanggal``) or, where the day was not
  recorded, when it was made in words (``waktu``); the version in force has its day.
"""

from __future__ import annotations

from .. import models
from ..dataset import Data
from . import ids
from .reporter import At, Reporter


def check(report: Reporter, data: Data) -> None:
    references = report.ids("rujukan", "rujukan", lambda: data.rujukan)
    for rec, opd in report.records("opd", "opd", lambda: data.opd):
        if rec.present("rujukan"):
            for j, ident in enumerate(opd.rujukan):
                if rec.sound(("rujukan", j)):
                    rec.known(("rujukan", j), ident, references, "rujukan", "data/rujukan.yml")
    _amendments(report, data)
    _history(report, data)


def _amendments(report: Reporter, data: Data) -> None:
    regulations = list(report.records("regulasi", "regulasi", lambda: data.regulasi))
    known = ids.regulasi(report, data)
    for rec, r in regulations:
        if not rec.sound("perubahan") or r.perubahan is None:
            continue
        rec.known(("perubahan", "regulasi"), r.perubahan.regulasi, known, "regulasi", "data/regulasi.yml")
        other = known.get(r.perubahan.regulasi)
        if other is None or not rec.sound("id", "tahun"):
            continue
        stem, id_loc = known.defined_at[other.id]
        if not report.at(stem, id_loc[:-1]).sound("tahun"):
            continue  # the amending regulation's year is its own message
        if other.id == r.id or other.tahun < r.tahun:
            rec.error(
                ("perubahan", "regulasi"),
                f"'{other.id}' ({other.tahun}) tidak mungkin mengubah peraturan tahun {r.tahun}; tulis peraturan "
                "perubahan yang terakhir",
            )
    # which regulations amend others, and whether groups are used at all: judged when all could be read
    if not all(rec.sound("perubahan", "kelompok", "id") for rec, _ in regulations):
        return
    amending = {r.perubahan.regulasi for _, r in regulations if r.perubahan is not None}
    grouped = any(r.kelompok is not None for _, r in regulations)
    for rec, r in regulations:
        _group(rec, r, r.id in amending, grouped)


def _group(rec: At, r: models.Regulasi, amends_another: bool, grouped: bool) -> None:
    if amends_another and r.kelompok is not None:
        rec.error(
            "kelompok", "peraturan ini dikutip sebagai perubahan peraturan lain dan tampil bersamanya; hapus 'kelompok'"
        )
    elif grouped and not amends_another and r.kelompok is None:
        rec.error(
            (),
            "'kelompok' belum diisi: tulis 'dasar' (dasar penyusunan masterplan) atau 'pijakan' (pijakan "
            "program tertentu)",
            cause=False,
        )


def _history(report: Reporter, data: Data) -> None:
    current = data.dokumen.versi if report.sound("kota", ("dokumen", "versi")) else None
    for rec, r in report.records("kota", ("dokumen", "riwayat"), lambda: data.dokumen.riwayat):
        if not rec.sound("tanggal", "waktu", "versi"):
            continue
        if (r.tanggal is None) == (r.waktu is None):
            rec.error(
                ("waktu",) if r.waktu is not None else ("versi",),
                "tulis salah satu: 'tanggal' (TTTT-BB-HH) bila harinya tercatat, atau 'waktu' (misalnya "
                '"sekitar sebulan sebelum Bimtek tahap II") bila harinya tidak tercatat',
            )
        elif current is not None and r.versi == current and r.tanggal is None:
            rec.error("waktu", "versi yang berlaku wajib bertanggal ('tanggal', TTTT-BB-HH)")
