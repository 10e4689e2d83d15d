"""A mistake in a chapter stops the build with docs/<file>.md:<line> and a plain message.

Each case appends one faulty line to a real chapter of a copy of the project and
builds it; the message must name the file and the exact line, without a traceback.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import BuildResult

CHAPTER = "bab-5-program.md"

CASES = {
    "unknown-macro": ('{{ tabel_tidak_ada("x") }}', "tabel_tidak_ada"),
    "unknown-ref-key": ('Lihat {{ ref("kunci-tak-ada") }}.', "kunci-tak-ada"),
    "undefined-variable": ("Kota {{ nama_kota_salah }}.", "nama_kota_salah"),
    "unknown-attribute": ("Kota {{ kota.nama_salah }}.", "nama_salah"),
    "wrong-argument": ('{{ tabel_program("kunci-baru", "Judul", warna="merah") }}', "warna"),
    "unknown-dimension": ('{{ tabel_program("kunci-lain", "Judul", dimensi="tak-ada") }}', "tak-ada"),
    "syntax-error": ("{% if %}", "penulisan makro tidak valid"),
    "unclosed-expression": ("Angka {{ data.program | length ", "penulisan makro tidak valid"),
}


def _append(line: str) -> tuple[Callable[[Path], None], list[int]]:
    where: list[int] = []

    def change(project: Path) -> None:
        path = project / "docs" / CHAPTER
        text = path.read_text(encoding="utf-8").rstrip("\n") + "\n\nParagraf sebelum kesalahan.\n\n"
        where.append(text.count("\n") + 1)
        path.write_text(text + line + "\n\nParagraf sesudahnya.\n", encoding="utf-8")

    return change, where


@pytest.mark.slow
@pytest.mark.parametrize("case", sorted(CASES))
def test_chapter_error_names_file_and_line(case: str, build_project: Callable[..., BuildResult]) -> None:
    line, fragment = CASES[case]
    change, where = _append(line)
    result = build_project(change)
    assert result.returncode != 0, result.output
    assert f"docs/{CHAPTER}:{where[0]}: " in result.output, result.output
    assert fragment in result.output
    assert "Traceback" not in result.output, result.output
    assert not (result.site / CHAPTER.replace(".md", "") / "index.html").exists()


@pytest.mark.slow
def test_error_line_counts_front_matter_and_multiline_calls(build_project: Callable[..., BuildResult]) -> None:
    """A call spread over several lines is reported at the line where it starts."""
    starts: list[int] = []

    def change(project: Path) -> None:
        path = project / "docs" / CHAPTER
        lines = path.read_text(encoding="utf-8").splitlines()
        heading = next(i for i, text in enumerate(lines) if text.startswith("# "))
        lines.insert(heading + 1, '\n{{ ref(\n  "rujukan-salah"\n) }}\n')
        text = "\n".join(lines) + "\n"
        path.write_text(text, encoding="utf-8")
        starts.append(text[: text.index("{{ ref(")].count("\n") + 1)

    result = build_project(change)
    assert result.returncode != 0
    assert f"docs/{CHAPTER}:{starts[0]}: rujukan ke 'rujukan-salah' tidak dikenal" in result.output, result.output
    assert "Traceback" not in result.output
