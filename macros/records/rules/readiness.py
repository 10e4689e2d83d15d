"""The readiness assessment (data/kesiapan.yml): a scale in order, every element scored within it."""

from __future__ import annotations

from typing import get_args

from .. import models
from ..dataset import Data
from .reporter import Reporter


def check(report: Reporter, data: Data) -> None:
    _check_kesiapan(report, data.kesiapan)


def _check_kesiapan(report: Reporter, file: models.KesiapanFile) -> None:
    report.unique("kesiapan", ((("elemen", i, "id"), e.id) for i, e in enumerate(file.elemen)), "elemen kesiapan")
    report.unique(
        "kesiapan", ((("skala", i, "tingkat"), t.tingkat) for i, t in enumerate(file.skala)), "tingkat kesiapan"
    )
    for i in range(1, len(file.skala)):
        if file.skala[i].skor_minimal <= file.skala[i - 1].skor_minimal:
            report.error(
                "kesiapan",
                ("skala", i, "skor_minimal"),
                "skala harus urut dari skor terendah; skor_minimal harus lebih besar dari tingkat di atasnya",
            )
    missing = set(get_args(models.ElemenKesiapan)) - {e.id for e in file.elemen}
    for ident in sorted(missing):
        report.error("kesiapan", ("elemen",), f"elemen kesiapan '{ident}' belum dinilai")
    low = file.skala[0].skor_minimal
    for i, e in enumerate(file.elemen):
        if not low <= e.skor <= file.skor_maksimal:
            report.error("kesiapan", ("elemen", i, "skor"), f"skor {e.skor} di luar skala ({low}–{file.skor_maksimal})")
