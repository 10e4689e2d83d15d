"""The built site in a real browser (Debian's Chromium through Playwright), served locally.

Navigation, Indonesian search, the PDF and open-data downloads, phone layout, no
request to any third party, the programme finder, and axe-core's accessibility rules
on every page in both colour schemes at desktop and phone width.
"""

from __future__ import annotations

import csv
import functools
import gzip
import io
import json
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml

from macros.figures.numbering import nav_files
from macros.outputs.search import word_families
from macros.records import load_data

import variant
from conftest import ROOT

playwright_api = pytest.importorskip("playwright.sync_api")

pytestmark = pytest.mark.browser

AXE = ROOT / "tests" / "vendor" / "axe.min.js"
PHONE_LAYOUT = (ROOT / "tests" / "phone_layout.js").read_text(encoding="utf-8")
# axe-core's rules for WCAG 2.0, 2.1 and 2.2, levels A and AA
WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
SITE_URL = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)["site_url"]


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


@pytest.fixture(scope="session")
def published_url(site_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The built site under the path of ``site_url`` (/masterplan-smart-city/), as it is
    published: the 404 page links its style sheets from there."""
    root = tmp_path_factory.mktemp("terbit")
    prefix = urlsplit(SITE_URL).path.strip("/")
    target = root / prefix if prefix else root / "situs"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.symlink_to(site_dir, target_is_directory=True)
    handler = functools.partial(_QuietHandler, directory=str(root))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/{target.relative_to(root).as_posix()}/"
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
    # Material searches when a key is released in the box (keyup), not on every change of
    # its value: the whole query is put in and one key released, so the worker answers
    # the query once instead of once for every prefix of it
    box.fill(query)
    box.press("End")
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


# --- every page: accessibility in both schemes at two widths, phone layout ------------------


def _nav_urls(nav: object) -> list[str]:
    return [
        "" if src == "index.md" else src.removesuffix("index.md").removesuffix(".md").rstrip("/") + "/"
        for src in nav_files(nav)
    ]


DATA = load_data(ROOT / "data", display_root=ROOT)
PAGES = [
    *_nav_urls(yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)["nav"]),
    *(f"program/{p.id.lower()}/" for p in DATA.program),
    "404.html",
]


# the whole-site browser checks are split into this many tests, each visiting every
# SHARDS-th page, so that pytest-xdist's workers share them (one worker alone took 90 s)
SHARDS = 4


def _shard(shard: int) -> list[str]:
    return PAGES[shard::SHARDS]


def test_shards_cover_every_page_once() -> None:
    dealt = [page for shard in range(SHARDS) for page in _shard(shard)]
    assert sorted(dealt) == sorted(PAGES) and len(dealt) == len(set(dealt)) == len(PAGES)


def test_page_list_covers_every_built_page(site_dir: Path) -> None:
    built = {
        "" if index.parent == site_dir else index.parent.relative_to(site_dir).as_posix() + "/"
        for index in site_dir.rglob("index.html")
    }
    assert built == set(PAGES) - {"404.html"}


# the dark scheme changes colours only (test_dark_scheme_is_only_the_body_attribute), so the
# rules that read colours are the ones to run again in it
COLOUR_RULES = ["color-contrast", "link-in-text-block"]
# Two measuring artefacts switched off before axe runs: content-visibility: auto keeps
# off-screen tables out of hit testing until a frame has drawn them (the contrast check
# would see the footer behind them), and the theme's colour transitions would be caught
# half-way right after the scheme changes.
STEADY = (
    ".md-typeset :is(.tabel-bernomor, .gambar-bernomor) {content-visibility: visible !important}"
    " *, ::before, ::after {transition: none !important}"
)
START_AXE = """options => {
  window.hasilAxe = null;
  axe.run(document, options).then(
    r => {
      window.hasilAxe = r.violations.map(v => `${v.id} ${JSON.stringify(v.nodes.slice(0, 3).map(n => n.target))}`);
    },
    e => { window.hasilAxe = ['axe: ' + e]; });
}"""
# (width, height, scheme, rules): every page at desktop and phone width, light and dark
AXE_PASSES = [
    (1280, 900, "default", {"runOnly": {"type": "tag", "values": WCAG}}),
    (1280, 900, "slate", {"runOnly": {"type": "rule", "values": COLOUR_RULES}}),
    (390, 844, "default", {"runOnly": {"type": "tag", "values": WCAG}}),
    (390, 844, "slate", {"runOnly": {"type": "rule", "values": COLOUR_RULES}}),
]
# GitHub Pages compresses text with gzip; the rest goes as it is
COMPRESSED = {".html", ".css", ".js", ".json", ".svg", ".xml", ".txt", ".map"}
FIRST_VISIT_BUDGET = 250_000  # bytes on the wire for one page and all it loads (issue 14)


def _layout(tab, width: int, height: int) -> list[str]:
    tab.set_viewport_size({"width": width, "height": height})
    layout = tab.evaluate(PHONE_LAYOUT)
    problems = [f"{width} px: kata terpotong di judul: {word}" for word in layout["broken"]]
    if layout["outside"] or layout["scrollWidth"] > layout["width"]:
        problems.append(f"{width} px: lebih lebar dari layar ({layout['scrollWidth']} px): {layout['outside']}")
    return problems


@functools.cache
def _wire_size(site_dir: Path, url: str, prefix: str) -> int:
    """What a file of the site costs on the wire: its gzip size if GitHub Pages compresses it."""
    path = urlsplit(url).path.removeprefix(prefix)
    file = site_dir / path
    if path == "" or path.endswith("/"):
        file = file / "index.html"
    raw = file.read_bytes()
    return len(gzip.compress(raw, compresslevel=6, mtime=0)) if file.suffix in COMPRESSED else len(raw)


@dataclass
class Visit:
    """What one first visit of a page showed: bytes on the wire, and every problem found."""

    weight: int = 0
    index_fetched: bool = False
    axe: list[str] = field(default_factory=list)
    layout: list[str] = field(default_factory=list)


class _Tab:
    """A tab in a context of its own with the browser cache off (every visit is a first
    visit), recording the requests of its current page."""

    def __init__(self, browser, index_body: bytes) -> None:
        self.context = browser.new_context(viewport={"width": 390, "height": 844}, locale="id-ID")
        self.tab = self.context.new_page()
        self.context.new_cdp_session(self.tab).send("Network.setCacheDisabled", {"cacheDisabled": True})
        self.seen: list[str] = []
        self.pending: set[object] = set()
        self.tab.on("request", lambda r: (self.seen.append(r.url), self.pending.add(r)))
        self.tab.on("requestfinished", lambda r: self.pending.discard(r))
        self.tab.on("requestfailed", lambda r: self.pending.discard(r))
        # The search index is fetched (and counted) as on any first visit, but answered with
        # no documents: the search worker then has nothing to index while the page is
        # checked, and the search box is hidden, untouched, in every check here.
        self.tab.route(
            "**/search/search_index.json", lambda route: route.fulfill(body=index_body, content_type="application/json")
        )

    def first_visit(self, url: str) -> list[str]:
        """Load ``url`` at phone size until no request is pending; the URLs it requested."""
        self.seen.clear()
        self.tab.set_viewport_size({"width": 390, "height": 844})
        self.tab.goto(url, wait_until="load")
        quiet = 0
        while quiet < 4:  # 200 ms without a request in flight: the search index is in
            self.tab.wait_for_timeout(50)
            quiet = 0 if self.pending else quiet + 1
        return list(self.seen)


def _visit(browser, published_url: str, site_dir: Path, pages: list[str]) -> dict[str, Visit]:
    """Every page of ``pages``, each loaded once as a first visit: the bytes it and all it
    loads cost (style sheets, scripts, the search index, images) at the size GitHub Pages
    sends them; then axe-core's WCAG 2.2 A/AA rules at 1280 and 390 px in the light and the
    dark scheme (switched as Material's toggle does, by the body's data-md-color-scheme);
    then the phone layout at 390 and 360 px: no sideways scrolling, no word broken inside a
    heading. Two tabs share the work (two renderer processes)."""
    prefix = urlsplit(published_url).path
    index = json.loads((site_dir / "search" / "search_index.json").read_text(encoding="utf-8"))
    index_body = json.dumps({"config": index["config"], "docs": []}).encode()
    axe_source = AXE.read_text(encoding="utf-8")
    tabs = [_Tab(browser, index_body) for _ in range(2)]
    found: dict[str, Visit] = {}
    try:
        for start in range(0, len(pages), len(tabs)):
            pair = [
                (t, path, found.setdefault(path or "/", Visit()))
                for t, path in zip(tabs, pages[start : start + len(tabs)], strict=False)
            ]
            for t, path, visit in pair:
                local = {
                    url.split("#")[0] for url in t.first_visit(published_url + path) if url.startswith(published_url)
                }
                visit.index_fetched = any(url.endswith("/search/search_index.json") for url in local)
                visit.weight = sum(_wire_size(site_dir, url, prefix) for url in local)
                t.tab.add_style_tag(content=STEADY)
                t.tab.add_script_tag(content=axe_source)
            for width, height, scheme, options in AXE_PASSES:
                for t, _, _ in pair:
                    t.tab.set_viewport_size({"width": width, "height": height})
                    t.tab.evaluate("s => document.body.setAttribute('data-md-color-scheme', s)", scheme)
                    t.tab.evaluate(START_AXE, {**options, "resultTypes": ["violations"]})
                for t, _, visit in pair:
                    t.tab.wait_for_function("window.hasilAxe !== null")
                    visit.axe += [f"{width} px {scheme}: {v}" for v in t.tab.evaluate("window.hasilAxe")]
            for t, _, visit in pair:
                t.tab.evaluate("document.body.setAttribute('data-md-color-scheme', 'default')")
                visit.layout = _layout(t.tab, 390, 844) + _layout(t.tab, 360, 740)
    finally:
        for t in tabs:
            t.context.close()
    return found


@pytest.mark.parametrize("shard", range(SHARDS))
def test_every_page_passes_axe_fits_a_phone_and_is_at_most_250_kb_on_a_first_visit(
    browser, published_url: str, site_dir: Path, shard: int
) -> None:
    """One visit of each page answers both: axe finds nothing in either scheme at either
    width and the page fits a phone (issue 14), and the page with everything the browser
    fetches for it on a first visit, at the size GitHub Pages sends it, stays within the
    budget. All problems of all pages of the shard are reported together."""
    visits = _visit(browser, published_url, site_dir, _shard(shard))
    assert all(v.index_fetched for v in visits.values()), [p for p, v in visits.items() if not v.index_fetched]
    assert max(v.weight for v in visits.values()) > 100_000  # the theme, the search index: the sum counts them
    problems = {
        path: v.axe
        + v.layout
        + (
            [f"{v.weight} bita pada kunjungan pertama, lebih dari {FIRST_VISIT_BUDGET}"]
            if v.weight > FIRST_VISIT_BUDGET
            else []
        )
        for path, v in visits.items()
    }
    assert {path: found for path, found in problems.items() if found} == {}


@pytest.mark.parametrize("path", ["", "bab-5-program/", "program/", f"program/{DATA.program[0].id.lower()}/"])
def test_phone_layout_holds_on_an_emulated_phone(browser, published_url: str, path: str) -> None:
    """The same layout checks on a phone as Chromium emulates it (touch, device pixels)."""
    context = browser.new_context(
        viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True, device_scale_factor=3
    )
    try:
        tab = context.new_page()
        tab.goto(published_url + path)
        assert _layout(tab, 360, 740) + _layout(tab, 390, 844) == []
    finally:
        context.close()


def test_dark_scheme_is_only_the_body_attribute(browser, published_url: str) -> None:
    """What the axe test relies on: a dark system setting and Material's toggle both give
    data-md-color-scheme="slate" and change no other palette attribute."""
    palette = "['scheme', 'primary', 'accent'].map(k => document.body.getAttribute('data-md-color-' + k))"
    dark = browser.new_context(color_scheme="dark")
    light = browser.new_context(color_scheme="light")
    try:
        tab = dark.new_page()
        tab.goto(published_url)
        system = tab.evaluate(palette)
        tab = light.new_page()
        tab.goto(published_url)
        before = tab.evaluate(palette)
        tab.locator("form[data-md-component=palette] label:visible").first.click()
        toggled = tab.evaluate(palette)
        assert before[0] == "default" and system[0] == toggled[0] == "slate"
        assert system[1:] == toggled[1:] == before[1:]
        tab.goto(published_url + "program/")  # the reader's choice is kept
        assert tab.evaluate(palette) == toggled
    finally:
        dark.close()
        light.close()


# --- programme pages and Daftar Program ----------------------------------------------------


@pytest.mark.parametrize("index", [0, len(DATA.program) // 2, len(DATA.program) - 1])
def test_searching_a_programme_name_lands_on_its_page(page, base_url: str, index: int) -> None:
    programme = DATA.program[index]
    assert _search(page, base_url, programme.nama) > 0
    page.locator(".md-search-result__item a.md-search-result__link").first.click()
    page.wait_for_url(re.compile(rf".*/program/{programme.id.lower()}/(\?h=[^#]*)?(#.*)?$"))  # ?h= highlights
    assert page.locator("article h1").first.text_content().startswith(f"{programme.id} {programme.nama}")


def _shown(tab) -> list[str]:
    return tab.eval_on_selector_all(
        "#tabel-daftar-program tbody tr:not([hidden])", "rows => rows.map(r => r.cells[0].textContent)"
    )


def _running(p: object, year: int) -> bool:
    return p.tahun_mulai <= year <= p.tahun_selesai  # type: ignore[attr-defined]


FACETS = [
    ("dimensi", DATA.dimensi[-1].id, lambda p, v: p.dimensi == v),
    (
        "opd",
        "diskominfo" if "diskominfo" in DATA.opd_by_id else DATA.program[0].opd_pengampu,
        lambda p, v: v in (p.opd_pengampu, *p.opd_pendukung),
    ),
    ("tahun", str(DATA.dokumen.periode_selesai), lambda p, v: _running(p, int(v))),
    ("jangka", "panjang", lambda p, v: p.jangka == v),
]


@pytest.mark.parametrize(("name", "value", "keep"), FACETS, ids=[f[0] for f in FACETS])
def test_daftar_program_filters_by_facet_and_keeps_it_in_the_url(page, base_url: str, name, value, keep) -> None:
    page.goto(base_url + "program/")
    assert len(_shown(page)) == len(DATA.program)
    page.select_option(f"#saring-{name}", value)
    expected = [p.id for p in DATA.program if keep(p, value)]
    assert 0 < len(expected) < len(DATA.program)
    assert _shown(page) == expected
    assert (
        page.locator("#jumlah-program").text_content()
        == f"Ditampilkan {len(expected)} dari {len(DATA.program)} program."
    )
    assert f"{name}={value}" in page.url
    page.goto(page.url)  # the address alone gives the same list
    assert _shown(page) == expected and page.input_value(f"#saring-{name}") == value


def test_daftar_program_quick_win_sort_and_combination_from_the_url(page, base_url: str) -> None:
    dimensi = next(d.id for d in DATA.dimensi if sum(p.quick_win for p in DATA.program_of(dimensi=d.id)) > 1)
    page.goto(base_url + f"program/?dimensi={dimensi}&qw=1&urut=-anggaran&tahun=bukan-tahun")
    expected = sorted((p for p in DATA.program_of(dimensi=dimensi) if p.quick_win), key=lambda p: -p.total_anggaran)
    assert _shown(page) == [p.id for p in expected]
    assert page.input_value("#saring-tahun") == ""  # an unknown value is ignored
    assert page.get_attribute("#kolom-anggaran", "aria-sort") == "descending"
    total = sum(p.total_anggaran for p in expected)
    assert page.locator("#tabel-daftar-program tfoot td").text_content() == f"Rp{total:,}".replace(",", ".")


def test_daftar_program_works_by_keyboard(page, base_url: str) -> None:
    page.goto(base_url + "program/")
    page.focus("#saring-dimensi")
    page.keyboard.press("ArrowDown")  # the first dimension
    first = DATA.dimensi[0].id
    assert _shown(page) == [p.id for p in DATA.program_of(dimensi=first)]
    for _ in range(4):
        page.keyboard.press("Tab")  # OPD, year, term, order
    assert page.evaluate("document.activeElement.id") == "saring-urut"
    page.keyboard.press("ArrowDown")  # largest budget first
    budgets = [DATA.program_by_id[i].total_anggaran for i in _shown(page)]
    assert budgets == sorted(budgets, reverse=True)
    assert page.get_attribute("#kolom-anggaran", "aria-sort") == "descending"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "saring-qw"
    page.keyboard.press("Space")
    assert _shown(page) == [
        i for i in _shown(page) if DATA.program_by_id[i].quick_win and DATA.program_by_id[i].dimensi == first
    ]
    assert "qw=1" in page.url and f"dimensi={first}" in page.url
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")  # "Hapus saringan"
    page.wait_for_function("document.querySelectorAll('#tabel-daftar-program tbody tr:not([hidden])').length > 2")
    assert sorted(_shown(page)) == sorted(p.id for p in DATA.program)
    assert "?" not in page.url
    assert page.get_attribute("#jumlah-program", "role") == "status"


def test_daftar_program_without_javascript_is_the_whole_table(browser, base_url: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    try:
        tab = context.new_page()
        tab.goto(base_url + "program/?dimensi=economy")
        assert _shown(tab) == [p.id for p in DATA.program]
        assert not tab.locator("#saring-program").is_visible()  # no form that does nothing
        assert tab.locator("#tabel-daftar-program tbody tr").first.is_visible()
    finally:
        context.close()


@pytest.fixture(scope="module")
def variant_url(variant_build) -> Iterator[str]:
    handler = functools.partial(_QuietHandler, directory=str(variant_build.site))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


def test_hostile_programme_name_stays_text_in_the_browser(browser, variant_url: str) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, device_scale_factor=2)
    try:
        tab = context.new_page()
        dialogs: list[str] = []
        tab.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
        tab.goto(variant_url + f"program/{variant.ADDED_ID.lower()}/")
        heading = tab.locator("article h1").first.text_content() or ""
        assert heading.replace("¶", "") == f"{variant.ADDED_ID} {variant.ADDED_NAME}"
        layout = tab.evaluate(PHONE_LAYOUT)
        assert layout["outside"] == [] and layout["scrollWidth"] <= layout["width"], layout
        tab.goto(variant_url + "program/?qw=0")
        tab.select_option("#saring-urut", "anggaran")
        link = tab.locator(f"#daftar-{variant.ADDED_ID.lower()} a")
        assert link.text_content() == variant.ADDED_NAME
        assert tab.locator(".injeksi").count() == 0 and dialogs == []
    finally:
        context.close()
