"""The second city (contoh/kota-contoh/): a fictional city built with the same kit and no code change.

Its site and PDF are built once per run (``contoh_build``). Nothing of the main city
may reach them: its name and province, its districts, its OPD, its programmes and its
distinctive figures (total budget, population, area), taken from data/ and formatted
the way the site shows them. The same list is checked against the main city's own
build, so the check cannot pass merely because the strings are written differently.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from macros.records import Data, load_data
from macros.rendering import formats

from conftest import CONTOH, ROOT, BuildResult, pdf_pages

TEXT_FILES = ("*.html", "*.json", "*.csv", "*.xml")
FICTIONAL = "kota contoh fiktif untuk menguji perangkat"


@pytest.fixture(scope="module")
def main_data() -> Data:
    return load_data(ROOT / "data", display_root=ROOT)


@pytest.fixture(scope="module")
def contoh_data() -> Data:
    return load_data(CONTOH / "data", display_root=CONTOH)


def main_city_texts(data: Data) -> dict[str, re.Pattern[str]]:
    """What only the main city has, each as a whole-word pattern."""
    kota = data.kota
    total = sum(p.total_anggaran for p in data.program)
    texts: dict[str, bool] = {  # text -> match case-insensitively
        kota.nama.removeprefix("Kota ").removeprefix("Kabupaten "): True,
        kota.provinsi: True,
        data.dokumen.slug: True,
        formats.rupiah(total): False,
        formats.rupiah_ringkas(total): False,
        formats.angka(kota.luas.nilai): False,
    }
    texts |= {k.nama: True for k in kota.kecamatan}
    texts |= {formats.angka(p.jumlah): False for p in kota.penduduk}
    texts |= {formats.angka(k.penduduk.jumlah): False for k in kota.kecamatan if k.penduduk}
    texts |= {o.nama: False for o in data.opd} | {o.singkatan: False for o in data.opd}
    texts |= {p.nama: False for p in data.program}
    return {
        text: re.compile(rf"(?<!\w){re.escape(text)}(?!\w)", re.IGNORECASE if fold else 0)
        for text, fold in texts.items()
    }


def site_texts(site: Path) -> Iterator[tuple[str, str]]:
    for pattern in TEXT_FILES:
        for path in sorted(site.rglob(pattern)):
            yield str(path.relative_to(site)), path.read_text(encoding="utf-8-sig")


def pdf_text(site: Path) -> str:
    [pdf] = (site / "pdf").glob("*.pdf")
    return " ".join(" ".join(text.split()) for text in pdf_pages(pdf))


def leaks(texts: dict[str, re.Pattern[str]], outputs: Iterator[tuple[str, str]]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for name, text in outputs:
        folded = text.casefold()
        for wanted, pattern in texts.items():
            # a plain substring test first: most texts hold most strings nowhere
            if wanted.casefold() in folded and pattern.search(text):
                found.setdefault(wanted, []).append(name)
    return found


def test_example_data_is_valid_on_its_own() -> None:
    """What `make check` runs for the example."""
    result = subprocess.run(
        [sys.executable, "-m", "macros.records", "contoh/kota-contoh/data"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Data valid:")


def test_example_is_another_city(main_data: Data, contoh_data: Data) -> None:
    """A different name, province, colours, plan period and agencies: nothing shared by accident."""
    assert contoh_data.kota.nama != main_data.kota.nama and contoh_data.kota.provinsi != main_data.kota.provinsi
    assert contoh_data.kota.identitas and main_data.kota.identitas
    assert contoh_data.kota.identitas.warna_utama != main_data.kota.identitas.warna_utama
    assert contoh_data.tahun_rencana != main_data.tahun_rencana
    assert not {o.nama for o in contoh_data.opd} & {o.nama for o in main_data.opd}
    # a programme in every dimension (each needs its quick win)
    assert {p.dimensi for p in contoh_data.program} == {d.id for d in contoh_data.dimensi}


def test_the_list_of_main_city_texts_finds_them_in_the_main_build(main_data: Data, full_build: BuildResult) -> None:
    """Positive control: each text is written the way the main site shows it."""
    texts = main_city_texts(main_data)
    found = leaks(texts, site_texts(full_build.site))
    found |= {k: v + ["pdf"] for k, v in leaks(texts, iter([("pdf", pdf_text(full_build.site))])).items()}
    assert set(texts) - set(found) == set(), "tidak ditemukan di situs utama"


@pytest.mark.slow
def test_example_builds_site_and_pdf_with_its_own_name(contoh_build: BuildResult, contoh_data: Data) -> None:
    site = contoh_build.site
    pdf = site / "pdf" / f"{contoh_data.dokumen.slug}.pdf"
    assert pdf.is_file() and pdf.read_bytes().startswith(b"%PDF")
    home = (site / "index.html").read_text(encoding="utf-8")
    assert contoh_data.kota.identitas and f"--md-primary-fg-color:{contoh_data.kota.identitas.warna_utama}" in home
    assert f"{contoh_data.dokumen.periode_mulai}–{contoh_data.dokumen.periode_selesai}" in home
    assert contoh_data.kota.nama in pdf_text(site)
    for name, text in site_texts(site):
        if name.endswith(".html"):
            page = BeautifulSoup(text, "html.parser").get_text(" ")
            assert FICTIONAL in " ".join(page.split()).lower(), f"{name} tidak menyebut dirinya kota contoh fiktif"


@pytest.mark.slow
def test_no_text_of_the_main_city_in_the_example(main_data: Data, contoh_build: BuildResult) -> None:
    texts = main_city_texts(main_data)
    found = leaks(texts, site_texts(contoh_build.site))
    found |= leaks(texts, iter([("pdf", pdf_text(contoh_build.site))]))
    assert found == {}, f"teks kota utama muncul di kota contoh: {found}"


@pytest.mark.slow
def test_main_site_holds_nothing_of_the_example(contoh_data: Data, site_dir: Path) -> None:
    """contoh/ stays out of the main build (docs_dir is docs/)."""
    name = re.compile(re.escape(contoh_data.kota.nama.removeprefix("Kota ")), re.IGNORECASE)
    assert not [path for path, text in site_texts(site_dir) if name.search(text)]


@pytest.mark.slow
def test_example_gets_programme_pages_and_daftar_program(contoh_build: BuildResult, contoh_data: Data) -> None:
    """Issue 14 with no code change: a page per programme, Daftar Program in the example's own
    navigation, and its BAB V rows linking to the pages (its chapter is not replaced by them)."""
    site = contoh_build.site
    ids = [p.id.lower() for p in contoh_data.program]
    assert sorted(p.parent.name for p in (site / "program").glob("*/index.html")) == sorted(ids)
    for p in contoh_data.program:
        page = BeautifulSoup(
            (site / "program" / p.id.lower() / "index.html").read_text(encoding="utf-8"), "html.parser"
        )
        assert page.h1 is not None and p.nama in page.h1.get_text(" ")
    finder = BeautifulSoup((site / "program" / "index.html").read_text(encoding="utf-8"), "html.parser")
    rows = finder.select("#tabel-daftar-program tbody tr")
    assert [r.find("a")["href"] for r in rows] == [f"{i}/" for i in ids]
    nav = finder.select_one("nav.md-nav--primary")
    assert nav is not None and "Daftar Program" in [a.get_text(" ", strip=True) for a in nav.select("a")]
    chapters = [
        BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        for path in site.glob("*/index.html")
        if path.parent.name != "program"
    ]
    linked = {
        a["href"].rstrip("/").rsplit("/", 1)[-1] for page in chapters for a in page.select("div.tabel-program tbody a")
    }
    assert linked == set(ids)


def test_a_chapter_at_the_address_of_daftar_program_fails_the_build(build_project) -> None:
    """docs/program.md would be program/, Daftar Program's address: the build says so
    instead of replacing one page with the other."""

    def add_chapter(project: Path) -> None:
        (project / "docs" / "program.md").write_text("# Program\n", encoding="utf-8")

    result = build_project(add_chapter)
    assert result.returncode != 0
    assert "docs/program.md memakai alamat program/" in result.output
    assert "Traceback" not in result.output
