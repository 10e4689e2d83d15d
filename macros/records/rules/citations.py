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

from ..dataset import Data
from .reporter import Reporter


def check(report: Reporter, data: Data) -> None:
    for i, opd in enumerate(data.opd):
        for j, ident in enumerate(opd.rujukan):
            report.known("opd", ("opd", i, "rujukan", j), ident, data.rujukan_by_id, "rujukan", "data/rujukan.yml")
    _amendments(report, data)
    _history(report, data)


def _amendments(report: Reporter, data: Data) -> None:
    amending = {r.perubahan.regulasi for r in data.regulasi if r.perubahan is not None}
    grouped = any(r.kelompok is not None for r in data.regulasi)
    for i, r in enumerate(data.regulasi):
        if r.perubahan is not None:
            loc = ("regulasi", i, "perubahan", "regulasi")
            other = data.regulasi_by_id.get(r.perubahan.regulasi)
            if other is None:
                report.known(
                    "regulasi", loc, r.perubahan.regulasi, data.regulasi_by_id, "regulasi", "data/regulasi.yml"
                )
            elif other.id == r.id or other.tahun < r.tahun:
                report.error(
                    "regulasi",
                    loc,
                    f"'{other.id}' ({other.tahun}) tidak mungkin mengubah peraturan tahun {r.tahun}; tulis peraturan "
                    "perubahan yang terakhir",
                )
        if r.id in amending and r.kelompok is not None:
            report.error(
                "regulasi",
                ("regulasi", i, "kelompok"),
                "peraturan ini dikutip sebagai perubahan peraturan lain dan tampil bersamanya; hapus 'kelompok'",
            )
        elif grouped and r.id not in amending and r.kelompok is None:
            report.error(
                "regulasi",
                ("regulasi", i),
                "'kelompok' belum diisi: tulis 'dasar' (dasar penyusunan masterplan) atau 'pijakan' (pijakan "
                "program tertentu)",
            )


def _history(report: Reporter, data: Data) -> None:
    doc = data.dokumen
    for i, r in enumerate(doc.riwayat):
        loc = ("dokumen", "riwayat", i)
        if (r.tanggal is None) == (r.waktu is None):
            report.error(
                "kota",
                loc + (("waktu",) if r.waktu is not None else ("versi",)),
                "tulis salah satu: 'tanggal' (TTTT-BB-HH) bila harinya tercatat, atau 'waktu' (misalnya "
                '"sekitar sebulan sebelum Bimtek tahap II") bila harinya tidak tercatat',
            )
        elif r.versi == doc.versi and r.tanggal is None:
            report.error("kota", loc + ("waktu",), "versi yang berlaku wajib bertanggal ('tanggal', TTTT-BB-HH)")
