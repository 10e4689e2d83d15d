"""Numbered figures drawn at build time as inline SVG (no JavaScript, no plotting library).

Python computes the geometry into typed records; templates/gambar_*.html only draw
them. Every figure carries a title and a text description for screen readers, and the
data it shows as a table beside it, so it reads the same on the web and in the PDF.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..figures.budget import Rekap
from ..figures.numbering import Numbered, lookup
from ..records.dataset import Data
from . import formats
from .jinja import render
from .links import drafting_team
from .tables.base import CurrentPage

# bar chart geometry (SVG user units; the SVG scales to the column width)
WIDTH = 640
LABEL_WIDTH = 170
VALUE_WIDTH = 120
ROW = 28
BAR = 18
PAD = 8


@dataclass(frozen=True)
class Batang:
    """One bar: its label, value and where it is drawn."""

    label: str
    nilai: int
    teks: str  # the value as printed, e.g. "Rp1,5 miliar"
    persen: str
    y: float
    lebar: float


@dataclass(frozen=True)
class DiagramBatang:
    batang: tuple[Batang, ...]
    width: int
    height: int
    label_x: int
    bar_x: int
    bar_height: int
    kolom_label: str  # header of the label column in the data table
    total: str


@dataclass(frozen=True)
class Baris:
    """One programme on the roadmap: a bar from its first to its last year."""

    kode: str
    nama: str
    label: str
    y: float
    x: float
    lebar: float
    quick_win: bool
    mulai: int
    selesai: int
    jangka: str


@dataclass(frozen=True)
class Tahun:
    tahun: int
    x: float  # left edge of the year's column
    tengah: float


@dataclass(frozen=True)
class Gantt:
    baris: tuple[Baris, ...]
    tahun: tuple[Tahun, ...]
    width: int
    height: int
    label_x: int
    header: int
    legend_y: float
    bar_height: int


def diagram_batang(items: Sequence[tuple[str, int]], kolom_label: str) -> DiagramBatang:
    """Horizontal bars for (label, rupiah) pairs, longest bar = largest value."""
    largest = max((value for _, value in items), default=0) or 1
    total = sum(value for _, value in items)
    area = WIDTH - LABEL_WIDTH - VALUE_WIDTH
    bars = tuple(
        Batang(
            label=label,
            nilai=value,
            teks=formats.rupiah_ringkas(value),
            persen=formats.persen(100 * value / total if total else 0),
            y=PAD + i * ROW + (ROW - BAR) / 2,
            lebar=round(area * value / largest, 1),
        )
        for i, (label, value) in enumerate(items)
    )
    return DiagramBatang(
        bars, WIDTH, 2 * PAD + ROW * len(items), LABEL_WIDTH - 8, LABEL_WIDTH, BAR, kolom_label, formats.rupiah(total)
    )


GANTT_LABEL = 250
GANTT_ROW = 24
GANTT_BAR = 14
GANTT_HEADER = 24
GANTT_LEGEND = 28
MAX_LABEL = 31  # at 12 px, 31 characters of the widest labels fit the 242-unit label column


def _short(text: str) -> str:
    return text if len(text) <= MAX_LABEL else text[: MAX_LABEL - 1].rstrip() + "…"


def gantt(rows: Sequence[tuple[str, str, int, int, bool, str]], years: Sequence[int]) -> Gantt:
    """A roadmap: one row per (code, name, first year, last year, quick win, term)."""
    column = (WIDTH - GANTT_LABEL - PAD) / len(years)
    first = years[0]
    tahun = tuple(Tahun(y, GANTT_LABEL + i * column, GANTT_LABEL + (i + 0.5) * column) for i, y in enumerate(years))
    baris = tuple(
        Baris(
            kode=code,
            nama=name,
            label=_short(f"{code} {name}"),
            y=GANTT_HEADER + i * GANTT_ROW + (GANTT_ROW - GANTT_BAR) / 2,
            x=round(GANTT_LABEL + (start - first) * column + 2, 1),
            lebar=round((end - start + 1) * column - 4, 1),
            quick_win=quick_win,
            mulai=start,
            selesai=end,
            jangka=term,
        )
        for i, (code, name, start, end, quick_win, term) in enumerate(rows)
    )
    height = GANTT_HEADER + GANTT_ROW * len(rows) + GANTT_LEGEND
    return Gantt(baris, tahun, WIDTH, height, GANTT_LABEL - 8, GANTT_HEADER, height - GANTT_LEGEND / 2 + 4, GANTT_BAR)


def _years(row: Baris) -> str:
    return str(row.mulai) if row.mulai == row.selesai else f"{row.mulai}–{row.selesai}"


def describe_bars(diagram: DiagramBatang, what: str) -> str:
    """The figure in one or two sentences, for screen readers."""
    ranked = sorted(diagram.batang, key=lambda b: -b.nilai)
    if not ranked:
        return f"Diagram batang {what}: tidak ada data."
    parts = "; ".join(f"{b.label} {b.teks} ({b.persen})" for b in ranked)
    return f"Diagram batang mendatar {what}, dari yang terbesar: {parts}. Total {diagram.total}."


class Charts:
    """The ``gambar_*`` macros, bound to one build's data and numbering."""

    def __init__(self, data: Data, registry: dict[str, Numbered], rekap: Rekap, current_page: CurrentPage) -> None:
        self.data = data
        self.registry = registry
        self.rekap = rekap
        self.current_page = current_page

    def _draw(self, template: str, kunci: str, judul: str, deskripsi: str, **context: object) -> str:
        links = self.current_page()
        return render(
            template,
            item=lookup(self.registry, kunci, links.src),
            judul=judul,
            sumber=drafting_team(self.data.dokumen.tanggal.year, "angka indikatif"),
            data_terbuka="program",
            deskripsi=deskripsi,
            links=links,
            **context,
        )

    def _bars(self, kunci: str, judul: str, items: list[tuple[str, int]], kolom: str, what: str) -> str:
        diagram = diagram_batang(items, kolom)
        return self._draw("gambar_batang.html", kunci, judul, describe_bars(diagram, what), diagram=diagram)

    def gambar_anggaran_dimensi(self, kunci: str, judul: str = "Anggaran indikatif per dimensi") -> str:
        items = [(d.nama, self.rekap.per_dimensi(d.id)) for d in self.data.dimensi]
        return self._bars(kunci, judul, items, "Dimensi", "anggaran indikatif per dimensi")

    def gambar_anggaran_tahun(self, kunci: str, judul: str = "Anggaran indikatif per tahun") -> str:
        items = [(str(t), self.rekap.per_tahun(t)) for t in self.data.tahun_rencana]
        return self._bars(kunci, judul, items, "Tahun", "anggaran indikatif per tahun")

    def gambar_anggaran_sumber(self, kunci: str, judul: str = "Anggaran indikatif per sumber dana") -> str:
        items = [(s, self.rekap.per_sumber(s)) for s in self.rekap.sumber]
        return self._bars(kunci, judul, items, "Sumber dana", "anggaran indikatif per sumber dana")

    def gambar_peta_jalan(self, kunci: str, judul: str, dimensi: str) -> str:
        """Roadmap of one dimension: each programme as a bar over its years."""
        program = self.data.program_of(dimensi=dimensi)
        rows = [(p.id, p.nama, p.tahun_mulai, p.tahun_selesai, p.quick_win, p.jangka) for p in program]
        chart = gantt(rows, list(self.data.tahun_rencana))
        nama = self.data.dimensi_by_id[dimensi].nama
        quick = sum(p.quick_win for p in program)
        deskripsi = (
            f"Peta jalan dimensi {nama}: {formats.terbilang(len(program))} program pada tahun "
            f"{self.data.dokumen.periode_mulai}–{self.data.dokumen.periode_selesai}, "
            f"{formats.terbilang(quick)} di antaranya quick win. "
            + "; ".join(f"{b.kode} {b.nama}: {_years(b)}" for b in chart.baris)
            + "."
        )
        return self._draw("gambar_gantt.html", kunci, judul, deskripsi, chart=chart)

    def macros(self) -> dict[str, Callable[..., str]]:
        return {name: getattr(self, name) for name in dir(self) if name.startswith("gambar_")}
