"""One number, one place: an IKU (data/visi.yml) that restates a programme indicator names it
in ``indikator`` and takes its unit, baseline and targets from there; anything written twice
must agree. An IKU of its own carries its unit, baseline and targets itself."""

from __future__ import annotations

from .. import models
from ..dataset import Data
from ..yaml_source import Location
from .reporter import At, Ids, Reporter

Found = tuple[At, models.Program, At, models.Indikator]  # programme and indicator, with their views


def check(report: Reporter, data: Data) -> None:
    indicators = programme_indicators(report, data)
    for rec, iku in report.records("visi", "iku", lambda: data.visi.iku):
        if not rec.sound("indikator"):
            continue
        if iku.indikator is None:
            _own(rec, iku)
        else:
            _restated(rec, iku, indicators)


def programme_indicators(report: Reporter, data: Data) -> Ids[Found]:
    """Indicators that carry an id, each id unique across programmes."""
    found: Ids[Found] = Ids()
    seen: list[tuple[Location, str]] = []
    if not report.present("program", ("program",)):
        found.unreadable.append(None)
    for rec, p in report.records("program", "program", lambda: data.program):
        if not rec.present("indikator"):
            found.unreadable.append(None)
            continue
        for ind_rec, ind in rec.records("indikator", lambda: p.indikator):  # noqa: B023 - read at once
            if not ind_rec.sound("id"):
                found.unreadable.append(report.raw("program", ind_rec("id")))
            elif ind.id is not None:
                seen.append((ind_rec("id"), ind.id))
                found.by_id.setdefault(ind.id, (rec, p, ind_rec, ind))
                found.defined_at.setdefault(ind.id, ("program", ind_rec("id")))
    report.unique("program", seen, "id indikator")
    return found


def _own(rec: At, iku: models.Iku) -> None:
    hint = "karena IKU ini tidak merujuk indikator program ('indikator')"
    if rec.sound("satuan") and iku.satuan is None:
        rec.error("satuan", f"satuan wajib diisi {hint}")
    if rec.sound("baseline") and iku.baseline is None:
        rec.error("baseline", f"baseline wajib diisi {hint}")
    if rec.sound("target") and not iku.target:
        rec.error("target", f"target wajib diisi {hint}")


def _restated(rec: At, iku: models.Iku, indicators: Ids[Found]) -> None:
    assert iku.indikator is not None
    rec.known("indikator", iku.indikator, indicators, "indikator", "data/program.yml")
    found = indicators.get(iku.indikator)
    if found is None:
        return
    p_rec, program, ind_rec, ind = found
    name = program.id if p_rec.sound("id") else f"ke-{p_rec.loc[-1] + 1}"  # its own id may be the broken part
    own = f"indikator '{ind.id}' program {name}"
    drop = "agar diambil dari program"
    if rec.sound("dimensi") and p_rec.sound("dimensi") and program.dimensi != iku.dimensi:
        rec.error("dimensi", f"dimensi '{iku.dimensi}' berbeda dengan dimensi program {name} ('{program.dimensi}')")
    if rec.sound("satuan") and ind_rec.sound("satuan") and iku.satuan is not None and iku.satuan != ind.satuan:
        rec.error(
            "satuan", f"satuan '{iku.satuan}' berbeda dengan satuan {own} ('{ind.satuan}'); hapus 'satuan' {drop}"
        )
    if (
        rec.sound("baseline")
        and ind_rec.sound("baseline")
        and iku.baseline is not None
        and iku.baseline != ind.baseline
    ):
        rec.error("baseline", f"baseline berbeda dengan baseline {own}; hapus 'baseline' {drop}")
    if rec.sound("target") and ind_rec.sound("target"):
        later = sorted(year for year in iku.target if year not in ind.target)
        if later and rec.sound("pengukuran_lanjutan") and iku.pengukuran_lanjutan is None:
            years = str(later[0]) if len(later) == 1 else f"{later[0]}–{later[-1]}"
            rec.error(
                "target",
                f"target {years} tidak berasal dari {own}; isi 'pengukuran_lanjutan' dengan OPD dan "
                "cara yang mengukurnya setelah program berakhir",
            )
        for year, value in iku.target.items():
            if year in ind.target and ind.target[year] != value:
                rec.error(
                    ("target", year),
                    f"target tahun {year} tertulis {value:g}, sedangkan {own} menargetkan {ind.target[year]:g}; "
                    f"hapus target ini {drop}",
                )
