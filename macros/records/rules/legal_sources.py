"""The legal-basis table says, row by row, where each title was checked (``dicocokkan``), so
its claim is true for every row (review 2 of issue 11):

- a title checked in a legal database (``jdih``) links to that page (``tautan``);
- a day of enactment (``ditetapkan``) is written only when it was read in the database or
  in the regulation's own text (``jdih`` or ``naskah``); a day quoted by a citation or a
  news item stays out, and the table shows the year.
"""

from __future__ import annotations

from ..dataset import Data
from .reporter import Reporter

READ_AT_SOURCE = ("jdih", "naskah")


def check(report: Reporter, data: Data) -> None:
    for rec, r in report.records("regulasi", "regulasi", lambda: data.regulasi):
        if not rec.sound("dicocokkan"):
            continue
        if r.dicocokkan == "jdih" and rec.sound("tautan") and r.tautan is None:
            rec.error(
                "dicocokkan",
                "judul yang dicocokkan dengan JDIH wajib menyebut alamat halamannya di 'tautan', agar pembaca "
                "dapat memeriksanya",
            )
        if rec.sound("ditetapkan") and r.ditetapkan is not None and r.dicocokkan not in READ_AT_SOURCE:
            rec.error(
                "ditetapkan",
                f"tanggal penetapan hanya ditulis bila terbaca di JDIH atau di naskah peraturan, sedangkan judul "
                f"ini dicocokkan dengan sumber '{r.dicocokkan}'; hapus 'ditetapkan' (tabel menampilkan tahunnya) "
                "atau cocokkan dengan JDIH atau naskahnya",
            )
