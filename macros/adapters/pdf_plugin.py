"""The ``masterplan-pdf`` plugin: mkdocs-pdf-export-plugin, extended to make one official PDF.

mkdocs-pdf-export-plugin stays the switch: this class inherits its settings and its
``on_config``, so ``enabled_if_env: ENABLE_PDF_EXPORT`` in mkdocs.yml decides whether a
PDF is made (``make build`` sets it; ``make serve`` does not). The seam is the plugin
class itself, through MkDocs' documented plugin events: the three events in which the
base class would render every page as its own document (and swallow a page's error)
are overridden, and ``tests/test_pdf_seam.py`` fails if a new plugin version changes
which events or settings there are.

- ``on_nav``: the pages of the navigation, in order: the PDF must hold each of them
  (except Beranda, which the cover replaces, and pages marked ``pdf: false``).
- ``on_post_page`` (-100, after every other plugin): keep the final HTML of each page the
  PDF holds, with the full versions of the tables the site shows as summaries (BAB V and
  X; ``rendering.places.PrintCopies``), and add the download button to every page.
  Nothing is caught here: an error fails the build.
- ``on_post_build`` (-100, after the open data exists): render the one document with
  ``outputs.pdf``, the open-data files of site/data/ attached; a page missing from it
  fails the build with the page's name.
"""

from __future__ import annotations

import contextlib
import io
import logging
import posixpath
import time
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url
from mkdocs_pdf_export_plugin.plugin import PdfExportPlugin

from ..outputs.pdf.chapters import PdfPage
from ..outputs.pdf.download import button, fill_size, home_link
from ..rendering.links import PageLinks
from .mkdocs_plugin import build_of

NAME = "masterplan-pdf"
HOME = "index.md"  # the cover replaces the home page
log = logging.getLogger(f"mkdocs.plugins.{NAME}")
_ARTICLE = '<article class="md-content__inner md-typeset">'


class PdfPlugin(PdfExportPlugin):  # type: ignore[misc]
    """mkdocs-pdf-export-plugin's switch and settings; our pages, our single document."""

    def __init__(self) -> None:
        super().__init__()
        self.expected: list[str] = []  # src paths of the nav pages, in reading order
        self.collected: dict[str, PdfPage] = {}  # src -> the built page
        self.web_only: set[str] = set()

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        with contextlib.redirect_stdout(io.StringIO()):  # the base class prints English ("PDF export is disabled")
            super().on_config(config)  # reads enabled_if_env, sets self.enabled
        return config

    def on_nav(self, nav: Navigation, *, config: MkDocsConfig, files: Files) -> Navigation:
        self.expected = [page.file.src_uri for page in nav.pages if page.file.src_uri != HOME]
        self.collected = {}
        self.web_only = set()
        return nav

    @event_priority(-100)
    def on_post_page(self, output: str, *, page: Page, config: MkDocsConfig) -> str:
        if not self.enabled:
            return output
        src = page.file.src_uri
        if page.meta.get("pdf") is False:
            self.web_only.add(src)
        elif src in self.expected:  # not the pages outside the navigation (programme pages)
            base_url = Path(page.file.abs_dest_path).parent.joinpath(Path(src).stem).as_uri()
            full = build_of(config).printed.of(src)
            self.collected[src] = PdfPage(output, base_url, page.file.url, full)
        href = get_relative_url(self.site_path(config), page.file.url)
        return output.replace(_ARTICLE, _ARTICLE + button(href), 1)

    @event_priority(-100)
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        if not self.enabled:
            return
        # WeasyPrint only when a PDF is made
        from ..outputs.pdf.archival import data_files
        from ..outputs.pdf.document import PdfDocument, PdfError

        start, cpu = time.perf_counter(), time.process_time()
        wanted = [src for src in self.expected if src not in self.web_only]
        missing = [src for src in wanted if src not in self.collected]
        if missing:
            raise PluginError(
                "PDF: halaman berikut tidak tercetak sehingga PDF tidak dibuat: "
                + ", ".join(f"docs/{src}" for src in missing)
            )
        build = build_of(config)
        identitas = build.data.kota.identitas
        logo = Path(config.docs_dir) / identitas.logo if identitas and identitas.logo else None
        target = Path(config.site_dir) / self.site_path(config)
        pages = [self.collected[src] for src in wanted]
        try:
            document = PdfDocument(build.data, logo, data_files(build.catalogue), Path(config.site_dir))
            chapters = document.write(pages, target)
        except PdfError as exc:
            raise PluginError(str(exc)) from None
        size = target.stat().st_size
        fill_size(Path(config.site_dir), size)
        wall, cpu = time.perf_counter() - start, time.process_time() - cpu
        log.info("PDF: %s (%d bab, %d byte, %.1f s, CPU %.1f s)", target.name, chapters, size, wall, cpu)

    def site_path(self, config: MkDocsConfig) -> str:
        """Site-relative path of the PDF: the plugin's output folder, the file name from data."""
        folder = posixpath.dirname(self.config["combined_output_path"])
        return posixpath.join(folder, f"{build_of(config).data.dokumen.slug}.pdf")


def pdf_link(config: MkDocsConfig, links: PageLinks) -> str:
    """The larger download link of Beranda; empty when no PDF is built."""
    plugin = config.plugins.get(NAME)
    if not isinstance(plugin, PdfPlugin) or not plugin.enabled:
        return ""
    return home_link(links.file(plugin.site_path(config)))


__all__ = ["PdfPlugin", "pdf_link"]
