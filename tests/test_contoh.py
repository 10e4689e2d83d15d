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
