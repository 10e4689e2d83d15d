"""Chapters for the PDF, cut out of the built site pages: content only, ids and links made document-wide.

Each page becomes one ``Chapter`` whose ids are prefixed with the page key
(``bab-5-program--tabel-program-governance``), so cross-references between pages
become links inside the one PDF. Web chrome never reaches the PDF: only the article is
kept, and permalinks, content buttons and ``.hanya-web`` elements are dropped.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import unquote, urljoin, urlsplit

from bs4 import BeautifulSoup, Tag

WEB_ONLY = ("a.headerlink", ".md-content__button", ".hanya-web", ".md-source-file", "script", "form",
            "nav", "button", "input", ".md-skip")
_BASE = "https://pdf.invalid/"
HOME = "index"  # key of the site's home page


@dataclass(frozen=True)
class Entry:
    """One line of a list in the front matter: a heading, table or figure, and its anchor."""

    anchor: str
    text: str
    label: str = ""  # "Tabel 5.1" for tables and figures


@dataclass
class Chapter:
    key: str
    title: str
    html: str
    sections: list[Entry] = field(default_factory=list)
    tables: list[Entry] = field(default_factory=list)
    figures: list[Entry] = field(default_factory=list)


def page_key(url: str) -> str:
    """'bab-5-program/' or 'bab-5-program.html' -> 'bab-5-program'."""
    path = re.sub(r"(^|/)index\.html$", r"\1", unquote(url)).strip("/")
    path = re.sub(r"\.html$", "", path).strip("./")
    return path.replace("/", "-") or HOME


def _text(tag: Tag) -> str:
    return " ".join(tag.get_text(" ", strip=True).split())


class Cutter:
    """Turns built pages into chapters, knowing which pages the PDF holds."""

    def __init__(self, page_urls: list[str]) -> None:
        self.keys = {page_key(url) for url in page_urls}

    def chapter(self, html: str, url: str, asset_base: str) -> Chapter:
        soup = BeautifulSoup(html, "html.parser")
        article = soup.select_one("article.md-content__inner")
        if article is None:
            raise ValueError(f"halaman '{url}' tidak memiliki isi <article> untuk PDF")
        for tag in article.select(", ".join(WEB_ONLY)):
            tag.decompose()
        key = page_key(url)
        for tag in article.find_all(id=True):
            tag["id"] = f"{key}--{tag['id']}"
        for link in article.find_all("a", href=True):
            self._relink(link, url)
        for tag in article.find_all(src=True):
            tag["src"] = urljoin(asset_base, tag["src"])
        h1 = article.find("h1")
        title = _text(h1) if h1 else key
        return Chapter(key, title, article.decode_contents(), **_entries(article))

    def _relink(self, link: Tag, url: str) -> None:
        href = link["href"]
        parts = urlsplit(href)
        if parts.scheme in ("http", "https", "mailto", "tel"):
            return
        target = urlsplit(urljoin(_BASE + url, href))
        key = page_key(target.path[len(urlsplit(_BASE).path):])
        if key in self.keys:
            link["href"] = f"#{key}--{target.fragment}" if target.fragment else f"#{key}"
        else:  # a site page or file that is not in the PDF: keep the words, drop the link
            link.unwrap()


def _entries(article: Tag) -> dict[str, list[Entry]]:
    sections = [Entry(h2["id"], _text(h2)) for h2 in article.find_all("h2", id=True)]
    tables = [_captioned(div, "caption") for div in article.select("div.tabel-bernomor[id]")]
    figures = [_captioned(fig, "figcaption, caption")
               for fig in article.select("figure[id], .gambar-bernomor[id]")]
    return {"sections": sections, "tables": [t for t in tables if t], "figures": [f for f in figures if f]}


def _captioned(tag: Tag, caption_selector: str) -> Entry | None:
    caption = tag.select_one(caption_selector)
    if caption is None:
        return None
    number = caption.select_one(".nomor-tabel, .nomor-gambar")
    label = _text(number) if number else ""
    text = _text(caption)
    if label and text.startswith(label):
        text = text[len(label):].strip()
    return Entry(tag["id"], text, label)
