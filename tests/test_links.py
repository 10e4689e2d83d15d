"""Internal links of the built site: every local href/src exists, every #anchor exists.

The real site is checked through the session build (PDF included); small hand-made sites
show that the checker catches each kind of broken link.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import check_links  # noqa: E402  (a script, imported for its functions)

SCRIPT = ROOT / "scripts" / "check_links.py"


def write(site: Path, name: str, html: str) -> None:
    path = site / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"<!doctype html><html><body>{html}</body></html>", encoding="utf-8")


@pytest.fixture
def small_site(tmp_path: Path) -> Path:
    site = tmp_path / "site"
    write(
        site,
        "index.html",
        '<h1 id="atas">Beranda</h1>'
        '<a href="bab/">bab</a> <a href="bab/#program">program</a> <a href="#atas">atas</a>'
        '<a href="https://example.org/x">luar</a> <a href="mailto:a@b.id">surel</a>'
        '<img src="gambar.png" alt="">',
    )
    write(
        site,
        "bab/index.html",
        '<h2 id="program">Program</h2><a href="../index.html#atas">kembali</a><a href="../dokumen.pdf">PDF</a>',
    )
    (site / "gambar.png").write_bytes(b"\x89PNG")
    (site / "dokumen.pdf").write_bytes(b"%PDF-1.7")
    return site


@pytest.mark.slow
def test_built_site_has_no_broken_internal_link(site_dir: Path) -> None:
    assert check_links.check_site(site_dir) == []


@pytest.mark.slow
def test_built_site_check_covers_pages_and_anchors(site_dir: Path) -> None:
    pages = list(site_dir.rglob("*.html"))
    links = [link for page in pages for link in check_links.parse_page(page).links if check_links.is_internal(link)]
    assert len(pages) >= 10
    fragments = [link for link in links if urlsplit(link).fragment]
    assert len(fragments) >= 10  # anchors are really looked up
    assert any(urlsplit(link).path.endswith(".pdf") for link in links)  # so is the PDF download


@pytest.mark.slow
def test_cli_passes_on_the_built_site(site_dir: Path) -> None:
    result = subprocess.run([sys.executable, SCRIPT, site_dir], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "Tautan internal baik" in result.stdout


def test_good_small_site_passes(small_site: Path) -> None:
    assert check_links.check_site(small_site) == []


def test_missing_file_is_reported(small_site: Path) -> None:
    write(small_site, "lampiran/index.html", '<a href="../bab-12/">hilang</a><img src="peta.svg" alt="">')
    broken = check_links.check_site(small_site)
    assert [(b.page, b.target, b.reason) for b in broken] == [
        ("lampiran/index.html", "../bab-12/", "menunjuk berkas yang tidak ada"),
        ("lampiran/index.html", "peta.svg", "menunjuk berkas yang tidak ada"),
    ]


def test_missing_anchor_is_reported(small_site: Path) -> None:
    write(
        small_site,
        "bab/index.html",
        '<h2 id="program">Program</h2><a href="../#tidak-ada">x</a><a href="#program">ok</a><a href="#anggaran">y</a>',
    )
    broken = [str(b) for b in check_links.check_site(small_site)]
    assert broken == [
        "bab/index.html: tautan '../#tidak-ada' menunjuk jangkar '#tidak-ada' yang tidak ada",
        "bab/index.html: tautan '#anggaran' menunjuk jangkar '#anggaran' yang tidak ada",
    ]


def test_link_out_of_the_site_is_reported(small_site: Path) -> None:
    write(small_site, "bab/index.html", '<h2 id="program">P</h2><a href="../../rahasia.txt">x</a>')
    (small_site.parent / "rahasia.txt").write_text("x", encoding="utf-8")
    assert [b.reason for b in check_links.check_site(small_site)] == ["keluar dari folder situs"]


def test_site_absolute_links_are_read_below_the_published_base_path(small_site: Path) -> None:
    index = small_site / "index.html"
    index.write_text(
        index.read_text(encoding="utf-8").replace(
            "<body>", '<head><link rel="canonical" href="https://kota.example.id/masterplan/"></head><body>'
        ),
        encoding="utf-8",
    )
    write(
        small_site,
        "404.html",
        '<a href="/masterplan/bab/">bab</a><a href="/masterplan/bab/#program">p</a>'
        '<link href="/masterplan/gambar.png"><a href="/masterplan/hilang/">x</a>'
        '<a href="/bab/">tanpa dasar</a>',
    )
    assert [b.target for b in check_links.check_site(small_site)] == ["/masterplan/hilang/", "/bab/"]


def test_cli_fails_with_one_line_per_broken_link(small_site: Path) -> None:
    write(small_site, "bab/index.html", '<h2 id="program">P</h2><a href="../hilang.html">x</a><a href="#hilang">y</a>')
    result = subprocess.run([sys.executable, SCRIPT, small_site], capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert lines[:2] == [
        "bab/index.html: tautan '../hilang.html' menunjuk berkas yang tidak ada",
        "bab/index.html: tautan '#hilang' menunjuk jangkar '#hilang' yang tidak ada",
    ]
    assert lines[2].startswith("2 tautan internal rusak")


def test_cli_refuses_a_folder_that_is_not_a_built_site(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, SCRIPT, tmp_path], capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert "bukan folder situs hasil build" in result.stderr
