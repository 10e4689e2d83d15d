"""What a pull request changes in the data, told in Indonesian for the check's summary page.

``summary(base, head, ...)`` compares the programmes of the target branch (``base``) with
those of the pull request (``head``): programmes added and removed, programmes whose name,
element, lead OPD, years or status changed, and budgets changed per year, with the total
indicative budget before and after. ``scripts/pr_summary.py`` writes it to
``$GITHUB_STEP_SUMMARY`` with links to the preview and the PDF.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..records.dataset import Data
from ..records.models import Program
from ..rendering.formats import rupiah

# fields of a programme whose change a reviewer wants to see by name
_WATCHED = {
    "nama": "nama",
    "dimensi": "dimensi",
    "elemen": "elemen",
    "opd_pengampu": "OPD pengampu",
    "tahun_mulai": "tahun mulai",
    "tahun_selesai": "tahun selesai",
    "status": "status",
    "quick_win": "quick win",
}


def _cell(value: object) -> str:
    """A value as text safe inside a Markdown table cell."""
    text = ("ya" if value else "tidak") if isinstance(value, bool) else str(value)
    return text.replace("|", "\\|").replace("\n", " ")


def _difference(old: int, new: int) -> str:
    change = new - old
    sign = "+" if change > 0 else "−" if change < 0 else "±"
    return f"{sign}{rupiah(abs(change))}"


def _total(programmes: Iterable[Program]) -> int:
    return sum(p.total_anggaran for p in programmes)


def summary(base: Data | None, head: Data, *, base_problem: str = "", links: Iterable[str] = ()) -> str:
    """Markdown for the pull request's summary page."""
    lines = ["## Ringkasan perubahan data", ""]
    listed = [f"- {link}" for link in links]
    lines += [*listed, ""] if listed else []
    if base is None:
        lines += [
            "Data di cabang tujuan tidak dapat dibaca, jadi perubahan tidak dapat dibandingkan"
            + (f" ({base_problem})" if base_problem else "")
            + f". Data usulan ini: {len(head.program)} program, anggaran indikatif "
            f"{rupiah(_total(head.program))}.",
        ]
        return "\n".join(lines) + "\n"
    before, after = base.program_by_id, head.program_by_id
    added = [p for p in head.program if p.id not in before]
    removed = [p for p in base.program if p.id not in after]
    kept = [(before[p.id], p) for p in head.program if p.id in before]
    fields = [(old, new, name) for old, new in kept for name in _WATCHED if getattr(old, name) != getattr(new, name)]
    budgets = [
        (new, year, old.anggaran.get(year, 0), new.anggaran.get(year, 0))
        for old, new in kept
        for year in sorted(set(old.anggaran) | set(new.anggaran))
        if old.anggaran.get(year, 0) != new.anggaran.get(year, 0)
    ]
    old_total, new_total = _total(base.program), _total(head.program)
    if not (added or removed or fields or budgets):
        lines.append("Tidak ada program yang ditambah, dihapus atau diubah anggarannya.")
    else:
        lines.append(
            f"Program: {len(base.program)} → {len(head.program)}. Anggaran indikatif seluruh program: "
            f"{rupiah(old_total)} → {rupiah(new_total)} ({_difference(old_total, new_total)})."
        )
    if added:
        lines += [
            "",
            "### Program baru",
            "",
            "| Id | Nama | Elemen | OPD pengampu | Tahun | Anggaran |",
            "|---|---|---|---|---|---|",
        ]
        lines += [
            f"| {p.id} | {_cell(p.nama)} | {p.elemen} | {p.opd_pengampu} | {p.tahun_mulai}–{p.tahun_selesai} "
            f"| {rupiah(p.total_anggaran)} |"
            for p in added
        ]
    if removed:
        lines += ["", "### Program dihapus", "", "| Id | Nama | Anggaran |", "|---|---|---|"]
        lines += [f"| {p.id} | {_cell(p.nama)} | {rupiah(p.total_anggaran)} |" for p in removed]
    if fields:
        lines += ["", "### Isian program yang berubah", "", "| Id | Isian | Sebelum | Sesudah |", "|---|---|---|---|"]
        lines += [
            f"| {new.id} | {_WATCHED[name]} | {_cell(getattr(old, name))} | {_cell(getattr(new, name))} |"
            for old, new, name in fields
        ]
    if budgets:
        lines += [
            "",
            "### Anggaran yang berubah",
            "",
            "| Id | Tahun | Sebelum | Sesudah | Selisih |",
            "|---|---|---|---|---|",
        ]
        lines += [
            f"| {p.id} | {year} | {rupiah(old)} | {rupiah(new)} | {_difference(old, new)} |"
            for p, year, old, new in budgets
        ]
    return "\n".join(lines) + "\n"
