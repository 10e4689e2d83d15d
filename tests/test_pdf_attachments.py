"""The PDF carries its data: every open-data file attached, listed in the Lampiran, and named
under each numbered table. Unit tests first (no build), then the real PDF."""

from __future__ import annotations

import csv
import io
import re
import subprocess
from datetime import datetime, time
from functools import cache
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from pypdf import PdfReader

from macros.figures.numbering import nav_files, scan
from macros.outputs.opendata.catalogue import KATALOG, KATALOG_KEY, Catalogue, build_catalogue
from macros.outputs.opendata.columns import TITLES
from macros.outputs.opendata.page import OpenDataPage
from macros.outputs.pdf.archival import RELATIONSHIP, attachments, data_files
from macros.outputs.pdf.chapters import Cutter
from macros.records import Data, load_data
from macros.rendering.jinja import TEMPLATES
from macros.rendering.tables.datasets import DATASETS

from conftest import ROOT, BuildResult
from pagelinks import FakeLinks
from variant import INJECTED


@cache
def data() -> Data:
    return load_data(ROOT / "data", display_root=ROOT)


@cache
def catalogue() -> Catalogue:
    return build_catalogue(data(), {source.name: "2023-07-01" for source in data().sources.values()})


def attached(pdf: Path) -> dict[str, tuple[bytes, dict]]:
    """Name -> (bytes, file specification) of every embedded file, in name-tree order."""
    reader = PdfReader(pdf)
    names = reader.trailer["/Root"]["/Names"]["/EmbeddedFiles"]["/Names"]
    files = {}
    for i in range(0, len(names), 2):
        spec = names[i + 1].get_object()
        files[str(names[i])] = (spec["/EF"]["/F"].get_object().get_data(), spec)
    return files


# --- no build ---------------------------------------------------------------------


def test_every_open_data_file_is_an_attachment_named_as_on_the_site() -> None:
    """Named by the file name, not "data/program.csv": PDF readers show the name and save
    under it, and a folder in it is handled unevenly; /Desc keeps the site path."""
    files = data_files(catalogue())
    expected = {p for t in catalogue().tables for p in (t.csv, t.json)} | {KATALOG}
    assert {f.site_path for f in files} == expected
    assert all(f.name == f.site_path.rsplit("/", 1)[1] for f in files)
    assert [f.name for f in files] == sorted(f.name for f in files)  # a PDF name tree is sorted
    assert all(f"di situs: {f.site_path}" in f.description for f in files)


def test_every_attached_table_has_an_indonesian_title() -> None:
    """The title is what a PDF reader shows next to the attachment (/Desc) and the Lampiran lists."""
    assert [t.nama for t in catalogue().tables if t.nama not in TITLES] == []


def _table_templates() -> set[str]:
    return {p.name for p in TEMPLATES.glob("*.html") if "call tabel(" in p.read_text(encoding="utf-8")}


def test_tables_drawing_on_more_open_data_name_real_tables() -> None:
    """rendering/tables/datasets.py: table templates, catalogue names; other tables fall back
    to the one open-data table their macro links to."""
    assert set(DATASETS) <= _table_templates()
    known = {t.nama for t in catalogue().tables}
    unknown = {template: names for template, names in DATASETS.items() if set(names) - known}
    assert not unknown


def test_a_whole_data_file_names_all_its_tables() -> None:
    """A table that links to a whole data file ("berkas-kesiapan", SWOT) names all its files."""
    files = data_files(catalogue())
    kesiapan = sorted(f.name for f in files if "berkas-kesiapan" in f.keys)
    assert kesiapan == sorted(
        f"{t.nama}.{kind}" for t in catalogue().tables if t.berkas == "data/kesiapan.yml" for kind in ("csv", "json")
    )
    assert [f.keys for f in files if f.name == "katalog.json"] == [(KATALOG_KEY,)]


def _page(table: str) -> str:
    return f'<article class="md-content__inner md-typeset"><h1>Bab</h1>{table}</article>'


def test_table_note_names_the_attached_files() -> None:
    table = (
        '<div class="tabel-bernomor" id="tabel-x"><table data-lampiran="kota kota-penduduk tidak-ada">'
        "<caption>Tabel 1.1 X</caption><tr><th>a</th></tr></table>"
        '<p class="sumber-tabel">Sumber: data/kota.yml</p></div>'
    )
    files = {"kota": ["kota.csv", "kota.json"], "kota-penduduk": ["kota-penduduk.csv", "kota-penduduk.json"]}
    html = Cutter(["bab/"], files).chapter(_page(table), "bab/", "file:///situs/bab/").html
    soup = BeautifulSoup(html, "html.parser")
    note = soup.select_one("p.sumber-tabel + p.lampiran-tabel")
    expected = "Berkas lampiran: kota.csv dan kota-penduduk.csv, masing-masing juga dalam format JSON."
    assert note is not None and note.get_text() == expected
    assert soup.select_one("[data-lampiran]") is None
    one = Cutter(["bab/"], files).chapter(_page(table.replace(" kota-penduduk tidak-ada", "")), "bab/", "f:///").html
    assert BeautifulSoup(one, "html.parser").select_one("p.lampiran-tabel").get_text() == (
        "Berkas lampiran: kota.csv dan kota.json."
    )
    none = Cutter(["bab/"], {}).chapter(_page(table), "bab/", "file:///situs/bab/").html
    assert "lampiran-tabel" not in none


def test_lampiran_table_lists_every_file_from_the_catalogue() -> None:
    registry = scan(ROOT / "docs", nav_files([{"Lampiran": "lampiran.md"}]))
    page = OpenDataPage(catalogue(), lambda: FakeLinks("lampiran.md"), registry, 2023)
    soup = BeautifulSoup(page.tabel_berkas_terlampir("berkas-terlampir"), "html.parser")
    listed = [a.get_text() for a in soup.select("tbody td:first-child a")]
    assert sorted(listed) == sorted(f.name for f in data_files(catalogue()))
    assert soup.select_one("table")["data-lampiran"] == KATALOG_KEY
    assert soup.select_one("a")["href"].startswith("../data/")
    source = soup.select_one("p.sumber-tabel")
    assert source.get_text().startswith("Sumber: Tim Penyusun, 2023; katalog data terbuka")
    assert source.select_one("a")["href"] == "../data-terbuka/#data-terbuka"


def test_attachment_dates_come_from_the_data(tmp_path: Path) -> None:
    files = data_files(catalogue())[:2]
    for f in files:
        (tmp_path / f.site_path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / f.site_path).write_bytes(b"a,b\r\n")
    made = attachments(files, tmp_path, data().dokumen.tanggal)
    assert {a.modified for a in made} == {a.created for a in made} == {datetime.combine(data().dokumen.tanggal, time())}
    assert [a.relationship for a in made] == [RELATIONSHIP, RELATIONSHIP]
    (tmp_path / files[0].site_path).unlink()
    with pytest.raises(FileNotFoundError, match=files[0].site_path):
        attachments(files, tmp_path, data().dokumen.tanggal)


# --- the real PDF -----------------------------------------------------------------


def pdf_of(site: Path) -> Path:
    return site / "pdf" / f"{data().dokumen.slug}.pdf"


@pytest.mark.slow
def test_one_attachment_per_open_data_file_byte_identical(site_dir: Path) -> None:
    files = attached(pdf_of(site_dir))
    published = sorted(p.name for p in (site_dir / "data").iterdir() if p.suffix in (".csv", ".json"))
    assert list(files) == published
    tanggal = data().dokumen.tanggal.strftime("D:%Y%m%d")
    for name, (content, spec) in files.items():
        assert content == (site_dir / "data" / name).read_bytes(), name
        assert spec["/AFRelationship"] == f"/{RELATIONSHIP}" and str(spec["/UF"]) == name
        assert str(spec["/EF"]["/F"]["/Params"]["/ModDate"]).startswith(tanggal)
    catalog_af = {ref.get_object()["/UF"] for ref in PdfReader(pdf_of(site_dir)).trailer["/Root"]["/AF"]}
    assert sorted(catalog_af) == published


@pytest.mark.slow
def test_lampiran_and_table_notes_name_the_attachments(site_dir: Path) -> None:
    out = subprocess.run(["pdftotext", str(pdf_of(site_dir)), "-"], capture_output=True, text=True, check=True).stdout
    text = " ".join(out.split())  # file names are never broken over two lines (print.css .nama-berkas)
    names = set(attached(pdf_of(site_dir)))
    start = text.rindex("Berkas data terbuka yang dilampirkan pada PDF")  # the table, after the lists
    for name in names:
        assert name in text[start:], f"{name} tidak terdaftar di Lampiran"
    notes = re.findall(r"Berkas lampiran: (.*?)\.(?= |$)", text)
    numbered = 0
    for page in sorted(site_dir.glob("*/index.html")):
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        numbered += len(soup.select("div.tabel-bernomor table[data-lampiran]"))
    assert numbered > 40 and len(notes) == numbered
    for note in notes:
        listed = re.findall(r"[a-z0-9-]+\.(?:csv|json)", note)
        assert listed and set(listed) <= names, note


@pytest.mark.slow
def test_hostile_names_literal_and_formula_safe_in_the_attached_csv(variant_build: BuildResult) -> None:
    """The attachment, not only the site's file: markup and template syntax kept, formulas neutralised."""
    content, _ = attached(pdf_of(variant_build.site))["program.csv"]
    rows = list(csv.DictReader(io.StringIO(content.decode("utf-8-sig"))))
    assert rows[0]["nama"] == INJECTED["nama"]
    assert rows[1]["nama"] == "'" + INJECTED["formula"]
    cells = [cell for row in rows for cell in row.values()]
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@")]
    indicators, _ = attached(pdf_of(variant_build.site))["program-indikator.csv"]
    assert INJECTED["indikator"] in indicators.decode("utf-8-sig")
