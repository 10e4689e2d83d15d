"""Links from the page being rendered: what tables, charts and macros need to point elsewhere.

Rendering never computes relative URLs itself: the adapter that knows the site's pages
(``adapters.page_links``) passes a ``PageLinks`` for the page being rendered, built on
MkDocs' ``get_relative_url``. Tests pass a simple stand-in.
"""

from __future__ import annotations

import re
from typing import Protocol

# the page that lists every open-data table; each table has the anchor "data-<name>"
OPEN_DATA_PAGE = "data-terbuka.md"
_DATA_FILE = re.compile(r"data/([a-z0-9_]+)\.yml")


class PageLinks(Protocol):
    """Where the page being rendered is, and how to link from it."""

    @property
    def src(self) -> str:
        """Docs-relative source path of the page, e.g. ``bab-5-program.md``."""
        ...

    def markdown(self, target_src: str, anchor: str = "") -> str:
        """Target of a Markdown link to another chapter (MkDocs turns it into a URL)."""
        ...

    def page(self, target_src: str, anchor: str = "") -> str:
        """``href`` of an HTML link to another page of the site."""
        ...

    def file(self, site_path: str) -> str:
        """``href`` of an HTML link to a file of the built site, e.g. ``data/program.csv``."""
        ...


# who wrote a table built from the plan's own data: the drafting team, in the document's year
DRAFTING_TEAM = "Tim Penyusun"


def drafting_team(year: int, note: str = "") -> str:
    """'Tim Penyusun, 2023; angka indikatif': the source line of a table the plan itself makes."""
    return f"{DRAFTING_TEAM}, {year}" + (f"; {note}" if note else "")


def source_line(sumber: str, links: PageLinks, dataset: str | None = None) -> list[tuple[str, str | None]]:
    """A table's source line in pieces ``(text, link or None)``: each ``data/<file>.yml`` in it
    links to that file's entry on the open-data page; ``dataset`` adds a link to one table.
    A site without the open-data page gets the text without links."""
    if open_data_link(links, "") is None:
        return [(sumber, None)] if sumber else []
    pieces: list[tuple[str, str | None]] = []
    last = 0
    for match in _DATA_FILE.finditer(sumber):
        pieces += [
            (sumber[last : match.start()], None),
            (match.group(0), open_data_link(links, f"berkas-{match.group(1)}")),
        ]
        last = match.end()
    pieces.append((sumber[last:], None))
    if dataset is not None:
        # a table of the open-data page ("program-indikator"), or a whole file ("berkas-kesiapan")
        anchor = dataset if dataset.startswith("berkas-") else f"data-{dataset}"
        pieces += [(". ", None), ("Data terbuka", open_data_link(links, anchor))]
    return [(text, href) for text, href in pieces if text]


def open_data_link(links: PageLinks, anchor: str) -> str | None:
    """``href`` of an entry on the open-data page; None when the site has no such page."""
    try:
        return links.page(OPEN_DATA_PAGE, anchor)
    except KeyError:
        return None
