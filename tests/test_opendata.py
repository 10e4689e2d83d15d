"""Open data: every data table as CSV and JSON from the one loader, listed on 'Data Terbuka'."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import yaml
from bs4 import BeautifulSoup

from macros.outputs.opendata import catalogue as opendata
from macros.outputs.opendata import columns as opendata_text
from macros.outputs.opendata.files import csv_cell, to_csv
from macros.records import load_data
from macros.rendering.links import source_line

from conftest import ROOT, BuildResult
from pagelinks import FakeLinks
from variant import INJECTED


def _catalogue() -> opendata.Catalogue:
    data = load_data(ROOT / "data", display_root=ROOT)
    return opendata.build_catalogue(data, {source.name: "2023-08-01" for source in data.sources.values()})


def test_formula_cells_are_neutralised() -> None:
    assert [csv_cell(v) for v in ("=1+1", "+62", "-5", "@SUM(A1)", "\tx", "biasa", "a=b")] == [
        "'=1+1",
        "'+62",
        "'-5",
        "'@SUM(A1)",
        "'\tx",
        "biasa",
        "a=b",
    ]
    assert [csv_cell(v) for v in (None, True, False, ["APBD", "CSR"], 7, 2.5)] == [
        "",
        "ya",
        "tidak",
        "APBD; CSR",
        7,
        2.5,
    ]


def test_csv_has_bom_header_and_rows() -> None:
    table = opendata.Table(
        "contoh",
        "Contoh",
        "data/contoh.yml",
        (opendata.Column("id", "Kode"), opendata.Column("nama", "Nama")),
        ({"id": "A1", "nama": '=HYPERLINK("x")'}, {"id": "A2", "nama": "Pasar, kota"}),
    )
    assert to_csv(table) == ('\ufeffid,nama\r\nA1,"\'=HYPERLINK(""x"")"\r\nA2,"Pasar, kota"\r\n').encode("utf-8")


def test_source_line_links_data_files_relative_to_the_page() -> None:
    assert source_line("data/program.yml (angka indikatif)", FakeLinks("bab-5-program.md")) == [
        ("data/program.yml", "../data-terbuka/#berkas-program"),
        (" (angka indikatif)", None),
    ]
    assert source_line("BPS", FakeLinks("index.md"), "kota-kecamatan") == [
        ("BPS", None),
        (". ", None),
        ("Data terbuka", "data-terbuka/#data-kota-kecamatan"),
    ]
    # a whole file of the open-data page, for a table made from several record lists
    assert source_line("Tim Penyusun, 2023", FakeLinks("bab-3.md"), "berkas-kesiapan")[-1] == (
        "Data terbuka",
        "../data-terbuka/#berkas-kesiapan",
    )


def test_every_data_file_and_record_is_published() -> None:
    catalogue = _catalogue()
    files = {t.berkas for t in catalogue.tables}
    assert files == {f"data/{p.name}" for p in (ROOT / "data").glob("*.yml")}
    programme = yaml.safe_load((ROOT / "data" / "program.yml").read_text(encoding="utf-8"))["program"]
    table = catalogue.table("program")
    assert [row["id"] for row in table.baris] == [p["id"] for p in programme]
    for year, amount in programme[0]["anggaran"].items():
        assert table.baris[0][f"anggaran_{year}"] == amount
    indicators = catalogue.table("program-indikator")
    assert len(indicators.baris) == sum(len(p["indikator"]) for p in programme)
    assert indicators.kolom[0].nama == "program_id"


def test_programme_columns_are_described_in_indonesian() -> None:
    for name in ("program", "program-indikator", "opd", "regulasi", "dimensi", "kota-kecamatan"):
        for column in _catalogue().table(name).kolom:
            assert opendata_text.described(name, column.nama) == column.uraian, (name, column.nama)


def test_every_file_is_built_and_parses(site_dir: Path) -> None:
    katalog = json.loads((site_dir / "data" / "katalog.json").read_text(encoding="utf-8"))
    assert katalog["lisensi"] == load_data(ROOT / "data", display_root=ROOT).dokumen.lisensi
    assert len(katalog["dataset"]) == len(_catalogue().tables)
    for entry in katalog["dataset"]:
        raw = (site_dir / entry["csv"]).read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf"), entry["csv"]
        rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
        document = json.loads((site_dir / entry["json"]).read_text(encoding="utf-8"))
        assert len(rows) == len(document["data"]) == document["jumlah_baris"] == entry["jumlah_baris"]
        assert list(rows[0]) == [c["nama"] for c in document["kolom"]]
        assert document["lisensi"] == katalog["lisensi"] and document["diperbarui"]


def test_data_terbuka_page_lists_every_table(site_dir: Path) -> None:
    soup = BeautifulSoup((site_dir / "data-terbuka" / "index.html").read_text(encoding="utf-8"), "html.parser")
    for table in _catalogue().tables:
        heading = soup.find(id=table.anchor)
        assert heading is not None and heading.name == "h3", table.nama
        links = {a["href"] for a in soup.select(f"#{table.anchor}-rincian a")}
        assert links == {f"../{table.csv}", f"../{table.json}"}
        assert (site_dir / table.csv).is_file()


def test_tables_link_to_their_data(site_dir: Path) -> None:
    """Every source line links to an anchor that exists on the open-data page (a table or a file)."""
    page = BeautifulSoup((site_dir / "data-terbuka" / "index.html").read_text(encoding="utf-8"), "html.parser")
    soup = BeautifulSoup((site_dir / "bab-5-program" / "index.html").read_text(encoding="utf-8"), "html.parser")
    links = [a["href"] for a in soup.select("div.tabel-bernomor p.sumber-tabel a")]
    assert links and set(links) == {"../data-terbuka/#data-program"}
    for path in site_dir.rglob("index.html"):
        for a in BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").select(
            ".sumber-tabel a, .sumber-gambar a"
        ):
            anchor = str(a["href"]).split("data-terbuka/#", 1)[1]
            assert page.find(id=anchor) is not None, (path.parent.name, anchor)


def test_formula_in_data_is_neutralised_in_the_built_csv(variant_build: BuildResult) -> None:
    """The variant build's second programme is named with a spreadsheet formula (variant.py)."""
    site = variant_build.site
    rows = list(csv.DictReader(io.StringIO((site / "data" / "program.csv").read_text(encoding="utf-8-sig"))))
    assert rows[1]["nama"] == "'" + INJECTED["formula"]
    document = json.loads((site / "data" / "program.json").read_text(encoding="utf-8"))
    assert document["data"][1]["nama"] == INJECTED["formula"]


def test_every_numbered_table_links_to_open_data(site_dir: Path) -> None:
    tables = 0
    for path in site_dir.rglob("index.html"):
        soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        for table in soup.select("div.tabel-bernomor"):
            tables += 1
            links = [a["href"] for a in table.select("p.sumber-tabel a")]
            assert any("data-terbuka/#" in href for href in links), (path.parent.name, table.get("id"))
    assert tables
