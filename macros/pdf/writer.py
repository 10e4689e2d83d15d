"""Render the whole masterplan as one WeasyPrint document and write it where the plugin asks.

One document means one stylesheet cascade, working links between chapters, Daftar
Isi and Daftar Tabel page numbers from ``target-counter`` and bookmarks from headings.
Front matter is numbered i, ii, iii and the body from 1 (CSS named pages); the PDF page
labels are set to match. Metadata and the PDF identifier come from data/, so the same
sources give the same bytes.
"""
from __future__ import annotations

import hashlib
import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pydyf
from markupsafe import Markup
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File
from mkdocs.utils.meta import get_data
from weasyprint import HTML
from weasyprint.logger import LOGGER

from ..loader import Data
from ..numbering import nav_files
from .chapters import HOME, Chapter, Cutter, page_key
from .web import fill_size, render

HERE = Path(__file__).parent
log = logging.getLogger("mkdocs.plugins.macros.pdf")


@dataclass(frozen=True)
class Page:
    """One page collected by the plugin: its HTML, base URL for assets, site-relative URL."""

    html: str
    base_url: str
    url: str


class _Collect(logging.Handler):
    """Collects WeasyPrint's warnings (missing anchors, unreadable images...) during a render."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


class PdfWriter:
    def __init__(self, conf: Any, data: Data, renderer: Any) -> None:
        self.conf = conf
        self.data = data
        self.renderer = renderer

    def pages(self) -> list[Page]:
        """Every page of the navigation except the home page (the cover replaces it) and pages
        whose front matter says ``pdf: false`` (web-only pages such as a download list)."""
        skip = {HOME, *web_only_pages(self.conf)}
        collected = [Page(*entry) for entry in self.renderer.pages if entry is not None]
        return [page for page in collected if page_key(page.url) not in skip]

    def html(self, chapters: list[Chapter]) -> str:
        data = self.data
        return render("dokumen.html", dokumen=data.dokumen, kota=data.kota, data=data, bab=chapters,
                      css=Markup((HERE / "print.css").read_text(encoding="utf-8")),
                      logo=(Path(self.conf["docs_dir"]) / "assets" / "img" / "logo.svg").as_uri(),
                      tables=[t for c in chapters for t in c.tables],
                      figures=[f for c in chapters for f in c.figures])

    def write(self, output_path: str) -> None:
        """Called by the plugin's on_post_build with its combined output path (folder used)."""
        pages = self.pages()
        cutter = Cutter([page.url for page in pages])
        chapters = [cutter.chapter(page.html, page.url, page.base_url) for page in pages]
        target = Path(os.path.dirname(output_path)) / f"{self.data.dokumen.slug}.pdf"
        target.parent.mkdir(parents=True, exist_ok=True)
        self.render(self.html(chapters), chapters[0].key, target)
        size = target.stat().st_size
        fill_size(Path(self.conf["site_dir"]), size)
        log.info("PDF: %s (%d bab, %d byte)", target.name, len(chapters), size)

    def render(self, html: str, first_key: str, target: Path) -> None:
        collect = _Collect()
        level = LOGGER.level
        LOGGER.addHandler(collect)
        LOGGER.setLevel(logging.WARNING)
        try:
            document = HTML(string=html, base_url=str(target)).render()
        finally:
            LOGGER.removeHandler(collect)
            LOGGER.setLevel(level)
        if collect.messages:
            raise PluginError("PDF: WeasyPrint melaporkan masalah:\n" + "\n".join(sorted(set(collect.messages))))
        front = next(i for i, page in enumerate(document.pages) if first_key in page.anchors)
        document.write_pdf(target, finisher=_page_labels(front), pdf_identifier=self.identifier())

    def identifier(self) -> bytes:
        dokumen = self.data.dokumen
        return hashlib.md5(f"{dokumen.slug}|{dokumen.versi}|{dokumen.tanggal}".encode()).hexdigest().encode()


def web_only_pages(conf: Any) -> set[str]:
    """Keys of the navigation pages marked ``pdf: false`` in their front matter."""
    docs = Path(conf["docs_dir"])
    keys = set()
    for src in nav_files(conf["nav"]):
        _, meta = get_data((docs / src).read_text(encoding="utf-8"))
        if meta.get("pdf") is False:
            keys.add(page_key(File(src, str(docs), conf["site_dir"], conf["use_directory_urls"]).url))
    return keys


def _page_labels(front: int) -> Any:
    """PDF page labels: i, ii, iii for the ``front`` pages before the body, then 1, 2, 3."""

    def finish(document: Any, pdf: pydyf.PDF) -> None:
        numbers = pydyf.Array([0, pydyf.Dictionary({"S": "/r"}), front, pydyf.Dictionary({"S": "/D", "St": 1})])
        pdf.catalog["PageLabels"] = pydyf.Dictionary({"Nums": numbers})

    return finish
