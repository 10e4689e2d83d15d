"""Figures: exact SVG output for small fake data, and the numbered figures of the real build."""

from __future__ import annotations

from pathlib import Path

from bs4 import BeautifulSoup

from macros.figures.numbering import Numbered
from macros.rendering import charts
from macros.rendering.jinja import render

from pagelinks import FakeLinks

ITEM = Numbered("uji", "gambar", "8.1", "bab-8-rencana-pembiayaan.md")

BAR_CHART = [
    '<div class="gambar-bernomor gambar-batang" id="gambar-uji">',
    "<figure>",
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 72" width="640" height="72" role="img" aria-labelledby="gambar-uji-judul gambar-uji-uraian" font-family="sans-serif" font-size="12">',
    '<title id="gambar-uji-judul">Gambar 8.1 Anggaran per sumber</title>',
    '<desc id="gambar-uji-uraian">Diagram batang mendatar anggaran per sumber, dari yang terbesar: APBD Rp3 miliar (75,0%); CSR Rp1 miliar (25,0%). Total Rp4.000.000.000.</desc>',
    '<line class="sumbu" x1="170" y1="0" x2="170" y2="72" stroke="#767676"/>',
    '<text class="teks" x="162" y="26.0" text-anchor="end" fill="#1a1a1a">APBD</text>',
    '<rect class="batang" x="170" y="13.0" width="350.0" height="18" fill="#1f5f8b"/>',
    '<text class="teks" x="526.0" y="26.0" fill="#1a1a1a">Rp3 miliar</text>',
    '<text class="teks" x="162" y="54.0" text-anchor="end" fill="#1a1a1a">CSR</text>',
    '<rect class="batang" x="170" y="41.0" width="116.7" height="18" fill="#1f5f8b"/>',
    '<text class="teks" x="292.7" y="54.0" fill="#1a1a1a">Rp1 miliar</text>',
    "</svg>",
    '<figcaption><span class="nomor-gambar">Gambar 8.1</span> Anggaran per sumber</figcaption>',
    "</figure>",
    '<div class="data-gambar" tabindex="0" role="region" aria-label="Data Gambar 8.1">',
    "<table>",
    "<caption>Data Gambar 8.1</caption>",
    "<thead>",
    '<tr><th scope="col">Sumber dana</th><th scope="col">Anggaran indikatif</th><th scope="col">Porsi</th></tr>',
    "</thead>",
    "<tbody>",
    '<tr><th scope="row">APBD</th><td class="angka">Rp3.000.000.000</td><td class="angka">75,0%</td></tr>',
    '<tr><th scope="row">CSR</th><td class="angka">Rp1.000.000.000</td><td class="angka">25,0%</td></tr>',
    "</tbody>",
    "<tfoot>",
    '<tr><th scope="row">Jumlah</th><td class="angka">Rp4.000.000.000</td><td class="angka">100%</td></tr>',
    "</tfoot>",
    "</table>",
    "</div>",
    '<p class="sumber-gambar">Sumber: Tim Penyusun, 2023; angka indikatif. <a href="../data-terbuka/#data-program" title="Data terbuka: unduh CSV atau JSON">Data terbuka</a></p>',
    "</div>",
]

GANTT = [
    '<div class="gambar-bernomor gambar-gantt" id="gambar-uji">',
    "<figure>",
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 100" width="640" height="100" role="img" aria-labelledby="gambar-uji-judul gambar-uji-uraian" font-family="sans-serif" font-size="12">',
    '<title id="gambar-uji-judul">Gambar 8.1 Garis waktu</title>',
    '<desc id="gambar-uji-uraian">Uraian.</desc>',
    '<line class="garis" x1="250.0" y1="0" x2="250.0" y2="76.0" stroke="#c8c8c8"/>',
    '<text class="teks" x="297.75" y="16" text-anchor="middle" font-weight="bold" fill="#1a1a1a">2024</text>',
    '<line class="garis" x1="345.5" y1="0" x2="345.5" y2="76.0" stroke="#c8c8c8"/>',
    '<text class="teks" x="393.25" y="16" text-anchor="middle" font-weight="bold" fill="#1a1a1a">2025</text>',
    '<line class="garis" x1="441.0" y1="0" x2="441.0" y2="76.0" stroke="#c8c8c8"/>',
    '<text class="teks" x="488.75" y="16" text-anchor="middle" font-weight="bold" fill="#1a1a1a">2026</text>',
    '<line class="garis" x1="536.5" y1="0" x2="536.5" y2="76.0" stroke="#c8c8c8"/>',
    '<text class="teks" x="584.25" y="16" text-anchor="middle" font-weight="bold" fill="#1a1a1a">2027</text>',
    "<g>",
    "<title>P001 Pusat data: 2024–2026</title>",
    '<text class="teks" x="242" y="40.0" text-anchor="end" fill="#1a1a1a">P001 Pusat data</text>',
    '<rect class="batang" x="252.0" y="29.0" width="282.5" height="14" rx="3" fill="#1f5f8b"/>',
    "</g>",
    "<g>",
    "<title>P002 Mal pelayanan publik digital terpadu untuk warga kota: 2025</title>",
    '<text class="teks" x="242" y="64.0" text-anchor="end" fill="#1a1a1a">P002 Mal pelayanan publik digi…</text>',
    '<rect class="batang-quick-win" x="347.5" y="53.0" width="91.5" height="14" rx="3" fill="#b3541e"/>',
    "</g>",
    '<rect class="batang" x="92" y="80.0" width="12" height="12" fill="#1f5f8b"/>',
    '<text class="teks" x="110" y="90.0" fill="#1a1a1a">Program</text>',
    '<rect class="batang-quick-win" x="182" y="80.0" width="12" height="12" fill="#b3541e"/>',
    '<text class="teks" x="200" y="90.0" fill="#1a1a1a" font-style="italic">Quick win</text>',
    "</svg>",
    '<figcaption><span class="nomor-gambar">Gambar 8.1</span> Garis waktu</figcaption>',
    "</figure>",
    '<div class="data-gambar" tabindex="0" role="region" aria-label="Data Gambar 8.1">',
    "<table>",
    "<caption>Data Gambar 8.1</caption>",
    "<thead>",
    '<tr><th scope="col">Kode</th><th scope="col">Program</th><th scope="col">Tahun</th><th scope="col">Jangka</th><th scope="col"><em>Quick win</em></th></tr>',
    "</thead>",
    "<tbody>",
    "<tr><td>P001</td><td>Pusat data</td><td>2024–2026</td><td>Menengah</td><td>Tidak</td></tr>",
    "<tr><td>P002</td><td>Mal pelayanan publik digital terpadu untuk warga kota</td><td>2025</td><td>Pendek</td><td>Ya</td></tr>",
    "</tbody>",
    "</table>",
    "</div>",
    '<p class="sumber-gambar">Sumber: Tim Penyusun, 2023. <a href="../data-terbuka/#data-program" title="Data terbuka: unduh CSV atau JSON">Data terbuka</a></p>',
    "</div>",
]


def test_bar_chart_exact_svg() -> None:
    diagram = charts.diagram_batang([("APBD", 3_000_000_000), ("CSR", 1_000_000_000)], "Sumber dana")
    html = render(
        "gambar_batang.html",
        item=ITEM,
        links=FakeLinks(),
        judul="Anggaran per sumber",
        sumber="Tim Penyusun, 2023; angka indikatif",
        data_terbuka="program",
        deskripsi=charts.describe_bars(diagram, "anggaran per sumber"),
        diagram=diagram,
    )
    assert html.split("\n") == BAR_CHART


def test_gantt_exact_svg() -> None:
    chart = charts.gantt(
        [
            ("P001", "Pusat data", 2024, 2026, False, "menengah"),
            ("P002", "Mal pelayanan publik digital terpadu untuk warga kota", 2025, 2025, True, "pendek"),
        ],
        [2024, 2025, 2026, 2027],
    )
    html = render(
        "gambar_gantt.html",
        item=ITEM,
        links=FakeLinks(),
        judul="Garis waktu",
        sumber="Tim Penyusun, 2023",
        data_terbuka="program",
        deskripsi="Uraian.",
        chart=chart,
    )
    assert html.split("\n") == GANTT


def test_bars_scale_to_the_largest_value_and_escape_labels() -> None:
    diagram = charts.diagram_batang([("<b>A</b>", 50), ("B", 100), ("C", 0)], "Label")
    assert [b.lebar for b in diagram.batang] == [175.0, 350.0, 0.0]
    html = render(
        "gambar_batang.html", item=ITEM, links=FakeLinks(), judul="J", sumber="S", deskripsi="D", diagram=diagram
    )
    assert "&lt;b&gt;A&lt;/b&gt;" in html and "<b>A</b>" not in html


def _figures(site_dir: Path, page: str) -> list:
    soup = BeautifulSoup((site_dir / page / "index.html").read_text(encoding="utf-8"), "html.parser")
    return soup.select("div.gambar-bernomor")


def test_budget_and_roadmap_figures_are_numbered_and_accessible(site_dir: Path) -> None:
    for page, chapter in (("bab-7-peta-jalan", 7), ("bab-8-rencana-pembiayaan", 8)):
        figures = _figures(site_dir, page)
        assert figures, page
        labels = [f.select_one("figcaption .nomor-gambar").get_text() for f in figures]
        assert labels == [f"Gambar {chapter}.{i}" for i in range(1, len(figures) + 1)]
        for figure in figures:
            svg = figure.find("svg")
            assert svg["role"] == "img"
            ids = svg["aria-labelledby"].split()
            assert [svg.find(id=i).name for i in ids] == ["title", "desc"]
            assert len(svg.find("desc").get_text()) > 40
            assert figure.select("div.data-gambar table tbody tr")
            assert not svg.find("script")
    assert len(_figures(site_dir, "bab-7-peta-jalan")) == 6  # one timeline per dimension
