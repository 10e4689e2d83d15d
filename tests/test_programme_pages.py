"""One page per programme, Daftar Program, and the chapter summaries that link to them (issue 14).

Read from the real build (``site_dir``) and from the variant (``variant_build``), which adds
a programme with a hostile name and changes nothing else, and compared with the data read
back with ``load_data``.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup, Tag

from macros.figures.budget import Rekap, bagi
from macros.figures.numbering import Numbered
from macros.figures.programmes import programme_facts, record_lines
from macros.records import Data, load_data
from macros.records.models import Baseline, Indikator
from macros.rendering.formats import angka, desimal, rupiah
from macros.rendering.places import PrintCopies
from macros.rendering.tables.programmes import ProgramTables

import variant
from conftest import ROOT, BuildResult
from pagelinks import FakeLinks

pytestmark = pytest.mark.slow
MKDOCS = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)


@cache
def data() -> Data:
    return load_data(ROOT / "data", display_root=ROOT)


def soup(site: Path, path: str) -> BeautifulSoup:
    return BeautifulSoup((site / path / "index.html").read_text(encoding="utf-8"), "html.parser")


def article(site: Path, path: str) -> Tag:
    found = soup(site, path).select_one("article")
    assert found is not None, path
    return found


def text(tag: Tag) -> str:
    return " ".join(tag.get_text(" ", strip=True).replace("¶", "").split())


def page_path(program_id: str) -> str:
    return f"program/{program_id.lower()}"


def baseline_shown(cell: str, baseline: Baseline) -> bool:
    """The baseline cell gives its value, or says it is not available yet."""
    if baseline.nilai is None:
        return cell.startswith("belum tersedia")
    return cell.startswith(angka(baseline.nilai, desimal(baseline.nilai)))


def target(indikator: Indikator, year: int) -> str:
    """A yearly target as the tables print it: every target of the indicator with as many decimals."""
    if year not in indikator.target:
        return "–"
    return angka(indikator.target[year], desimal(list(indikator.target.values())))


# --- one page per programme -------------------------------------------------------


def test_every_programme_has_exactly_one_page(site_dir: Path) -> None:
    pages = sorted(p.parent.name for p in (site_dir / "program").glob("*/index.html"))
    assert pages == sorted(p.id.lower() for p in data().program)


@pytest.mark.parametrize("index", range(len(data().program)))
def test_programme_page_shows_every_indicator_and_the_budget_of_the_data(site_dir: Path, index: int) -> None:
    p = data().program[index]
    page = article(site_dir, page_path(p.id))
    assert text(page.find("h1")) == f"{p.id} {p.nama}"
    assert text(page.select_one("dd.total-anggaran")) == rupiah(p.total_anggaran)
    budget = page.select_one("#anggaran table")
    years = [text(th) for th in budget.select("tbody th[scope=row]")]
    assert years == [str(t) for t in sorted(p.anggaran)]
    assert text(budget.select("tfoot td")[-1]) == rupiah(p.total_anggaran)
    sources = [text(th).split(" (")[0] for th in budget.select("thead th")[1 : 1 + len(p.sumber_dana)]]
    assert sorted(sources) == sorted(p.sumber_dana)
    for row, year in zip(budget.select("tbody tr"), sorted(p.anggaran), strict=True):
        parts = bagi(p.anggaran[year], p.sumber_dana)
        cells = [text(td) for td in row.select("td")]
        assert cells[: len(parts)] == [rupiah(parts[s]) for s in sources]  # type: ignore[index]
    rows = page.select("table tr[id^=indikator-]")
    assert [text(r.find("th")) for r in rows] == [i.nama for i in p.indikator]
    for row, indikator in zip(rows, p.indikator, strict=True):
        cells = [text(td) for td in row.find_all("td")]
        assert baseline_shown(cells[2], indikator.baseline), cells[2]
        targets = cells[3:-1]
        years = range(p.tahun_mulai, p.tahun_selesai + 1)
        assert targets == [target(indikator, t) for t in years]
        assert cells[-1] == indikator.sumber_verifikasi
    for risiko in p.risiko:
        assert risiko in text(page)


def test_programme_page_edit_link_and_source_line_name_the_record(site_dir: Path) -> None:
    repo, edit_uri = MKDOCS["repo_url"].rstrip("/"), MKDOCS["edit_uri"]
    lines = record_lines(data())
    raw = yaml.compose((ROOT / "data" / "program.yml").read_text(encoding="utf-8"))
    starts = {
        next(v.value for k, v in item.value if k.value == "id"): item.start_mark.line + 1
        for k, seq in raw.value
        if k.value == "program"
        for item in seq.value
    }
    for p, (first, last) in zip(data().program, lines, strict=True):
        assert first == starts[p.id]
        page = soup(site_dir, page_path(p.id))
        edit = page.select_one("a[rel=edit]")
        expected = f"{repo}/{edit_uri}".replace("/docs/", "/") + f"data/program.yml#L{first}"
        assert edit is not None and edit["href"] == expected
        source = page.select_one(".sumber-program a")
        assert source["href"].endswith(f"/data/program.yml#L{first}-L{last}")
        assert f"baris {first}–{last}" in text(source)


def test_programme_page_links_back_to_its_chapter_row_and_sections(site_dir: Path) -> None:
    for p in data().program:
        trail = article(site_dir, page_path(p.id)).select("nav.remah-roti a")
        assert [a["href"].split("#")[0] for a in trail] == ["../../bab-5-program/"] * 4
        assert trail[-1]["href"].endswith(f"#program-{p.id.lower()}")
        sections = [text(a) for a in trail[1:3]]
        dimensi = data().dimensi_by_id[p.dimensi]
        assert sections[0].endswith(f"{dimensi.nama} ({dimensi.nama_indonesia})")
        assert sections[1].endswith(data().elemen_by_id[p.elemen].nama)


def test_generated_pages_are_in_the_sitemap_and_the_search_index(site_dir: Path) -> None:
    sitemap = (site_dir / "sitemap.xml").read_text(encoding="utf-8")
    index = json.loads((site_dir / "search" / "search_index.json").read_text(encoding="utf-8"))
    locations = {doc["location"] for doc in index["docs"]}
    for p in data().program:
        assert f"/{page_path(p.id)}/</loc>" in sitemap
        assert f"{page_path(p.id)}/" in locations
    assert "/program/</loc>" in sitemap


def test_programme_pages_are_not_in_the_navigation_but_daftar_program_is(site_dir: Path) -> None:
    nav = soup(site_dir, "").select_one("nav.md-nav--primary")
    hrefs = [a["href"] for a in nav.select("a.md-nav__link")]
    assert "program/" in hrefs
    assert not [h for h in hrefs if re.match(r"program/p\d", h)]


# --- Daftar Program without JavaScript ----------------------------------------------


def test_daftar_program_lists_every_programme_without_javascript(site_dir: Path) -> None:
    page = article(site_dir, "program")
    rows = page.select("#tabel-daftar-program tbody tr")
    assert [text(r.find("td")) for r in rows] == [p.id for p in data().program]
    assert not [r for r in rows if r.has_attr("hidden")]
    for row, p in zip(rows, data().program, strict=True):
        link = row.find("a")
        assert link["href"] == f"{p.id.lower()}/" and text(link) == p.nama
        assert text(row.select("td")[-1]) == rupiah(p.total_anggaran)
    assert page.select_one("form#saring-program").has_attr("hidden")  # shown by script only
    assert text(page.select_one("#tabel-daftar-program tfoot td")) == rupiah(
        sum(p.total_anggaran for p in data().program)
    )


def test_daftar_program_is_not_in_the_pdf_and_programme_pages_neither(site_dir: Path) -> None:
    from pypdf import PdfReader

    reader = PdfReader(site_dir / "pdf" / f"{data().dokumen.slug}.pdf")
    titles = [item.title for item in reader.outline if not isinstance(item, list)]
    assert "Daftar Program" not in " ".join(titles)
    assert not [t for t in titles if re.match(r"P\d{3} ", t)]


# --- chapters: summaries on the site, full tables in the PDF ------------------------------


def test_bab_5_summary_rows_link_to_programme_pages(site_dir: Path) -> None:
    page = article(site_dir, "bab-5-program")
    rows = page.select("div.tabel-program tbody tr")
    assert sorted(r["id"] for r in rows) == sorted(f"program-{p.id.lower()}" for p in data().program)
    for row in rows:
        p = data().program_by_id[text(row.find("td"))]
        link = row.find("a")
        assert link["href"] == f"../{page_path(p.id)}/" and text(link) == p.nama
        assert text(row.select("td")[-1]) == rupiah(p.total_anggaran)
    for tabel in page.select("div.tabel-program"):
        body = sum(int(text(r.select("td")[-1])[2:].replace(".", "")) for r in tabel.select("tbody tr"))
        assert rupiah(body) == text(tabel.select_one("tfoot td"))
        assert tabel.has_attr("data-search-exclude")


def test_bab_10_links_every_indicator_to_its_row_on_the_programme_page(site_dir: Path) -> None:
    links = article(site_dir, "bab-10-monitoring-evaluasi").select("div.tabel-indikator tbody li a")
    assert len(links) == sum(len(p.indikator) for p in data().program)
    for link in links:
        target, anchor = link["href"].split("#")
        row = article(site_dir, target.replace("../", "").rstrip("/")).find(id=anchor)
        assert row is not None and text(row.find("th")) == text(link)


def full_tables(kind: str) -> dict[str, BeautifulSoup]:
    """The full tables the PDF prints in place of the site's summaries, rendered by the
    chapter macros as BAB V (one per element) and BAB X (one per dimension) call them."""
    page = "bab.md"
    printed = PrintCopies(lambda: True)
    elements = [e.id for d in data().dimensi for e in d.elemen]
    groups = elements if kind == "program" else [d.id for d in data().dimensi]
    registry = {f"{kind}-{g}": Numbered(f"{kind}-{g}", "tabel", str(i), page) for i, g in enumerate(groups, 1)}
    tables = ProgramTables(data(), registry, Rekap.of(data()), lambda: FakeLinks(page), printed=printed)
    for g in groups:
        if kind == "program":
            summary = tables.tabel_program(f"program-{g}", "Judul", elemen=g)
        else:
            summary = tables.tabel_indikator(f"indikator-{g}", "Judul", dimensi=g)
        assert f'id="tabel-{kind}-{g}"' in summary  # the summary has the anchor the full table replaces
    return {anchor: BeautifulSoup(html, "html.parser") for anchor, html in printed.of(page).items()}


def test_pdf_tables_of_bab_5_keep_description_sources_and_indicators() -> None:
    tables = full_tables("program")
    rows = [row for t in tables.values() for row in t.select("tbody tr")]
    assert sorted(r["id"] for r in rows) == sorted(f"program-{p.id.lower()}" for p in data().program)
    for row in rows:
        p = data().program_by_id[text(row.find("td"))]
        cells = row.find_all("td")
        assert p.uraian in text(cells[1])
        assert text(cells[6]) == ", ".join(f"{s} {v}%" for s, v in p.sumber_dana.items())
        assert len(cells[7].find_all("li")) == len(p.indikator)
        assert not row.find("a")  # a printed table has no links to follow


def test_pdf_tables_of_bab_10_keep_baseline_targets_and_verification() -> None:
    tables = full_tables("indikator")
    rows = [row for t in tables.values() for row in t.select("tbody tr")]
    indicators = [i for p in data().program for i in p.indikator]
    assert len(rows) == len(indicators)
    years = list(data().tahun_rencana)
    for row, indikator in zip(rows, indicators, strict=True):
        cells = [text(td) for td in row.find_all("td")]
        assert cells[0] == indikator.nama and cells[-1] == indikator.sumber_verifikasi
        assert baseline_shown(cells[3], indikator.baseline), cells[3]
        assert cells[4:-1] == [target(indikator, t) for t in years]


def test_without_a_pdf_no_full_table_is_rendered() -> None:
    printed = PrintCopies(lambda: False)
    registry = {"program-x": Numbered("program-x", "tabel", "5.1", "bab.md")}
    tables = ProgramTables(data(), registry, Rekap.of(data()), lambda: FakeLinks("bab.md"), printed=printed)
    html = tables.tabel_program("program-x", "Judul", elemen=data().program[0].elemen)
    assert 'id="tabel-program-x"' in html and printed.of("bab.md") == {}


def test_summary_facts_agree_with_the_budget_split() -> None:
    for f in programme_facts(data()):
        assert f.anggaran.total == f.program.total_anggaran
        for year, amount in f.program.anggaran.items():
            assert f.anggaran.total_baris(year) == amount


# --- a programme added to the data; a hostile name ----------------------------------


def variant_data(build: BuildResult) -> Data:
    return load_data(build.project / "data", display_root=build.project)


def test_added_programme_gets_a_page_a_finder_row_and_a_chapter_row(variant_build: BuildResult) -> None:
    site = variant_build.site
    ids = sorted(p.id.lower() for p in variant_data(variant_build).program)
    assert variant.ADDED_ID.lower() in ids
    assert sorted(p.parent.name for p in (site / "program").glob("*/index.html")) == ids
    finder = article(site, "program").select("#tabel-daftar-program tbody tr td:first-child")
    assert variant.ADDED_ID in [text(td) for td in finder]
    assert article(site, "bab-5-program").find(id=f"program-{variant.ADDED_ID.lower()}") is not None


def _no_injected_markup(tag: Tag) -> None:
    assert not tag.select(".injeksi"), tag.select(".injeksi")
    assert not [t for t in tag.find_all(True) if any(a.startswith("on") for a in t.attrs)]


def test_hostile_name_is_literal_and_inert_on_its_page_and_in_the_finder(variant_build: BuildResult) -> None:
    site = variant_build.site
    name = variant.ADDED_NAME
    page = soup(site, page_path(variant.ADDED_ID))
    _no_injected_markup(page)
    h1 = page.select_one("article h1")
    assert h1.get_text().replace("¶", "") == f"{variant.ADDED_ID} {name}"
    assert h1.find("wbr") is not None  # the very long word may break on a phone
    assert page.title.get_text().startswith(f"{variant.ADDED_ID} {name} - ")
    assert page.select_one('meta[property="og:title"]')["content"] == f"{variant.ADDED_ID} {name}"
    finder = article(site, "program")
    _no_injected_markup(finder)
    row = finder.find(id=f"daftar-{variant.ADDED_ID.lower()}")
    assert row.find("a").get_text() == name
    first = variant_data(variant_build).program[0]
    heading = article(site, page_path(first.id)).find("h1").get_text().replace("¶", "")
    assert heading == f"{first.id} {variant.INJECTED['nama']}"
    _no_injected_markup(article(site, page_path(first.id)))


# --- Open Graph and the share card --------------------------------------------------------


def test_every_page_has_open_graph_tags_with_absolute_urls(site_dir: Path) -> None:
    site_url = MKDOCS["site_url"]
    pages = [p for p in site_dir.rglob("index.html") if "data" not in p.relative_to(site_dir).parts[:1]]
    assert len(pages) > len(data().program)
    for path in pages:
        head = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").head
        tags = {m.get("property") or m.get("name"): m["content"] for m in head.select("meta[property], meta[name]")}
        rel = path.parent.relative_to(site_dir).as_posix()
        assert tags["og:url"] == site_url + ("" if rel == "." else rel + "/")
        assert tags["og:image"] == site_url + "assets/images/kartu-bagikan.png"
        assert tags["og:locale"] == "id_ID" and tags["twitter:card"] == "summary_large_image"
        assert tags["og:title"] and tags["og:description"]
    card = site_dir / "assets" / "images" / "kartu-bagikan.png"
    assert card.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and card.stat().st_size < 40_000


def test_pdf_cutter_puts_the_full_table_in_place_of_the_summary() -> None:
    from macros.outputs.pdf.chapters import Cutter

    page = (
        '<article class="md-content__inner md-typeset"><h1 id="bab">BAB V Program</h1>'
        '<div class="tabel-bernomor" id="tabel-x"><table><tr><td><a href="../program/p001/">P001</a></td></tr>'
        "</table></div></article>"
    )
    full = (
        '<div class="tabel-bernomor" id="tabel-x"><table><caption>Tabel 5.1</caption>'
        "<tr><td>uraian</td></tr></table></div>"
    )
    chapter = Cutter(["bab-5/"]).chapter(page, "bab-5/", "file:///situs/", {"tabel-x": full})
    assert "uraian" in chapter.html and "P001" not in chapter.html
    assert 'id="bab-5--tabel-x"' in chapter.html  # ids made document-wide as for any table
    with pytest.raises(ValueError, match="tabel-y"):
        Cutter(["bab-5/"]).chapter(page, "bab-5/", "file:///situs/", {"tabel-y": full})


def test_share_card_is_drawn_offline_and_reproducibly(tmp_path: Path) -> None:
    from macros.outputs.site.share_card import HEIGHT, WIDTH, Card, card_png, draw

    card = Card("Judul " * 30, "Kota " + "Panjang" * 30, "Periode 2024–2028 · Draf versi 0.2", "#1f4e79", "#b3541e")
    first = draw(card)
    assert draw(card) == first  # no timestamp in the PNG
    assert first[:8] == b"\x89PNG\r\n\x1a\n" and len(first) < 40_000
    assert int.from_bytes(first[16:20], "big") == WIDTH and int.from_bytes(first[20:24], "big") == HEIGHT
    assert card_png(card, tmp_path) == first and list(tmp_path.iterdir())  # kept for the next build
    assert card_png(card, tmp_path) == first


def test_long_words_in_a_programme_title_get_break_opportunities_only() -> None:
    from macros.rendering.literal import heading_literal

    word = "Pengelolaanpasarterpadu" * 3
    html = heading_literal(f"<b>Pasar</b> {word} pendek")
    assert html.count("<wbr>") == len(word) // 16
    assert BeautifulSoup(html, "html.parser").get_text() == f"<b>Pasar</b> {word} pendek"
    assert heading_literal("Pusat Data Daerah") == "Pusat Data Daerah"


def test_html_blocks_skip_markdown_and_come_back_unchanged() -> None:
    import markdown

    from macros.rendering.pages import GeneratedPage

    def lines(html: str) -> list[str]:  # Markdown puts blank lines around raw blocks
        return [line for line in html.splitlines() if line.strip()]

    text = (
        '<!--remah-roti-->\n\n# P001 Judul\n\n<p class="x">a *b*</p>\n<dl>\n<dt>c</dt></dl>\n\n'
        "## Bagian\n\n<ul>\n<li>d</li>\n</ul>"
    )
    page = GeneratedPage.of(text, {"title": "t"})
    assert "<dl>" not in page.markdown and "# P001 Judul" in page.markdown and len(page.blocks) == 3
    assert lines(page.html(markdown.markdown(page.markdown))) == lines(markdown.markdown(text))
    tricky = GeneratedPage.of("# blok-html-0\n\n<p>e</p>", {})  # data text that looks like a placeholder
    assert tricky.blocks == () and tricky.html(markdown.markdown(tricky.markdown)) == markdown.markdown(tricky.markdown)
