"""The built PDF is tagged and archival (PDF/UA-1 + PDF/A-3a as far as pypdf can tell):
read back from the session's build with tests/pdf_check.py. (Two builds giving the same
bytes: test_reproducible.py.)"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from pypdf import PdfReader

from macros.records import Data, load_data

import pdf_check
from conftest import ROOT, BuildResult, path_key, shared
from variant import INJECTED

pytestmark = pytest.mark.slow


@cache
def data() -> Data:
    return load_data(ROOT / "data", display_root=ROOT)


def pdf_of(site: Path) -> Path:
    return site / "pdf" / f"{data().dokumen.slug}.pdf"


@pytest.fixture(scope="module")
def report(site_dir: Path) -> pdf_check.Report:
    """Made once per run (``conftest.shared``): it takes seconds, and this module's tests may run in two workers."""
    return shared(path_key("pdf-periksa", pdf_of(site_dir)), lambda: pdf_check.check(pdf_of(site_dir), site_dir))


@pytest.fixture(scope="module")
def reader(site_dir: Path) -> PdfReader:
    return PdfReader(pdf_of(site_dir))


@pytest.fixture(scope="module")
def tree(reader: PdfReader) -> pdf_check.Tree:
    return pdf_check.Tree(reader)


def test_checker_finds_nothing(report: pdf_check.Report) -> None:
    """Structure, content, links, headings against bookmarks, XMP, fonts, attachments."""
    assert report.findings == []


def test_tagged_catalog(reader: PdfReader) -> None:
    catalog = reader.trailer["/Root"]
    assert catalog["/StructTreeRoot"]["/K"]
    assert pdf_check._true(catalog["/MarkInfo"]["/Marked"])
    assert str(catalog["/Lang"]).startswith("id")
    assert pdf_check._true(catalog["/ViewerPreferences"]["/DisplayDocTitle"])
    assert catalog["/Outlines"]["/Count"] > 0  # bookmarks kept


def test_xmp_claims_pdfa3a_and_pdfua1(report: pdf_check.Report) -> None:
    assert report.facts["xmp"] == {"pdfaid:part": "3", "pdfaid:conformance": "A", "pdfuaid:part": "1"}
    assert report.facts["dc:rights"] == data().dokumen.lisensi
    assert report.facts["xmpMM:VersionID"] == data().dokumen.versi


def test_every_font_embedded(report: pdf_check.Report) -> None:
    assert report.facts["fonts"]
    assert not [f for f in report.findings if f.startswith("fon:")]


def test_every_chart_is_a_figure_with_its_description(site_dir: Path, tree: pdf_check.Tree) -> None:
    """/Alt is the chart's accessible name: its number and title, then its data description."""
    charts = []
    for page in sorted(site_dir.glob("*/index.html")):  # the chapters (Beranda is site_dir/index.html)
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        charts += [(svg.title.get_text(), svg.desc.get_text()) for svg in soup.select(".gambar-bernomor figure svg")]
    alts = [" ".join(str(f.obj.get("/Alt", "")).split()) for f in tree.of("/Figure")]
    assert charts
    for title, desc in charts:
        expected = f"{' '.join(title.split())}. {' '.join(desc.split())}".rstrip(".")
        assert any(alt.startswith(expected) for alt in alts), title


def test_every_table_has_header_cells(tree: pdf_check.Tree, report: pdf_check.Report) -> None:
    tables = tree.of("/Table")
    assert len(tables) >= 50
    for table in tables:
        assert any(e.kind == "/TH" for e in table.descendants()), table.page
    assert not [f for f in report.findings if "TH" in f or "TD" in f]


def test_bab_i_first_page_reads_title_first(reader: PdfReader, tree: pdf_check.Tree) -> None:
    """In tag order the page starts with the chapter title; the running head (document title)
    is an artifact, not read."""
    page = next(
        reader.get_destination_page_number(item)
        for item in reader.outline
        if not isinstance(item, list) and item.title.startswith("BAB I ")
    )
    text = pdf_check.tag_order_text(reader, page, tree)
    assert text.startswith("BAB I Pendahuluan "), text[:120]
    assert data().dokumen.judul not in text
    assert data().dokumen.judul in (reader.pages[page].extract_text() or "")


def test_hostile_text_literal_in_the_tagged_text(variant_build: BuildResult) -> None:
    """Markup, template syntax and a right-to-left override in programme data (variant.py)
    read exactly as written in tag order, not as the override draws them."""
    reader = PdfReader(pdf_of(variant_build.site))
    tree = pdf_check.Tree(reader)
    starts = [
        (item.title, reader.get_destination_page_number(item)) for item in reader.outline if not isinstance(item, list)
    ]
    bab_v = next(i for i, (title, _) in enumerate(starts) if title.startswith("BAB V "))
    pages = [0, *range(starts[bab_v][1], starts[bab_v + 1][1])]  # the cover, and BAB V with the programme tables
    text = " ".join(pdf_check.tag_order_text(reader, i, tree) for i in pages)
    compact = re.sub(r"\s+", "", text).casefold()  # line breaks aside, and the cover's capitals
    for key in ("nama", "formula", "indikator", "kota"):
        assert re.sub(r"\s+", "", INJECTED[key]).casefold() in compact, key
    assert "\u202etxt.exe\u202c" in text
