"""The built site in a real browser (Debian's Chromium through Playwright), served locally.

Navigation, Indonesian search, the PDF and open-data downloads, phone layout, no
request to any third party, and axe-core's accessibility rules.
"""

from __future__ import annotations

import csv
import functools
import io
import json
import re
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from macros.outputs.search import word_families
from macros.records import load_data

from conftest import ROOT

playwright_api = pytest.importorskip("playwright.sync_api")

pytestmark = pytest.mark.browser

AXE = ROOT / "tests" / "vendor" / "axe.min.js"


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="session")
def base_url(site_dir: Path) -> Iterator[str]:
    """The built site on a local HTTP server (127.0.0.1, a free port)."""
    handler = functools.partial(_QuietHandler, directory=str(site_dir))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


@pytest.fixture
def page(browser, base_url: str) -> Iterator[object]:
    """A fresh desktop page that records every request it makes."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="id-ID")
    tab = context.new_page()
    tab.requests = []
    tab.on("request", lambda request: tab.requests.append(request.url))
    yield tab
    context.close()


def _search(page, base_url: str, query: str) -> int:
    """Type ``query`` into Material's search box; the number of matching pages it reports."""
    page.goto(base_url)
    box = page.locator("input.md-search__input")
    box.click()
    box.fill("")
    box.press_sequentially(query, delay=20)  # Material reacts to key events, not to a set value
    page.wait_for_function(
        "(q) => { const m = document.querySelector('.md-search-result__meta');"
        " return m && /ditemukan|Tidak ada/.test(m.textContent)"
        " && document.querySelector('input.md-search__input').value === q; }",
        arg=query,
        timeout=20000,
    )
    page.wait_for_timeout(300)  # a result for an earlier prefix of the query may still be on screen
    text = page.locator(".md-search-result__meta").text_content() or ""
    match = re.search(r"(\d+)", text)
    return int(match.group(1)) if match else 0


def _expected_pages(site_dir: Path, query: str, *, families: bool) -> int:
    """Pages with a section that a prefix query reaches, computed from the index itself."""
    index = json.loads((site_dir / "search" / "search_index.json").read_text(encoding="utf-8"))
    split = re.compile(index["config"]["separator"])
    pages = set()
    for doc in index["docs"]:
        words = set(word_families.tokens(doc["title"], split)) | set(word_families.tokens(doc["text"], split))
        if families:
            words |= set(doc.get(word_families.FIELD, "").split())
        if any(word.startswith(query) for word in words):
            pages.add(doc["location"].split("#")[0])
    return len(pages)


def test_footer_and_sidebar_lead_from_chapter_to_chapter(page, base_url: str) -> None:
    page.goto(base_url + "bab-5-program/")
    assert page.locator("h1").first.text_content().startswith("BAB V")
    page.locator("a.md-footer__link--next").click()
    page.wait_for_url(re.compile(r".*/bab-6-quick-win/$"))
    assert page.locator("h1").first.text_content().startswith("BAB VI")
    page.locator("a.md-footer__link--prev").click()
    page.wait_for_url(re.compile(r".*/bab-5-program/$"))
    page.locator("nav.md-nav--primary a.md-nav__link", has_text="BAB VIII Rencana Pembiayaan").first.click()
    page.wait_for_url(re.compile(r".*/bab-8-rencana-pembiayaan/$"))
    assert page.locator(".md-sidebar--secondary nav.md-nav--secondary").is_visible()  # the chapter's table of contents


def test_search_finds_word_families(page, base_url: str, site_dir: Path) -> None:
    found = {query: _search(page, base_url, query) for query in ("layanan", "kelola", "bangun")}
    assert found == {query: _expected_pages(site_dir, query, families=True) for query in found}
    plain = {query: _expected_pages(site_dir, query, families=False) for query in found}
    assert sum(found.values()) > sum(plain.values()), "rumpun kata tidak menambah halaman yang ditemukan"


def test_stop_words_do_not_change_the_results(page, base_url: str) -> None:
    alone = _search(page, base_url, "layanan")
    assert alone and _search(page, base_url, "layanan yang di untuk") == alone


def test_pdf_link_answers_with_a_pdf(page, base_url: str, site_dir: Path) -> None:
    slug = load_data(ROOT / "data", display_root=ROOT).dokumen.slug
    pdf = site_dir / "pdf" / f"{slug}.pdf"
    if not pdf.exists():
        pytest.skip("PDF belum dibangun di situs ini")
    response = page.request.get(f"{base_url}pdf/{slug}.pdf")
    assert response.status == 200
    assert response.headers["content-type"] == "application/pdf"
    assert response.body().startswith(b"%PDF")


def test_every_open_data_file_downloads_and_parses(page, base_url: str) -> None:
    katalog = page.request.get(base_url + "data/katalog.json")
    assert katalog.status == 200
    entries = katalog.json()["dataset"]
    assert entries
    for entry in entries:
        raw = page.request.get(base_url + entry["csv"])
        assert raw.status == 200, entry["csv"]
        rows = list(csv.DictReader(io.StringIO(raw.body().decode("utf-8-sig"))))
        data = page.request.get(base_url + entry["json"])
        assert data.status == 200, entry["json"]
        assert len(rows) == len(data.json()["data"]) == entry["jumlah_baris"]


@pytest.mark.parametrize(
    "path", ["", "bab-5-program/", "bab-7-peta-jalan/", "bab-8-rencana-pembiayaan/", "data-terbuka/"]
)
def test_phone_shows_no_horizontal_scrolling(browser, base_url: str, path: str) -> None:
    context = browser.new_context(viewport={"width": 360, "height": 740}, is_mobile=True, device_scale_factor=2)
    try:
        phone = context.new_page()
        phone.goto(base_url + path)
        widths = phone.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
        assert widths[0] <= widths[1], f"{path or 'Beranda'}: lebar {widths[0]} > {widths[1]}"
    finally:
        context.close()


def test_no_request_leaves_the_local_server(page, base_url: str) -> None:
    for path in ("", "bab-1-pendahuluan/", "bab-8-rencana-pembiayaan/", "data-terbuka/", "tidak-ada/"):
        page.goto(base_url + path)
        page.wait_for_load_state("networkidle")
    _search(page, base_url, "layanan")
    outside = [url for url in page.requests if not url.startswith(base_url) and not url.startswith(("data:", "blob:"))]
    assert page.requests and not outside


def test_missing_page_answers_in_indonesian(page, base_url: str) -> None:
    response = page.goto(base_url + "halaman-yang-tidak-ada/")
    assert response.status == 404  # http.server's own 404; the site's page is 404.html
    page.goto(base_url + "404.html")
    assert page.locator("h1").first.text_content() == "Halaman tidak ditemukan"


@pytest.mark.parametrize("path", ["", "bab-8-rencana-pembiayaan/"])
def test_axe_finds_no_violations(page, base_url: str, path: str) -> None:
    page.goto(base_url + path)
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    problems = [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3]) for v in result["violations"]]
    assert problems == []
