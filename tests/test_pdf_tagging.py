"""Tagged PDF/A-3a + PDF/UA-1 on a small document, without a site build (a few seconds).

The small document holds every construct macros/outputs/pdf/tagging.py repairs: margin
boxes (running head, page number, DRAF), a Daftar Isi with leaders and an inline-block
label inside a link, a chapter heading whose number is a block, loose and tight lists, a
table with rowspan, colspan and row headers, a cell with a right-to-left override, and a
chart. Written by stock WeasyPrint (``pdf/a-3a``) the checker finds WeasyPrint's gaps;
written by ``PdfDocument`` it finds none. If a WeasyPrint upgrade changes what the
finisher reads, these tests fail first.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest
import weasyprint
from pypdf import PdfReader
from pypdf.generic import ContentStream

from macros.outputs.opendata.catalogue import build_catalogue
from macros.outputs.opendata.files import export
from macros.outputs.pdf import archival, tagging
from macros.outputs.pdf.archival import data_files
from macros.outputs.pdf.document import PdfDocument, PdfError
from macros.records import Data, load_data

import pdf_check
from conftest import ROOT

# WeasyPrint opens its sRGB profile for PDF/A and never closes it
pytestmark = pytest.mark.filterwarnings("ignore::ResourceWarning")

RLO = "Data \u202etxt.exe\u202c"
CHART = """<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40" role="img"
aria-labelledby="g-judul g-uraian"><title id="g-judul">Gambar 1.1 Anggaran per tahun</title>
<desc id="g-uraian">Anggaran naik dari 1 menjadi 3 miliar.</desc>
<rect width="60" height="20" fill="#1f5f8b"/><text x="70" y="15">3</text></svg>"""
PAGE = """<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Dokumen Uji</title>
<meta name="author" content="Tim Uji"><meta name="description" content="Dokumen kecil untuk uji penandaan">
<meta name="keywords" content="uji, pdf"><meta name="generator" content="MkDocs">
<style>
@page {{ size: A5; margin: 2cm; @top-left {{ content: string(judul); }} @bottom-center {{ content: counter(page); }}
        @bottom-left {{ content: "DRAF"; }} }}
h1 {{ string-set: judul content(); }}
h1 .nomor-bab {{ display: block; }}
.daftar ul {{ list-style: none; }}
.daftar a::after {{ content: leader(".") target-counter(attr(href), page); }}
.daftar .label {{ display: inline-block; width: 5em; }}
.bab {{ break-before: page; }}
</style></head><body>
<section class="daftar" id="daftar-isi"><h1>Daftar Isi</h1><ul>
<li><a href="#bab1">BAB I Pendahuluan</a></li>
<li><a href="#t1"><span class="label">Tabel 1.1</span> Anggaran</a></li>
</ul></section>
<section class="bab" id="bab1"><h1><span class="nomor-bab">BAB I</span> Pendahuluan</h1>
<p>Teks pertama merujuk <a href="#t1">Tabel 1.1</a> di bawah.</p>
<ul><li><p>Butir longgar satu</p></li><li><p>Butir longgar dua</p></li></ul>
<ul><li>Butir rapat</li></ul>
<div id="t1"><table><caption>Tabel 1.1 Anggaran</caption>
<thead><tr><th rowspan="2">Kode</th><th colspan="2">Tahun</th></tr><tr><th>2024</th><th>2025</th></tr></thead>
<tbody><tr><th scope="row">A</th><td>1</td><td>2</td></tr>
<tr><th scope="row">B</th><td>3</td><td>{rlo}</td></tr></tbody>
</table></div>
<figure>{chart}<figcaption>Gambar 1.1 Anggaran per tahun</figcaption></figure>
</section></body></html>"""


def page_html(chart: str = CHART) -> str:
    return PAGE.format(chart=chart, rlo=RLO)


@pytest.fixture(scope="module")
def data() -> Data:
    return load_data(ROOT / "data", display_root=ROOT)


@pytest.fixture(scope="module")
def site(data: Data, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A site folder holding only the open data, as the build writes it before the PDF."""
    site = tmp_path_factory.mktemp("situs")
    catalogue = build_catalogue(data, {source.name: "2023-07-01" for source in data.sources.values()})
    export(catalogue, site)
    return site


def write(data: Data, site: Path, target: Path, html: str | None = None) -> Path:
    files = data_files(build_catalogue(data, {source.name: "2023-07-01" for source in data.sources.values()}))
    PdfDocument(data, None, files, site).render(html or page_html(), "bab1", target)
    return target


@pytest.fixture(scope="module")
def stock(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The same page written by WeasyPrint alone, with the same variant."""
    target = tmp_path_factory.mktemp("stok") / "stok.pdf"
    weasyprint.HTML(string=page_html()).render().write_pdf(target, pdf_variant=archival.VARIANT)
    return target


@pytest.fixture(scope="module")
def repaired(data: Data, site: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write(data, site, tmp_path_factory.mktemp("pdf") / "uji.pdf")


@pytest.fixture(scope="module")
def tree(repaired: Path) -> pdf_check.Tree:
    return pdf_check.Tree(PdfReader(repaired))


def test_stock_weasyprint_leaves_the_gaps_the_finisher_repairs(stock: Path) -> None:
    """What WeasyPrint 70 writes on its own (if one of these disappears, it was fixed upstream:
    drop the repair instead of keeping it)."""
    findings = "\n".join(pdf_check.check(stock, cover_title=False).findings)
    for gap in (
        "tidak tercapai dari pohon struktur",  # margin-box text: neither content nor artifact
        "titik pengisi bertag sebagai isi",  # leader dots read as text
        "TH tanpa /Scope",
        "berisi /P (hanya Lbl dan LBody)",  # loose list items
        "/H1 di dalam /H1",  # a block inside the chapter heading
        "tidak di bawah elemen Link",  # the inline-block label's link annotation
        "pdfuaid:part None",
    ):
        assert gap in findings, gap


def test_repaired_pdf_has_no_findings(repaired: Path, site: Path) -> None:
    report = pdf_check.check(repaired, site, cover_title=False)
    assert report.findings == []
    assert report.facts["xmp"] == {"pdfaid:part": "3", "pdfaid:conformance": "A", "pdfuaid:part": "1"}
    assert len(report.attachments) == len(list((site / "data").iterdir()))


def _marked_content(reader: PdfReader, page: int) -> list[tuple[str, dict]]:
    """(tag, property list) of every BDC on a page."""
    found = []
    for operands, operator in ContentStream(reader.pages[page].get_contents(), reader).operations:
        if operator == b"BDC":
            found.append((str(operands[0]), {str(k): str(v) for k, v in operands[1].items()}))
    return found


def test_margin_boxes_are_pagination_artifacts(repaired: Path, tree: pdf_check.Tree) -> None:
    reader = tree.reader
    artifacts = [props for tag, props in _marked_content(reader, 1) if tag == "/Artifact"]
    subtypes = {props.get("/Subtype") for props in artifacts if props.get("/Type") == "/Pagination"}
    assert subtypes == {"/Header", "/Footer", "/Watermark"}
    shown = reader.pages[1].extract_text()
    read = pdf_check.tag_order_text(reader, 1, tree)
    assert "DRAF" in shown and "DRAF" not in read
    assert read.startswith("BAB I Pendahuluan Teks pertama"), read[:80]


def test_leaders_are_layout_artifacts_and_each_link_is_one_element(tree: pdf_check.Tree) -> None:
    reader = tree.reader
    assert any(props == {"/Type": "/Layout"} for tag, props in _marked_content(reader, 0) if tag == "/Artifact")
    read = pdf_check.tag_order_text(reader, 0, tree)
    assert ".." not in read
    assert "BAB I Pendahuluan 2" in read and "Tabel 1.1 Anggaran 2" in read, read
    links = tree.of("/Link")
    assert all(link.parent.kind != "/Link" for link in links)
    toc = [link for link in links if link.page == 0]
    assert [len(link.objrs) for link in toc] == [3, 4]  # <a>, ::after, leader (+ the label)
    contents = {}
    for annotation in reader.pages[0]["/Annots"]:
        contents[annotation.idnum] = str(annotation.get_object()["/Contents"])
    assert {contents[objr] for objr in toc[1].objrs} == {"Tabel 1.1 Anggaran"}


def test_text_runs_sit_in_their_element(tree: pdf_check.Tree) -> None:
    """WeasyPrint wraps every text run in a Span of its own; plain ones are folded into their
    parent (half of the elements of the real PDF), so a heading holds its text directly."""
    heading = next(e for e in tree.of("/H1") if e.page == 1)
    assert heading.mcids and not [c for c in heading.children if c.kind == "/Span"]
    plain = [
        e for e in tree.of("/Span") if e.mcids and not e.children and set(e.obj) <= {"/Type", "/S", "/K", "/Pg", "/P"}
    ]
    assert plain == []


def test_chart_alt_is_its_accessible_name(tree: pdf_check.Tree) -> None:
    (figure,) = tree.of("/Figure")
    assert figure.obj["/Alt"] == "Gambar 1.1 Anggaran per tahun. Anggaran naik dari 1 menjadi 3 miliar."


def test_table_headers_follow_the_real_grid(tree: pdf_check.Tree) -> None:
    """Kode spans two header rows, Tahun two columns: the cell "1" sits under Tahun and 2024
    and in row A; WeasyPrint's own column count got this wrong."""
    cells = {}
    for cell in tree.of("/TH", "/TD"):
        text = pdf_check.element_text(cell, {0: {}, 1: pdf_check.mcid_texts(tree.reader, 1)})
        cells[text] = cell
    scope = {text: str(pdf_check._attributes(c)["/Scope"]) for text, c in cells.items() if c.kind == "/TH"}
    assert scope == {
        "Kode": "/Column",
        "Tahun": "/Column",
        "2024": "/Column",
        "2025": "/Column",
        "A": "/Row",
        "B": "/Row",
    }
    ids = {str(c.obj["/ID"]): text for text, c in cells.items() if c.kind == "/TH"}
    headers = [ids[str(h)] for h in pdf_check._attributes(cells["1"])["/Headers"]]
    assert headers == ["Tahun", "2024", "A"]
    id_tree = tree.root["/IDTree"]["/Names"]
    assert sorted(str(id_tree[i]) for i in range(0, len(id_tree), 2)) == sorted(ids)


def test_right_to_left_override_reads_as_written(tree: pdf_check.Tree) -> None:
    """Drawn in visual order ("exe.txt"), the cell's tagged text is the data as written."""
    reader = tree.reader
    assert "exe.txt" in reader.pages[1].extract_text()
    assert RLO in pdf_check.tag_order_text(reader, 1, tree)


def test_svg_without_text_fails_the_build(data: Data, site: Path, tmp_path: Path) -> None:
    silent = '<svg xmlns="http://www.w3.org/2000/svg" width="20" height="20"><rect width="9" height="9"/></svg>'
    with pytest.raises(PdfError, match="teks alternatif"):
        write(data, site, tmp_path / "bisu.pdf", page_html(silent))
    assert not (tmp_path / "bisu.pdf").exists()


def test_only_the_weasyprint_the_repairs_were_written_for() -> None:
    """tagging.py reads WeasyPrint internals: another version is refused with the way forward."""
    pinned = re.search(r"^weasyprint==(\S+)$", (ROOT / "requirements.txt").read_text(encoding="utf-8"), re.M)
    assert pinned and pinned.group(1) == weasyprint.__version__ == tagging.SUPPORTED, (
        "WeasyPrint berganti versi: periksa macros/outputs/pdf/tagging.py dengan uji ini, lalu ubah SUPPORTED"
    )
    tagging.require_supported()
    with pytest.raises(tagging.TaggingError, match=r"WeasyPrint 70\.0, yang terpasang 71\.0"):
        tagging.require_supported("71.0")


def test_same_input_same_bytes(data: Data, site: Path, repaired: Path, tmp_path: Path) -> None:
    assert write(data, site, tmp_path / "lagi.pdf").read_bytes() == repaired.read_bytes()


def test_xmp_claims_both_standards_and_matches_info(repaired: Path, data: Data) -> None:
    reader = PdfReader(repaired)
    packet = reader.trailer["/Root"]["/Metadata"].get_object()
    assert "/Filter" not in packet
    root = ET.fromstring(packet.get_data())
    ns = pdf_check.NS
    assert pdf_check._xmp_value(root, "pdfaid", "part") == "3"
    assert pdf_check._xmp_value(root, "pdfaid", "conformance") == "A"
    assert pdf_check._xmp_value(root, "pdfuaid", "part") == "1"
    assert root.find(f".//{{{ns['pdfaSchema']}}}namespaceURI").text == ns["pdfuaid"]
    assert pdf_check._xmp_value(root, "dc", "rights") == data.dokumen.lisensi
    assert root.findtext(".//{http://ns.adobe.com/xap/1.0/mm/}VersionID") == data.dokumen.versi
    assert reader.metadata.title == pdf_check._xmp_value(root, "dc", "title") == "Dokumen Uji"
    assert reader.metadata.creation_date.date() == data.dokumen.tanggal


def test_xmp_keeps_hostile_text_literal() -> None:
    hostile = '<b class="x">Judul</b> {{ 7 * 7 }} & "kutip" \u202eabc\u202c\x07'
    meta = archival.Meta(
        hostile, hostile, hostile, (hostile,), hostile, hostile, "id", date(2023, 8, 1), "MkDocs", b"0" * 32
    )
    root = ET.fromstring(archival.xmp(meta))
    expected = hostile.replace("\x07", "")  # a control character XML cannot hold
    for prefix, name in (
        ("dc", "title"),
        ("dc", "creator"),
        ("dc", "description"),
        ("dc", "rights"),
        ("pdf", "Keywords"),
    ):
        assert pdf_check._xmp_value(root, prefix, name) == expected, name
    assert archival.info(meta)["Title"] == hostile
