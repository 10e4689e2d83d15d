"""The official PDF, read back from the real build: front matter, page numbers, links, metadata."""

from __future__ import annotations

import re
import subprocess
from functools import cache
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup
from mkdocs.utils.meta import get_data
from pypdf import PdfReader
from pypdf.generic import Destination

from macros.figures.numbering import nav_files
from macros.outputs.pdf.download import ukuran
from macros.records import Data, load_data
from macros.rendering.formats import tanggal
from macros.rendering.pages import FINDER

import variant
from conftest import ROOT, BuildResult, pdf_pages

pytestmark = pytest.mark.slow

ROMAN = re.compile(r"^[ivxlcdm]+$")


@cache
def data() -> Data:
    return load_data(ROOT / "data", display_root=ROOT)


def pdf_path(site: Path) -> Path:
    return site / "pdf" / f"{data().dokumen.slug}.pdf"


@pytest.fixture(scope="module")
def reader(site_dir: Path) -> PdfReader:
    return PdfReader(pdf_path(site_dir))


@pytest.fixture(scope="module")
def texts(site_dir: Path) -> list[str]:
    """Text of every page, whitespace collapsed."""
    return [" ".join(text.split()) for text in pdf_pages(pdf_path(site_dir))]


def nav_sources() -> list[str]:
    nav = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)["nav"]
    return nav_files(nav)


def in_pdf(src: str) -> bool:
    """Every navigation page is a chapter of the PDF, except the home page, ``pdf: false``
    pages and Daftar Program (generated from data, web only)."""
    if src in ("index.md", FINDER):
        return False
    return get_data((ROOT / "docs" / src).read_text(encoding="utf-8"))[1].get("pdf") is not False


def chapter_pages() -> list[str]:
    """Built-site paths of the chapters, in navigation order."""
    return [f"{src[:-3]}/index.html" for src in nav_sources() if in_pdf(src)]


def chapter_titles(site: Path) -> list[str]:
    titles = []
    for page in chapter_pages():
        h1 = BeautifulSoup((site / page).read_text(encoding="utf-8"), "html.parser").select_one("article h1")
        titles.append(" ".join(h1.get_text(" ", strip=True).replace("¶", "").split()))
    return titles


def numbered_captions(site: Path) -> list[tuple[str, str]]:
    """(label, title) of every numbered table of the site, e.g. ("Tabel 5.1", "Program ...")."""
    captions = []
    for page in chapter_pages():
        soup = BeautifulSoup((site / page).read_text(encoding="utf-8"), "html.parser")
        for caption in soup.select("div.tabel-bernomor caption"):
            label = caption.select_one(".nomor-tabel").get_text(strip=True)
            text = " ".join(caption.get_text(" ", strip=True).split())
            captions.append((label, text[len(label) :].strip()))
    return captions


FRONT_HEADINGS = ("Kata Pengantar", "Daftar Isi", "Daftar Tabel", "Daftar Gambar")


def heading_page(texts: list[str], heading: str) -> int:
    """Index of the page that opens with ``heading`` (page text comes before the margin boxes)."""
    return next(i for i, text in enumerate(texts) if i > 0 and text.startswith(heading + " "))


def front_list(reader: PdfReader, texts: list[str], heading: str) -> str:
    """Text of Daftar Isi / Daftar Tabel: its pages up to the next front-matter heading or the body."""
    start = heading_page(texts, heading)
    pages = [texts[start]]
    for index in range(start + 1, len(texts)):
        text = texts[index]
        if not ROMAN.match(reader.page_labels[index]) or any(text.startswith(h + " ") for h in FRONT_HEADINGS):
            break
        pages.append(text)
    return " ".join(pages)


def printed_page(listing: str, entry: str) -> str:
    """The page number printed after ``entry`` in a front-matter list (its dots are drawn, not text)."""
    match = re.search(re.escape(entry) + r"\s*(?:\.{2,}\s*)?([0-9]+|[ivxlcdm]+)\b", listing)
    assert match, f"'{entry}' tidak ada (dengan nomor halaman) di daftar: {listing[:300]}"
    return match.group(1)


def outline(reader: PdfReader) -> list[tuple[int, str, int]]:
    """(level, title, page index) of every bookmark."""
    entries: list[tuple[int, str, int]] = []

    def walk(items: list, level: int) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item, level + 1)
            else:
                entries.append((level, item.title, reader.get_destination_page_number(item)))

    walk(reader.outline, 1)
    return entries


def test_one_pdf_named_from_data(site_dir: Path) -> None:
    assert [p.name for p in (site_dir / "pdf").iterdir()] == [f"{data().dokumen.slug}.pdf"]


def test_cover_identifies_the_document(texts: list[str]) -> None:
    dokumen, kota = data().dokumen, data().kota
    cover = texts[0].lower()
    for expected in (
        kota.nama,
        dokumen.judul,
        f"{dokumen.periode_mulai}–{dokumen.periode_selesai}",
        f"versi {dokumen.versi}",
        f"status {dokumen.status}",
        tanggal(dokumen.tanggal),
    ):
        assert expected.lower() in cover, f"sampul tidak memuat '{expected}': {texts[0]}"


def test_front_matter_order(texts: list[str]) -> None:
    starts = [heading_page(texts, heading) for heading in ("Kata Pengantar", "Daftar Isi", "Daftar Tabel")]
    assert starts == sorted(starts) and starts[0] == 1


def test_page_labels_roman_then_arabic(reader: PdfReader) -> None:
    labels = reader.page_labels
    front = next(i for i, label in enumerate(labels) if not ROMAN.match(label))
    assert front >= 3
    assert labels[:front] == [_roman(i + 1) for i in range(front)]
    assert labels[front:] == [str(i + 1) for i in range(len(labels) - front)]


def _roman(number: int) -> str:
    values = ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))
    out = ""
    for value, letters in values:
        while number >= value:
            out += letters
            number -= value
    return out


def test_printed_page_numbers_match_labels(reader: PdfReader, texts: list[str]) -> None:
    """The number in the footer of each page is its PDF page label (the cover prints none)."""
    for index, (label, text) in enumerate(zip(reader.page_labels, texts, strict=True)):
        if index == 0:
            continue
        assert re.search(rf"\b{label}$", text), f"halaman {index + 1} tidak bernomor '{label}': ...{text[-80:]}"


def test_daftar_isi_page_of_every_chapter(site_dir: Path, reader: PdfReader, texts: list[str]) -> None:
    listing = front_list(reader, texts, "Daftar Isi")
    starts = {title: page for level, title, page in outline(reader) if level == 1}
    for title in chapter_titles(site_dir):
        assert title in starts, f"bab '{title}' tidak ada di bookmark PDF"
        page = starts[title]
        assert texts[page].startswith(title), f"bab '{title}' tidak dimulai di halaman {page + 1}"
        assert printed_page(listing, title) == reader.page_labels[page], title


def test_daftar_tabel_lists_every_numbered_table(site_dir: Path, reader: PdfReader, texts: list[str]) -> None:
    listing = front_list(reader, texts, "Daftar Tabel")
    captions = numbered_captions(site_dir)
    assert captions, "situs tidak memiliki tabel bernomor"
    for label, title in captions:
        number = printed_page(listing, f"{label} {title}")
        page = reader.page_labels.index(number)
        assert f"{label} {title}" in texts[page], f"{label} tidak ada di halaman {number}"


def test_table_header_repeats_after_a_page_break(site_dir: Path, texts: list[str]) -> None:
    """A table that runs onto the next page starts that page with its header row again."""
    headers = set()
    for page in chapter_pages():
        soup = BeautifulSoup((site_dir / page).read_text(encoding="utf-8"), "html.parser")
        for thead in soup.select("div.tabel-bernomor thead"):
            headers.add(" ".join(thead.get_text(" ", strip=True).split()))
    continued = [i for i, text in enumerate(texts) if any(text.startswith(h + " ") for h in headers)]
    assert continued, "tidak ada tabel yang berlanjut ke halaman berikutnya dengan baris judul kolomnya"


def test_every_programme_in_the_text(texts: list[str]) -> None:
    text = " ".join(texts)
    missing = [p.id for p in data().program if p.id not in text]
    assert not missing


def test_programme_tables_print_in_full(texts: list[str]) -> None:
    """The site's BAB V shows summaries; the PDF prints each programme's description and
    each indicator's means of verification (BAB V and X full tables)."""
    text = "".join("".join(texts).split())  # without spaces: a table cell may break a line anywhere
    missing = [p.id for p in data().program if "".join(p.uraian.split()[:5]) not in text]
    assert not missing
    verification = [i.sumber_verifikasi for p in data().program for i in p.indikator]
    unverified = [v for v in verification if "".join(v.split()) not in text]
    assert not unverified


def test_no_web_chrome(texts: list[str]) -> None:
    text = " ".join(texts)
    for chrome in ("Lewati ke isi", "Unduh PDF", "Unduh dokumen", "¶", "Navigasi", "Kosongkan", "Kembali ke atas"):
        assert chrome not in text


def test_draft_mark_on_every_page(texts: list[str]) -> None:
    if data().dokumen.status != "draf":
        pytest.skip("dokumen bukan draf")
    assert all("DRAF" in text for text in texts)


def test_running_header_names_the_chapter(site_dir: Path, reader: PdfReader, texts: list[str]) -> None:
    starts = {title: page for level, title, page in outline(reader) if level == 1}
    for title in chapter_titles(site_dir):
        page = starts[title]
        header = rf"{re.escape(data().dokumen.judul)} {re.escape(title)}( DRAF)? {reader.page_labels[page]}$"
        assert re.search(header, texts[page]), texts[page][-120:]


def test_outline_has_chapters_and_sections(site_dir: Path, reader: PdfReader) -> None:
    entries = outline(reader)
    titles = [title for level, title, _ in entries if level == 1]
    assert titles[:2] == ["Kata Pengantar", "Daftar Isi"]
    assert [t for t in titles if not t.startswith("Daftar ")][1:] == chapter_titles(site_dir)
    assert any(level == 2 for level, _, _ in entries)


def test_web_only_pages_stay_out(site_dir: Path, reader: PdfReader) -> None:
    """The home page and pages marked ``pdf: false`` are not chapters of the PDF."""
    titles = {title for level, title, _ in outline(reader) if level == 1}
    for src in nav_sources():
        if not in_pdf(src):
            h1 = BeautifulSoup(
                (site_dir / src.replace("index.md", "").replace(".md", "/") / "index.html").read_text(encoding="utf-8"),
                "html.parser",
            ).select_one("article h1")
            assert " ".join(h1.get_text(" ", strip=True).replace("¶", "").split()) not in titles, src


def test_internal_links_all_resolve(reader: PdfReader, full_build: BuildResult) -> None:
    named = reader.named_destinations
    links = 0
    for page in reader.pages:
        for annot in page.get("/Annots") or []:
            annot = annot.get_object()
            action = annot.get("/A")
            target = annot.get("/Dest") or (action.get("/D") if action and action.get("/S") == "/GoTo" else None)
            if target is None:
                continue
            links += 1
            if not isinstance(target, list):
                assert str(target) in named, f"tautan ke '{target}' tidak punya tujuan"
    assert links > 50
    assert "No anchor" not in full_build.output


def test_cross_reference_jumps_to_the_table(reader: PdfReader, texts: list[str]) -> None:
    """A link to a table in another chapter lands on the page where that table is."""
    named = reader.named_destinations
    checked = 0
    for name, dest in named.items():
        match = re.fullmatch(r"[\w-]+--tabel-[\w-]+", name)
        if match and isinstance(dest, Destination):
            page = reader.get_destination_page_number(dest)
            assert "Tabel" in texts[page]
            checked += 1
    assert checked


def test_metadata_from_data(reader: PdfReader) -> None:
    dokumen, kota = data().dokumen, data().kota
    meta = reader.metadata
    assert meta.title == dokumen.judul
    assert meta.author == dokumen.penyusun
    assert kota.nama in meta.subject
    assert kota.nama in meta["/Keywords"]
    assert meta.creation_date.date() == dokumen.tanggal
    assert reader.trailer["/Root"]["/Lang"] == "id"


def test_fonts_are_embedded(site_dir: Path) -> None:
    out = subprocess.run(["pdffonts", str(pdf_path(site_dir))], capture_output=True, text=True, check=True).stdout
    rows = out.splitlines()[2:]
    assert rows
    assert all(row.split()[-5] == "yes" for row in rows), out  # column "emb"


def test_a4_portrait(reader: PdfReader) -> None:
    """A4 portrait; only a table too wide for it gets a landscape page."""
    sizes = [(round(float(page.mediabox.width)), round(float(page.mediabox.height))) for page in reader.pages]
    assert set(sizes) <= {(595, 842), (842, 595)}
    assert sizes.count((595, 842)) > 0.9 * len(sizes)


def test_download_button_on_every_page_with_size(site_dir: Path) -> None:
    expected = f"({ukuran(pdf_path(site_dir).stat().st_size)})"
    for page in sorted(site_dir.rglob("*.html")):
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        if soup.select_one("article") is None or page.name == "404.html":
            continue
        links = soup.select("a.unduh-pdf")
        assert len(links) == 1, page
        assert (page.parent / links[0]["href"]).resolve() == pdf_path(site_dir).resolve()
        assert expected in links[0].get_text()
    beranda = BeautifulSoup((site_dir / "index.html").read_text(encoding="utf-8"), "html.parser")
    assert expected in beranda.select_one(".unduh-pdf-beranda").get_text()


def test_no_pdf_and_no_link_without_the_switch(nopdf_build: BuildResult) -> None:
    """make serve: the plugin is off, the strict build passes, no PDF and no dead link."""
    result = nopdf_build
    assert not (result.site / "pdf").exists()
    for page in result.site.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        assert "unduh-pdf" not in text and ".pdf" not in text.replace("pdf-export", ""), page


def test_nothing_crosses_the_side_margins(site_dir: Path) -> None:
    """Wide tables fit the page: no word of any page reaches into the right margin.

    (Tables start at the left edge of the text and overflow to the right; a chart that draws
    a label outside its own box is the chart's defect, caught on the left by its own tests.)"""
    out = subprocess.run(
        ["pdftotext", "-bbox", str(pdf_path(site_dir)), "-"], capture_output=True, text=True, check=True
    ).stdout
    soup = BeautifulSoup(out, "html.parser")
    right = 2 / 2.54 * 72  # the right @page margin of macros/pdf/print.css
    outside = []
    for number, page in enumerate(soup.find_all("page"), start=1):
        width = float(page["width"])
        for word in page.find_all("word"):
            if float(word["xmax"]) > width - right + 3:  # 3 pt: glyph bounds of justified text
                outside.append(f"halaman {number}: {word.get_text()}")
    assert not outside, outside[:20]


def test_draft_mark_follows_the_status(site_dir: Path, variant_build: BuildResult) -> None:
    """The DRAF mark and the draft sentence follow ``dokumen.status``: the real document is
    a draft, the variant build's document is final (variant.STATUS)."""
    assert data().dokumen.status == "draf" and variant.STATUS == "final"
    draft = [" ".join(text.split()) for text in pdf_pages(pdf_path(site_dir))]
    assert "Status Draf" in draft[0]
    assert all("DRAF" in page for page in draft)
    final = [" ".join(text.split()) for text in pdf_pages(pdf_path(variant_build.site))]
    assert "Status Final" in final[0]
    assert not any("DRAF" in page or "berstatus draf" in page for page in final)
