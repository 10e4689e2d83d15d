"""What the city's own budget carries if no other source comes through (review 2 of issue 11).

Every source other than APBD (provincial budget, APBN and DAK, grants) is a proposal until it
is granted. The fallback scenario moves each year's non-APBD share to APBD, so a finance
officer sees the APBD need in the worst case next to the plan.
"""

from __future__ import annotations

from dataclasses import dataclass

from .budget import Rekap

ANCHOR = "APBD"


@dataclass(frozen=True)
class BarisSkenario:
    """One year (or the total, ``tahun`` None) of the APBD-only scenario."""

    tahun: int | None
    apbd: int  # APBD as planned
    lain: int  # every other source as planned
    jumlah: int  # APBD needed when no other source is obtained (= the year's whole budget)

    @property
    def tambahan_persen(self) -> float:
        """How much larger the APBD need becomes, in percent of the planned APBD."""
        return 100 * self.lain / self.apbd if self.apbd else 0.0


def skenario_apbd(rekap: Rekap) -> list[BarisSkenario]:
    """The years of the plan, then their total."""
    rows = []
    for year in rekap.tahun:
        apbd = sum(i.rupiah for i in rekap.pos if i.tahun == year and i.sumber == ANCHOR)
        whole = rekap.per_tahun(year)
        rows.append(BarisSkenario(year, apbd, whole - apbd, whole))
    apbd_total = rekap.per_sumber(ANCHOR)
    rows.append(BarisSkenario(None, apbd_total, rekap.total - apbd_total, rekap.total))
    return rows
