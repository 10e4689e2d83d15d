"""Pages generated from data: one page per programme and Daftar Program (the programme finder).

Each is a Markdown page with raw HTML, rendered from a template with the Markdown
environment (data text stays literal). Where the pages live is decided here; the
adapter turns them into MkDocs files and gives each a ``PageLinks`` for its place.

A ``GeneratedPage`` is cheaper for MkDocs than the same Markdown in a file: its front
matter comes as values (no YAML to parse), and its raw HTML blocks (nearly all of a
programme page) skip Python-Markdown, which would only pass them through; the Markdown
keeps the headings (table of contents, search sections) and a placeholder paragraph
per block, and ``html`` puts the blocks back into the converted page.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from markupsafe import Markup

from ..figures.programmes import Finder, ProgrammeFacts
from ..records.dataset import Data
from ..records.models import Opd
from .jinja import render, render_markdown
from .links import PageLinks, drafting_team

FOLDER = "program"
FINDER = f"{FOLDER}/index.md"  # Daftar Program
SCRIPT = "assets/js/daftar-program.js"  # the finder's script, a file of the built site
# where the breadcrumb goes: it names the chapter table that lists the programme, known
# only once the chapters have rendered
BREADCRUMB = "<!--remah-roti-->"


_TOKEN = "blok-html-"
_PLACEHOLDER = re.compile(rf"<p>{_TOKEN}(\d+)</p>")
_MARKDOWN_PLACEHOLDER = re.compile(rf"^{_TOKEN}(\d+)$", re.MULTILINE)


@dataclass(frozen=True)
class GeneratedPage:
    """A page made from data: Markdown with placeholders, its meta values, its HTML blocks."""

    markdown: str
    meta: dict[str, Any]
    blocks: tuple[str, ...] = field(default=())

    @classmethod
    def of(cls, text: str, meta: dict[str, Any]) -> GeneratedPage:
        """Take every raw HTML block (a paragraph that starts with "<") out of ``text``."""
        if _TOKEN in text:  # data text that happens to look like a placeholder: leave it all to Markdown
            return cls(text, meta)
        parts: list[str] = []
        blocks: list[str] = []
        for part in text.split("\n\n"):
            if part.lstrip("\n").startswith("<"):
                parts.append(f"{_TOKEN}{len(blocks)}")
                blocks.append(part.strip("\n"))
            else:
                parts.append(part)
        return cls("\n\n".join(parts), meta, tuple(blocks))

    def html(self, converted: str) -> str:
        """The page's HTML: the blocks back in place of their placeholders."""
        return _PLACEHOLDER.sub(lambda match: self.blocks[int(match.group(1))], converted)

    def whole_markdown(self) -> str:
        """The page as one hand-written Markdown file would hold it, the blocks in place
        (for benchmarks/: the stock-Material peer builds it)."""
        return _MARKDOWN_PLACEHOLDER.sub(lambda match: self.blocks[int(match.group(1))], self.markdown)


def programme_src(program_id: str) -> str:
    """Docs-relative source path of a programme's page: ``P001`` -> ``program/p001.md``."""
    return f"{FOLDER}/{program_id.lower()}.md"


@dataclass(frozen=True)
class OpenDataLink:
    """One open-data table that holds rows of a programme."""

    nama: str  # e.g. "program-indikator"
    csv: str  # hrefs from the page
    json: str
    keterangan: str | None  # its entry on the open-data page, if the site has one
    kolom: str  # the column naming the programme ("id", "program_id")


@dataclass(frozen=True)
class RecordSource:
    """Who made a programme's figures, where its record is in its data file, and a link
    that shows those lines."""

    penyusun: str  # "Tim Penyusun, 2023"
    berkas: str  # "data/program.yml"
    awal: int
    akhir: int
    url: str | None = None


def programme_page(
    facts: ProgrammeFacts,
    links: PageLinks,
    open_data: list[OpenDataLink],
    source: RecordSource,
    opd: Mapping[str, Opd],
) -> GeneratedPage:
    p = facts.program
    text = render_markdown(
        "halaman_program.md",
        f=facts,
        links=links,
        data_terbuka=open_data,
        sumber=source,
        marker=Markup(BREADCRUMB),
        daftar=links.page(FINDER),
        opd=opd,
    )
    # Material prints the title and description without escaping them
    meta = {
        "title": html.escape(f"{p.id} {p.nama}"),
        "description": html.escape(_shorten(" ".join(p.uraian.split()), 200)),
        "render_macros": False,
    }
    return GeneratedPage.of(text, meta)


def breadcrumb(trail: list[tuple[str, str]]) -> str:
    """The trail above a programme's title, as (text, href) from the outermost."""
    return render("remah_roti.html", jejak=trail)


def finder_page(data: Data, finder: Finder, links: PageLinks) -> GeneratedPage:
    text = render_markdown(
        "daftar_program.md",
        program=data.program,
        saring=finder,
        dimensi=data.dimensi_by_id,
        opd=data.opd_by_id,
        links=links,
        halaman=programme_src,
        sumber=drafting_team(data.dokumen.tanggal.year, "angka indikatif"),
        skrip=links.file(SCRIPT),
    )
    meta = {
        "title": "Daftar Program",
        "description": f"Seluruh {len(data.program)} program smart city dengan dimensi, OPD, tahun pelaksanaan "
        "dan anggaran indikatif; dapat disaring dan diurutkan.",
        "render_macros": False,
        "pdf": False,
    }
    return GeneratedPage.of(text, meta)


def _shorten(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(",;:") + "…"
