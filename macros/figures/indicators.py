"""Key indicators as the tables show them: an IKU that restates a programme indicator takes
that indicator's unit, baseline and targets (one number, one place)."""

from __future__ import annotations

from dataclasses import dataclass

from ..records import models
from ..records.dataset import Data


@dataclass(frozen=True)
class IkuNilai:
    """One IKU with the values it shows and, when it restates one, the programme indicator."""

    iku: models.Iku
    satuan: str
    baseline: models.Baseline
    target: dict[int, float]
    program: models.Program | None = None
    indikator: models.Indikator | None = None


def iku_nilai(data: Data) -> list[IkuNilai]:
    """Every IKU in data order; assumes data/ passed its checks (records.rules.indicators)."""
    rows = []
    for iku in data.visi.iku:
        if iku.indikator is None:
            assert iku.satuan is not None and iku.baseline is not None
            rows.append(IkuNilai(iku, iku.satuan, iku.baseline, dict(iku.target)))
            continue
        program, ind = data.indikator_by_id[iku.indikator]
        target = dict(ind.target) | {y: v for y, v in iku.target.items() if y not in ind.target}
        rows.append(IkuNilai(iku, ind.satuan, ind.baseline, dict(sorted(target.items())), program, ind))
    return rows
