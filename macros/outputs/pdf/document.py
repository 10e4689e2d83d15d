"""Render the whole masterplan as one WeasyPrint document.

One document means one stylesheet cascade, working links between chapters, Daftar
Isi and Daftar Tabel page numbers from ``target-counter`` and bookmarks from headings.
Front matter is numbered i, ii, iii and the body from 1 (CSS named pages); the PDF page
labels are set to match. The file is tagged PDF/A-3a and PDF/UA-1 and carries the open
data as associated files (``archival``); WeasyPrint's structure tree is repaired by a
finisher (``tagging``). Metadata, attachment dates and the PDF identifier come from
data/, so the same sources give the same bytes.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pydyf
from markupsafe import Markup
from weasyprint import HTML
from weasyprint.logger import LOGGER

from ...records.dataset import Data
from ...rendering.jinja import render_document
from . import archival, tagging
from .archival import DataFile
from .chapters import Chapter, Cutter, PdfPage

HERE = Path(__file__).parent
log = logging.getLogger("mkdocs.plugins.masterplan-pdf")


class PdfError(Exception):
    """The PDF cannot be made as it should be: a page is missing or WeasyPrint complained."""


class _Collect(logging.Handler):
    """Collects WeasyPrint's warnings (missing anchors, unreadable images...) during a render."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


class PdfDocument:
    """The official PDF of one build: its data, the cover logo (a file, or None), and the
    open-data files it carries, read from ``site_dir`` (written there before the PDF)."""

    def __init__(
        self, data: Data, logo: Path | None, files: Sequence[DataFile] = (), site_dir: Path | None = None
    ) -> None:
        self.data = data
        self.logo = logo
        self.files = list(files)
        self.site_dir = site_dir

    def chapters(self, pages: Sequence[PdfPage]) -> list[Chapter]:
        by_key: dict[str, list[str]] = {}
        for file in self.files:
            for key in file.keys:
                by_key.setdefault(key, []).append(file.name)
        cutter = Cutter([page.url for page in pages], by_key)
        chapters = []
        for page in pages:
            try:
                chapters.append(cutter.chapter(page.html, page.url, page.base_url, page.full_tables))
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
        """Lay out and write the PDF; any WeasyPrint warning (a missing anchor, an unreadable
        image, a glyph no font has, which PDF/A forbids) fails it."""
        collect = _Collect()
        level = LOGGER.level
        LOGGER.addHandler(collect)
        LOGGER.setLevel(logging.WARNING)
        try:
            document = HTML(string=html, base_url=str(target)).render()
            if not collect.messages:
                front = next(i for i, page in enumerate(document.pages) if first_key in page.anchors)
                self.write_pdf(document, front, target)
        finally:
            LOGGER.removeHandler(collect)
            LOGGER.setLevel(level)
        if collect.messages:
            target.unlink(missing_ok=True)
            raise PdfError("PDF: WeasyPrint melaporkan masalah:\n" + "\n".join(sorted(set(collect.messages))))

    def write_pdf(self, document: Any, front: int, target: Path) -> None:
        """PDF/A-3a + PDF/UA-1: the variant's tags repaired, XMP and /Info from data, open data attached."""
        try:
            tagging.require_supported()
            files = archival.attachments(self.files, self.site_dir, self.data.dokumen.tanggal) if self.site_dir else []
        except (tagging.TaggingError, FileNotFoundError) as exc:
            raise PdfError(str(exc)) from None
        identifier = self.identifier()
        dokumen = self.data.dokumen

        def finish(document: Any, pdf: pydyf.PDF) -> None:
            repaired = tagging.repair(document, pdf)
            log.debug("PDF: penandaan diperbaiki: %s", repaired)
            _page_labels(pdf, front)
            archival.finish(document, pdf, dokumen, identifier)

        try:
            document.write_pdf(
                target,
                pdf_variant=archival.VARIANT,
                pdf_identifier=identifier,
                attachments=files,
                finisher=finish,
            )
        except tagging.TaggingError as exc:
            target.unlink(missing_ok=True)
            raise PdfError(str(exc)) from None

    def identifier(self) -> bytes:
        dokumen = self.data.dokumen
        return hashlib.md5(f"{dokumen.slug}|{dokumen.versi}|{dokumen.tanggal}".encode()).hexdigest().encode()


def _page_labels(pdf: pydyf.PDF, front: int) -> None:
    """PDF page labels: i, ii, iii for the ``front`` pages before the body, then 1, 2, 3."""
    numbers = pydyf.Array([0, pydyf.Dictionary({"S": "/r"}), front, pydyf.Dictionary({"S": "/D", "St": 1})])
    pdf.catalog["PageLabels"] = pydyf.Dictionary({"Nums": numbers})
