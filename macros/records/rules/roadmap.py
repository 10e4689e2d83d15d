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
from .programmes import plan_period
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
    period = plan_period(report, data)
    if period is None:
        return  # the plan period itself is reported
    low, high = period
    rule = describe(low, high)
    for rec, p in report.records("program", "program", lambda: data.program):
        # an end year outside the plan or before the start is reported (rules.programmes) and
        # is then a cause: the term would only repeat it
        if not rec.sound("jangka", "tahun_mulai", "tahun_selesai"):
            continue
        if not low <= p.tahun_selesai <= high or p.tahun_selesai < p.tahun_mulai:
            continue
        expected = term_of(p.tahun_selesai, low, high)
        if p.jangka != expected:
            rec.error(
                "jangka",
                f"jangka '{p.jangka}' tidak sesuai dengan tahun selesai {p.tahun_selesai}: program yang "
                f"{rule[expected]} berjangka '{expected}' (aturan BAB VII Peta Jalan); tulis 'jangka: {expected}'",
            )
