"""Real builds: the whole site from data, escaping of hostile text, failing data fails the build."""

from __future__ import annotations

from pathlib import Path

import yaml
from bs4 import BeautifulSoup

from conftest import ROOT, BuildResult
from variant import INJECTED, PLAIN_NAME

PROGRAM_PAGE = "bab-5-program/index.html"


def _program_data() -> dict:
    return yaml.safe_load((ROOT / "data" / "program.yml").read_text(encoding="utf-8"))


def _dimension_names() -> dict[str, str]:
    dimensi = yaml.safe_load((ROOT / "data" / "dimensi.yml").read_text(encoding="utf-8"))["dimensi"]
    return {d["id"]: d["nama"] for d in dimensi}


def _sections(html: str) -> dict[str, str]:
    """Text of each h2 section of a page, keyed by the h2's text."""
    soup = BeautifulSoup(html, "html.parser")
    article = soup.find("article")
    sections: dict[str, str] = {}
    current = None
    for element in article.find_all(["h2", "div", "p", "table"], recursive=True):
        if element.name == "h2":
            current = element.get_text(" ", strip=True)
            sections[current] = ""
        elif current is not None and element.name == "div" and "tabel-bernomor" in (element.get("class") or []):
            sections[current] += element.get_text(" ", strip=True) + " "
    return sections


def test_every_programme_appears_in_its_dimension_section(site_dir: Path) -> None:
    sections = _sections((site_dir / PROGRAM_PAGE).read_text(encoding="utf-8"))
    names = _dimension_names()
    programmes = _program_data()["program"]
    assert len(programmes) >= 3
    for programme in programmes:
        section = [text for title, text in sections.items() if names[programme["dimensi"]] in title]
        assert section, f"tidak ada bagian untuk dimensi {programme['dimensi']}"
        assert any(programme["id"] in text for text in section), programme["id"]
        others = [text for title, text in sections.items() if names[programme["dimensi"]] not in title]
        assert not any(f" {programme['id']} " in f" {text} " for text in others), programme["id"]


def test_tables_are_numbered_after_their_chapter(site_dir: Path) -> None:
    soup = BeautifulSoup((site_dir / PROGRAM_PAGE).read_text(encoding="utf-8"), "html.parser")
    numbers = [span.get_text() for span in soup.select("div.tabel-bernomor caption .nomor-tabel")]
    assert numbers, "BAB V tidak memuat tabel bernomor"
    assert numbers == [f"Tabel 5.{i}" for i in range(1, len(numbers) + 1)]


def test_site_uses_no_google_fonts(site_dir: Path) -> None:
    html = (site_dir / "index.html").read_text(encoding="utf-8")
    assert "fonts.googleapis.com" not in html and "fonts.gstatic.com" not in html
    assert '<html lang="id"' in html


def test_hostile_programme_name_is_escaped_and_literal(variant_build: BuildResult) -> None:
    html = (variant_build.site / PROGRAM_PAGE).read_text(encoding="utf-8")
    assert "&lt;b class=&#34;injeksi&#34;&gt;Program&lt;/b&gt; {{ 7 * 7 }} {% if true %}jinja{% endif %}" in html
    assert '<b class="injeksi">' not in html
    soup = BeautifulSoup(html, "html.parser")
    assert INJECTED["nama"] in soup.find("article").get_text()


def test_negative_control_plain_name_is_shown_as_is(variant_build: BuildResult) -> None:
    assert f'/">{PLAIN_NAME}</a>' in (variant_build.site / PROGRAM_PAGE).read_text(encoding="utf-8")


def test_bad_data_fails_the_build_with_the_checker_message(build_project) -> None:
    def break_budget(project: Path) -> None:
        path = project / "data" / "program.yml"
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace("opd_pengampu: diskominfo", "opd_pengampu: diskominf", 1), encoding="utf-8")

    result = build_project(break_budget)
    assert result.returncode != 0
    assert "Data tidak valid: 1 kesalahan ditemukan." in result.output
    assert "data/program.yml:" in result.output
    assert "OPD 'diskominf' tidak ada di data/opd.yml (maksud Anda 'diskominfo'?)" in result.output
    assert "Traceback" not in result.output
    assert not (result.site / "index.html").exists()


def test_unknown_cross_reference_fails_the_build(build_project) -> None:
    def add_bad_ref(project: Path) -> None:
        page = project / "docs" / "bab-5-program.md"
        page.write_text(page.read_text(encoding="utf-8") + '\nLihat {{ ref("tidak-ada") }}.\n', encoding="utf-8")

    result = build_project(add_bad_ref)
    assert result.returncode != 0
    assert "rujukan ke 'tidak-ada' tidak dikenal" in result.output
