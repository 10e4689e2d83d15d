"""The readiness assessment (data/kesiapan.yml): a scale in order, every element scored within it."""

from __future__ import annotations

from itertools import pairwise
from typing import get_args

from .. import models
from ..dataset import Data
from .document import unique
from .reporter import Reporter


def check(report: Reporter, data: Data) -> None:
    file = data.kesiapan
    unique(report, "kesiapan", "elemen", lambda: file.elemen, "elemen kesiapan")
    unique(report, "kesiapan", "skala", lambda: file.skala, "tingkat kesiapan", field="tingkat")
    scale = list(report.records("kesiapan", "skala", lambda: file.skala))
    for (before, lower), (rec, level) in pairwise(scale):
        if before.sound("skor_minimal") and rec.sound("skor_minimal") and level.skor_minimal <= lower.skor_minimal:
            rec.error(
                "skor_minimal",
                "skala harus urut dari skor terendah; skor_minimal harus lebih besar dari tingkat di atasnya",
            )
    assessed = list(report.records("kesiapan", "elemen", lambda: file.elemen))
    if report.present("kesiapan", ("elemen",)) and all(rec.sound("id") for rec, _ in assessed):
        missing = set(get_args(models.ElemenKesiapan)) - {e.id for _, e in assessed}
        for ident in sorted(missing):
            report.error("kesiapan", ("elemen",), f"elemen kesiapan '{ident}' belum dinilai", cause=False)
    # the scores are judged against the scale's lowest level and the maximum, when both are sound
    if not scale or not scale[0][0].sound("skor_minimal") or not report.sound("kesiapan", ("skor_maksimal",)):
        return
    low, high = scale[0][1].skor_minimal, file.skor_maksimal
    for rec, e in assessed:
        if rec.sound("skor") and not low <= e.skor <= high:
            rec.error("skor", f"skor {e.skor} di luar skala ({low}–{high})")
