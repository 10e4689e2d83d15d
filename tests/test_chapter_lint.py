"""Chapters hold words and named figures only (issue 12, item 4).

Every number a chapter states comes from a named value or macro computed in
macros/figures/; ``rendering.chapter_lint`` finds arithmetic, counting filters and deep
attribute access in a chapter's Jinja, and the build stops on them
(test_chapter_errors.py builds one such chapter). These tests need no build.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from macros.rendering.chapter_lint import ChapterIssue, lint

ROOT = Path(__file__).resolve().parent.parent
_FRONT = re.compile(r"\A---\n.*?\n---\n", re.S)

HINT = "hitung angkanya di Python (macros/figures/) dan pakai namanya, misalnya {{ angka.jumlah_program }}"
DEEP = (
    "menelusuri atribut lebih dari satu tingkat; pakai variabel atau makro yang langsung memberi nilainya, "
    "atau simpan dulu dengan {% set %}"
)

# snippet -> the issues it must raise (line, start of message)
BAD = {
    "{{ angka.total_anggaran - pembiayaan.total }}": [(1, f"hitungan '-' di dalam bab; {HINT}")],
    "Porsi {{ (100 * a / b) | persen }}.": [
        (1, f"hitungan '*' di dalam bab; {HINT}"),
        (1, f"hitungan '/' di dalam bab; {HINT}"),
    ],
    "{{ data.program | sum(attribute='total_anggaran') | rupiah }}": [
        (1, f"filter 'sum' menghitung angka di dalam bab; {HINT}")
    ],
    "Ada {{ data.program | length }} program.": [(1, f"filter 'length' menghitung angka di dalam bab; {HINT}")],
    "{% set n = a + 1 %}\n\n{{ n }}": [(1, f"hitungan '+' di dalam bab; {HINT}")],
    "Baris satu.\n\n{{ visi.visi.rumusan }}": [(3, f"'visi.visi.rumusan' {DEEP}")],
    "{{ kesiapan.tingkat(e.skor).tingkat }}": [(1, f"'kesiapan.tingkat(…).tingkat' {DEEP}")],
    '{{ data.dimensi_by_id["living"].nama }}': [(1, f"'data.dimensi_by_id[…].nama' {DEEP}")],
    "{{ -x }}": [(1, f"hitungan '-' di dalam bab; {HINT}")],
    "{{ (x | round) ~ ' jiwa' }}": [(1, f"filter 'round' menghitung angka di dalam bab; {HINT}")],
}

# negative controls: named figures, one-level attributes, formatting filters, loops and tests
GOOD = [
    "{{ angka.porsi_anggaran_quick_win | persen }}",
    "{{ angka.total_anggaran | rupiah_ringkas }} dan {{ dokumen.tanggal | tanggal }}",
    '{{ angka_dimensi("governance").program }} program',
    "{% set d = dimensi.governance %}{{ d.nama }} {{ pembiayaan.per_dimensi(d.id) | rupiah }}",
    '{{ tabel_program("k", "Program elemen " ~ e.nama, elemen=e.id) }}',
    "{% for t in tahapan_tahunan %}{{ t.tahun }}{% if not loop.last %}, {% endif %}{% endfor %}",
    '{% set s = kesiapan.elemen | selectattr("id", "equalto", "struktur") | first %}{{ s.skor | angka(1) }}',
    "{% if dokumen.status == 'draf' %}Draf{% endif %}",
    "Teks biasa: 2 + 2 dan visi.visi.rumusan di luar Jinja tidak dihitung.",
]


def _body(path: Path) -> tuple[str, int]:
    text = path.read_text(encoding="utf-8")
    match = _FRONT.match(text)
    return (text[match.end() :], text[: match.end()].count("\n")) if match else (text, 0)


def test_every_chapter_holds_named_figures_only() -> None:
    found = []
    for path in sorted((ROOT / "docs").glob("*.md")):
        body, offset = _body(path)
        found += [f"docs/{path.name}:{issue.line + offset}: {issue.message}" for issue in lint(body)]
    assert not found, "\n".join(found)


@pytest.mark.parametrize("snippet", sorted(BAD))
def test_computation_in_a_chapter_is_found_with_its_line(snippet: str) -> None:
    assert [(i.line, i.message) for i in lint(snippet)] == BAD[snippet]


@pytest.mark.parametrize("snippet", GOOD)
def test_named_figures_and_plain_text_pass(snippet: str) -> None:
    assert lint(snippet) == []


def test_a_chapter_that_does_not_parse_is_left_to_mkdocs_macros() -> None:
    assert lint("Angka {{ data.program | length ") == []


def test_the_real_chapters_would_fail_with_their_old_arithmetic() -> None:
    """The rule bites on the kind of line the chapters held before named figures (BAB VI)."""
    old = (
        '{{ (100 * (data.program_of(quick_win=True) | sum(attribute="total_anggaran")) / pembiayaan.total) | persen }}'
    )
    messages = {issue.message.split(";")[0] for issue in lint(old)}
    assert messages == {
        "hitungan '*' di dalam bab",
        "hitungan '/' di dalam bab",
        "filter 'sum' menghitung angka di dalam bab",
    }
    assert all(isinstance(issue, ChapterIssue) for issue in lint(old))
