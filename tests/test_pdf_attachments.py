"""The PDF carries its data: every open-data file attached, and named under each numbered
table. Unit tests first (no build), then the real PDF."""

from __future__ import annotations

import csv
import io
from datetime import datetime, time
from functools import cache
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from pypdf import PdfReader

from macros.outputs.opendata.catalogue import KATALOG, Catalogue, build_catalogue
from macros.outputs.pdf.archival import RELATIONSHIP, attachments, data_files
from macros.outputs.pdf.chapters import Cutter
from macros.records import Data, load_data

from conftest import ROOT, BuildResult
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
    assert "Berkas lampiran: kota.csv dan kota.json." in one
    none = Cutter(["bab/"], {}).chapter(_page(table), "bab/", "file:///situs/bab/").html
    assert "lampiran-tabel" not in none


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
