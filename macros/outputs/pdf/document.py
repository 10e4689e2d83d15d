"""Render the whole masterplan as one WeasyPrint document.

One document means one stylesheet cascade, working links between chapters, Daftar
Isi and Daftar Tabel page numbers from ``target-counter`` and bookmarks from headings.
Front matter is numbered i, ii, iii and the body from 1 (CSS named pages); the PDF page
labels are set to match. Metadata and the PDF identifier come from data/, so the same
sources give the same bytes.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pydyf
from markupsafe import Markup
from weasyprint import HTML
from weasyprint.logger import LOGGER

from ...records.dataset import Data
from ...rendering.jinja import render_document
from .chapters import Chapter, Cutter

HERE = Path(__file__).parent


class PdfError(Exception):
    """The PDF cannot be made as it should be: a page is missing or WeasyPrint complained."""


@dataclass(frozen=True)
class PdfPage:
    """One built page for the PDF: its HTML, the base URL of its assets, its site-relative URL."""

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


class PdfDocument:
    """The official PDF of one build: its data, and the cover logo (a file, or None)."""

    def __init__(self, data: Data, logo: Path | None) -> None:
        self.data = data
        self.logo = logo

    def chapters(self, pages: Sequence[PdfPage]) -> list[Chapter]:
        cutter = Cutter([page.url for page in pages])
        chapters = []
        for page in pages:
            try:
                chapters.append(cutter.chapter(page.html, page.url, page.base_url))
            except ValueError as exc:
                raise PdfError(f"PDF: halaman '{page.url}' tidak dapat dimasukkan: {exc}") from None
        return chapters

    def html(self, chapters: list[Chapter]) -> str:
        data = self.data
        return render_document(
            "pdf/dokumen.html",
            dokumen=data.dokumen,
            kota=data.kota,
            data=data,
            bab=chapters,
            css=Markup((HERE / "print.css").read_text(encoding="utf-8")),
            logo=self.logo.as_uri() if self.logo else None,
            tables=[t for c in chapters for t in c.tables],
            figures=[f for c in chapters for f in c.figures],
        )

    def write(self, pages: Sequence[PdfPage], target: Path) -> int:
        """Render ``pages`` (in reading order) into ``target``; return the number of chapters."""
        if not pages:
            raise PdfError("PDF: tidak ada halaman bab untuk dicetak")
        chapters = self.chapters(pages)
        target.parent.mkdir(parents=True, exist_ok=True)
        self.render(self.html(chapters), chapters[0].key, target)
        return len(chapters)

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
            raise PdfError("PDF: WeasyPrint melaporkan masalah:\n" + "\n".join(sorted(set(collect.messages))))
        front = next(i for i, page in enumerate(document.pages) if first_key in page.anchors)
        document.write_pdf(target, finisher=_page_labels(front), pdf_identifier=self.identifier())

    def identifier(self) -> bytes:
        dokumen = self.data.dokumen
        return hashlib.md5(f"{dokumen.slug}|{dokumen.versi}|{dokumen.tanggal}".encode()).hexdigest().encode()


def _page_labels(front: int) -> Any:
    """PDF page labels: i, ii, iii for the ``front`` pages before the body, then 1, 2, 3."""

    def finish(document: Any, pdf: pydyf.PDF) -> None:
        numbers = pydyf.Array([0, pydyf.Dictionary({"S": "/r"}), front, pydyf.Dictionary({"S": "/D", "St": 1})])
        pdf.catalog["PageLabels"] = pydyf.Dictionary({"Nums": numbers})

    return finish
