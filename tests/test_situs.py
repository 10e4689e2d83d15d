"""The public site as search engines and readers meet it: titles, descriptions, sitemap, 404, banner."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from macros.records import load_data
from macros.records.errors import DataValidationError

import variant
from conftest import ROOT, BuildResult


def _pages(site_dir: Path) -> list[Path]:
    return sorted(p for p in site_dir.rglob("index.html") if "search" not in p.parts)


def test_every_page_has_its_own_title_and_description(site_dir: Path) -> None:
    descriptions = {}
    for path in _pages(site_dir):
        soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        assert soup.html["lang"] == "id", path
        meta = soup.find("meta", attrs={"name": "description"})
        assert meta and len(meta["content"]) > 10, path
        assert soup.title and soup.title.get_text(strip=True), path
        descriptions[path] = meta["content"]
    assert len(set(descriptions.values())) == len(descriptions), "deskripsi halaman kembar"


def test_sitemap_lists_every_page(site_dir: Path) -> None:
    sitemap = (site_dir / "sitemap.xml").read_text(encoding="utf-8")
    locations = re.findall(r"<loc>([^<]+)</loc>", sitemap)
    assert len(locations) == len(_pages(site_dir))
    assert all(loc.startswith("https://") for loc in locations)


def test_not_found_page_is_indonesian(site_dir: Path) -> None:
    soup = BeautifulSoup((site_dir / "404.html").read_text(encoding="utf-8"), "html.parser")
    assert soup.find("h1").get_text() == "Halaman tidak ditemukan"


def test_draft_banner_follows_the_document_status(site_dir: Path, variant_build: BuildResult) -> None:
    """The real document is a draft; the variant build's document is final (variant.STATUS)."""
    dokumen = load_data(ROOT / "data", display_root=ROOT).dokumen
    assert dokumen.status == "draf" and variant.STATUS == "final"
    banner = BeautifulSoup((site_dir / "index.html").read_text(encoding="utf-8"), "html.parser").select_one(
        ".md-banner .banner-status"
    )
    assert banner is not None
    assert f"versi {dokumen.versi}" in banner.get_text()
    assert "banner-status" not in (variant_build.site / "index.html").read_text(encoding="utf-8")


def test_no_third_party_asset_in_the_pages(site_dir: Path) -> None:
    for path in _pages(site_dir):
        soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        for tag, attr in (("script", "src"), ("link", "href"), ("img", "src")):
            for element in soup.find_all(tag):
                url = element.get(attr) or ""
                if tag == "link" and element.get("rel") in (["canonical"], ["alternate"]):
                    continue
                assert not url.startswith(("http:", "https:", "//")), (path, url)
        assert 'data-md-component="source"' not in str(soup)  # no GitHub API call for stars


def test_theme_script_runs_after_the_page_is_parsed(site_dir: Path) -> None:
    """overrides/main.html defers Material's bundle; a Material upgrade that changes the
    script markup would silently undo it, so every page, 404.html included, is checked."""
    for path in [*_pages(site_dir), site_dir / "404.html"]:
        scripts = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").select("script[src]")
        assert any("assets/javascripts/bundle." in script["src"] for script in scripts), path
        assert all(script.has_attr("defer") for script in scripts), path


def test_city_colours_and_logo_come_from_data(site_dir: Path) -> None:
    identitas = load_data(ROOT / "data", display_root=ROOT).kota.identitas
    assert identitas is not None
    html = (site_dir / "index.html").read_text(encoding="utf-8")
    assert f"--md-primary-fg-color:{identitas.warna_utama};" in html
    assert f"--md-accent-fg-color:{identitas.warna_aksen};" in html
    if identitas.logo:
        assert f'<img src="{identitas.logo}" alt="logo">' in html
        assert (site_dir / identitas.logo).is_file()


def test_wrong_colour_is_an_indonesian_data_error(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    path = data / "kota.yml"
    text = path.read_text(encoding="utf-8")
    path.write_text(re.sub(r"warna_utama: .*", "warna_utama: biru tua", text), encoding="utf-8")
    line = next(i for i, row in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if "warna_utama" in row)
    with pytest.raises(DataValidationError) as error:
        load_data(data, display_root=tmp_path)
    assert f"data/kota.yml:{line}: kota, identitas, warna_utama: harus kode warna heksadesimal" in str(error.value)
