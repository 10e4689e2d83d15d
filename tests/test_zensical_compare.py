"""scripts/zensical_compare.py: the report that says what a Zensical build lost."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "zensical_compare.py"
PROGRAM = "program:\n  - id: P001\n  - id: P002\n"
PAGE = (
    '<a rel="edit" href="x">ubah</a><table><tr><td>P001</td></tr></table>'
    "<table><tr><td>P002</td></tr></table><aside>Terakhir diubah 1 Agustus 2023</aside>"
)


def site(root: Path, pages: dict[str, str]) -> Path:
    for name, body in pages.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"<html><body>{body}</body></html>", encoding="utf-8")
    return root


def compare(tmp_path: Path, zensical_pages: dict[str, str]) -> subprocess.CompletedProcess[str]:
    (tmp_path / "program.yml").write_text(PROGRAM, encoding="utf-8")
    mkdocs = site(tmp_path / "mkdocs", {"index.html": "Beranda", "bab-5/index.html": PAGE})
    zensical = site(tmp_path / "zensical", zensical_pages)
    return subprocess.run(
        [sys.executable, SCRIPT, mkdocs, zensical, tmp_path / "program.yml"], capture_output=True, text=True, timeout=60
    )


def test_identical_builds_pass(tmp_path: Path) -> None:
    result = compare(tmp_path, {"index.html": "Beranda", "bab-5/index.html": PAGE})
    assert result.returncode == 0, result.stdout
    assert "Program di data: 2; tampil di build Zensical: 2." in result.stdout
    assert "Tidak ada perbedaan" in result.stdout


def test_lost_programme_table_fails(tmp_path: Path) -> None:
    page = PAGE.replace("<table><tr><td>P002</td></tr></table>", "")
    result = compare(tmp_path, {"index.html": "Beranda", "bab-5/index.html": page})
    assert result.returncode == 1
    assert "Beda: bab-5/index.html: tabel MkDocs 2, Zensical 1" in result.stdout
    assert "Program hilang di Zensical: bab-5/index.html: P002" in result.stdout


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            lambda p: p.replace("Terakhir diubah", "Diperbarui"),
            "Beda: bab-5/index.html: tanggal perubahan MkDocs ada, Zensical tidak ada",
        ),
        (lambda p: p.replace(' rel="edit"', ""), "Beda: bab-5/index.html: tautan 'ubah halaman' MkDocs 1, Zensical 0"),
    ],
)
def test_other_differences_are_reported_without_failing(tmp_path: Path, change, expected) -> None:  # type: ignore[no-untyped-def]
    result = compare(tmp_path, {"index.html": "Beranda", "bab-5/index.html": change(PAGE)})
    assert result.returncode == 0
    assert expected in result.stdout


def test_missing_page_is_reported(tmp_path: Path) -> None:
    result = compare(tmp_path, {"bab-5/index.html": PAGE})
    assert "Beda: index.html: hanya ada di build MkDocs" in result.stdout
