"""Indicative budget arithmetic: rupiah per funding source, and cross-tabulations with totals.

A programme states its yearly budget (``anggaran``) and the percent share of each
funding source (``sumber_dana``). Rupiah per source are split per programme-year with
the largest-remainder rule, so the parts of every programme-year add up exactly to its
budget, and therefore every table built from the parts adds up to the same grand total.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import get_args

from ..records.dataset import Data
from ..records.models import Program, SumberDana

# canonical order of funding sources, as declared in the model
SUMBER: tuple[str, ...] = get_args(SumberDana)


def bagi(jumlah: int, porsi: Mapping[SumberDana, int]) -> dict[SumberDana, int]:
    """Split ``jumlah`` rupiah by percent shares; the parts sum exactly to ``jumlah``.

    Each part is first rounded down; the rupiah left over go one by one to the sources
    with the largest remainder, ties broken by the order the shares are written in.
    """
    total = sum(porsi.values())
    dasar = {sumber: jumlah * share // total for sumber, share in porsi.items()}
    sisa = jumlah - sum(dasar.values())
    urutan = sorted(porsi, key=lambda s: -(jumlah * porsi[s] % total))
    for sumber in urutan[:sisa]:
        dasar[sumber] += 1
    return dasar


@dataclass(frozen=True)
class Pos:
    """One programme's rupiah from one funding source in one year."""

    program: Program
    tahun: int
    sumber: str
    rupiah: int


def pos_anggaran(program: Iterable[Program]) -> list[Pos]:
    """Every programme-year-source amount, in data order."""
    return [
        Pos(p, tahun, sumber, rupiah)
        for p in program
        for tahun, jumlah in sorted(p.anggaran.items())
        for sumber, rupiah in bagi(jumlah, p.sumber_dana).items()
    ]


@dataclass(frozen=True)
class Matriks:
    """A cross-tabulation of rupiah with row, column and grand totals."""

    baris: tuple[Hashable, ...]
    kolom: tuple[Hashable, ...]
    sel: Mapping[tuple[Hashable, Hashable], int] = field(default_factory=dict)

    def nilai(self, baris: Hashable, kolom: Hashable) -> int:
        return self.sel.get((baris, kolom), 0)

    def total_baris(self, baris: Hashable) -> int:
        return sum(self.nilai(baris, k) for k in self.kolom)

    def total_kolom(self, kolom: Hashable) -> int:
        return sum(self.nilai(b, kolom) for b in self.baris)

    @property
    def total(self) -> int:
        return sum(self.sel.values())

    def persen(self, baris: Hashable) -> float:
        """Share of a row in the grand total, in percent."""
        return 100 * self.total_baris(baris) / self.total if self.total else 0.0


def matriks(
    pos: Iterable[Pos],
    baris_of: Callable[[Pos], Hashable],
    kolom_of: Callable[[Pos], Hashable],
    baris: Sequence[Hashable],
    kolom: Sequence[Hashable],
) -> Matriks:
    """Sum ``pos`` into cells keyed by ``baris_of`` and ``kolom_of``."""
    sel: dict[tuple[Hashable, Hashable], int] = {}
    for item in pos:
        key = (baris_of(item), kolom_of(item))
        sel[key] = sel.get(key, 0) + item.rupiah
    return Matriks(tuple(baris), tuple(kolom), sel)


class Rekap:
    """The budget tables of the plan: dimension, year and funding source against each other."""

    @classmethod
    def of(cls, data: Data) -> Rekap:
        """The plan's budget: every programme, dimensions and years in data order."""
        return cls(data.program, [d.id for d in data.dimensi], list(data.tahun_rencana))

    def __init__(self, program: Sequence[Program], dimensi: Sequence[str], tahun: Sequence[int]) -> None:
        self.pos = pos_anggaran(program)
        self.dimensi = tuple(dimensi)
        self.tahun = tuple(tahun)
        used = {item.sumber for item in self.pos if item.rupiah}
        self.sumber = tuple(s for s in SUMBER if s in used)

    def dimensi_tahun(self) -> Matriks:
        return matriks(self.pos, lambda i: i.program.dimensi, lambda i: i.tahun, self.dimensi, self.tahun)

    def sumber_tahun(self) -> Matriks:
        return matriks(self.pos, lambda i: i.sumber, lambda i: i.tahun, self.sumber, self.tahun)

    def dimensi_sumber(self) -> Matriks:
        return matriks(self.pos, lambda i: i.program.dimensi, lambda i: i.sumber, self.dimensi, self.sumber)

    @property
    def total(self) -> int:
        return sum(item.rupiah for item in self.pos)

    def per_sumber(self, sumber: str) -> int:
        return sum(item.rupiah for item in self.pos if item.sumber == sumber)

    def per_tahun(self, tahun: int) -> int:
        return sum(item.rupiah for item in self.pos if item.tahun == tahun)

    @property
    def tahun_puncak(self) -> int:
        """The plan year with the largest budget (the earliest one on a tie)."""
        return max(self.tahun, key=lambda t: (self.per_tahun(t), -t))

    def per_dimensi(self, dimensi: str) -> int:
        return sum(item.rupiah for item in self.pos if item.program.dimensi == dimensi)
