"""What a programme's own page and the programme finder show, selected from the records.

One ``ProgrammeFacts`` per programme: its dimension, element, OPD and regulations as
records, the readiness gaps and strategic issues it answers, its budget as a year x
funding-source table with totals (split exactly as in the chapters), its priority scores,
the key indicators (IKU) of its dimension with their values, and where its record sits in
its data file (for the page's edit link and source line). ``Finder`` holds the choices of
the programme finder: only values that some programme has.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import get_args

from ..records import models
from ..records.dataset import Data
from .budget import SUMBER, Matriks, matriks, pos_anggaran
from .indicators import IkuNilai, iku_nilai
from .traceability import Answered, answered

PROGRAMME_FILE = "program"  # stem of the data file and name of its list
TERMS: tuple[str, ...] = get_args(models.Jangka)


@dataclass(frozen=True)
class ProgrammeFacts:
    program: models.Program
    dimensi: models.Dimensi
    elemen: models.Elemen
    pengampu: models.Opd
    pendukung: tuple[models.Opd, ...]
    anggaran: Matriks  # rows: years, columns: funding sources
    iku: tuple[IkuNilai, ...]  # key indicators of the programme's dimension, with their values
    baris: tuple[int, int]  # first and last line of the record in data/program.yml
    menjawab: tuple[Answered, ...] = ()
    regulasi: tuple[models.Regulasi, ...] = ()
    prioritas: tuple[tuple[models.KriteriaPrioritas, int], ...] = ()  # score on each criterion
    skor_maksimal: int = 0  # the highest score on one criterion

    @property
    def tahun(self) -> tuple[int, ...]:
        return tuple(range(self.program.tahun_mulai, self.program.tahun_selesai + 1))


def budget_table(program: models.Program) -> Matriks:
    """One programme's rupiah per year and funding source; rows and columns sum to its budget."""
    used = [s for s in SUMBER if s in program.sumber_dana]
    return matriks(pos_anggaran([program]), lambda i: i.tahun, lambda i: i.sumber, sorted(program.anggaran), used)


def record_lines(data: Data) -> list[tuple[int, int]]:
    """First and last line in data/program.yml of every programme, in data order.

    The last line is the last value line of the record (its own keys and nested lists)."""
    source = data.sources[PROGRAMME_FILE]
    last: dict[int, int] = {}
    for loc, line in source.lines.items():
        if len(loc) >= 2 and loc[0] == PROGRAMME_FILE and isinstance(loc[1], int):
            last[loc[1]] = max(last.get(loc[1], 0), line)
    result = []
    for index in range(len(data.program)):  # a build only sees valid data: every record kept, in order
        first = source.line_of((PROGRAMME_FILE, index))
        result.append((first, max(first, last.get(index, first))))
    return result


def programme_facts(data: Data) -> list[ProgrammeFacts]:
    """Facts of every programme, in data order; assumes data/ passed its checks."""
    iku: dict[str, list[IkuNilai]] = {}
    for item in iku_nilai(data):
        iku.setdefault(item.iku.dimensi, []).append(item)
    criteria = data.analisis.penilaian_prioritas
    kriteria = tuple(criteria.kriteria) if criteria is not None else ()
    return [
        ProgrammeFacts(
            program=p,
            dimensi=data.dimensi_by_id[p.dimensi],
            elemen=data.elemen_by_id[p.elemen],
            pengampu=data.opd_by_id[p.opd_pengampu],
            pendukung=tuple(data.opd_by_id[o] for o in p.opd_pendukung),
            anggaran=budget_table(p),
            iku=tuple(iku.get(p.dimensi, ())),
            baris=lines,
            menjawab=tuple(answered(data, ident) for ident in p.menjawab),
            regulasi=tuple(data.regulasi_by_id[r] for r in p.regulasi),
            prioritas=tuple((k, p.skor_prioritas[k.id]) for k in kriteria if k.id in p.skor_prioritas),
            skor_maksimal=criteria.skor_maksimal if criteria is not None else 0,
        )
        for p, lines in zip(data.program, record_lines(data), strict=True)
    ]


@dataclass(frozen=True)
class Finder:
    """Choices of the programme finder, each only when some programme has it."""

    dimensi: tuple[models.Dimensi, ...]
    opd: tuple[models.Opd, ...]  # lead or supporting OPD of some programme, by abbreviation
    tahun: tuple[int, ...]
    jangka: tuple[str, ...]
    quick_win: bool  # some programme is a quick win


def finder(data: Data) -> Finder:
    used_opd = {o for p in data.program for o in (p.opd_pengampu, *p.opd_pendukung)}
    years = {t for p in data.program for t in range(p.tahun_mulai, p.tahun_selesai + 1)}
    return Finder(
        dimensi=tuple(d for d in data.dimensi if any(p.dimensi == d.id for p in data.program)),
        opd=tuple(sorted((o for o in data.opd if o.id in used_opd), key=lambda o: o.singkatan.casefold())),
        tahun=tuple(sorted(years)),
        jangka=tuple(j for j in TERMS if any(p.jangka == j for p in data.program)),
        quick_win=any(p.quick_win for p in data.program),
    )
