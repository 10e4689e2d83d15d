"""Shares of one whole add up to at most 100 percent (review 2 of issue 11).

Indicators that measure parts of the same whole, for instance the waste reduced at source
and the waste collected, both as a percentage of all waste generated, name that whole in
``bagian_dari``. In every year in which two or more of them have a target, their targets
together may not exceed 100. A year is judged only when every part's target is sound.
"""

from __future__ import annotations

from collections import defaultdict

from ..dataset import Data
from .reporter import At, Reporter

WHOLE = 100


def check(report: Reporter, data: Data) -> None:
    parts: dict[str, list[tuple[At, str, dict[int, float]]]] = defaultdict(list)
    unsound: set[str] = set()  # wholes with a part whose targets could not be read
    for rec, p in report.records("program", "program", lambda: data.program):
        if not rec.sound("id"):
            continue
        for ind_rec, ind in rec.records("indikator", lambda: p.indikator):  # noqa: B023 - read at once
            if not ind_rec.sound("bagian_dari") or ind.bagian_dari is None:
                continue
            if not ind_rec.sound("satuan", "target"):
                unsound.add(ind.bagian_dari)
                continue
            if "persen" not in ind.satuan:
                ind_rec.error(
                    "satuan", f"indikator yang menyebut 'bagian_dari' harus bersatuan persen, tertulis '{ind.satuan}'"
                )
                unsound.add(ind.bagian_dari)
                continue
            parts[ind.bagian_dari].append((ind_rec, p.id, dict(ind.target)))
    for whole, members in parts.items():
        if len(members) < 2 or whole in unsound:
            continue
        years = sorted({y for _, _, target in members for y in target})
        for year in years:
            present = [(at, pid, target[year]) for at, pid, target in members if year in target]
            total = sum(value for _, _, value in present)
            if len(present) < 2 or total <= WHOLE:
                continue
            last, _, _ = present[-1]
            others = ", ".join(f"{value:g} ({pid})" for _, pid, value in present)
            last.error(
                ("target", year),
                f"target tahun {year} bagian dari '{whole}' berjumlah {total:g} persen ({others}); bagian-bagian "
                f"dari satu keseluruhan tidak boleh melebihi {WHOLE} persen",
            )
