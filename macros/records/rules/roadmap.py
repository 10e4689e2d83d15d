"""The roadmap term of each programme (``jangka``): one rule, from its end year (BAB VII).

- pendek: ends in the first two years of the plan (by ``periode_mulai + 1``)
- panjang: runs to the last year of the plan (``periode_selesai``)
- menengah: ends in between

``jangka`` stays written in data/program.yml (tables and the open data show it), and
must agree with the rule; the error names the value the rule gives.
"""

from __future__ import annotations

from .. import models
from ..dataset import Data
from .reporter import Reporter


def term_of(tahun_selesai: int, periode_mulai: int, periode_selesai: int) -> models.Jangka:
    """The term BAB VII gives a programme that ends in ``tahun_selesai``."""
    if tahun_selesai <= periode_mulai + 1:
        return "pendek"
    if tahun_selesai >= periode_selesai:
        return "panjang"
    return "menengah"


def describe(periode_mulai: int, periode_selesai: int) -> dict[models.Jangka, str]:
    """The rule in words, per term, for the error message (and for documentation)."""
    return {
        "pendek": f"selesai paling lambat {periode_mulai + 1}",
        "menengah": f"selesai antara {periode_mulai + 2} dan {periode_selesai - 1}",
        "panjang": f"berlanjut sampai {periode_selesai}",
    }


def check(report: Reporter, data: Data) -> None:
    doc = data.dokumen
    rule = describe(doc.periode_mulai, doc.periode_selesai)
    for i, p in enumerate(data.program):
        if not doc.periode_mulai <= p.tahun_selesai <= doc.periode_selesai or p.tahun_selesai < p.tahun_mulai:
            continue  # the end year itself is reported; the term would only repeat it
        expected = term_of(p.tahun_selesai, doc.periode_mulai, doc.periode_selesai)
        if p.jangka != expected:
            report.error(
                "program",
                ("program", i, "jangka"),
                f"jangka '{p.jangka}' tidak sesuai dengan tahun selesai {p.tahun_selesai}: program yang "
                f"{rule[expected]} berjangka '{expected}' (aturan BAB VII Peta Jalan); tulis 'jangka: {expected}'",
            )
