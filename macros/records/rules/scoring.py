"""The scoring sheet behind the readiness scores (review 2 of issue 11).

When an element of data/kesiapan.yml lists the aspects it was scored on (``aspek``), each
aspect has a whole-number score from 1 to ``skor_maksimal``, the aspect ids are unique
within the element, and the element's score is the mean of its aspects, rounded to one
decimal as the tables print it. The mean is compared only when the element's score and
every aspect's score could be read and are within the scale.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from ..dataset import Data
from .reporter import Reporter


def mean_one_decimal(scores: list[float]) -> Decimal:
    """The mean rounded half up to one decimal (2.25 -> 2.3), as a reader would round it."""
    mean = Decimal(str(sum(scores))) / Decimal(len(scores))
    return mean.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def check(report: Reporter, data: Data) -> None:
    if not report.sound("kesiapan", ("skor_maksimal",)):
        return
    top = data.kesiapan.skor_maksimal
    for rec, e in report.records("kesiapan", "elemen", lambda: data.kesiapan.elemen):
        if not rec.present("aspek") or not e.aspek:
            continue
        aspects = list(rec.records("aspek", lambda: e.aspek))  # noqa: B023 - records() reads it at once
        report.unique("kesiapan", ((a_rec("id"), a.id) for a_rec, a in aspects if a_rec.sound("id")), "id aspek")
        sound = True
        for a_rec, a in aspects:
            if not a_rec.sound("skor"):
                sound = False
                continue
            if a.skor != int(a.skor) or not 1 <= a.skor <= top:
                sound = False
                a_rec.error("skor", f"skor aspek harus bilangan bulat 1 sampai {top:g}, tertulis {a.skor:g}")
        if not sound or not rec.sound("skor"):
            continue
        mean = mean_one_decimal([a.skor for _, a in aspects])
        if Decimal(str(e.skor)) != mean:
            rec.error(
                "skor",
                f"skor elemen {e.skor:g} berbeda dengan rata-rata skor aspeknya ({mean}); tulis {mean} atau "
                "perbaiki skor aspeknya",
            )
