"""Pages generated from data: one page per programme and Daftar Program (the programme finder).

Each is a Markdown page with raw HTML, rendered from a template with the Markdown
environment (data text stays literal). Where the pages live is decided here; the
adapter turns them into MkDocs files and gives each a ``PageLinks`` for its place.
"""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup

from ..figures.programmes import Finder, ProgrammeFacts
from ..records.dataset import Data
from .jinja import render, render_markdown
from .links import PageLinks

FOLDER = "program"
FINDER = f"{FOLDER}/index.md"  # Daftar Program
SCRIPT = "assets/js/daftar-program.js"  # the finder's script, a file of the built site
SOURCE = "data/program.yml (angka indikatif)"
# where the breadcrumb goes: it names the chapter table that lists the programme, known
# only once the chapters have rendered
BREADCRUMB = "<!--remah-roti-->"


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
    """Where a programme's record is in its data file, and a link that shows those lines."""

    berkas: str  # "data/program.yml"
    awal: int
    akhir: int
    url: str | None = None


def programme_page(facts: ProgrammeFacts, links: PageLinks, open_data: list[OpenDataLink], source: RecordSource) -> str:
    return render_markdown(
        "halaman_program.md",
        f=facts,
        links=links,
        data_terbuka=open_data,
        sumber=source,
        marker=Markup(BREADCRUMB),
        daftar=links.page(FINDER),
    )


def breadcrumb(trail: list[tuple[str, str]]) -> str:
    """The trail above a programme's title, as (text, href) from the outermost."""
    return render("remah_roti.html", jejak=trail)


def finder_page(data: Data, finder: Finder, links: PageLinks) -> str:
    return render_markdown(
        "daftar_program.md",
        program=data.program,
        saring=finder,
        dimensi=data.dimensi_by_id,
        opd=data.opd_by_id,
        links=links,
        halaman=programme_src,
        sumber=SOURCE,
        skrip=links.file(SCRIPT),
    )
