"""Context chapters (Beranda, Ringkasan Eksekutif, BAB I–IV, IX, XI, Lampiran) and their data.

The built-site tests read the real build (``site_dir``) and compare it with figures
computed here straight from the YAML files, not through the macros under test. The
validation tests break one value of a copied data/ and expect the Indonesian error
with file, line and record.
"""

from __future__ import annotations

import re
import shutil
from datetime import date
from pathlib import Path

import pytest
import yaml
from babel.dates import format_date
from bs4 import BeautifulSoup, Tag

from macros.figures.budget import Rekap
from macros.figures.numbering import Numbered
from macros.records import load_data
from macros.records.errors import DataValidationError
from macros.records.placeholders import MARKER
from macros.rendering.formats import terbilang_perincian
from macros.rendering.tables.context import ContextTables

from pagelinks import FakeLinks

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"

# The chapters of issue 3, in the order the navigation must show them.
CHAPTERS = [
    ("index.md", "", "Beranda"),
    ("ringkasan-eksekutif.md", "ringkasan-eksekutif/", "Ringkasan Eksekutif"),
    ("bab-1-pendahuluan.md", "bab-1-pendahuluan/", "BAB I "),
    ("bab-2-gambaran-umum.md", "bab-2-gambaran-umum/", "BAB II "),
    ("bab-3-analisis-kesiapan.md", "bab-3-analisis-kesiapan/", "BAB III "),
    ("bab-4-visi-misi-strategi.md", "bab-4-visi-misi-strategi/", "BAB IV "),
    ("bab-5-program.md", "bab-5-program/", "BAB V "),
    ("bab-6-quick-win.md", "bab-6-quick-win/", "BAB VI "),
    ("bab-7-peta-jalan.md", "bab-7-peta-jalan/", "BAB VII "),
    ("bab-8-rencana-pembiayaan.md", "bab-8-rencana-pembiayaan/", "BAB VIII "),
    ("bab-9-tata-kelola.md", "bab-9-tata-kelola/", "BAB IX "),
    ("bab-10-monitoring-evaluasi.md", "bab-10-monitoring-evaluasi/", "BAB X "),
    ("bab-11-penutup.md", "bab-11-penutup/", "BAB XI "),
    ("lampiran.md", "lampiran/", "Lampiran"),
]
PLACEHOLDER = MARKER  # the pattern the build itself fails on (macros/records/placeholders.py)


def _yaml(name: str) -> dict:
    return yaml.safe_load((DATA / name).read_text(encoding="utf-8"))


def _page(site: Path, url: str) -> BeautifulSoup:
    return BeautifulSoup((site / url / "index.html").read_text(encoding="utf-8"), "html.parser")


def _article(site: Path, url: str) -> Tag:
    article = _page(site, url).find("article")
    assert isinstance(article, Tag), f"halaman {url or 'beranda'} tidak punya <article>"
    return article


def _text(node: Tag) -> str:
    return " ".join(node.get_text(" ").split())


def _front_matter(md: str) -> dict:
    text = (ROOT / "docs" / md).read_text(encoding="utf-8")
    match = re.match(r"---\n(.*?\n)---\n", text, re.S)
    assert match, f"docs/{md} tidak punya front matter"
    return yaml.safe_load(match.group(1))


# --- built site -------------------------------------------------------------


@pytest.mark.slow
def test_every_chapter_builds_with_its_title(site_dir: Path) -> None:
    for md, url, label in CHAPTERS:
        h1 = _article(site_dir, url).find("h1")
        assert h1 is not None, f"{md}: tidak ada judul h1"
        title = _front_matter(md).get("title", "")
        if md != "index.md":
            assert _text(h1).startswith(label.strip()) and title.startswith(label.strip()), md


@pytest.mark.slow
def test_navigation_lists_chapters_in_issue_order(site_dir: Path) -> None:
    nav = _page(site_dir, "").select_one("nav.md-nav--primary")
    assert nav is not None
    links: list[tuple[str, str]] = []
    for a in nav.select("a.md-nav__link"):
        href = str(a.get("href", ""))
        if href.startswith("#"):
            continue
        href = "" if href in (".", "./") else href
        if href not in [h for h, _ in links]:
            links.append((href, _text(a)))
    expected = [url for _, url, _ in CHAPTERS]
    assert [h for h, _ in links][: len(expected)] == expected
    for (href, text), (_, _, label) in zip(links, CHAPTERS, strict=False):
        assert text.startswith(label.strip()), (href, text)


@pytest.mark.slow
def test_beranda_shows_status_version_and_date_from_data(site_dir: Path) -> None:
    doc = _yaml("kota.yml")["dokumen"]
    table = _article(site_dir, "").select_one(".status-dokumen table")
    assert table is not None, "tabel status dokumen tidak ada di Beranda"
    cells = [_text(td) for td in table.select("tbody td")]
    tanggal = doc["tanggal"] if isinstance(doc["tanggal"], date) else date.fromisoformat(doc["tanggal"])
    assert cells[:3] == [
        doc["status"].capitalize(),
        str(doc["versi"]),
        format_date(tanggal, format="d MMMM y", locale="id_ID"),
    ]


@pytest.mark.slow
def test_beranda_counts_equal_those_computed_from_yaml(site_dir: Path) -> None:
    programmes = _yaml("program.yml")["program"]
    dims = [d["id"] for d in _yaml("dimensi.yml")["dimensi"]]
    article = _article(site_dir, "")
    text = _text(article)
    quick = [p for p in programmes if p.get("quick_win")]
    # the key-facts list is one enumeration (EYD V perincian): all in figures when one needs them
    years = _yaml("kota.yml")["dokumen"]
    counts = [years["periode_selesai"] - years["periode_mulai"] + 1, len(programmes), len(dims), len(quick)]
    assert f"{terbilang_perincian(len(programmes), *counts)} program pada " in text
    assert f"{terbilang_perincian(len(dims), *counts)} dimensi" in text
    assert f"{terbilang_perincian(len(quick), *counts)} program yang didahulukan" in text
    total = sum(sum(p["anggaran"].values()) for p in programmes)
    assert f"(Rp{total:,})".replace(",", ".") in text
    for dim in dims:
        own = [p for p in programmes if p["dimensi"] == dim]
        row = article.select_one(f"tr#ikhtisar-{dim}")
        assert row is not None, f"baris dimensi {dim} tidak ada di ikhtisar Beranda"
        cells = [_text(td) for td in row.select("td")]
        budget = sum(sum(p["anggaran"].values()) for p in own)
        assert cells == [
            str(len(own)),
            str(sum(1 for p in own if p.get("quick_win"))),
            f"Rp{budget:,}".replace(",", "."),
        ], dim


@pytest.mark.slow
def test_every_glossary_term_is_defined_in_lampiran(site_dir: Path) -> None:
    terms = _yaml("glosarium.yml")["istilah"]
    shown = {_text(dfn): _text(dfn.find_parent("tr")) for dfn in _article(site_dir, "lampiran/").select("dfn")}
    assert len(shown) == len(terms)
    for term in terms:
        assert term["istilah"] in shown, term["istilah"]
        assert " ".join(term["arti"].split()) in shown[term["istilah"]]


@pytest.mark.slow
def test_raci_table_rows_match_data(site_dir: Path) -> None:
    governance = _yaml("tata_kelola.yml")
    opd = {o["id"]: o for o in _yaml("opd.yml")["opd"]}
    parties = {x["id"]: x["singkatan"] for x in governance["lembaga"] + governance.get("pihak_lain", [])}
    parties.update({k: v["singkatan"] for k, v in opd.items()})
    table = _article(site_dir, "bab-9-tata-kelola/").select_one(".tabel-raci table")
    assert table is not None
    header = [_text(th) for th in table.select("thead th")][1:]
    rows = table.select("tbody tr")
    assert [r.get("id") for r in rows] == [f"raci-{k['id']}" for k in governance["kegiatan"]]
    used = {party for k in governance["kegiatan"] for party in k["peran"]}
    assert sorted(header) == sorted(parties[p] for p in used)
    by_label = {parties[p]: p for p in used}
    for row, kegiatan in zip(rows, governance["kegiatan"], strict=True):
        assert _text(row.th) == " ".join(kegiatan["nama"].split())
        cells = [_text(td) for td in row.select("td")]
        expected = [kegiatan["peran"].get(by_label[label], "") for label in header]
        assert cells == expected, kegiatan["id"]


@pytest.mark.slow
def test_no_placeholder_words_anywhere_in_built_site(site_dir: Path) -> None:
    found = []
    for page in sorted(site_dir.rglob("*.html")):
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        for node in soup(["script", "style"]):
            node.decompose()
        for match in PLACEHOLDER.finditer(soup.get_text(" ")):
            found.append(f"{page.relative_to(site_dir)}: {match.group(0)}")
    assert not found, found


def test_placeholder_pattern_catches_words_not_parts_of_words() -> None:
    assert PLACEHOLDER.search("Bagian ini TODO nanti")
    assert PLACEHOLDER.search("nilai xxx rupiah")
    assert not PLACEHOLDER.search("metodologi penyusunan")


@pytest.mark.slow
def test_headings_are_numbered_by_their_chapter(site_dir: Path) -> None:
    for md, url, _ in CHAPTERS:
        bab = _front_matter(md).get("bab")
        if bab is None:
            continue
        h2_count, h3_count = 0, 0
        for heading in _article(site_dir, url).find_all(["h2", "h3"]):
            text = _text(heading).rstrip("¶ ").strip()
            if heading.name == "h2":
                h2_count, h3_count = h2_count + 1, 0
                assert text.startswith(f"{bab}.{h2_count} "), f"{md}: '{text}' harus bernomor {bab}.{h2_count}"
            else:
                h3_count += 1
                want = f"{bab}.{h2_count}.{h3_count} "
                assert text.startswith(want), f"{md}: '{text}' harus bernomor {want.strip()}"
        if md not in (
            "bab-5-program.md",
            "bab-6-quick-win.md",
            "bab-7-peta-jalan.md",
            "bab-8-rencana-pembiayaan.md",
            "bab-10-monitoring-evaluasi.md",
        ):
            assert h2_count >= 2, f"{md}: bab konteks harus punya subbab bernomor"


@pytest.mark.slow
def test_context_chapters_open_with_a_summary(site_dir: Path) -> None:
    for md, url, _ in CHAPTERS:
        if md.startswith(("bab-5", "bab-6", "bab-7", "bab-8", "bab-10")):
            continue
        h1 = _article(site_dir, url).find("h1")
        first = h1.find_next_sibling()
        assert first is not None and first.name == "p" and len(_text(first)) > 80, f"{md}: ringkasan pembuka"


@pytest.mark.slow
def test_readiness_levels_follow_scores_and_scale(site_dir: Path) -> None:
    file = _yaml("kesiapan.yml")
    scale = sorted(file["skala"], key=lambda t: t["skor_minimal"])
    article = _article(site_dir, "bab-3-analisis-kesiapan/")
    for element in file["elemen"]:
        level = [t for t in scale if element["skor"] >= t["skor_minimal"]][-1]["tingkat"]
        row = article.select_one(f"tr#kesiapan-{element['id']}")
        assert row is not None
        cells = [_text(td) for td in row.select("td")]
        assert cells[1] == f"{element['skor']:.1f}".replace(".", ",") and cells[2] == level


@pytest.mark.slow
def test_vision_cites_rpjmd_vision(site_dir: Path) -> None:
    vision = _yaml("visi.yml")
    source = next(a for a in vision["acuan"] if a["id"] == vision["visi"]["selaras_dengan"])
    text = _text(_article(site_dir, "bab-4-visi-misi-strategi/"))
    assert vision["visi"]["rumusan"] in text
    assert " ".join(source["visi"].split()) in text and source["sumber"] in text
    strategies = _article(site_dir, "bab-4-visi-misi-strategi/").select("tr[id^=strategi-]")
    assert len(strategies) == len(_yaml("dimensi.yml")["dimensi"])


@pytest.mark.slow
def test_revision_history_in_lampiran_matches_data(site_dir: Path) -> None:
    riwayat = _yaml("kota.yml")["dokumen"]["riwayat"]
    rows = _article(site_dir, "lampiran/").select("#tabel-riwayat tbody tr")
    assert [_text(r.td) for r in rows] == [str(r["versi"]) for r in riwayat]


# --- data validation ---------------------------------------------------------


def _broken(tmp_path: Path, name: str, old: str, new: str) -> tuple[str, int]:
    """Copy data/, replace ``old`` by ``new`` in one file; return the error report and the line of the change."""
    data = tmp_path / "data"
    shutil.copytree(DATA, data)
    path = data / name
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"pola '{old}' harus muncul tepat sekali di data/{name}"
    line = text[: text.index(old)].count("\n") + 1
    path.write_text(text.replace(old, new), encoding="utf-8")
    with pytest.raises(DataValidationError) as caught:
        load_data(data, display_root=tmp_path)
    return str(caught.value), line


def test_score_outside_scale_names_file_line_and_element(tmp_path: Path) -> None:
    report, line = _broken(tmp_path, "kesiapan.yml", "    skor: 1.8\n", "    skor: 7\n")
    assert f"data/kesiapan.yml:{line}: elemen kesiapan suprastruktur, skor: skor 7 di luar skala (1–5)" in report


def test_score_as_text_is_a_type_error_in_indonesian(tmp_path: Path) -> None:
    report, line = _broken(tmp_path, "kesiapan.yml", "    skor: 2.3\n", "    skor: tinggi\n")
    assert f"data/kesiapan.yml:{line}: elemen kesiapan struktur, skor: harus angka" in report


def test_unsorted_scale_is_reported(tmp_path: Path) -> None:
    report, line = _broken(tmp_path, "kesiapan.yml", "skor_minimal: 3\n", "skor_minimal: 1.5\n")
    assert f"data/kesiapan.yml:{line}: tingkat kesiapan ke-3, skor_minimal: skala harus urut" in report


def test_swot_item_must_name_a_readiness_element(tmp_path: Path) -> None:
    report, line = _broken(
        tmp_path,
        "kesiapan.yml",
        "Pusat data milik pemerintah kota sudah dibangun.\n      elemen: infrastruktur",
        "Pusat data milik pemerintah kota sudah dibangun.\n      elemen: infrastruktr",
    )
    assert f"data/kesiapan.yml:{line + 1}: swot, kekuatan ke-2, elemen: harus salah satu dari" in report
    assert "(maksud Anda 'infrastruktur'?)" in report


def test_duplicate_glossary_term_is_reported_with_first_line(tmp_path: Path) -> None:
    first = (DATA / "glosarium.yml").read_text(encoding="utf-8").split("\n").index("  - istilah: APBD") + 1
    report, line = _broken(tmp_path, "glosarium.yml", "  - istilah: APBN\n", "  - istilah: apbd\n")
    assert (
        f"data/glosarium.yml:{line}: istilah ke-2, istilah: istilah 'apbd' sudah dipakai (pertama di baris {first})"
    ) in report


def test_raci_role_for_unknown_opd_suggests_the_right_one(tmp_path: Path) -> None:
    report, line = _broken(tmp_path, "tata_kelola.yml", "bkpp: A", "bkp: A")
    assert f"data/tata_kelola.yml:{line}: kegiatan sdm-digital, peran, bkp: pihak 'bkp' tidak ada" in report
    assert "(maksud Anda 'bkpp'?)" in report


def test_raci_activity_needs_exactly_one_accountable(tmp_path: Path) -> None:
    report, line = _broken(
        tmp_path,
        "tata_kelola.yml",
        "tim-pelaksana: C, diskominfo: R, bkpp: A",
        "tim-pelaksana: A, diskominfo: R, bkpp: A",
    )
    assert (
        f"data/tata_kelola.yml:{line}: kegiatan sdm-digital, peran: setiap kegiatan harus punya tepat satu "
        "penanggung jawab akhir (A), tertulis 2"
    ) in report


def test_raci_role_letter_must_be_r_a_c_or_i(tmp_path: Path) -> None:
    report, line = _broken(tmp_path, "tata_kelola.yml", "bkpp: A", "bkpp: X")
    expected = "kegiatan sdm-digital, peran, bkpp: harus salah satu dari: 'R', 'A', 'C', 'I'"
    assert f"data/tata_kelola.yml:{line}: {expected}" in report


def test_member_opd_must_exist(tmp_path: Path) -> None:
    report, line = _broken(tmp_path, "tata_kelola.yml", "        opd: bpkd\n", "        opd: bpkad\n")
    assert (
        f"data/tata_kelola.yml:{line}: lembaga dewan, anggota ke-6, opd: OPD 'bpkad' tidak ada di data/opd.yml"
        in report
    )


def test_every_dimension_needs_a_strategy(tmp_path: Path) -> None:
    report, line = _broken(tmp_path, "visi.yml", "  - dimensi: environment\n", "  - dimensi: society\n")
    assert f"data/visi.yml:{line}: strategi ke-6, dimensi: dimensi strategi 'society' sudah dipakai" in report
    assert "dimensi 'environment' belum punya strategi" in report


def test_kpi_target_outside_plan_period(tmp_path: Path) -> None:
    report, line = _broken(
        tmp_path,
        "visi.yml",
        "target: {2025: 15, 2026: 32, 2027: 52, 2028: 75}",
        "target: {2025: 15, 2026: 32, 2027: 52, 2031: 75}",
    )
    assert f"data/visi.yml:{line}: IKU IKU-04, target 2031: target tahun 2031 di luar periode rencana" in report


def test_vision_must_align_with_a_planning_document_that_has_a_vision(tmp_path: Path) -> None:
    report, line = _broken(tmp_path, "visi.yml", "selaras_dengan: rpjmd-2018-2023", "selaras_dengan: rpd-2024-2026")
    assert f"data/visi.yml:{line}: visi, selaras_dengan: acuan 'rpd-2024-2026' tidak memuat visi" in report


def test_mission_with_unknown_dimension(tmp_path: Path) -> None:
    report, line = _broken(tmp_path, "visi.yml", "dimensi: [society]", "dimensi: [societi]")
    assert f"data/visi.yml:{line}: misi M4, dimensi ke-1: dimensi 'societi' tidak ada di data/dimensi.yml" in report


def test_kecamatan_population_needs_a_source(tmp_path: Path) -> None:
    report, line = _broken(
        tmp_path,
        "kota.yml",
        "        jumlah: 17622\n        sumber: BPS, Sensus Penduduk 2020\n",
        "        jumlah: 17622\n",
    )
    assert f"data/kota.yml:{line - 2}: kota, kecamatan ke-4, penduduk, sumber: wajib diisi" in report


# --- table macros on small changes of the real data --------------------------


def _tables(tmp_path: Path, name: str | None = None, old: str = "", new: str = "") -> ContextTables:
    data_dir = tmp_path / "data"
    shutil.copytree(DATA, data_dir)
    if name is not None:
        path = data_dir / name
        text = path.read_text(encoding="utf-8")
        assert text.count(old) == 1
        path.write_text(text.replace(old, new), encoding="utf-8")
    data = load_data(data_dir, display_root=tmp_path)
    return ContextTables(
        data, {"t": Numbered("t", "tabel", "9.9", "bab.md")}, Rekap.of(data), lambda: FakeLinks("bab.md")
    )


def test_population_remainder_is_computed_when_one_kecamatan_lacks_a_figure(tmp_path: Path) -> None:
    html = BeautifulSoup(_tables(tmp_path).tabel_penduduk_kecamatan("t", "Penduduk"), "html.parser")
    kota = _yaml("kota.yml")["kota"]
    total = next(p["jumlah"] for p in kota["penduduk"] if p["tahun"] == 2020)
    known = sum(k["penduduk"]["jumlah"] for k in kota["kecamatan"] if "penduduk" in k)
    assert f"{total - known:,}*".replace(",", ".") in _text(html)
    assert html.select_one(".catatan-tabel") is not None


def test_population_remainder_is_not_guessed_when_two_kecamatan_lack_figures(tmp_path: Path) -> None:
    tables = _tables(
        tmp_path,
        "kota.yml",
        "      penduduk:\n        tahun: 2020\n        jumlah: 17622\n        sumber: BPS, Sensus Penduduk 2020\n",
        "",
    )
    html = BeautifulSoup(tables.tabel_penduduk_kecamatan("t", "Penduduk"), "html.parser")
    assert "*" not in _text(html) and html.select_one(".catatan-tabel") is None
    assert sum(1 for td in html.select("tbody td") if _text(td) == "–") == 4


def test_raci_columns_are_institutions_then_opd_in_data_order_then_other_parties(tmp_path: Path) -> None:
    html = BeautifulSoup(_tables(tmp_path).tabel_raci("t"), "html.parser")
    governance = _yaml("tata_kelola.yml")
    used = {party for k in governance["kegiatan"] for party in k["peran"]}
    order = (
        [x["id"] for x in governance["lembaga"]]
        + [o["id"] for o in _yaml("opd.yml")["opd"]]
        + [x["id"] for x in governance["pihak_lain"]]
    )
    names = {x["id"]: x["nama"] for x in governance["lembaga"] + governance["pihak_lain"]}
    names.update({o["id"]: o["nama"] for o in _yaml("opd.yml")["opd"]})
    assert [abbr["title"] for abbr in html.select("thead abbr")] == [names[p] for p in order if p in used]
    assert _text(html.select_one("caption")) == "Tabel 9.9 Matriks peran (RACI) pelaksanaan kota cerdas"


# --- citations ---------------------------------------------------------------


@pytest.mark.slow
def test_every_citation_links_to_its_reference_row(site_dir: Path) -> None:
    references = {r["id"]: r for r in _yaml("rujukan.yml")["rujukan"]}
    rows = {str(tr.get("id")) for tr in _article(site_dir, "lampiran/").select("#tabel-rujukan tbody tr")}
    assert rows == {f"rujukan-{ident}" for ident in references}
    cited = 0
    for md, url, _ in CHAPTERS:
        for a in _article(site_dir, url).select('a[href*="#rujukan-"]'):
            ident = str(a["href"]).split("#rujukan-", 1)[1]
            assert ident in references, f"{md}: kutipan ke rujukan '{ident}' yang tidak ada"
            # abbreviations inside the link text are wrapped in <abbr>: join without separators
            assert " ".join(a.get_text().split()) == references[ident]["sitasi"]
            assert str(a["href"]).split("#")[0] in ("../lampiran/", "")
            cited += 1
    assert cited >= len(references)


def test_every_reference_is_cited_in_the_text() -> None:
    """Cited in a chapter (``sitasi``), by a fact of the per-dimension analysis (data/analisis.yml), or
    as the source of an OPD's name (the list of OPD in the Lampiran links to it)."""
    text = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "docs").glob("*.md"))
    facts = {r for d in _yaml("analisis.yml")["dimensi"] for f in d["kondisi"] for r in f.get("rujukan", [])}
    facts |= {r for o in _yaml("opd.yml")["opd"] for r in o.get("rujukan", [])}
    unused = [
        r["id"] for r in _yaml("rujukan.yml")["rujukan"] if f'sitasi("{r["id"]}")' not in text and r["id"] not in facts
    ]
    assert not unused, f"rujukan tidak pernah dikutip: {unused}"


@pytest.mark.slow
def test_unknown_citation_fails_the_build_naming_file_line_and_suggestion(build_project) -> None:
    def change(project: Path) -> None:
        path = project / "docs" / "bab-1-pendahuluan.md"
        text = path.read_text(encoding="utf-8")
        assert text.count('sitasi("aptika-2019")') == 1
        path.write_text(text.replace('sitasi("aptika-2019")', 'sitasi("aptika-2091")'), encoding="utf-8")

    result = build_project(change)
    assert result.returncode != 0
    line = next(
        i
        for i, row in enumerate((ROOT / "docs" / "bab-1-pendahuluan.md").read_text(encoding="utf-8").splitlines(), 1)
        if 'sitasi("aptika-2019")' in row
    )
    assert (
        f"docs/bab-1-pendahuluan.md:{line}: rujukan 'aptika-2091' tidak ada di data/rujukan.yml "
        "(maksud Anda 'aptika-2019'?)"
    ) in result.output


def test_duplicate_citation_text_is_reported(tmp_path: Path) -> None:
    report, line = _broken(
        tmp_path, "rujukan.yml", "    sitasi: Ditjen Aptika, 2021\n", "    sitasi: Ditjen Aptika, 2019\n"
    )
    assert (
        f"data/rujukan.yml:{line}: rujukan panduan-2021, sitasi: teks sitasi 'Ditjen Aptika, 2019' sudah dipakai"
        in report
    )


@pytest.mark.slow
def test_glossary_abbreviations_become_tooltips_in_the_prose(site_dir: Path) -> None:
    abbreviations = {
        t["istilah"]: " ".join(t["arti"].split())
        for t in _yaml("glosarium.yml")["istilah"]
        if t["jenis"] == "singkatan"
    }
    seen: dict[str, str] = {}
    for _, url, _ in CHAPTERS:
        for abbr in _article(site_dir, url).select("p abbr, li abbr"):
            seen.setdefault(_text(abbr), str(abbr.get("title")))
    assert {"OPD", "SWOT", "SPBE", "RPJMD"} <= set(seen)
    for term, title in seen.items():
        if term in abbreviations:
            assert title == abbreviations[term], term
    # the definitions themselves never show as text
    assert "*[" not in _text(_article(site_dir, "bab-3-analisis-kesiapan/"))
