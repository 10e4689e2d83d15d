"""Chapters for the PDF, cut out of the built site pages: content only, ids and links made document-wide.

Each page becomes one ``Chapter`` whose ids are prefixed with the page key
(``bab-5-program--tabel-program-governance``), so cross-references between pages
become links inside the one PDF. Web chrome never reaches the PDF: only the article is
kept, and permalinks, content buttons and ``.hanya-web`` elements are dropped. A numbered
table whose data the PDF carries (``<table data-lampiran>``, from
``rendering/tables/datasets.py``) gets a note naming the attached files.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from urllib.parse import unquote, urljoin, urlsplit

from bs4 import BeautifulSoup, Tag
from bs4.element import AttributeValueList, NavigableString

from ...rendering.jinja import render_document

# web chrome inside the article: permalinks, content buttons, Material widgets, .hanya-web blocks
WEB_ONLY_TAGS = frozenset({"script", "form", "nav", "button", "input", "noscript"})
WEB_ONLY_CLASSES = frozenset({"headerlink", "md-content__button", "hanya-web", "md-source-file", "md-skip"})
WEB_ONLY = ", ".join(sorted(WEB_ONLY_TAGS) + [f".{name}" for name in sorted(WEB_ONLY_CLASSES)])  # as a selector
_BASE = "https://pdf.invalid/"
_CHAPTER_NUMBER = re.compile(r"(BAB [IVXLCDM]+)\s")
HOME = "index"  # key of the site's home page
# for wide tables: the text column of print.css (A4 less 3 cm + 2 cm), the average glyph
# of Liberation Sans Narrow at 7.5 pt (bold headers included) and a cell's padding and rules
TEXT_WIDTH_PT = 16 / 2.54 * 72
CHAR_WIDTH_PT = 3.6
CELL_PADDING_PT = 6


@dataclass(frozen=True)
class PdfPage:
    """One built page for the PDF: its HTML, the base URL of its assets, its site-relative URL,
    and the full tables to print in place of the site's summaries (id -> HTML)."""

    html: str
    base_url: str
    url: str
    full_tables: Mapping[str, str] = field(default_factory=dict)


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


def _web_only(tag: Tag) -> bool:
    return tag.name in WEB_ONLY_TAGS or not WEB_ONLY_CLASSES.isdisjoint(tag.get("class") or ())


def _article_only(html: str) -> str:
    """The <article> element's markup, cut out before parsing: navigation is most of a page."""
    start, end = html.find("<article"), html.rfind("</article>")
    return html[start : end + len("</article>")] if 0 <= start < end else html


def _attr(tag: Tag, name: str) -> str:
    """One attribute as text ('' when absent); multi-valued ones (class) joined by spaces."""
    value = tag.get(name)
    if value is None:
        return ""
    return value if isinstance(value, str) else " ".join(value)


def _text(tag: Tag) -> str:
    return " ".join(tag.get_text(" ", strip=True).split())


class Cutter:
    """Turns built pages into chapters, knowing which pages the PDF holds and which files
    it carries (``attached``: catalogue key -> attachment names)."""

    def __init__(self, page_urls: list[str], attached: dict[str, list[str]] | None = None) -> None:
        self.keys = {page_key(url) for url in page_urls}
        self.attached = attached or {}

    def chapter(self, html: str, url: str, asset_base: str, full_tables: Mapping[str, str] | None = None) -> Chapter:
        soup = BeautifulSoup(_article_only(html), "html.parser")
        article = soup.select_one("article.md-content__inner")
        if article is None:
            raise ValueError(f"halaman '{url}' tidak memiliki isi <article> untuk PDF")
        for anchor, full in (full_tables or {}).items():
            summary = article.find(id=anchor)
            if summary is None:
                raise ValueError(f"tabel '{anchor}' tidak ada di halaman '{url}'")
            summary.replace_with(BeautifulSoup(full, "html.parser"))
        key = page_key(url)
        for tag in article.find_all(True):  # one walk: selectors per rule cost more than parsing
            if tag.decomposed:
                continue
            if _web_only(tag):
                tag.decompose()
                continue
            if tag.has_attr("id"):
                tag["id"] = f"{key}--{tag['id']}"
            if tag.name == "a" and tag.has_attr("href"):
                self._relink(tag, url)
            if tag.has_attr("src"):
                tag["src"] = urljoin(asset_base, _attr(tag, "src"))
            if tag.has_attr("data-lampiran"):
                self._attachment_note(tag)
        for table in article.find_all("table"):
            _mark_width(table)
        h1 = article.find("h1")
        title = _text(h1) if h1 else key
        if h1 is not None:  # running header and bookmark read the whole title from data-judul
            h1["data-judul"] = title
            _split_chapter_number(soup, h1)
        return Chapter(key, title, article.decode_contents(), **_entries(article))

    def _attachment_note(self, table: Tag) -> None:
        """ "Berkas lampiran: program.csv dan program.json." after the table's source line."""
        keys = _attr(table, "data-lampiran").split()
        del table["data-lampiran"]
        files = [self.attached[key] for key in keys if self.attached.get(key)]
        if not files:
            return
        note = BeautifulSoup(render_document("pdf/lampiran_tabel.html", berkas=files), "html.parser")
        source = table.find_next_sibling(class_="sumber-tabel")
        (source or table).insert_after(note)

    def _relink(self, link: Tag, url: str) -> None:
        href = _attr(link, "href")
        parts = urlsplit(href)
        if parts.scheme in ("http", "https", "mailto", "tel"):
            return
        target = urlsplit(urljoin(_BASE + url, href))
        key = page_key(target.path[len(urlsplit(_BASE).path) :])
        if key in self.keys:
            link["href"] = f"#{key}--{target.fragment}" if target.fragment else f"#{key}"
        else:  # a site page or file that is not in the PDF: keep the words, drop the link
            link.unwrap()


def _mark_width(table: Tag) -> None:
    """Classes for wide tables: ``kolom-lebar`` (7 columns or more) is set in narrow type;
    ``tabel-mendatar`` (its unbreakable contents wider than the text column even so) gets a
    landscape page."""
    rows = table.find_all("tr")
    columns = max((sum(_span(cell) for cell in row.find_all(["th", "td"])) for row in rows), default=0)
    if columns < 7:
        return
    _add_class(table, "kolom-lebar")
    if _min_width_pt(rows) > TEXT_WIDTH_PT:
        parent = table.parent
        wrapper = parent if parent is not None and "tabel-bernomor" in (parent.get("class") or []) else table
        _add_class(wrapper, "tabel-mendatar")


def _span(cell: Tag) -> int:
    return int(_attr(cell, "colspan") or 1)


def _min_width_pt(rows: list[Tag]) -> float:
    """Rough narrowest width of a table in narrow 7.5 pt type: per column its longest word
    (a whole figure for ``.angka`` cells, which never wrap), plus cell padding."""
    longest: dict[int, int] = {}
    for row in rows:
        column = 0
        for cell in row.find_all(["th", "td"]):
            if _span(cell) == 1:
                text = cell.get_text(" ", strip=True)
                words = [text] if "angka" in (cell.get("class") or []) else text.split()
                longest[column] = max(longest.get(column, 0), *(len(word) for word in words), 0)
            column += _span(cell)
    return sum(longest.values()) * CHAR_WIDTH_PT + len(longest) * CELL_PADDING_PT


def _add_class(tag: Tag, name: str) -> None:
    tag["class"] = AttributeValueList([*(tag.get_attribute_list("class") or []), name])


def _split_chapter_number(soup: BeautifulSoup, h1: Tag) -> None:
    """'BAB V Program ...' -> 'BAB V' on its own line above the title, as printed chapters are set."""
    first = h1.contents[0] if h1.contents else None
    if not isinstance(first, NavigableString):
        return
    match = _CHAPTER_NUMBER.match(first)
    if match is None:
        return
    number = soup.new_tag("span", attrs={"class": "nomor-bab"})
    number.string = match.group(1)
    first.replace_with(str(first)[match.end(1) :])
    h1.insert(0, number)


def _entries(article: Tag) -> dict[str, list[Entry]]:
    sections = [Entry(_attr(h2, "id"), _text(h2)) for h2 in article.find_all("h2", id=True)]
    tables = [_captioned(div, "caption") for div in article.select("div.tabel-bernomor[id]")]
    figures = [_captioned(fig, "figcaption, caption") for fig in article.select("figure[id], .gambar-bernomor[id]")]
    return {"sections": sections, "tables": [t for t in tables if t], "figures": [f for f in figures if f]}


def _captioned(tag: Tag, caption_selector: str) -> Entry | None:
    caption = tag.select_one(caption_selector)
    if caption is None:
        return None
    number = caption.select_one(".nomor-tabel, .nomor-gambar")
    label = _text(number) if number else ""
    text = _text(caption)
    if label and text.startswith(label):
        text = text[len(label) :].strip()
    return Entry(_attr(tag, "id"), text, label)
