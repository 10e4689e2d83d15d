"""Theme handler of mkdocs-pdf-export-plugin (``theme_handler_path`` in mkdocs.yml).

The plugin loads this file by path and calls ``modify_html`` for every page it
collects, with ``href`` pointing from that page to its output folder. We add a download
button for the one PDF (named after ``dokumen.slug``); ``get_stylesheet`` is unused
because ``macros.pdf.writer`` renders the PDF with its own print stylesheet.
"""
from __future__ import annotations

import posixpath
import sys
from functools import lru_cache
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[2]
if str(PROJECT) not in sys.path:  # loaded by file path, outside the macros package
    sys.path.insert(0, str(PROJECT))

from macros.loader import load_data  # noqa: E402
from macros.pdf.web import button  # noqa: E402

_ARTICLE = '<article class="md-content__inner md-typeset">'


@lru_cache(maxsize=1)
def _file_name() -> str:
    return f"{load_data(PROJECT / 'data', display_root=PROJECT).dokumen.slug}.pdf"


def get_stylesheet() -> str | None:
    return None


def modify_html(html: str, href: str) -> str:
    target = posixpath.join(posixpath.dirname(href), _file_name())
    return html.replace(_ARTICLE, _ARTICLE + button(target), 1)
