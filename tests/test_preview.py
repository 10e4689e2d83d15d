"""The pull-request preview opens from disk: index.html over file:// reaches every chapter.

The preview is the ``nopdf_build`` session build (OFFLINE=true, Material's offline plugin:
pages as .html files, the search index inlined, the vendored search-worker shim instead
of a CDN script). Debian's Chromium opens it over file:// with no server and no network,
as an editor does after unpacking the artifact.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from conftest import ROOT, BuildResult

playwright_api = pytest.importorskip("playwright.sync_api")


def nav_pages() -> list[str]:
    from mkdocs.config import load_config

    from macros.figures.numbering import nav_files

    return nav_files(load_config(str(ROOT / "mkdocs.yml"))["nav"])


def test_the_preview_is_laid_out_for_file_urls(nopdf_build: BuildResult) -> None:
    site = nopdf_build.site
    for src in nav_pages():
        assert (site / src.replace(".md", ".html")).is_file(), src
    assert not (site / "bab-5-program").exists()
    index = (site / "index.html").read_text(encoding="utf-8")
    assert "unpkg.com" not in index and 'src="assets/js/iframe-worker-shim.js"' in index
    assert (site / "search" / "search_index.js").read_text(encoding="utf-8").startswith("var __index = ")


def test_every_internal_link_of_the_preview_resolves(nopdf_build: BuildResult) -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "check_links.py"), str(nopdf_build.site)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.fixture
def tab(browser) -> Iterator[object]:  # type: ignore[no-untyped-def]
    context = browser.new_context(locale="id-ID", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.outside = []  # every request that leaves file://
    page.on(
        "request",
        lambda r: page.outside.append(r.url) if not r.url.startswith(("file:", "data:", "about:", "blob:")) else None,
    )
    yield page
    context.close()


@pytest.mark.browser
def test_index_html_navigates_to_every_chapter(nopdf_build: BuildResult, tab) -> None:  # type: ignore[no-untyped-def]
    site = nopdf_build.site
    tab.goto((site / "index.html").as_uri())
    expected = {(site / src.replace(".md", ".html")).resolve() for src in nav_pages()}
    links = tab.eval_on_selector_all("nav.md-nav--primary a.md-nav__link[href]", "els => els.map(e => e.href)")
    reached = {Path(unquote(urlsplit(link).path)).resolve() for link in links if link.startswith("file:")}
    assert expected <= reached, sorted(map(str, expected - reached))
    for path in sorted(expected):
        # click through the navigation as a reader does, from the home page
        tab.goto((site / "index.html").as_uri())
        name = path.relative_to(site.resolve()).as_posix()  # program/index.html is not Beranda's index.html
        link = tab.locator(f'nav.md-nav--primary a.md-nav__link[href$="{name}"]').first
        with tab.expect_navigation():
            link.evaluate("a => a.click()")  # a click as the reader's, even on a link scrolled out of view
        assert Path(unquote(urlsplit(tab.url).path)).resolve() == path, tab.url
        assert tab.locator("article h1").first.inner_text().strip(), path
        # every link on the page to another page or file of the preview points at a file that exists
        for href in tab.eval_on_selector_all("a[href]", "els => els.map(e => e.href)"):
            if href.startswith("file:"):
                assert Path(unquote(urlsplit(href).path)).exists(), f"{path.name} -> {href}"
    assert not tab.outside, tab.outside


@pytest.mark.browser
def test_search_works_from_disk(nopdf_build: BuildResult, tab) -> None:  # type: ignore[no-untyped-def]
    tab.goto((nopdf_build.site / "bab-1-pendahuluan.html").as_uri())
    box = tab.locator("input.md-search__input")
    box.click()
    box.press_sequentially("layanan", delay=20)  # Material reacts to key events, not to a set value
    tab.locator(".md-search-result__item").first.wait_for(timeout=20_000)
    assert "ditemukan" in tab.locator(".md-search-result__meta").inner_text()
    href = tab.locator(".md-search-result__link").first.get_attribute("href")
    assert href and ".html" in href, href
    assert not tab.outside, tab.outside
