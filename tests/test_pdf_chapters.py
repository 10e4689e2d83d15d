"""outputs.pdf.chapters without a build: a built page becomes one chapter of the PDF.

Hand-written pages in the shape Material writes them; the build-level checks (every
chapter present, links resolving inside the real PDF) are in test_pdf.py.
"""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from macros.outputs.pdf.chapters import Cutter, Entry, page_key

PAGE = """<html><body><nav class="md-nav">menu situs</nav>
<article class="md-content__inner md-typeset">
<a href="#" class="md-content__button">ubah</a>
<h1 id="bab-v-program">BAB V Program<a class="headerlink" href="#bab-v-program">¶</a></h1>
<p>Lihat <a href="../bab-6-quick-win/#tabel-quick-win">Tabel 6.1</a>, <a href="#bagian">bagian ini</a>,
<a href="../data-terbuka/">data terbuka</a> dan <a href="https://contoh.invalid/">situs lain</a>.</p>
<h2 id="bagian">5.1 Bagian</h2>
<div class="tabel-bernomor" id="tabel-program-a"><table><caption><span class="nomor-tabel">Tabel 5.1</span>
Program A</caption><tr><td>P1</td></tr></table></div>
<figure class="gambar-bernomor" id="gambar-anggaran"><figcaption><span class="nomor-gambar">Gambar 5.1</span>
Anggaran</figcaption><img src="../assets/img/a.svg" alt="a"></figure>
<div class="hanya-web">tombol unduh</div><script>alert(1)</script>
</article></body></html>"""


@pytest.fixture
def chapter():  # type: ignore[no-untyped-def]
    cutter = Cutter(["bab-5-program/", "bab-6-quick-win/"])
    return cutter.chapter(PAGE, "bab-5-program/", "file:///situs/bab-5-program/")


def test_page_keys() -> None:
    assert page_key("bab-5-program/") == "bab-5-program"
    assert page_key("bab-5-program/index.html") == "bab-5-program"
    assert page_key("lampiran.html") == "lampiran"
    assert page_key("") == page_key("index.html") == "index"


def test_only_the_article_without_web_chrome(chapter) -> None:  # type: ignore[no-untyped-def]
    html = chapter.html
    for gone in ("menu situs", "ubah", "¶", "tombol unduh", "alert(1)"):
        assert gone not in html, gone


def test_ids_and_links_become_document_wide(chapter) -> None:  # type: ignore[no-untyped-def]
    soup = BeautifulSoup(chapter.html, "html.parser")
    assert soup.find(id="bab-5-program--bagian") is not None
    assert soup.find(id="bab-5-program--tabel-program-a") is not None
    hrefs = {a.get_text(): a["href"] for a in soup.find_all("a")}
    assert hrefs["Tabel 6.1"] == "#bab-6-quick-win--tabel-quick-win"
    assert hrefs["bagian ini"] == "#bab-5-program--bagian"
    assert hrefs["situs lain"] == "https://contoh.invalid/"
    assert "data terbuka" not in hrefs and "data terbuka" in soup.get_text()  # not in the PDF: words kept


def test_assets_point_at_the_built_site(chapter) -> None:  # type: ignore[no-untyped-def]
    img = BeautifulSoup(chapter.html, "html.parser").find("img")
    assert img is not None and img["src"] == "file:///situs/assets/img/a.svg"


def test_title_number_and_front_matter_entries(chapter) -> None:  # type: ignore[no-untyped-def]
    assert chapter.key == "bab-5-program" and chapter.title == "BAB V Program"
    h1 = BeautifulSoup(chapter.html, "html.parser").find("h1")
    assert h1 is not None and h1["data-judul"] == "BAB V Program"
    assert h1.find("span", class_="nomor-bab").get_text() == "BAB V"
    assert chapter.sections == [Entry("bab-5-program--bagian", "5.1 Bagian")]
    assert chapter.tables == [Entry("bab-5-program--tabel-program-a", "Program A", "Tabel 5.1")]
    assert chapter.figures == [Entry("bab-5-program--gambar-anggaran", "Anggaran", "Gambar 5.1")]


def test_wide_tables_get_narrow_type_and_a_landscape_page() -> None:
    wide = "".join(f"<td>{'kata' * 12}</td>" for _ in range(8))
    narrow = "".join(f"<td>{i}</td>" for i in range(8))
    page = (
        '<article class="md-content__inner"><h1>Lebar</h1>'
        f'<div class="tabel-bernomor" id="t1"><table><tr>{wide}</tr></table></div>'
        f'<div class="tabel-bernomor" id="t2"><table><tr>{narrow}</tr></table></div>'
        "<table><tr><td>1</td><td>2</td></tr></table></article>"
    )
    soup = BeautifulSoup(Cutter(["lebar/"]).chapter(page, "lebar/", "file:///s/").html, "html.parser")
    first, second = soup.select("div.tabel-bernomor")
    assert "tabel-mendatar" in first["class"] and "kolom-lebar" in first.table["class"]
    assert "tabel-mendatar" not in second["class"] and "kolom-lebar" in second.table["class"]
    assert not soup.find_all("table")[2].get("class")


def test_a_page_without_article_is_refused() -> None:
    with pytest.raises(ValueError, match="tidak memiliki isi <article>"):
        Cutter(["x/"]).chapter("<html><body><p>tanpa artikel</p></body></html>", "x/", "file:///s/")
